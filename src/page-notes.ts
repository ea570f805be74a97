/**
 * What the reader of protocols does not see, added to its result afterwards: the page
 * each item starts on, for paged documents (PDF, scans), and for text read by OCR a
 * warning on every assignment read from words Tesseract was unsure of, naming them, so
 * that an operator compares it with the scan before its mails go out. The protocol
 * reader stays blind to formats; this step only adds fields and warnings.
 */
import type { Assignment, DocumentText, ParsedDocument, ParseWarning } from './domain.js';
import { countOf, type PluralForms } from './mail/plural.js';

export interface PageNoteOptions {
  /** A line whose least sure word is below this confidence (0–1) makes its assignment doubtful. */
  warnBelow: number;
}

const PAGES: PluralForms = ['странице', 'страницах', 'страницах'];

const percent = (confidence: number): string => `${Math.round(confidence * 100)} %`;

/** The 1-based lines an assignment spans: its first line, and the lines after it its text goes on into. */
function linesOf(assignment: Assignment, doc: DocumentText): number[] {
  const lines = [assignment.line];
  let rest = assignment.text.replace(/\s+/g, ' ');
  const first = (doc.lines[assignment.line - 1] ?? '').replace(/\s+/g, ' ').trim();
  const at = rest.indexOf(first);
  rest = at === -1 ? '' : rest.slice(at + first.length);
  for (let line = assignment.line + 1; line <= doc.lines.length && rest.trim() !== ''; line += 1) {
    const text = (doc.lines[line - 1] ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const found = rest.indexOf(text);
    if (found === -1) break;
    lines.push(line);
    rest = rest.slice(found + text.length);
  }
  return lines;
}

function bare(word: string): string {
  return word.replace(/^[«»„“"'(\[]+|[«»„“"')\].,;:!?]+$/gu, '');
}

function what(assignment: Assignment, page: number | undefined): string {
  const where = page === undefined ? '' : ` (страница ${page})`;
  return assignment.item === null ? `поручение в строке ${assignment.line}${where}` : `пункт ${assignment.item}${where}`;
}

export function addPageNotes(parsed: ParsedDocument, doc: DocumentText, options: PageNoteOptions): ParsedDocument {
  const pageOf = (line: number): number | undefined => doc.pages?.[line - 1];
  if (doc.pages !== undefined) {
    parsed.source.pages = doc.pageCount ?? Math.max(0, ...doc.pages);
    for (const item of parsed.items) {
      const page = pageOf(item.line);
      if (page !== undefined) item.page = page;
    }
    for (const assignment of parsed.assignments) {
      const page = pageOf(assignment.line);
      if (page !== undefined) assignment.page = page;
    }
  }
  const confidence = doc.confidence;
  if (confidence === undefined || doc.ocrPages === undefined || doc.ocrPages.length === 0) return parsed;

  const read = confidence.filter((c): c is number => c !== null);
  const mean = read.length === 0 ? 1 : read.reduce((sum, c) => sum + c, 0) / read.length;
  parsed.source.ocr = { pages: doc.ocrPages, confidence: Math.round(mean * 100) / 100 };

  const warnings: ParseWarning[] = [];
  if (mean < options.warnBelow) {
    warnings.push({
      line: null,
      code: 'ocr_low_confidence',
      message: `${doc.file}: текст на ${countOf(doc.ocrPages.length, PAGES)} распознан со скана неуверенно (в среднем ${percent(mean)}): сверьте все поручения со сканом, какие-то могли потеряться`,
    });
  }
  for (const assignment of parsed.assignments) {
    const lines = linesOf(assignment, doc);
    const scores = lines.map((line) => confidence[line - 1]).filter((c): c is number => c !== null && c !== undefined);
    if (scores.length === 0) continue;
    const least = Math.min(...scores);
    if (least >= options.warnBelow) continue;
    // Words as read, without the quotes and brackets around them: «ФинПромМаркет-XXI», not ««ФинПромМаркет-XXI»».
    const words = [...new Set(lines.flatMap((line) => doc.doubtful?.[line - 1] ?? []).map(bare).filter((word) => word !== ''))].slice(0, 5);
    // An address is where a misread letter costs most: name every address the doubtful words touch.
    const addresses = assignment.emails.filter((email) => words.some((word) => email.includes(word) || (word.includes('@') && word.includes(email.split('@')[0]!))));
    const named = [...new Set([...words, ...addresses])];
    const doubtful = named.length === 0 ? '' : `, неуверенно прочитаны: ${named.map((word) => `«${word}»`).join(', ')}`;
    warnings.push({
      line: assignment.line,
      code: 'ocr_low_confidence',
      message: `${what(assignment, pageOf(assignment.line))} ${assignment.item === null ? 'распознано' : 'распознан'} со скана неуверенно (${percent(least)}${doubtful}); сверьте со сканом исполнителей, срок и адреса`,
    });
  }
  parsed.warnings.push(...warnings);
  return parsed;
}
