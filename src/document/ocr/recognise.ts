/**
 * OCR of page images: a scanned PDF's pages rendered by pdftoppm, or the pages of a
 * .png / .jpg / .tif decoded by sharp; each page straightened when its skew is
 * measurable, then read by Tesseract (one process per page, with a time limit) into
 * visual lines with their confidence.
 *
 * Pages are read a few at a time (as many as the machine has cores, at most
 * `concurrency`), each Tesseract on one thread: on two cores two single-threaded
 * processes finish sooner than one process using both.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { rowsOf, type LaidOutPage, type VisualLine } from '../page-layout.js';
import { pageCount } from '../paged-text.js';
import { hocrLines } from './hocr.js';
import { backgroundNoise, estimateSkew, median3, readPgm, rotate, unevenBackground, writePgm, type Raster } from './raster.js';
import { runTool, ToolFailedError, ToolMissingError, ToolTimeoutError } from './run-tool.js';
import { pdftoppmProblem, tesseractProblem } from './tools.js';

export { DEFAULT_OCR, type OcrOptions } from './ocr-options.js';
import type { OcrOptions } from './ocr-options.js';

/** Skew below this many degrees is left alone: Tesseract reads it as well straight. */
const SKEW_WORTH_FIXING = 0.3;

export interface OcrPage {
  page: LaidOutPage;
  /** Degrees the page was turned back by; 0 when it was straight enough. */
  skew: number;
  /** Noise was removed (3×3 median) before reading. */
  denoised: boolean;
  /** The paper was lit unevenly: Tesseract binarised it with a local threshold. */
  uneven: boolean;
  ms: number;
}

/** Share of stray paper pixels above which the page is denoised (a clean render is near 0, the noisy test scans 0.5). */
const NOISY = 0.1;

/**
 * The page as Tesseract should see it: straightened when its lines lean by 0.3° or
 * more, with sensor noise and specks removed when the paper is noisy. Measured on the
 * scans of test/fixtures/formats (200 dpi, noise, 0.8°): straightening and denoising
 * raise the mean word confidence from 0.82–0.88 to 0.88–0.93 and read two deadlines
 * right that the raw pages get wrong.
 */
export function preparePage(raster: Raster): { raster: Raster; skew: number; denoised: boolean; uneven: boolean } {
  // Noise is measured before turning: interpolation smooths it and would hide it.
  const denoised = backgroundNoise(raster) > NOISY;
  const clean = denoised ? median3(raster) : raster;
  const measured = estimateSkew(clean);
  const skew = Math.abs(measured) >= SKEW_WORTH_FIXING ? measured : 0;
  const out = skew === 0 ? clean : rotate(clean, -skew);
  return { raster: out, skew, denoised, uneven: unevenBackground(out) };
}

/** A page to read: a PDF page to render, or an image already decoded. */
export type PageSource = { kind: 'pdf'; pdfPath: string; page: number; dpi: number } | { kind: 'raster'; page: number; raster: Raster; dpi: number | null };

async function checkTools(file: string, options: OcrOptions, needsPdftoppm: boolean, what: string): Promise<void> {
  if (!options.enabled) {
    throw new InputError(file, `${what}, а распознавание выключено (input.ocr.enabled: false в config/srok.yaml); включите его или пришлите документ с текстом`);
  }
  const problem = (needsPdftoppm ? await pdftoppmProblem() : null) ?? (await tesseractProblem(options.languages));
  if (problem !== null) throw new InputError(file, `${what}; ${problem}`);
}

/**
 * Reads the pages by OCR. `what` says in a message what the pages are («страницы 1–3 —
 * скан без текстового слоя»), for the errors that name the packages to install.
 */
export async function recognisePages(file: string, sources: readonly PageSource[], options: OcrOptions, what: string): Promise<OcrPage[]> {
  await checkTools(file, options, sources.some((source) => source.kind === 'pdf'), what);
  if (sources.length > options.maxPages) {
    throw new InputError(
      file,
      `${what}: для распознавания ${pageCount(sources.length)}, больше предела input.ocr.maxPages (${options.maxPages}); пришлите документ с текстовым слоем или поднимите предел`,
    );
  }
  const work = await mkdtemp(join(tmpdir(), 'srok-ocr-'));
  try {
    const results = new Array<OcrPage>(sources.length);
    const lanes = Math.max(1, Math.min(options.concurrency ?? Math.min(2, availableParallelism()), sources.length));
    let next = 0;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (next < sources.length) {
          const index = next;
          next += 1;
          results[index] = await recognisePage(file, sources[index]!, options, work);
        }
      }),
    );
    return results;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function recognisePage(file: string, source: PageSource, options: OcrOptions, work: string): Promise<OcrPage> {
  const started = performance.now();
  const deadline = started + options.pageTimeoutMs;
  const left = (): number => Math.max(1, Math.round(deadline - performance.now()));
  try {
    let raster: Raster;
    let dpi: number | null;
    if (source.kind === 'pdf') {
      const prefix = join(work, `page-${source.page}`);
      await runTool('pdftoppm', ['-r', String(source.dpi), '-gray', '-f', String(source.page), '-l', String(source.page), '-singlefile', source.pdfPath, prefix], {
        timeoutMs: left(),
        maxOutputBytes: 1024,
      });
      const rendered = readPgm(await readFile(`${prefix}.pgm`));
      if (rendered === null) throw new ToolFailedError('pdftoppm', 0, 'не записал читаемого изображения страницы');
      raster = rendered;
      dpi = source.dpi;
    } else {
      raster = source.raster;
      dpi = source.dpi;
    }
    const prepared = preparePage(raster);
    const input = join(work, `ocr-${source.page}.pgm`);
    await writeFile(input, writePgm(prepared.raster));
    const args = [input, 'stdout', '-l', options.languages, '--psm', '3'];
    // Tesseract guesses the resolution from the letters when it is not told; a photo's 72 dpi would mislead it.
    if (dpi !== null && dpi >= 100 && dpi <= 1200) args.push('--dpi', String(dpi));
    // Tesseract binarises with one global (Otsu) threshold; an unevenly lit page needs a local one.
    if (prepared.uneven) args.push('-c', 'thresholding_method=2');
    args.push('hocr');
    const { stdout } = await runTool('tesseract', args, {
      timeoutMs: left(),
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const lines: VisualLine[] = rowsOf(hocrLines(stdout.toString('utf8'), source.page));
    return {
      page: { page: source.page, width: prepared.raster.width, height: prepared.raster.height, lines },
      skew: prepared.skew,
      denoised: prepared.denoised,
      uneven: prepared.uneven,
      ms: performance.now() - started,
    };
  } catch (error) {
    if (error instanceof ToolTimeoutError) {
      throw new InputError(
        file,
        `страница ${source.page} не распознана за ${(options.pageTimeoutMs / 1000).toLocaleString('ru-RU')} с (предел input.ocr.pageTimeoutSeconds); ` +
          'пришлите скан меньшего разрешения или документ с текстовым слоем, либо поднимите предел',
      );
    }
    if (error instanceof ToolMissingError) {
      throw new InputError(file, `страница ${source.page} не распознана: программа ${error.tool} не найдена; установите пакеты Debian ${error.tool === 'pdftoppm' ? 'poppler-utils' : 'tesseract-ocr и tesseract-ocr-rus'}`);
    }
    if (error instanceof ToolFailedError) {
      throw new InputError(file, `страница ${source.page} не распознана: ${error.tool} завершился с ошибкой (${error.stderr.trim().split('\n').slice(-1)[0] ?? ''}); проверьте, что файл открывается, и пришлите его заново`);
    }
    throw error;
  }
}
