/** Size limits that keep one oversized or hostile input from exhausting the worker. */
import { InputError } from '../errors.js';

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

/** `20971520` → `20 MiB`, `1536` → `1.5 KiB`: sizes in messages people read. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} bytes`;
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}

/**
 * The refusal of a file over `maxBytes`, with the way to raise the limit. `size` is
 * null when the file grew past the limit while being read.
 */
export function tooLarge(file: string, size: number | null, maxBytes: number): InputError {
  // Within 1 % of the limit the rounded sizes would read alike («20.0 MiB» over «20 MiB»).
  const exact = size !== null && size - maxBytes < maxBytes / 100;
  const limit = exact ? `${maxBytes} bytes` : formatBytes(maxBytes);
  const what =
    size === null
      ? `grew past the limit of ${limit} while being read`
      : `is ${exact ? `${size} bytes` : formatBytes(size)}, over the limit of ${limit}`;
  return new InputError(
    file,
    `${what}; if it really is one protocol, raise the limit with --max-bytes or config input.maxBytes`,
  );
}
