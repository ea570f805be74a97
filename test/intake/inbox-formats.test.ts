/**
 * The inbox folder takes every format srok reads: a PDF, an .odt, a mail with its
 * attachments; a file of another kind fails with what to send instead. What the
 * import receipt would say is logged.
 */
import { copyFile, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInput, type InputImport } from '../../src/import.js';
import { logFileReceipt } from '../../src/intake/index.js';
import { createLog } from '../../src/log.js';
import { Inbox } from '../../src/worker/inbox.js';
import { startPipeline, type Pipeline } from '../support/pipeline.js';
import { FORMATS_DIR, protocolMail } from '../support/mail-files.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await startPipeline('inbox-formats', { day: '2020-11-26', time: '10:00' }, { autorun: false });
});
afterAll(async () => {
  await pipeline.close();
});

describe('the inbox folder with documents of every format', () => {
  it('imports a PDF, an .odt and each document of a mail, fails a .zip with what to send, and logs each receipt', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-inbox-formats-'));
    const lines: Array<Record<string, unknown>> = [];
    const log = createLog({
      level: 'info',
      destination: new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString().split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
          done();
        },
      }),
    });
    const deps = pipeline.runtime.deps;
    const seen: Array<[string, InputImport]> = [];
    const box = new Inbox({
      dir,
      owner: 'w',
      settleMs: 0,
      now: () => new Date(Date.now() + 60_000),
      log,
      importFile: (file) => importInput(file, { config: deps.config, store: deps.store, scheduler: deps.scheduler, clock: pipeline.clock, log, actor: 'inbox' }),
      onImported: (file, imported) => {
        seen.push([file, imported]);
        logFileReceipt(file, imported, log);
      },
    });
    await box.start();
    await box.stop();
    await copyFile(path.join(FORMATS_DIR, 'working-group-3-2019.pdf'), path.join(dir, 'протокол 3-2019.pdf'));
    await copyFile(path.join(FORMATS_DIR, 'chelyabinsk-health.odt'), path.join(dir, 'health.odt'));
    await writeFile(path.join(dir, 'from-clerk.eml'), await protocolMail('clerk@admhmao.ru'));
    await writeFile(path.join(dir, 'documents.zip'), 'PK\u0005\u0006' + '\u0000'.repeat(18));
    const old = new Date(Date.now() - 3600_000);
    for (const name of await readdir(dir)) if (/\.(pdf|odt|eml|zip)$/.test(name)) await utimes(path.join(dir, name), old, old);

    await box.scan();
    const results = await box.scan();
    expect(results.map((r) => r.ok)).toEqual([false, true, true, true]);
    expect(await deps.store.listProtocols()).toHaveLength(4);
    expect((await readdir(path.join(dir, 'processed'))).map((n) => n.replace(/^[\dTZ-]+-/, '')).sort()).toEqual(['from-clerk.eml', 'health.odt', 'протокол 3-2019.pdf']);
    const failed = await readdir(path.join(dir, 'failed'));
    const why = await readFile(path.join(dir, 'failed', failed.find((n) => n.endsWith('.error.txt'))!), 'utf8');
    expect(why).toBe('documents.zip: srok не читает файлы этого типа; пришлите протокол как .txt, .md, .docx, .doc, .rtf, .odt, .pdf, .png, .jpg, .tif, .eml\n');

    const mail = seen.find(([file]) => file === 'from-clerk.eml')![1];
    expect(mail.files.map((f) => f.ok)).toEqual([true, true]);
    const receipts = lines.filter((l) => l['msg'] === 'import receipt');
    // In the order of their names: the .zip srok does not read, the mail, the .odt, the PDF; each subject names its file.
    expect(receipts.map((r) => String(r['subject']).replace(/ — «.*$/, ''))).toEqual(['srok: не прочитан 1 документ из 1', 'srok: принято 2 документа', 'srok: принят 1 документ', 'srok: принят 1 документ']);
    expect(new Set(receipts.map((r) => r['subject'])).size).toBe(4);
    expect(String(receipts[1]!['receipt'])).toContain('В вашем письме «Протоколы заседаний» srok нашёл 2 документа.');
    expect(String(receipts[3]!['receipt'])).toMatch(/^Здравствуйте!\n\nВ файле протокол 3-2019\.pdf srok нашёл 1 документ\.\n\n1\. протокол 3-2019\.pdf — протокол № 3\/2019 от 27\.07\.2019/);
    expect(String(receipts[0]!['receipt'])).toContain('documents.zip — не прочитан');
  });
});
