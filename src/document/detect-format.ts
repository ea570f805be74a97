/**
 * Decides how to read a file: by its extension, and by its first bytes when the
 * extension says nothing. Formats srok cannot read but people often drop in (an old
 * .doc, a PDF, an RTF) are refused here with what to do instead.
 */
import { extname } from 'node:path';
import type { DocumentFormat } from '../domain.js';
import { InputError } from '../errors.js';
import { looksLikeZip } from './zip-archive.js';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  // Macro-enabled documents and templates are the same package as a .docx.
  '.docm': 'docx',
  '.dotx': 'docx',
  '.dotm': 'docx',
};

const SIGNATURES: Array<{ bytes: number[]; reason: string }> = [
  {
    // OLE compound file: Word 97–2003 documents, and .docx files protected by a password.
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    reason:
      'is an old Word .doc (Word 97–2003) file or a password-protected document; ' +
      'open it in Word and save it as .docx without a password',
  },
  {
    bytes: [...'%PDF-'].map((char) => char.charCodeAt(0)),
    reason: 'is a PDF; srok reads .docx, .txt and .md: ask for the .docx, or save the text of the PDF as .txt',
  },
  {
    bytes: [...'{\\rtf'].map((char) => char.charCodeAt(0)),
    reason: 'is an RTF document; open it in Word and save it as .docx',
  },
];

export function detectFormat(file: string, bytes: Uint8Array): DocumentFormat {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, i) => bytes[i] === byte)) throw new InputError(file, signature.reason);
  }
  const byExtension = BY_EXTENSION[extname(file).toLowerCase()];
  if (byExtension === 'docx') return 'docx';
  if (looksLikeZip(bytes)) {
    if (byExtension === undefined) return 'docx';
    throw new InputError(
      file,
      `is a ZIP archive, not ${byExtension === 'md' ? 'Markdown' : 'plain text'}; ` +
        'if it is a Word document, rename it to .docx',
    );
  }
  return byExtension ?? 'txt';
}
