/** Size limits that keep one oversized or hostile input from exhausting the worker. */
import { InputError } from '../errors.js';
import { BYTES, countOf } from '../mail/plural.js';

/** Default cap on an input file's size; raised with `--max-bytes` or config `input.maxBytes`. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Default cap on a PDF's pages; raised with config `input.maxPages`. */
export const DEFAULT_MAX_PAGES = 300;

/**
 * Cap on one XML part of a .docx or an .odt once inflated. Real protocols stay far below a few
 * MiB; a part that inflates past this is a zip bomb or not a protocol.
 */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;

/** Deepest XML nesting accepted; Word's tables-in-tables stay well inside it. */
export const MAX_XML_DEPTH = 256;

/**
 * `20971520` → `20 МБ`, `1536` → `1,5 КБ`, `1000` → `1000 байт`: sizes in messages people
 * read, in the nominative («размер — 20 МБ»).
 */
export function formatBytes(bytes: number): string {
  const units = ['КБ', 'МБ', 'ГБ'];
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === -1) return countOf(bytes, BYTES);
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',');
  return `${shown} ${units[unit]}`;
}

/**
 * The refusal of a file over `maxBytes`, with the way to raise the limit. `size` is
 * null when the file grew past the limit while being read.
 */
export function tooLarge(file: string, size: number | null, maxBytes: number): InputError {
  // Within 1 % of the limit the rounded sizes would read alike («20,0 МБ» over «20 МБ»).
  const exact = size !== null && size - maxBytes < maxBytes / 100;
  const limit = exact ? countOf(maxBytes, BYTES) : formatBytes(maxBytes);
  const what =
    size === null
      ? `файл вырос, пока его читали, и превысил предел размера — ${limit}`
      : `размер файла — ${exact ? countOf(size, BYTES) : formatBytes(size)}, а предел — ${limit}`;
  return new InputError(
    file,
    `${what}; если это действительно один протокол, поднимите предел ключом --max-bytes или параметром input.maxBytes в config/srok.yaml`,
  );
}
