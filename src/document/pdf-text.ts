/**
 * The text layer of a PDF through pdfjs-dist (Mozilla's PDF.js, the legacy build that
 * runs on Node 20): each page's text items placed on the page, grouped into visual
 * lines for page-layout.ts, and what each page holds besides text (images), so that a
 * page without text can be sent to OCR.
 *
 * pdfjs is loaded on first use: commands that never meet a PDF do not pay for it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import type { LaidOutPage, VisualLine } from './page-layout.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let pdfjs: Promise<Pdfjs> | null = null;
function loadPdfjs(): Promise<Pdfjs> {
  return (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
}

/** pdfjs's own data (CMaps of CJK and other legacy encodings, the standard 14 fonts' metrics). */
let pdfjsDir: string | null = null;
function pdfjsData(folder: string): string {
  pdfjsDir ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return `${join(pdfjsDir, folder)}/`;
}

export interface PdfPageText {
  page: LaidOutPage;
  /** Letters and digits on the page's text layer. */
  characters: number;
  /**
   * The images the page paints (a scan, a photo, a stamp): how many, and the largest's
   * resolution as placed, in dots per inch. Asked only of pages that may be scans: it
   * walks the whole content stream.
   */
  images(): Promise<{ count: number; dpi: number | null }>;
}

export interface OpenPdf {
  pageCount: number;
  /** The text layer of page `n` (1-based). */
  pageText(n: number): Promise<PdfPageText>;
  close(): Promise<void>;
}

export async function openPdf(bytes: Uint8Array, file: string): Promise<OpenPdf> {
  const lib = await loadPdfjs();
  // pdfjs takes ownership of the buffer it is given (it transfers it to its worker).
  const data = new Uint8Array(bytes);
  const task = lib.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
    cMapUrl: pdfjsData('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsData('standard_fonts'),
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfError(file, error);
  }
  return {
    pageCount: doc.numPages,
    async pageText(n) {
      try {
        const page = await doc.getPage(n);
        const text = await readPage(lib, page, n);
        return {
          ...text,
          images: async () => {
            try {
              return await imagesOf(lib, page);
            } finally {
              page.cleanup();
            }
          },
        };
      } catch (error) {
        throw new InputError(file, `страница ${n} PDF не читается (${messageOf(error)}); сохраните документ в PDF заново или пришлите его в другом формате`);
      }
    },
    async close() {
      await doc.destroy();
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function pdfError(file: string, error: unknown): InputError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new InputError(file, 'PDF защищён паролем на открытие; попросите прислать его без пароля или снимите пароль и сохраните заново');
  }
  if (name === 'InvalidPDFException') {
    return new InputError(file, 'PDF повреждён или обрезан (в нём не найдена структура документа); скачайте или скопируйте его заново');
  }
  return new InputError(file, `PDF не открывается (${messageOf(error)}); сохраните документ в PDF заново или пришлите его в другом формате`);
}

interface PlacedItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

async function readPage(lib: Pdfjs, page: PdfPage, n: number): Promise<Omit<PdfPageText, 'images'>> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PlacedItem[] = [];
  let characters = 0;
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    // Page rotation and the item's matrix in one: x to the right, y down the page.
    const [a, b, , , e, f] = lib.Util.transform(viewport.transform, item.transform) as number[];
    if (a === undefined || b === undefined || e === undefined || f === undefined) continue;
    const size = Math.hypot(a, b);
    // Text turned by more than a few degrees is a stamp or a note in the margin, not the protocol.
    if (size === 0 || Math.abs(b) > Math.abs(a) * 0.1 || a < 0) continue;
    const text = repairLatin1(item.str);
    characters += (text.match(/[\p{L}\d]/gu) ?? []).length;
    items.push({ text, x: e, y: f, width: item.width * (viewport.scale || 1), size });
  }
  return {
    page: { page: n, width: viewport.width, height: viewport.height, lines: visualLines(items, n) },
    characters,
  };
}

