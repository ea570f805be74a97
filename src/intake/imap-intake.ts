/**
 * The IMAP intake: a mailbox watched beside the inbox folder. Every `pollSeconds` one
 * worker (a Redis lock keeps the others out) logs in, and for each message in the
 * mailbox:
 *
 *   sender not in allowSenders  → logged, moved to `rejected`, not read, no reply
 *                                 (a reply to a forged sender would be spam);
 *   otherwise                   → its documents are read and imported (read-mail.ts),
 *                                 the message moved to `processed` — or to `failed`
 *                                 when a document could not be read — and the sender
 *                                 gets the import receipt, once per message.
 *
 * A message is moved only after its documents are stored: if the worker dies in
 * between, the message is read again next time, and the import, being idempotent,
 * changes nothing; the receipt is not sent twice (its key is kept in Redis). A failure
 * to reach the server is logged and tried again at the next poll.
 */
import { randomBytes } from 'node:crypto';
import type { OnceMarks } from '../store/index.js';
import type { Settings } from '../config/schema.js';
import { readMail, type MailContents, type ReadDocumentOptions } from '../document/index.js';
import { InputError } from '../errors.js';
import type { InputImport } from '../import.js';
import type { Log } from '../log.js';

export type ImapSettings = Settings['inbox']['imap'];

export interface ImapIntakeOptions {
  /** Read at every poll, so a config reload applies from the next one (turning IMAP on or off needs a restart). */
  settings: () => ImapSettings;
  /** SROK_IMAP_PASSWORD. */
  password: string;
  /** The store's once-only marks: the mailbox lease. */
  once: OnceMarks;
  log: Log;
  documentOptions: () => ReadDocumentOptions;
  /** Imports the documents of a mail already read. */
  importMail: (mail: MailContents) => Promise<InputImport>;
  /** Tells the sender what was imported; resolves when the receipt is sent (or held). */
  sendReceipt: (mail: MailContents, imported: InputImport) => Promise<void>;
}

export interface PollResult {
  /** Messages imported, by where they went. */
  processed: number;
  failed: number;
  rejected: number;
  /** Another worker held the mailbox. */
  skipped: boolean;
}

/** Whether `address` is allowed by one of the entries: an address, or a domain and its subdomains. */
export function senderAllowed(address: string, allowSenders: readonly string[]): boolean {
  const sender = address.trim().toLowerCase();
  const domain = sender.slice(sender.lastIndexOf('@') + 1);
  return allowSenders.some((entry) => {
    const allowed = entry.trim().toLowerCase();
    if (allowed.includes('@')) return allowed === sender;
    return domain === allowed || domain.endsWith(`.${allowed}`);
  });
}

/** The folder path as IMAP wants it: 'srok/processed' → ['srok', 'processed'], joined with the server's delimiter. */
function folderPath(folder: string): string[] {
  return folder.split('/').filter((part) => part !== '');
}

type ImapFlowClass = (typeof import('imapflow'))['ImapFlow'];
type ImapClient = InstanceType<ImapFlowClass>;
let imapModule: Promise<ImapFlowClass> | null = null;
function loadImapFlow(): Promise<ImapFlowClass> {
  return (imapModule ??= import('imapflow').then((module) => module.ImapFlow));
}


export class ImapIntake {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(private readonly options: ImapIntakeOptions) {}

  private get where(): string {
    const settings = this.options.settings();
    return `${settings.mailbox} of ${settings.user ?? ''} on ${settings.host ?? ''}`;
  }

