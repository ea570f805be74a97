/**
 * A .png, .jpg or .tif (a scan, or a photo of the page) → paged lines by OCR. Each
 * page of a multi-page TIFF is one page. sharp (libvips) decodes the image, turns it
 * upright by its EXIF orientation, and gives its grey pixels; it is loaded on first use.
 */
import { InputError } from '../errors.js';
import { layOutPages } from './page-layout.js';
import { pageCount as pageCountOf, tidyOcrLines, type PagedText } from './paged-text.js';
import { recognisePages, type OcrOptions, type PageSource } from './ocr/recognise.js';
import type { Raster } from './ocr/raster.js';

/** Larger images are refused before they are decoded: 120 megapixels is an A0 sheet at 300 dpi. */
const MAX_PIXELS = 120_000_000;

type Sharp = (typeof import('sharp'))['default'];
let sharpModule: Promise<Sharp> | null = null;
function loadSharp(): Promise<Sharp> {
  return (sharpModule ??= import('sharp').then((module) => module.default));
}

/** libvips reports a damaged image in several lines; the first says what is wrong. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

export async function readImage(bytes: Uint8Array, file: string, options: { ocr: OcrOptions }): Promise<PagedText> {
  const sharp = await loadSharp();
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pageCount: number;
  let density: number | null;
  try {
    const meta = await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata();
    pageCount = meta.pages ?? 1;
    density = meta.density ?? null;
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_PIXELS) {
      throw new InputError(file, `изображение ${meta.width}×${meta.height} точек слишком велико для распознавания (больше 120 мегапикселей); уменьшите разрешение скана до 300 dpi`);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `изображение не читается (${firstLine(error)}); откройте его и сохраните заново в PNG, JPEG или TIFF`);
  }
  if (pageCount > options.ocr.maxPages) {
    throw new InputError(file, `в изображении ${pageCountOf(pageCount)}, больше предела input.ocr.maxPages (${options.ocr.maxPages}); пришлите документ частями или поднимите предел`);
  }
  const sources: PageSource[] = [];
  for (let page = 0; page < pageCount; page += 1) {
    let raster: Raster;
    try {
      const { data, info } = await sharp(input, { page, limitInputPixels: MAX_PIXELS })
        .rotate()
        .flatten({ background: { r: 255, g: 255, b: 255 } })
        .toColourspace('b-w')
        .raw()
        .toBuffer({ resolveWithObject: true });
      if (info.channels !== 1) throw new Error(`${info.channels} channels after conversion to grey`);
      raster = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
    } catch (error) {
      throw new InputError(file, `страница ${page + 1} изображения не читается (${firstLine(error)}); откройте его и сохраните заново в PNG, JPEG или TIFF`);
    }
    sources.push({ kind: 'raster', page: page + 1, raster, dpi: density });
  }
  const read = await recognisePages(file, sources, options.ocr, 'это изображение: текст в нём читается распознаванием');
  const laid = tidyOcrLines(layOutPages(read.map((r) => r.page)));
  return { ...laid, pageCount, ocrPages: read.map((r) => r.page.page), encoding: 'ocr' };
}
