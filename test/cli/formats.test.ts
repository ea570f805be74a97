import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSrok } from '../support/cli.js';
import { FORMATS_DIR, protocolMail } from '../support/mail-files.js';
import { clearPrefix, REDIS_URL, testPrefix } from '../support/redis.js';

const prefix = testPrefix('cli-formats');
let configDir: string;

beforeAll(async () => {
  configDir = await mkdtemp(path.join(tmpdir(), 'srok-cli-config-'));
  await cp('config', configDir, { recursive: true });
  const settings = await readFile(path.join(configDir, 'srok.yaml'), 'utf8');
  await writeFile(path.join(configDir, 'srok.yaml'), settings.replace(/prefix: srok/, `prefix: ${prefix}`));
});
afterAll(() => clearPrefix(prefix));

const run = (args: string[]) => runSrok([...args, '--config', configDir], { env: { REDIS_URL, USER: 'tester' }, now: () => new Date() });

describe('srok parse of the formats officials send', () => {
  it('a PDF: pages in the header and beside each item; --json adds `page` and keeps the contract', async () => {
    const human = await run(['parse', path.join(FORMATS_DIR, 'seed-000.pdf')]);
    expect(human.code).toBe(0);
    expect(human.out.split('\n')[0]).toBe(`${path.join(FORMATS_DIR, 'seed-000.pdf')} (pdf, 2 страницы)`);
    expect(human.out).toMatch(/^3\.2\s+с\.2\s+рекомендация\s+/m);

    const json = await run(['parse', path.join(FORMATS_DIR, 'seed-000.pdf'), '--json']);
    const parsed = JSON.parse(json.out) as { source: Record<string, unknown>; assignments: Array<{ item: string; line: number; page: number }> };
    expect(Object.keys(parsed)).toEqual(['source', 'protocol', 'items', 'noted', 'assignments', 'extensions', 'controller', 'warnings']);
    expect(parsed.source).toMatchObject({ format: 'pdf', pages: 2 });
    expect(parsed.assignments.map((a) => [a.item, a.page])).toEqual([['1.2', 1], ['2.2', 1], ['3.2', 2], ['4.1', 2]]);
    expect(parsed.assignments.every((a) => Number.isInteger(a.line))).toBe(true);
  });

  it('a mail: each document it carries; --json prints an array of parse results', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-cli-mail-'));
    const file = path.join(dir, 'mail.eml');
    await writeFile(file, await protocolMail('clerk@admhmao.ru'));
    const human = await run(['parse', file]);
    expect(human.code).toBe(0);
    expect(human.out).toContain(`${file}/Протокол 4-2019.docx (docx)`);
    expect(human.out).toContain(`${file}/protocol-2020-11-26.pdf (pdf, 2 страницы)`);
    expect(human.err).toBe(`srok: ${file}/logo.png: не читается: картинка в тексте письма (подпись, логотип)\n`);
    const json = JSON.parse((await run(['parse', file, '--json'])).out) as Array<{ source: { file: string } }>;
    expect(json.map((d) => path.basename(d.source.file))).toEqual(['Протокол 4-2019.docx', 'protocol-2020-11-26.pdf']);
  });
});

describe('srok import of the formats officials send', () => {
  it('imports every readable file of a folder, a mail counting each document, and counts what fails', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-cli-formats-'));
    for (const name of ['seed-000.doc', 'seed-002.odt', 'working-group-3-2019.rtf']) await cp(path.join(FORMATS_DIR, name), path.join(dir, name));
    await writeFile(path.join(dir, 'mail.eml'), await protocolMail('clerk@admhmao.ru'));
    await writeFile(path.join(dir, 'broken.pdf'), '%PDF-1.7\n');
    const r = await run(['import', dir, '--json']);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.out) as { new: number; unchanged: number; failed: number; files: Array<{ file: string; status: string }> };
    expect(summary.files.map((f) => [path.relative(dir, f.file), f.status !== 'failed'])).toEqual([
      ['broken.pdf', false],
      ['mail.eml/Протокол 4-2019.docx', true],
      ['mail.eml/protocol-2020-11-26.pdf', true],
      ['seed-000.doc', true],
      ['seed-002.odt', true],
      ['working-group-3-2019.rtf', true],
    ]);
    // The mail carries seeds 000 and 002 again: the same protocols, already stored.
    expect([summary.new, summary.failed]).toEqual([3, 1]);
    expect(r.err).toContain('broken.pdf: PDF повреждён или обрезан');
  });
});

describe('srok worker with an IMAP mailbox', () => {
  it('refuses to start without the mailbox password, saying where to put it', async () => {
    const r = await runSrok(['worker', '--config', 'config/examples/production'], { env: {}, now: () => new Date() });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'srok: в config/examples/production/srok.yaml включён inbox.imap (ящик srok@admhmao.example на imap.admhmao.example), но пароль не задан: задайте переменную окружения SROK_IMAP_PASSWORD или запустите worker с --no-imap\n',
    );
  });

  it('config check says what the inbox watches', async () => {
    const r = await runSrok(['config', 'check', '--config', 'config/examples/production'], { env: {}, now: () => new Date() });
    expect(r.out).toContain('  входящие: var/inbox; IMAP: папка INBOX ящика srok@admhmao.example на imap.admhmao.example (tls), отправители admhmao.ru, gov74.ru; OCR rus+eng\n');
  });
});