  start(): void {
    const tick = (): void => {
      if (this.stopped) return;
      this.running = this.pollOnce()
        .catch((e: unknown) => this.options.log.error({ imap: this.where, err: e instanceof Error ? e.message : String(e) }, 'imap poll failed; trying again at the next poll'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.options.settings().pollSeconds * 1000);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One look at the mailbox: every message in it handled. */
  async pollOnce(): Promise<PollResult> {
    const { once } = this.options;
    const settings = this.options.settings();
    const result: PollResult = { processed: 0, failed: 0, rejected: 0, skipped: false };
    const mailbox = `${settings.host ?? ''}:${settings.user ?? ''}:${settings.mailbox}`;
    const token = randomBytes(8).toString('hex');
    // Long enough for a slow mailbox; a worker that dies holding it frees it when it expires.
    if (!(await once.takeMailbox(mailbox, token, Math.max(settings.pollSeconds * 4, 600) * 1000))) return { ...result, skipped: true };
    try {
      const client = await this.connect(settings);
      try {
        const folders = await this.ensureFolders(client, settings);
        const lock = await client.getMailboxLock(settings.mailbox);
        try {
          const uids = (await client.search({ all: true }, { uid: true })) || [];
          for (const uid of uids) {
            const outcome = await this.handle(client, uid, settings);
            if (outcome === null) continue;
            await client.messageMove(String(uid), folders[outcome], { uid: true });
            result[outcome] += 1;
          }
        } finally {
          lock.release();
        }
      } finally {
        await client.logout().catch(() => client.close());
      }
    } finally {
      await once.releaseMailbox(mailbox, token);
    }
    return result;
  }

  private async connect(settings: ImapSettings): Promise<ImapClient> {
    const ImapFlow = await loadImapFlow();
    const security = settings.security;
    const client = new ImapFlow({
      host: settings.host ?? 'localhost',
      port: settings.port ?? (security === 'tls' ? 993 : 143),
      secure: security === 'tls',
      doSTARTTLS: security === 'starttls' ? true : security === 'none' ? false : undefined,
      auth: { user: settings.user ?? '', pass: this.options.password },
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: 30_000,
      greetingTimeout: 16_000,
      socketTimeout: 120_000,
    });
    // A connection that breaks later is reported on the next poll; an unhandled 'error' would end the worker.
    client.on('error', (e: Error) => this.options.log.warn({ imap: this.where, err: e.message }, 'imap connection error'));
    await client.connect();
    return client;
  }

  /** Creates the processed, failed and rejected folders when missing; their paths as the server writes them. */
  private async ensureFolders(client: ImapClient, settings: ImapSettings): Promise<Record<'processed' | 'failed' | 'rejected', string>> {
    const existing = await client.list();
    const delimiter = existing.find((box) => box.delimiter)?.delimiter ?? '/';
    const out = { processed: '', failed: '', rejected: '' };
    for (const key of ['processed', 'failed', 'rejected'] as const) {
      const parts = folderPath(settings[key]);
      const path = parts.join(delimiter);
      if (!existing.some((box) => box.path === path)) {
        const created = await client.mailboxCreate(parts);
        out[key] = created.path;
        this.options.log.info({ imap: this.where, folder: created.path }, 'imap folder created');
      } else {
        out[key] = path;
      }
    }
    return out;
  }

  /** Reads, checks and imports one message; where it goes, or null to leave it (it is being deleted). */
  private async handle(client: ImapClient, uid: number, settings: ImapSettings): Promise<'processed' | 'failed' | 'rejected' | null> {
    const { log } = this.options;
    const message = await client.fetchOne(String(uid), { uid: true, envelope: true, flags: true, size: true }, { uid: true });
    if (message === false || message.flags?.has('\\Deleted')) return null;
    const from = message.envelope?.from?.[0]?.address?.toLowerCase() ?? '';
    const subject = message.envelope?.subject ?? '';
    if (from === '' || !senderAllowed(from, settings.allowSenders)) {
      log.warn({ imap: this.where, uid, from: from || null, subject }, 'imap message from a sender not in inbox.imap.allowSenders; not imported, moved aside');
      return 'rejected';
    }
    const name = `imap/${settings.mailbox}/${uid}.eml`;
    const limit = (this.options.documentOptions().maxBytes ?? 20 * 1024 * 1024) * 2;
    let mail: MailContents;
    if ((message.size ?? 0) > limit) {
      mail = this.unreadable(name, message.envelope?.messageId ?? null, from, subject, `письмо размером ${Math.round((message.size ?? 0) / 1024 / 1024)} МиБ больше предела ${Math.round(limit / 1024 / 1024)} МиБ (дважды input.maxBytes); пришлите документы несколькими письмами`);
    } else {
      const full = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
      const source = full === false ? undefined : full.source;
      if (source === undefined) return null;
      try {
        mail = await readMail(name, new Uint8Array(source.buffer, source.byteOffset, source.byteLength), this.options.documentOptions());
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        mail = this.unreadable(name, message.envelope?.messageId ?? null, from, subject, error.reason);
      }
    }
    const imported = await this.options.importMail(mail);
    const ok = imported.files.length > 0 && imported.files.every((f) => f.ok);
    log.info(
      { imap: this.where, uid, from, subject, documents: imported.files.length, imported: imported.files.filter((f) => f.ok).length, failed: imported.files.filter((f) => !f.ok).length },
      ok ? 'imap message imported' : 'imap message had documents that could not be read',
    );
    if (settings.receipt) await this.options.sendReceipt(mail, imported);
    return ok ? 'processed' : 'failed';
  }

  /** A mail that could not be read as a whole: one failed part, so that the sender is told why. */
  private unreadable(file: string, messageId: string | null, from: string, subject: string, reason: string): MailContents {
    return {
      file,
      from: { address: from, name: '' },
      replyTo: null,
      subject,
      messageId,
      date: null,
      automatic: false,
      parts: [{ file, attachment: null, document: null, error: new InputError(file, reason) }],
      skipped: [],
    };
  }
}
