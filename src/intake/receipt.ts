/**
 * The import receipt: what srok understood in each document it was sent and what
 * needs a look, in Russian, for the person who sent it (a mail through IMAP) or for
 * the log (a file in the inbox folder).
 *
 * The receipt is plain data first (ReceiptDocument per document), then text and HTML,
 * then a mail. The review gate of a later stage plugs in through `review`: it says
 * whether a protocol waits for review and where to review it, and the receipt says so.
 */
import { createHash } from 'node:crypto';
import type { ParsedDocument } from '../domain.js';
import type { FileImport } from '../import.js';
import { titleOf } from '../review/title.js';

export { titleOf };
import { escapeHtml, headerText } from '../mail/escape.js';
import { messageIdOf } from '../mail/message-id.js';
import { ASSIGNMENTS, countOf, plural, type PluralForms } from '../mail/plural.js';
import { senderHeader } from '../mail/sender.js';
import type { RenderedMail } from '../mail/types.js';

const DOCUMENTS: PluralForms = ['документ', 'документа', 'документов'];
const EXECUTORS_FOR: PluralForms = ['исполнителя', 'исполнителей', 'исполнителей'];
const NOTES: PluralForms = ['замечание', 'замечания', 'замечаний'];
/** The verb agrees with the number: «принят 1 документ», «принято 2 документа». */
const ACCEPTED: PluralForms = ['принят', 'принято', 'принято'];
const NOT_READ: PluralForms = ['не прочитан', 'не прочитано', 'не прочитано'];

/** What a review step says of an imported protocol. */
export interface ReviewNote {
  waits: boolean;
  /** Where an operator reviews it, when the web pages are reachable. */
  url: string | null;
  /** The command that reviews it when they are not: «srok review 2/2026». */
  command?: string;
}

export interface ReceiptDocument {
  /** The document's name as the sender knows it: the attachment's or the file's. */
  name: string;
  ok: boolean;
  /** Why it could not be read (ok false). */
  error: string | null;
  /** «протокол № 4/2019 от 30.10.2019, Рабочая группа …» (ok true). */
  title: string | null;
  status: 'new' | 'updated' | 'unchanged' | null;
  assignments: number;
  parts: number;
  /** The warnings that need a person: with the line they are on. */
  notes: Array<{ line: number | null; page: number | null; text: string }>;
  review: ReviewNote | null;
}

export interface Receipt {
  subject: string;
  text: string;
  html: string;
  documents: ReceiptDocument[];
  skipped: Array<{ name: string; reason: string }>;
}

/** The last part of a document's name: «mail.eml/protocol.pdf» → «protocol.pdf». */
function shortName(file: string): string {
  const parts = file.split('/');
  return parts[parts.length - 1] ?? file;
}

/** The reason of an InputError message without the file name in front. */
function reasonOf(file: string, error: string): string {
  return error.startsWith(`${file}: `) ? error.slice(file.length + 2) : error;
}

export function receiptDocuments(
  files: readonly FileImport[],
  parsed: ReadonlyMap<string, ParsedDocument>,
  review: (file: string, parsed: ParsedDocument) => ReviewNote | null = () => null,
): ReceiptDocument[] {
  return files.map((f) => {
    if (!f.ok) {
      return { name: shortName(f.file), ok: false, error: reasonOf(f.file, f.error), title: null, status: null, assignments: 0, parts: 0, notes: [], review: null };
    }
    const doc = parsed.get(f.file);
    // The review step's list is the one after the operators' corrections and remembered phrases.
    const warnings = f.review !== undefined ? f.review.reasons : [...(doc?.warnings ?? []), ...f.result.warnings];
    const notes = warnings.map((w) => ({
      line: w.line,
      page: w.line === null ? null : (doc?.items.find((item) => item.line === w.line)?.page ?? doc?.assignments.find((a) => a.line === w.line)?.page ?? null),
      text: w.message,
    }));
    return {
      name: shortName(f.file),
      ok: true,
      error: null,
      title: doc === undefined ? null : titleOf(doc),
      status: f.result.status,
      assignments: f.result.assignments,
      parts: f.parts,
      notes,
      review: doc === undefined ? null : review(f.file, doc),
    };
  });
}

function statusLine(doc: ReceiptDocument): string {
  const found =
    doc.assignments === 0
      ? 'поручений не найдено — напоминаний не будет'
      : `${countOf(doc.assignments, ASSIGNMENTS)} для ${countOf(doc.parts, EXECUTORS_FOR)}`;
  switch (doc.status) {
    case 'unchanged':
      return `уже был принят раньше, изменений нет (${found})`;
    case 'updated':
      return `принят как исправленная редакция; план напоминаний обновлён (${found})`;
    default:
      return `принят: ${found}`;
  }
}

function reviewLine(review: ReviewNote | null): string | null {
  if (review === null) return null;
  const where = review.url !== null ? `: ${review.url}` : review.command !== undefined ? ` (${review.command})` : '';
  return review.waits ? `ждёт проверки оператором; письма исполнителям уйдут после неё${where}` : null;
}

