/**
 * Delivers import receipts: to the sender of a mail (IMAP), through the configured
 * transport; and for files dropped in the inbox folder, into the log — what the
 * receipt would say, until a review step has an operator to send it to.
 *
 * A receipt goes only where mail may go (`mail.allowDomains`), never to a program
 * (auto-submitted mail, mailer daemons: that is how mail loops start), and once per
 * message: its key is kept in Redis for 30 days.
 */
import type { SrokConfig } from '../config/types.js';
import type { MailContents } from '../document/index.js';
import type { InputImport } from '../import.js';
import type { Log } from '../log.js';
import type { MailTransport } from '../mail/index.js';
import type { OnceMarks } from '../store/index.js';
import { buildReceipt, receiptDocuments, receiptMail, type Receipt, type ReviewNote } from './receipt.js';
import type { ParsedDocument } from '../domain.js';
import { reviewUrl } from '../review/waiting-mail.js';

export interface ReceiptDeps {
  config: () => SrokConfig;
  transport: MailTransport;
  /** The store's once-only marks: a receipt is sent once per message and recipient. */
  once: OnceMarks;
  log: Log;
  now: () => Date;
  /** The review step's word on an imported protocol; none until there is one. */
  review?: (file: string, parsed: ParsedDocument) => ReviewNote | null;
}

export type ReceiptOutcome = 'sent' | 'duplicate' | 'automatic' | 'no-sender' | 'held' | 'failed';

const KEEP_SECONDS = 30 * 24 * 3600;

export function mailReceipt(mail: MailContents, imported: InputImport, review?: ReceiptDeps['review']): Receipt {
  const subject = mail.subject.trim();
  return buildReceipt({
    source: subject === '' ? 'вашем письме без темы' : `вашем письме «${subject}»`,
    documents: receiptDocuments(imported.files, imported.parsed, review),
    skipped: mail.skipped,
  });
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function messageDomainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'srok.localhost';
}

export async function sendMailReceipt(mail: MailContents, imported: InputImport, deps: ReceiptDeps): Promise<ReceiptOutcome> {
  const { log } = deps;
  const to = mail.from?.address ?? null;
  const receipt = mailReceipt(mail, imported, deps.review);
  const logged = { file: mail.file, to, subject: receipt.subject, receipt: receipt.text };
  if (to === null) {
    log.warn(logged, 'import receipt not sent: the mail names no sender');
    return 'no-sender';
  }
  if (mail.automatic) {
    log.info(logged, 'import receipt not sent: the mail was sent by a program');
    return 'automatic';
  }
  const settings = deps.config().settings;
  const allow = settings.mail.allowDomains;
  if (allow.length > 0 && !allow.some((domain) => domainOf(to) === domain || domainOf(to).endsWith(`.${domain}`))) {
    log.warn({ ...logged, allowDomains: allow }, 'import receipt held: the sender is outside mail.allowDomains');
    return 'held';
  }
  if (!(await deps.once.takeReceipt(mail.messageId, mail.file, to, deps.now(), KEEP_SECONDS))) {
    log.info(logged, 'import receipt already sent for this message');
    return 'duplicate';
  }
  const rendered = receiptMail(receipt, { from: settings.mail.from, to, inReplyTo: mail.messageId, now: deps.now(), messageDomain: messageDomainOf(settings.mail.from) });
  try {
    await deps.transport.send(rendered);
  } catch (error) {
    // The message is imported and moved all the same; the sender is told nothing, the operator reads why here.
    await deps.once.releaseReceipt(mail.messageId, mail.file, to);
    log.error({ ...logged, err: error instanceof Error ? error.message : String(error) }, 'import receipt could not be sent');
    return 'failed';
  }
  log.info({ file: mail.file, to, subject: receipt.subject, messageId: rendered.messageId }, 'import receipt sent');
  return 'sent';
}

/** For a file from the inbox folder: what the receipt would say, in the log. */
export function logFileReceipt(file: string, imported: InputImport, log: Log, review?: ReceiptDeps['review']): Receipt {
  const receipt = imported.mail !== null
    ? mailReceipt(imported.mail, imported, review)
    : buildReceipt({ source: `файле ${file}`, documents: receiptDocuments(imported.files, imported.parsed, review), skipped: [] });
  log.info({ file, subject: receipt.subject, receipt: receipt.text }, 'import receipt');
  return receipt;
}

/** The review step's word on each document of an import: whether it waits, and where to review it. */
export function reviewNotes(imported: InputImport, config: SrokConfig): (file: string) => ReviewNote | null {
  const byFile = new Map(imported.files.map((f) => [f.file, f]));
  return (file) => {
    const f = byFile.get(file);
    if (!f?.ok || f.review === undefined) return null;
    const ref = f.ref ?? f.result.protocolKey;
    return { waits: f.review.waits, url: reviewUrl(config, f.result.protocolKey), command: `srok review ${/^[\w./-]+$/u.test(ref) ? ref : `'${ref}'`}` };
  };
}

/**
 * For a file from the inbox folder: the receipt in the log and, to the operator, as a
 * mail — what was understood, what needs a look, and where to review it. Once per
 * file content: a file dropped again gets no second mail.
 */
export async function sendFileReceipt(file: string, imported: InputImport, deps: ReceiptDeps): Promise<ReceiptOutcome> {
  const config = deps.config();
  const receipt = logFileReceipt(file, imported, deps.log, reviewNotes(imported, config));
  const to = config.settings.operator.email;
  const shas = [...imported.parsed.values()].map((p) => p.source.sha256).sort().join(',');
  const marked = `${file}|${shas}|${receipt.subject}`;
  if (!(await deps.once.takeReceipt(null, marked, to, deps.now(), KEEP_SECONDS))) return 'duplicate';
  const settings = config.settings;
  const rendered = receiptMail(receipt, { from: settings.mail.from, to, inReplyTo: null, now: deps.now(), messageDomain: messageDomainOf(settings.mail.from) });
  try {
    await deps.transport.send(rendered);
  } catch (error) {
    await deps.once.releaseReceipt(null, marked, to);
    deps.log.error({ file, to, err: error instanceof Error ? error.message : String(error) }, 'import receipt to the operator could not be sent');
    return 'failed';
  }
  deps.log.info({ file, to, subject: receipt.subject, messageId: rendered.messageId }, 'import receipt sent to the operator');
  return 'sent';
}
