import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import { readMail } from '../../src/document/index.js';
import { mailInput } from '../../src/read-protocol.js';
import { composeMail, FORMATS_DIR, protocolMail } from '../support/mail-files.js';

let config: SrokConfig;
beforeAll(() => {
  config = loadConfig('config');
});

describe('a mail (.eml) is read into the documents it carries', () => {
  it('reads each attached document, leaves the signature logo and the covering note, and keeps the sender', async () => {
    const mail = await readMail('mail.eml', await protocolMail('Отдел контроля <Clerk@AdmHmao.ru>'));
    expect(mail.from).toEqual({ address: 'clerk@admhmao.ru', name: 'Отдел контроля' });
    expect(mail.subject).toBe('Протоколы заседаний');
    expect(mail.automatic).toBe(false);
    expect(mail.parts.map((p) => [p.file, p.document?.format, p.error])).toEqual([
      ['mail.eml/Протокол 4-2019.docx', 'docx', null],
      ['mail.eml/protocol-2020-11-26.pdf', 'pdf', null],
    ]);
    expect(mail.skipped).toEqual([{ name: 'logo.png', reason: 'картинка в тексте письма (подпись, логотип)' }]);
    const read = mailInput(mail, config);
    expect(read.results.map((r) => [r.parsed?.protocol.number ?? null, r.parsed?.assignments.length])).toEqual([
      ['4/2019', 4],
      [null, 8],
    ]);
  });

  it('reads the mail\'s own text when it is the protocol, and a forwarded mail\'s attachments', async () => {
    const text = (await readFile(join(import.meta.dirname, '..', 'fixtures', 'seeds', '002_cea077b6f9d77646.txt'), 'utf8'));
    const inline = await readMail('inline.eml', await composeMail({ from: 'clerk@gov74.ru', to: 'srok@srok.example', subject: 'Протокол', text }));
    expect(inline.parts).toHaveLength(1);
    expect(inline.parts[0]!.document?.format).toBe('eml');
    expect(mailInput(inline, config).results[0]!.parsed?.assignments).toHaveLength(8);

    const forwarded = await readMail(
      'fwd.eml',
      await composeMail({
        from: 'boss@admhmao.ru',
        to: 'srok@srok.example',
        subject: 'Fwd: Протоколы заседаний',
        text: 'Пересылаю.',
        attachments: [{ filename: 'original.eml', content: await protocolMail('clerk@admhmao.ru'), contentType: 'message/rfc822' }],
      }),
    );
    // mailparser opens the attached mail in place: its documents are the forward's.
    expect(forwarded.parts.map((p) => p.file)).toEqual(['fwd.eml/Протокол 4-2019.docx', 'fwd.eml/protocol-2020-11-26.pdf']);
  });

  it('lists a document it cannot read with the reason, reads the rest, and says what it skipped', async () => {
    const mail = await readMail(
      'mixed.eml',
      await composeMail({
        from: 'clerk@admhmao.ru',
        to: 'srok@srok.example',
        subject: 'Документы',
        text: 'См. вложения.',
        attachments: [
          { filename: 'broken.pdf', content: Buffer.from('%PDF-1.7\n') },
          { filename: 'protocol.odt', content: await readFile(join(FORMATS_DIR, 'seed-000.odt')) },
          { filename: 'archive.zip', content: Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18), 'latin1') },
        ],
      }),
    );
    expect(mail.parts.map((p) => [p.attachment, p.document !== null, p.error?.message ?? null])).toEqual([
      ['broken.pdf', false, 'mixed.eml/broken.pdf: PDF повреждён или обрезан (в нём не найдена структура документа); скачайте или скопируйте его заново'],
      ['protocol.odt', true, null],
    ]);
    expect(mail.skipped).toEqual([{ name: 'archive.zip', reason: 'формат .zip srok не читает' }]);
  });

  it('takes note of mail sent by a program, which gets no receipt', async () => {
    const bounce = await readMail('bounce.eml', await composeMail({ from: 'MAILER-DAEMON@admhmao.ru', to: 'srok@srok.example', subject: 'Undelivered', text: 'x' }));
    expect(bounce.automatic).toBe(true);
    const auto = await readMail('auto.eml', await composeMail({ from: 'clerk@admhmao.ru', to: 'srok@srok.example', subject: 'Автоответ', text: 'x', headers: { 'Auto-Submitted': 'auto-replied' } }));
    expect(auto.automatic).toBe(true);
  });

  it('refuses what is not a mail', async () => {
    await expect(readMail('note.eml', new TextEncoder().encode('просто текст'))).rejects.toThrow(
      'note.eml: это не письмо: в начале файла нет заголовков (From:, Subject: …); сохраните письмо из почтовой программы как .eml',
    );
  });
});
