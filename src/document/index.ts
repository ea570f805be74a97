/** src/document: an input file (.docx, .txt, .md) → numbered lines. */
export { readDocument, documentFromBytes, type ReadDocumentOptions } from './read-document.js';
export { decodeText, type DecodedText } from './decode-text.js';
export { DEFAULT_MAX_BYTES } from './limits.js';
