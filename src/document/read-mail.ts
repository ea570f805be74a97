/**
 * A mail (.eml, or a message fetched over IMAP) → the documents it carries. Each
 * attachment in a format srok reads is a document of its own (an attached mail —
 * a forwarded message — is opened in turn); the mail's own text is a document when
 * the mail has no attachment to read, or when the text itself is a protocol (it names
 * one and holds numbered items), as when a letter is pasted into the mail.
 *
 * A document that cannot be read is listed with its reason; the others are read all
 * the same. Attachments that are not documents (logos in a signature, archives) are
 * listed as skipped, with why. mailparser is loaded on first use.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { DocumentText } from '../domain.js';
import { InputError } from '../errors.js';
import { isReadableName } from './detect-format.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './limits.js';
import { documentFromBytes, type ReadDocumentOptions } from './read-document.js';
import { readFileBytes } from './read-file-bytes.js';
import { normaliseLine, splitLines } from './text-lines.js';

export interface MailPart {
  /** How messages name the document: `mail.eml/protocol.pdf`, or `mail.eml` for the mail's text. */
  file: string;
  /** The attachment's name, or null for the mail's own text. */
  attachment: string | null;
  document: DocumentText | null;
  error: InputError | null;
}

export interface MailAddress {
  address: string;
  name: string;
}

export interface MailContents {
  file: string;
  from: MailAddress | null;
  replyTo: MailAddress | null;
  subject: string;
  messageId: string | null;
  date: Date | null;
  /**
   * The mail was sent by a program, not a person (RFC 3834 `Auto-Submitted`, a bulk or
   * list `Precedence`, a mailer daemon): nobody to send a receipt to.
   */
  automatic: boolean;
  parts: MailPart[];
  /** Attachments that are not documents, with why they were left. */
  skipped: Array<{ name: string; reason: string }>;
}

type SimpleParser = (typeof import('mailparser'))['simpleParser'];
let parserModule: Promise<SimpleParser> | null = null;
function loadParser(): Promise<SimpleParser> {
  return (parserModule ??= import('mailparser').then((module) => module.simpleParser));
}

/** Content types of documents, for attachments whose name says nothing. */
const EXTENSION_BY_TYPE: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'application/rtf': '.rtf',
  'text/rtf': '.rtf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/tiff': '.tif',
  'text/plain': '.txt',
};

/** Pictures this small are logos and icons of a signature, not pages. */
const SMALLEST_PAGE_IMAGE = 20 * 1024;
/** How deep attached mails are opened (a forward of a forward …). */
const MAX_NESTING = 3;

/** Only the base name of an attachment counts, without control characters or slashes. */
function safeAttachmentName(name: string): string {
  const base = name.replace(/[\u0000-\u001f/\\]/g, '_').replace(/^\.+/, '_').trim();
  return base === '' ? '_' : base.slice(0, 200);
}

export async function readMailFile(file: string, options: ReadDocumentOptions = {}): Promise<MailContents> {
  const maxBytes = mailLimit(options);
  return readMail(file, await readFileBytes(file, maxBytes), options);
}

/** A mail holds its attachments in base64, a third larger than they are: the mail may be twice the document limit. */
function mailLimit(options: ReadDocumentOptions): number {
  return (options.maxBytes ?? DEFAULT_MAX_BYTES) * 2;
}

export async function readMail(file: string, bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<MailContents> {
  if (bytes.length > mailLimit(options)) throw tooLarge(file, bytes.length, mailLimit(options));
  if (bytes.length === 0) throw new InputError(file, 'файл пуст; укажите файл письма (.eml), в котором пришёл протокол');
  const simpleParser = await loadParser();
  let mail: Awaited<ReturnType<SimpleParser>>;
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { skipImageLinks: true, skipTextToHtml: true });
  } catch (error) {
    throw new InputError(file, `письмо не читается (${error instanceof Error ? error.message : String(error)}); сохраните его из почтовой программы заново как .eml`);
  }
  if (!['from', 'subject', 'date', 'message-id', 'to'].some((header) => mail.headers.has(header))) {
    throw new InputError(file, 'это не письмо: в начале файла нет заголовков (From:, Subject: …); сохраните письмо из почтовой программы как .eml');
  }
  const contents: MailContents = {
    file,
    from: firstAddress(mail.from),
    replyTo: firstAddress(mail.replyTo),
    subject: mail.subject ?? '',
    messageId: mail.messageId ?? null,
    date: mail.date ?? null,
    automatic: isAutomatic(mail.headers, firstAddress(mail.from)),
    parts: [],
    skipped: [],
  };
  await collect(mail, file, options, contents, 0);
  const hasDocuments = contents.parts.length > 0;
  const body = (mail.text ?? '').trim();
  if (body !== '' && (!hasDocuments || looksLikeProtocol(body))) {
    contents.parts.unshift(await bodyPart(file, body));
  }
  return contents;
}

