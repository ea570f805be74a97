import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';

export const FORMATS_DIR = join(import.meta.dirname, '..', 'fixtures', 'formats');

/** A mail as a mail client writes it (nodemailer's composer): the RFC 822 bytes of an .eml. */
export async function composeMail(options: Mail.Options): Promise<Buffer> {
  return new MailComposer({ ...options, disableFileAccess: true, disableUrlAccess: true }).compile().build();
}

/** A clerk's mail with the protocol of seed 000 as .docx and seed 002 as .pdf, and a logo in the signature. */
export async function protocolMail(from: string, options: Partial<Mail.Options> = {}): Promise<Buffer> {
  const logo = await readFile(join(FORMATS_DIR, 'scan-000-strip.png'));
  return composeMail({
    from,
    to: 'srok@srok.example',
    subject: 'Протоколы заседаний',
    messageId: `<${Math.random().toString(36).slice(2)}@admhmao.ru>`,
    text: 'Добрый день! Направляю протоколы для контроля.\n\n--\nС уважением, отдел контроля',
    html: '<p>Добрый день! Направляю протоколы для контроля.</p><p><img src="cid:logo@admhmao"></p>',
    attachments: [
      { filename: 'Протокол 4-2019.docx', content: await readFile(join(FORMATS_DIR, 'seed-000.docx')) },
      { filename: 'protocol-2020-11-26.pdf', content: await readFile(join(FORMATS_DIR, 'seed-002.pdf')) },
      { filename: 'logo.png', content: logo.subarray(0, 30_000), cid: 'logo@admhmao', contentDisposition: 'inline' },
    ],
    ...options,
  });
}
