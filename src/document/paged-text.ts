/** What the readers of paged documents (PDF, images) give read-document.ts. */
import { countOf, type PluralForms } from '../mail/plural.js';
import { tidyOcrLine } from './ocr/ocr-words.js';
import type { LaidOutText } from './page-layout.js';

export interface PagedText extends LaidOutText {
  pageCount: number;
  /** Pages read by OCR. */
  ocrPages: number[];
  encoding: string;
}

/** [1, 2, 3, 5] → «страницы 1–3, 5»; [4] → «страница 4». */
export function pageList(pages: readonly number[]): string {
  const ranges: string[] = [];
  let start: number | null = null;
  let previous: number | null = null;
  const close = (): void => {
    if (start === null || previous === null) return;
    ranges.push(start === previous ? String(start) : `${start}–${previous}`);
  };
  for (const page of [...pages].sort((a, b) => a - b)) {
    if (previous !== null && page === previous + 1) {
      previous = page;
      continue;
    }
    close();
    start = previous = page;
  }
  close();
  return `${pages.length === 1 ? 'страница' : 'страницы'} ${ranges.join(', ')}`;
}

/** The lines read by OCR (those with a confidence) get the repairs that need a whole paragraph. */
export function tidyOcrLines(text: LaidOutText): LaidOutText {
  return { ...text, lines: text.lines.map((line, i) => (text.confidence[i] === null || text.confidence[i] === undefined ? line : tidyOcrLine(line))) };
}

/** «1 страница», «2 страницы», «5 страниц». */
export const PAGES: PluralForms = ['страница', 'страницы', 'страниц'];

export function pageCount(n: number): string {
  return countOf(n, PAGES);
}