function isAutomatic(headers: Map<string, unknown>, from: MailAddress | null): boolean {
  const auto = String(headers.get('auto-submitted') ?? 'no').toLowerCase();
  const precedence = String(headers.get('precedence') ?? '').toLowerCase();
  if (auto !== 'no' || ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence) || headers.has('list-id')) return true;
  return from !== null && /^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply)@/i.test(from.address);
}

function firstAddress(value: unknown): MailAddress | null {
  // mailparser's AddressObject: { value: [{ address, name }], text }.
  const list = (value as { value?: Array<{ address?: string; name?: string }> } | undefined)?.value;
  const first = list?.find((entry) => typeof entry.address === 'string' && entry.address.includes('@'));
  return first === undefined ? null : { address: first.address!.toLowerCase(), name: first.name ?? '' };
}

async function collect(
  mail: Awaited<ReturnType<SimpleParser>>,
  file: string,
  options: ReadDocumentOptions,
  contents: MailContents,
  depth: number,
): Promise<void> {
  const attachments = mail.attachments;
  const documents = attachments.filter((a) => !isSignatureImage(a));
  for (const [index, attachment] of attachments.entries()) {
    const type = attachment.contentType.toLowerCase();
    const given = attachment.filename === undefined ? null : safeAttachmentName(attachment.filename);
    if (type === 'message/rfc822' && depth < MAX_NESTING) {
      const simpleParser = await loadParser();
      try {
        const inner = await simpleParser(attachment.content, { skipImageLinks: true, skipTextToHtml: true });
        await collect(inner, `${file}/${given ?? `письмо-${index + 1}.eml`}`, options, contents, depth + 1);
      } catch {
        contents.skipped.push({ name: given ?? `письмо-${index + 1}.eml`, reason: 'вложенное письмо не читается' });
      }
      continue;
    }
    const name = given !== null && isReadableName(given) ? given : `${given ?? `вложение-${index + 1}`}${EXTENSION_BY_TYPE[type] ?? ''}`;
    if (!isReadableName(name)) {
      contents.skipped.push({ name: given ?? name, reason: `формат ${extname(name) || type} srok не читает` });
      continue;
    }
    // Images inside the mail's text (a signature's logo) are not documents, unless the mail has nothing else.
    if (isSignatureImage(attachment) && documents.length > 0) {
      contents.skipped.push({ name, reason: 'картинка в тексте письма (подпись, логотип)' });
      continue;
    }
    if (extname(name).toLowerCase() === '.eml') {
      contents.skipped.push({ name, reason: 'вложенное письмо глубже трёх уровней' });
      continue;
    }
    const partFile = `${file}/${name}`;
    try {
      const document = await documentFromBytes(partFile, new Uint8Array(attachment.content.buffer, attachment.content.byteOffset, attachment.content.byteLength), options);
      contents.parts.push({ file: partFile, attachment: name, document, error: null });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      contents.parts.push({ file: partFile, attachment: name, document: null, error });
    }
  }
}

function isSignatureImage(attachment: { contentType: string; related?: boolean; contentDisposition?: string; size: number }): boolean {
  if (!attachment.contentType.toLowerCase().startsWith('image/')) return false;
  return attachment.related === true || attachment.contentDisposition === 'inline' || attachment.size < SMALLEST_PAGE_IMAGE;
}

/** The text of a mail that is itself a protocol or a letter with asks: it names one and has numbered items. */
export function looksLikeProtocol(text: string): boolean {
  const numbered = text.split('\n').filter((line) => /^\s*\d{1,2}(?:\.\d{1,2})*\.\s+\S/.test(line)).length;
  return numbered >= 2 && /протокол|решили|поручени|прошу|срок/i.test(text);
}

async function bodyPart(file: string, body: string): Promise<MailPart> {
  const lines = splitLines(body).map(normaliseLine);
  const bytes = new TextEncoder().encode(body);
  const document: DocumentText = {
    file,
    format: 'eml',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: 'utf-8',
    lines,
  };
  return { file, attachment: null, document, error: null };
}
