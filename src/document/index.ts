/** src/document: an input file (.docx, .doc, .rtf, .odt, .pdf, scans, .txt, .md, .eml) → numbered lines. */
export { readDocument, documentFromBytes, type ReadDocumentOptions } from './read-document.js';
export { readMail, readMailFile, type MailContents, type MailPart, type MailAddress } from './read-mail.js';
export { decodeText, type DecodedText } from './decode-text.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from './limits.js';
export { isReadableName, READABLE_LIST, READABLE_EXTENSIONS } from './detect-format.js';
export { DEFAULT_OCR, type OcrOptions } from './ocr/ocr-options.js';
