/**
 * A PDF → paged lines. Pages with a text layer are read from it; a page without one
 * that paints an image (a scan, a photo of the signed paper) is read by OCR, and so is
 * a page whose text layer is gibberish (fonts without a Unicode map). A document may
 * mix both: a typed protocol whose last page, with the signatures, was scanned.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { layOutPages, type LaidOutPage } from './page-layout.js';
import type { PagedText } from './paged-text.js';
import { openPdf } from './pdf-text.js';
import { recognisePages, type OcrOptions, type PageSource } from './ocr/recognise.js';
import { scoreRussianText } from './russian-text-score.js';
import { pageCount, pageList, tidyOcrLines } from './paged-text.js';

export interface PdfOptions {
  ocr: OcrOptions;
  /** Most pages a PDF may have. */
  maxPages: number;
}

/** Fewer letters than this on a page that shows an image: the text is the image's, read by OCR. */
const TEXT_LAYER_LETTERS = 20;

/** Resolution the pages of a scan are rendered at for OCR: the scan's own, within these bounds. */
const MIN_OCR_DPI = 200;
const MAX_OCR_DPI = 400;

export async function readPdf(bytes: Uint8Array, file: string, options: PdfOptions): Promise<PagedText> {
  const pdf = await openPdf(bytes, file);
  try {
    if (pdf.pageCount > options.maxPages) {
      throw new InputError(file, `в PDF ${pageCount(pdf.pageCount)}, больше предела input.maxPages (${options.maxPages}); если это один протокол, поднимите предел в config/srok.yaml`);
    }
    const pages: LaidOutPage[] = [];
    const scans: Array<{ page: number; dpi: number | null }> = [];
    for (let n = 1; n <= pdf.pageCount; n += 1) {
      const text = await pdf.pageText(n);
      const letters = text.page.lines.map((line) => line.text).join('\n');
      const score = text.characters >= 40 ? scoreRussianText(letters) : null;
      const garbled = score !== null && !score.plausible && score.letters < text.characters / 2;
      const images = text.characters < TEXT_LAYER_LETTERS || garbled ? await text.images() : null;
      if (images !== null && images.count > 0) scans.push({ page: n, dpi: images.dpi });
      else pages.push(text.page);
    }
    let ocrPages: number[] = [];
    if (scans.length > 0) {
      const work = await mkdtemp(join(tmpdir(), 'srok-pdf-'));
      try {
        const pdfPath = join(work, 'document.pdf');
        await writeFile(pdfPath, bytes);
        const sources: PageSource[] = scans.map(({ page, dpi }) => ({
          kind: 'pdf',
          pdfPath,
          page,
          dpi: dpi === null ? options.ocr.dpi : Math.min(MAX_OCR_DPI, Math.max(MIN_OCR_DPI, dpi)),
        }));
        const what = scans.length === pdf.pageCount ? 'PDF — скан без текстового слоя' : `в PDF ${pageList(scans.map((s) => s.page))} — скан без текстового слоя`;
        const read = await recognisePages(file, sources, options.ocr, what);
        pages.push(...read.map((r) => r.page));
        ocrPages = scans.map((s) => s.page);
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    }
    pages.sort((a, b) => a.page - b.page);
    const laid = tidyOcrLines(layOutPages(pages));
    return {
      ...laid,
      pageCount: pdf.pageCount,
      ocrPages,
      encoding: ocrPages.length === 0 ? 'pdf' : ocrPages.length === pdf.pageCount ? 'ocr' : 'pdf+ocr',
    };
  } finally {
    await pdf.close();
  }
}
