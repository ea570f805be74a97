import { countOf, DOCUMENTS } from './mail/plural.js';
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentText, ParsedDocument } from './domain.js';
import type { SrokConfig } from './config/types.js';
import { isReadableName, readDocument, readMailFile, type MailContents, type ReadDocumentOptions } from './document/index.js';
import { InputError } from './errors.js';
import { addPageNotes } from './page-notes.js';
import { parseProtocol } from './protocol/index.js';

/** How the config asks documents to be read: size and page limits, OCR. */
export function documentOptions(config: SrokConfig): ReadDocumentOptions {
  const input = config.settings.input;
  return {
    maxBytes: input.maxBytes,
    maxPages: input.maxPages,
    ocr: {
      enabled: input.ocr.enabled,
      languages: input.ocr.languages,
      dpi: input.ocr.dpi,
      pageTimeoutMs: input.ocr.pageTimeoutSeconds * 1000,
      maxPages: input.ocr.maxPages,
    },
  };
}

/**
 * A document already read → parsed protocol with executors routed to the directory,
 * working days counted on the configured calendar, and (paged documents) the page of
 * each item and the OCR warnings.
 */
export function parseDocument(doc: DocumentText, config: SrokConfig): ParsedDocument {
  const parsed = parseProtocol(doc, {
    directory: config.directory,
    addWorkingDays: (day, n) => config.calendar.addWorkingDays(day, n),
  });
  const noted = addPageNotes(parsed, doc, { warnBelow: config.settings.input.ocr.warnBelow });
  linesOf.set(noted, doc.lines);
  return noted;
}

/** The lines each parsed document was read from, kept beside it (not in it: the parse result is a contract) for the review. */
const linesOf = new WeakMap<ParsedDocument, readonly string[]>();

/** The lines a document parsed here was read from; null for one parsed elsewhere. */
export function documentLines(parsed: ParsedDocument): readonly string[] | null {
  return linesOf.get(parsed) ?? null;
}

/** Read one protocol file: document → lines → parsed protocol. */
export async function readProtocol(file: string, config: SrokConfig): Promise<ParsedDocument> {
  if (isMail(file)) {
    const mail = await readMailFile(file, documentOptions(config));
    const read = mail.parts.filter((part) => part.document !== null);
    if (read.length === 1) return parseDocument(read[0]!.document!, config);
    const failed = mail.parts.find((part) => part.error !== null);
    if (read.length === 0 && failed?.error) throw failed.error;
    throw new InputError(
      file,
      read.length === 0
        ? 'в письме нет документа, который srok читает, и его текст — не протокол; перешлите протокол вложением (.docx, .pdf, .doc, .odt, .rtf, скан)'
        : `в письме ${countOf(read.length, DOCUMENTS)}; разберите каждый: сохраните вложения отдельно или импортируйте письмо целиком (srok import)`,
    );
  }
  return parseDocument(await readDocument(file, documentOptions(config)), config);
}

export function isMail(file: string): boolean {
  return path.extname(file).toLowerCase() === '.eml';
}

/** One input file read: a document gives one result, a mail one per document it carries. */
export interface InputRead {
  file: string;
  mail: MailContents | null;
  results: Array<{ file: string; parsed: ParsedDocument; error: null } | { file: string; parsed: null; error: InputError }>;
}

export async function readInput(file: string, config: SrokConfig): Promise<InputRead> {
  if (!isMail(file)) {
    try {
      return { file, mail: null, results: [{ file, parsed: await readProtocol(file, config), error: null }] };
    } catch (error) {
      if (error instanceof InputError) return { file, mail: null, results: [{ file, parsed: null, error }] };
      throw error;
    }
  }
  let mail: MailContents;
  try {
    mail = await readMailFile(file, documentOptions(config));
  } catch (error) {
    if (error instanceof InputError) return { file, mail: null, results: [{ file, parsed: null, error }] };
    throw error;
  }
  return mailInput(mail, config);
}

/** The documents of a mail already read (a file, or a message fetched over IMAP), parsed. */
export function mailInput(mail: MailContents, config: SrokConfig): InputRead {
  const results: InputRead['results'] = mail.parts.map((part) =>
    part.document !== null ? { file: part.file, parsed: parseDocument(part.document, config), error: null } : { file: part.file, parsed: null, error: part.error! },
  );
  if (results.length === 0) {
    const skipped = mail.skipped.map((s) => `${s.name} (${s.reason})`).join(', ');
    results.push({
      file: mail.file,
      parsed: null,
      error: new InputError(mail.file, `в письме нет документа, который srok читает${skipped === '' ? ', и текста в нём нет' : `: ${skipped}`}; перешлите протокол вложением (.docx, .pdf, .doc, .odt, .rtf, скан)`),
    });
  }
  return { file: mail.file, mail, results };
}

/**
 * Expand folders into the files they hold (sorted, not recursive), telling apart the
 * ones srok reads from the ones it skips (a format it does not read), each with why.
 * Hidden files and sub-folders are passed over; a file named on its own is always tried.
 */
export async function expandInputsReporting(inputs: readonly string[]): Promise<{ files: string[]; skipped: Array<{ file: string; reason: string }> }> {
  const files: string[] = [];
  const skipped: Array<{ file: string; reason: string }> = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    for (const name of (await readdir(input)).sort()) {
      const file = path.join(input, name);
      if (name.startsWith('.') || (await stat(file).catch(() => null))?.isFile() !== true) continue;
      if (isReadableName(name)) files.push(file);
      else {
        const ext = path.extname(name).toLowerCase();
        skipped.push({ file, reason: `srok не читает файлы ${ext === '' ? 'без расширения' : `формата ${ext}`}; сохраните документ как ${READABLE_LIST_TEXT}` });
      }
    }
  }
  return { files, skipped };
}

const READABLE_LIST_TEXT = '.docx, .doc, .odt, .rtf, .pdf, .txt, .md, скан (.png, .jpg, .tif) или письмо .eml';

/** Expand folders into the readable files they hold (sorted, not recursive); files stay as given. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => isReadableName(n)).sort();
      files.push(...names.map((n) => path.join(input, n)));
    } else {
      files.push(input);
    }
  }
  return files;
}