/**
 * Fonts without a Unicode map in PDFs made by old Russian software often give the
 * Windows-1251 bytes of the text as Latin-1 letters («ÏÐÎÒÎÊÎË»): such a string is
 * decoded again as Windows-1251.
 */
export function repairLatin1(text: string): string {
  let high = 0;
  let letters = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0xc0 && code <= 0xff) high += 1;
    if (/\p{L}/u.test(char)) letters += 1;
    if (code > 0xff) return text;
  }
  if (letters < 3 || high < letters * 0.5) return text;
  return iconv.decode(Buffer.from(text, 'latin1'), 'windows-1251');
}

/** Groups placed items into lines: one baseline each, left to right, gaps as spaces or tabs. */
export function visualLines(items: readonly PlacedItem[], page: number): VisualLine[] {
  const sorted = [...items].sort((p, q) => p.y - q.y || p.x - q.x);
  const rows: PlacedItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row !== undefined && anchor !== undefined && Math.abs(item.y - anchor.y) <= Math.max(anchor.size, item.size) * 0.35) row.push(item);
    else rows.push([item]);
  }
  const lines: VisualLine[] = [];
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x);
    let text = '';
    let right = -Infinity;
    let size = 0;
    for (const item of row) {
      size = Math.max(size, item.size);
      if (text !== '') {
        const gap = item.x - right;
        if (gap > item.size * 2.5) text = `${text.trimEnd()}\t`;
        else if (gap > item.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
      }
      text += item.text;
      right = Math.max(right, item.x + item.width);
    }
    text = text.replace(/ {2,}/g, ' ').replace(/ ?\t ?/g, '\t').trim();
    if (text === '') continue;
    const first = row.find((item) => item.text.trim() !== '') ?? row[0]!;
    const firstWord = /^\s*\S+/.exec(first.text)?.[0].trim() ?? '';
    const leadingSpaces = first.text.length - first.text.trimStart().length;
    const charWidth = first.width / Math.max(1, first.text.length);
    lines.push({
      page,
      left: first.x + leadingSpaces * charWidth,
      right,
      y: row.reduce((sum, item) => sum + item.y, 0) / row.length,
      size,
      text,
      firstWord: firstWord.length * charWidth,
      confidence: null,
      doubtful: [],
    });
  }
  return lines;
}

/**
 * How many images the page paints, and the resolution of the largest as placed: the
 * transformation matrix is followed through the content stream's save/restore and
 * `cm` operators, which is all a scanner's page uses.
 */
async function imagesOf(lib: Pdfjs, page: PdfPage): Promise<{ count: number; dpi: number | null }> {
  const ops = await page.getOperatorList();
  const { OPS } = lib;
  const stack: number[][] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  let count = 0;
  let best: { area: number; dpi: number } | null = null;
  for (let i = 0; i < ops.fnArray.length; i += 1) {
    const fn = ops.fnArray[i];
    // Operator arguments are untyped arrays whose shape depends on the operator.
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform && args !== null) ctm = lib.Util.transform(ctm, args as number[]) as number[];
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      count += 1;
      const [a = 1, b = 0, c = 0, d = 1] = ctm;
      const drawnWidth = Math.hypot(a, b);
      const drawnHeight = Math.hypot(c, d);
      const area = drawnWidth * drawnHeight;
      const pixels = imagePixels(fn === OPS.paintImageXObject ? args?.[1] : (args?.[0] as { width?: unknown } | undefined)?.width);
      if (pixels !== null && drawnWidth > 0 && (best === null || area > best.area)) best = { area, dpi: (pixels / drawnWidth) * 72 };
    }
  }
  return { count, dpi: best === null ? null : Math.round(best.dpi) };
}

/** The width in pixels an image operator names; pdfjs passes it in the arguments, or on the image data. */
function imagePixels(value: unknown): number | null {
  return typeof value === 'number' && value > 0 ? value : null;
}
