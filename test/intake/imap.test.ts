/**
 * The IMAP intake against a real Dovecot started by the test (its own config, a free
 * port of 127.0.0.1), a real Redis (own key prefix) and a real SMTP server in the test
 * process that receives the receipts.
 */
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import { imapIntakeFor, senderAllowed, type ImapIntake } from '../../src/intake/index.js';
import { silentLog } from '../../src/log.js';
import { startPipeline, type Pipeline } from '../support/pipeline.js';
import { startDovecot, type Dovecot } from '../support/dovecot.js';
import { composeMail, protocolMail } from '../support/mail-files.js';

const USER = 'srok@srok.example';
const PASSWORD = 'imap-test-password';

let dovecot: Dovecot;
let pipeline: Pipeline;
let intake: ImapIntake;

function client(): ImapFlow {
  return new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user: USER, pass: PASSWORD }, logger: false });
}

/** Subjects of the messages in each folder. */
async function folders(): Promise<Record<string, string[]>> {
  const imap = client();
  await imap.connect();
  try {
    const out: Record<string, string[]> = {};
    for (const box of await imap.list()) {
      // A parent folder such as «srok» may exist only as a name, holding no messages.
      if (box.flags.has('\\Noselect') || box.flags.has('\\NonExistent')) continue;
      const lock = await imap.getMailboxLock(box.path);
      try {
        const subjects: string[] = [];
        for await (const message of imap.fetch('1:*', { envelope: true })) subjects.push(message.envelope?.subject ?? '');
        out[box.path] = subjects.sort();
      } finally {
        lock.release();
      }
    }
    return out;
  } finally {
    await imap.logout();
  }
}

beforeAll(async () => {
  dovecot = await startDovecot([{ user: USER, password: PASSWORD }]);
  pipeline = await startPipeline(
    'imap',
    { day: '2020-11-26', time: '10:00' },
    {
      autorun: false,
      adjust: (config: SrokConfig): SrokConfig => ({
        ...config,
        settings: {
          ...config.settings,
          inbox: {
            ...config.settings.inbox,
            imap: { ...config.settings.inbox.imap, enabled: true, host: '127.0.0.1', port: dovecot.port, security: 'none', user: USER, allowSenders: ['admhmao.ru', 'chief@gov74.ru'] },
          },
        },
      }),
    },
  );
  intake = imapIntakeFor(pipeline.runtime.deps, { password: PASSWORD, clock: pipeline.clock, log: silentLog() });
  const imap = client();
  await imap.connect();
  await imap.append('INBOX', await protocolMail('Отдел контроля <clerk@admhmao.ru>', { subject: 'Протоколы заседаний' }));
  await imap.append('INBOX', await protocolMail('stranger@evil.example', { subject: 'Чужой протокол' }));
  await imap.append(
    'INBOX',
    await composeMail({ from: 'chief@gov74.ru', to: USER, subject: 'Битый PDF', text: 'См. вложение', attachments: [{ filename: 'scan.pdf', content: Buffer.from('%PDF-1.4\n') }] }),
  );
  await imap.logout();
}, 120_000);

afterAll(async () => {
  await pipeline?.close();
  await dovecot?.stop();
});

