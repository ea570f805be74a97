/**
 * Reading documents of each format, beside the raw library or program doing the same
 * work in the same run:
 *
 * - the 10-page protocol of bench/parse.ts (9 pages typeset by LibreOffice) as .pdf,
 *   .docx, .doc, .odt and .rtf: srok's readDocument; for the PDF also pdfjs-dist alone
 *   (open the document, getTextContent of every page), per page;
 * - one scanned page (200 dpi, grey, noise, 0.8°): srok's OCR of the .jpg (decode,
 *   denoise, straighten, Tesseract, layout) and of the same page in a scanned PDF
 *   (pdftoppm first), beside the `tesseract` program alone on the same .jpg.
 *
 * Times are medians of several runs after a warm-up run (pdfjs and sharp load once
 * per process, about a second for pdfjs on this machine under plain node), srok's and
 * the raw side's runs taking turns so that other load on the machine weighs on both.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { documentFromBytes } from '../src/document/index.js';

const DIR = new URL('../test/fixtures/formats/', import.meta.url).pathname;
const TEN = 'ten-pages';

export interface FormatsResult {
  pdfPages: number;
  /** srok, ms per page of the text PDF. */
  pdfPageMs: number;
  /** pdfjs-dist alone, ms per page. */
  pdfjsPageMs: number;
  /** ms per document of the 10-page protocol, by format. */
  documentMs: Record<string, number>;
  /** OCR of one scanned page. */
  ocrJpgMs: number;
  ocrPdfPageMs: number;
  tesseractMs: number;
  ocrLines: number;
}

/** Runs `a` and `b` by turns, so that whatever else loads the machine weighs on both alike; their medians. */
async function medianPair(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i += 1) {
    for (const [index, fn] of [a, b].entries()) {
      const start = performance.now();
      await fn();
      times[index]!.push(performance.now() - start);
    }
  }
  const mid = (list: number[]): number => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
  return [mid(times[0]), mid(times[1])];
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function rawPdfjs(bytes: Uint8Array): Promise<number> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = join(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'), '..');
  const doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0, standardFontDataUrl: `${dir}/standard_fonts/`, cMapUrl: `${dir}/cmaps/` }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}

export async function benchFormats(): Promise<FormatsResult> {
  const pdf = new Uint8Array(await readFile(join(DIR, `${TEN}.pdf`)));
  // Warm-up: pdfjs loads once per process.
  const first = await documentFromBytes(`${TEN}.pdf`, pdf);
  await rawPdfjs(pdf);
  const pages = first.pageCount ?? 1;
  const [pdfMs, pdfjsMs] = await medianPair(21, () => documentFromBytes(`${TEN}.pdf`, pdf), () => rawPdfjs(pdf));

  const documentMs: Record<string, number> = { pdf: pdfMs };
  for (const format of ['docx', 'doc', 'odt', 'rtf']) {
    const bytes = new Uint8Array(await readFile(join(DIR, `${TEN}.${format}`)));
    await documentFromBytes(`${TEN}.${format}`, bytes);
    documentMs[format] = await median(15, () => documentFromBytes(`${TEN}.${format}`, bytes));
  }
  const text = new Uint8Array(await readFile(join(DIR, 'sources', `${TEN}.txt`)));
  documentMs['txt'] = await median(15, () => documentFromBytes(`${TEN}.txt`, text));

  // One page at a time: the time a page takes, not the throughput of two lanes.
  const jpg = new Uint8Array(await readFile(join(DIR, 'scan-000-page1.jpg')));
  const ocr = { concurrency: 1 };
  const read = await documentFromBytes('scan.jpg', jpg, { ocr });
  const [ocrJpgMs, tesseractMs] = await medianPair(
    3,
    () => documentFromBytes('scan.jpg', jpg, { ocr }),
    async () => {
      const r = spawnSync('tesseract', [join(DIR, 'scan-000-page1.jpg'), 'stdout', '-l', 'rus+eng', '--psm', '3', 'hocr'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`tesseract failed: ${r.stderr.toString()}`);
    },
  );
  const scanPdf = new Uint8Array(await readFile(join(DIR, 'scan-seed-004.pdf')));
  const ocrPdfMs = await median(3, () => documentFromBytes('scan.pdf', scanPdf, { ocr }));

  return {
    pdfPages: pages,
    pdfPageMs: pdfMs / pages,
    pdfjsPageMs: pdfjsMs / pages,
    documentMs,
    ocrJpgMs,
    ocrPdfPageMs: ocrPdfMs / 2,
    tesseractMs,
    ocrLines: read.lines.length,
  };
}