function whereOf(note: { line: number | null; page: number | null }): string {
  if (note.line === null) return '';
  return note.page === null ? `строка ${note.line}: ` : `страница ${note.page}, строка ${note.line}: `;
}

export function buildReceipt(input: {
  /** «вашем письме «Протокол № 4/2019»», «файле protocol.docx»: what was received, in the prepositional. */
  source: string;
  documents: ReceiptDocument[];
  skipped: Array<{ name: string; reason: string }>;
}): Receipt {
  const { documents, skipped } = input;
  const read = documents.filter((d) => d.ok).length;
  const notes = documents.reduce((n, d) => n + d.notes.length, 0);
  const failed = documents.length - read;
  // The subject names the files, so two receipts of one day never read alike.
  const names = documents.length > 0 ? documents.map((d) => d.name) : skipped.map((s) => s.name);
  const named = names.length === 0 ? '' : ` — «${names[0]}»${names.length > 1 ? ` и ещё ${names.length - 1}` : ''}`;
  const subject =
    documents.length === 0
      ? `srok: документов не найдено${named}`
      : failed === 0
        ? `srok: ${plural(read, ACCEPTED)} ${countOf(read, DOCUMENTS)}${notes > 0 ? `, ${countOf(notes, NOTES)}` : ''}${named}`
        : `srok: ${plural(failed, NOT_READ)} ${countOf(failed, DOCUMENTS)} из ${documents.length}${named}`;

  const text: string[] = ['Здравствуйте!', ''];
  const html: string[] = ['<p>Здравствуйте!</p>'];
  const intro =
    documents.length === 0
      ? `В ${input.source} srok не нашёл документов, которые умеет читать.`
      : `В ${input.source} srok нашёл ${countOf(documents.length, DOCUMENTS)}.`;
  text.push(intro, '');
  html.push(`<p>${escapeHtml(intro)}</p>`, '<ol>');
  for (const [index, doc] of documents.entries()) {
    const head = doc.ok ? `${doc.name} — ${doc.title ?? 'документ'}` : `${doc.name} — не прочитан`;
    text.push(`${index + 1}. ${head}`);
    html.push(`<li><p><b>${escapeHtml(doc.name)}</b> — ${escapeHtml(doc.ok ? (doc.title ?? 'документ') : 'не прочитан')}</p>`);
    const lines: string[] = [];
    if (!doc.ok) lines.push(`${doc.error ?? ''}`);
    else {
      lines.push(statusLine(doc));
      const review = reviewLine(doc.review);
      if (review !== null) lines.push(review);
    }
    for (const line of lines) {
      text.push(`   ${line}`);
      html.push(`<p>${escapeHtml(line)}</p>`);
    }
    if (doc.notes.length > 0) {
      text.push('   Проверьте:');
      html.push('<p>Проверьте:</p><ul>');
      for (const note of doc.notes) {
        text.push(`   – ${whereOf(note)}${note.text}`);
        html.push(`<li>${escapeHtml(`${whereOf(note)}${note.text}`)}</li>`);
      }
      html.push('</ul>');
    }
    text.push('');
    html.push('</li>');
  }
  html.push('</ol>');
  if (skipped.length > 0) {
    const list = skipped.map((s) => `${s.name} (${s.reason})`).join('; ');
    text.push(`Не читались: ${list}.`, '');
    html.push(`<p>Не читались: ${escapeHtml(list)}.</p>`);
  }
  if (failed > 0) {
    const hint = 'Исправьте то, что указано, и пришлите документ ещё раз: принятое повторно не задвоится.';
    text.push(hint, '');
    html.push(`<p>${escapeHtml(hint)}</p>`);
  }
  text.push('Это письмо отправлено автоматически.');
  html.push('<p style="color:#666">Это письмо отправлено автоматически.</p>');
  return { subject, text: `${text.join('\n')}\n`, html: `<!doctype html><html><body>${html.join('\n')}</body></html>`, documents, skipped };
}

/** The receipt as a mail to `to`, answering the message `inReplyTo` (its Message-ID). */
export function receiptMail(receipt: Receipt, options: { from: string; to: string; inReplyTo: string | null; now: Date; messageDomain: string }): RenderedMail {
  const key = createHash('sha256')
    .update(`${options.inReplyTo ?? ''}|${options.to}|${receipt.subject}`)
    .digest('hex')
    .slice(0, 24);
  const mailId = `receipt.${key}`;
  const headers: Record<string, string> = {
    'Auto-Submitted': 'auto-replied',
    'X-Srok-Kind': 'receipt',
    'X-Srok-Mail-Id': mailId,
  };
  if (options.inReplyTo !== null && /^<[^\s<>@]+@[^\s<>@]+>$/.test(options.inReplyTo)) {
    headers['In-Reply-To'] = options.inReplyTo;
    headers['References'] = options.inReplyTo;
  }
  return {
    mailId,
    messageId: messageIdOf(mailId, options.messageDomain),
    from: senderHeader(options.from),
    to: [options.to],
    cc: [],
    subject: headerText(receipt.subject),
    date: options.now.toISOString(),
    html: receipt.html,
    text: receipt.text,
    headers,
    icalEvent: null,
  };
}