describe('a mailbox watched over IMAP', () => {
  it('imports both documents of an allowed sender\'s mail, moves it to processed, answers with a receipt; a foreign domain\'s mail is not imported', async () => {
    const result = await intake.pollOnce();
    expect(result).toEqual({ processed: 1, failed: 1, rejected: 1, skipped: false });

    const protocols = await pipeline.runtime.deps.store.listProtocols();
    expect(protocols).toHaveLength(2);

    expect(await folders()).toEqual({
      INBOX: [],
      'srok.processed': ['Протоколы заседаний'],
      'srok.failed': ['Битый PDF'],
      'srok.rejected': ['Чужой протокол'],
    });

    await pipeline.sink.waitFor(2);
    const receipts = pipeline.sink.mails.filter((m) => m.headers.get('x-srok-kind') === 'receipt');
    expect(receipts.map((m) => m.to && !Array.isArray(m.to) ? m.to.text : null).sort()).toEqual(['chief@gov74.ru', 'clerk@admhmao.ru']);
    const ok = receipts.find((m) => !Array.isArray(m.to) && m.to?.text === 'clerk@admhmao.ru')!;
    expect(ok.subject).toBe('srok: принято 2 документа — «Протокол 4-2019.docx» и ещё 1');
    expect(ok.inReplyTo).toMatch(/@admhmao\.ru>$/);
    expect(ok.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ok.text).toContain('В вашем письме «Протоколы заседаний» srok нашёл 2 документа.');
    expect(ok.text).toContain('1. Протокол 4-2019.docx — протокол № 4/2019 от 30.10.2019, Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры');
    expect(ok.text).toMatch(/принят: 4 поручения для \d+ исполнител/);
    expect(ok.text).toContain('2. protocol-2020-11-26.pdf — протокол от 26.11.2020, Комиссия по цифровому развитию Челябинской области');
    expect(ok.text).toMatch(/принят: 8 поручений для \d+ исполнител/);
    expect(ok.text).toContain('Не читались: logo.png (картинка в тексте письма (подпись, логотип)).');
    const bad = receipts.find((m) => !Array.isArray(m.to) && m.to?.text === 'chief@gov74.ru')!;
    expect(bad.subject).toBe('srok: не прочитан 1 документ из 1 — «scan.pdf»');
    expect(bad.text).toContain('1. scan.pdf — не прочитан');
    expect(bad.text).toContain('PDF повреждён или обрезан (в нём не найдена структура документа); скачайте или скопируйте его заново');
    expect(pipeline.sink.mails.some((m) => !Array.isArray(m.to) && m.to?.text === 'stranger@evil.example')).toBe(false);
  });

  it('has nothing to do when the mailbox is empty, and never answers the same message twice', async () => {
    expect(await intake.pollOnce()).toEqual({ processed: 0, failed: 0, rejected: 0, skipped: false });
    // The same mail sent again is imported again (nothing changes) and moved; its receipt went already.
    const imap = client();
    await imap.connect();
    const again = await protocolMail('clerk@admhmao.ru', { subject: 'Протоколы заседаний', messageId: '<same@admhmao.ru>' });
    await imap.append('INBOX', again);
    await imap.append('INBOX', again);
    await imap.logout();
    const before = pipeline.sink.mails.length;
    expect(await intake.pollOnce()).toEqual({ processed: 2, failed: 0, rejected: 0, skipped: false });
    await pipeline.sink.waitFor(before + 1);
    expect(pipeline.sink.mails.length).toBe(before + 1);
    expect(await pipeline.runtime.deps.store.listProtocols()).toHaveLength(2);
  });

  it('lets one worker at a time read the mailbox', async () => {
    const other = imapIntakeFor(pipeline.runtime.deps, { password: PASSWORD, clock: pipeline.clock, log: silentLog() });
    const [a, b] = await Promise.all([intake.pollOnce(), other.pollOnce()]);
    expect([a.skipped, b.skipped].sort()).toEqual([false, true]);
  });
});

describe('allowed senders', () => {
  it('match an address exactly, or a domain with its subdomains, whatever the case', () => {
    expect(senderAllowed('Clerk@AdmHmao.ru', ['admhmao.ru'])).toBe(true);
    expect(senderAllowed('clerk@mail.admhmao.ru', ['admhmao.ru'])).toBe(true);
    expect(senderAllowed('clerk@notadmhmao.ru', ['admhmao.ru'])).toBe(false);
    expect(senderAllowed('chief@gov74.ru', ['chief@gov74.ru'])).toBe(true);
    expect(senderAllowed('deputy@gov74.ru', ['chief@gov74.ru'])).toBe(false);
  });
});

describe('the config of the intake', () => {
  it('requires allowed senders, a host and a user when IMAP is on, and TLS for another machine, each with the fix', () => {
    expect(() => loadConfig('test/fixtures/config/imap-unsafe')).toThrow(/inbox\.imap\.allowSenders: пуст, а inbox\.imap\.enabled: true; перечислите отправителей/);
    try {
      loadConfig('test/fixtures/config/imap-unsafe');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/srok\.yaml:\d+: inbox\.imap\.user: не задан, а inbox\.imap\.enabled: true; напишите имя ящика/);
      expect(message).toMatch(/srok\.yaml:\d+: inbox\.imap\.security: 'none' передаёт пароль открытым текстом, а сервер imap\.admhmao\.ru — не этот компьютер; напишите 'tls' \(порт 993\) или 'starttls' \(порт 143\)/);
      expect(message).toMatch(/inbox\.imap\.allowSenders\[0\]: не адрес и не домен; напишите 'clerk@admhmao\.ru' или 'admhmao\.ru'|inbox\.imap\.allowSenders: пуст/);
    }
  });
});
