/**
 * The ZIP signature alone, apart from the archive reader (zip-archive.ts and its yauzl), so
 * that telling a format by its first bytes loads no reader of a format.
 */

/** Whether the bytes start like a ZIP archive (a local header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}
