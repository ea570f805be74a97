/**
 * Splits decoded text into lines numbered as an editor numbers them, so that later
 * stages can point at «line 40» and a person finds it.
 */

/** Splits on CRLF, CR and LF; a final line break does not start an extra line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * What every format gets: non-breaking and other fixed-width spaces become plain
 * spaces, invisible control characters become spaces, zero-width marks and the fillers
 * some sites put after words (U+115F, U+3164) go, a soft hyphen ending a line becomes a
 * hyphen. Quotes and dashes stay as written.
 */
export function normaliseLine(line: string): string {
  return line
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g, ' ')
    // (A soft hyphen at a line's end is where a word was broken; inside a line it shows nothing.)
    .replace(/\u00ad\s*$/, '-')
    .replace(/[\ufeff\u200b-\u200d\u2060\u00ad\u115f\u1160\u3164]/g, '');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', laquo: '«', raquo: '»', quot: '"', amp: '&', mdash: '—', ndash: '–', hellip: '…', lt: '<', gt: '>', apos: "'", shy: '' };

/** HTML's entities left in a text copied from a page's source: «в срок до 15&nbsp;сентября», «&laquo;Новый мир&raquo;». */
export function decodeEntities(line: string): string {
  if (!line.includes('&')) return line;
  return line
    .replace(/&(nbsp|laquo|raquo|quot|amp|mdash|ndash|hellip|lt|gt|apos|shy);/gu, (_all, name: string) => NAMED_ENTITIES[name] ?? _all)
    .replace(/&#(\d{2,5});/gu, (all, code: string) => (Number(code) > 0 && Number(code) < 0x10000 ? String.fromCharCode(Number(code)) : all))
    .replace(/&#x([0-9a-f]{2,4});/giu, (_all, code: string) => String.fromCharCode(parseInt(code, 16)));
}
