/** How scans are read by OCR, apart from the recognition itself (recognise.ts), so that a reader of text formats loads none of it. */
export interface OcrOptions {
  /** false: a page without text is refused with a message instead of being read. */
  enabled: boolean;
  /** Tesseract's languages, '+'-joined: 'rus+eng' reads Russian text with Latin e-mail addresses. */
  languages: string;
  /** Resolution a scanned PDF page is rendered at when the scan's own cannot be told. */
  dpi: number;
  /** Time one page may take (rendering and recognition), in milliseconds. */
  pageTimeoutMs: number;
  /** Most pages of one document read by OCR. */
  maxPages: number;
  /** Pages read at once; default: the machine's cores, at most 2. */
  concurrency?: number;
}

export const DEFAULT_OCR: OcrOptions = { enabled: true, languages: 'rus+eng', dpi: 300, pageTimeoutMs: 60_000, maxPages: 50 };
