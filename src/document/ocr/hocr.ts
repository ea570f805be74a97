/**
 * Tesseract's hOCR output → visual lines for page-layout.ts: each line's box, baseline
 * and size, its words with their confidence. Words Tesseract made of a speck of dirt —
 * a lone dot, comma or dash read with low confidence — are dropped; the letters of a
 * word that mixes Cyrillic and Latin look-alikes are made one script (see ocr-words.ts).
 */
import type { VisualLine } from '../page-layout.js';
import { fixOcrWord } from './ocr-words.js';

/** Below this confidence (0–1) a word is listed as doubtful. */
export const DOUBTFUL_BELOW = 0.6;
/** A word without letters or digits read below this confidence is taken for dirt on the page. */
const SPECK_BELOW = 0.5;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface HocrWord {
  box: Box;
  text: string;
  confidence: number;
}

interface HocrLine {
  box: Box;
  baseline: number;
  size: number;
  words: HocrWord[];
}

const SPAN = /<span class=['"](ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)['"][^>]*?title=(['"])(.*?)\2[^>]*>/g;

function property(title: string, name: string): number[] | null {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s+([^;]+)`).exec(title);
  if (!match) return null;
  const values = match[1]!.trim().split(/\s+/).map(Number);
  return values.every(Number.isFinite) ? values : null;
}

function boxOf(title: string): Box | null {
  const values = property(title, 'bbox');
  if (values === null || values.length !== 4) return null;
  const [x0, y0, x1, y1] = values as [number, number, number, number];
  return { x0, y0, x1, y1 };
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

export function parseHocr(hocr: string): HocrLine[] {
  const lines: HocrLine[] = [];
  for (const match of hocr.matchAll(SPAN)) {
    const kind = match[1]!;
    const title = match[3]!;
    const box = boxOf(title);
    if (box === null) continue;
    if (kind !== 'ocrx_word') {
      const baseline = property(title, 'baseline');
      const size = property(title, 'x_size')?.[0] ?? box.y1 - box.y0;
      lines.push({ box, baseline: box.y1 + (baseline?.[1] ?? 0), size, words: [] });
      continue;
    }
    const line = lines[lines.length - 1];
    if (line === undefined) continue;
    const start = (match.index ?? 0) + match[0].length;
    const end = hocr.indexOf('</span>', start);
    const text = decodeEntities(hocr.slice(start, end === -1 ? undefined : end).replace(/<[^>]*>/g, '')).trim();
    if (text === '') continue;
    line.words.push({ box, text, confidence: (property(title, 'x_wconf')?.[0] ?? 0) / 100 });
  }
  return lines;
}

const ALPHANUMERIC = /[\p{L}\d]/u;

/** The page's hOCR as visual lines: specks dropped, look-alike letters fixed, confidence kept. */
export function hocrLines(hocr: string, page: number): VisualLine[] {
  const out: VisualLine[] = [];
  for (const line of parseHocr(hocr)) {
    const words = line.words
      .filter((word) => ALPHANUMERIC.test(word.text) || word.confidence >= SPECK_BELOW)
      .map((word) => ({ ...word, text: fixOcrWord(word.text) }))
      .sort((a, b) => a.box.x0 - b.box.x0);
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) continue;
    let text = first.text;
    for (let i = 1; i < words.length; i += 1) {
      const gap = words[i]!.box.x0 - words[i - 1]!.box.x1;
      text += gap > line.size * 2.5 ? '\t' : ' ';
      text += words[i]!.text;
    }
    const scored = words.filter((word) => ALPHANUMERIC.test(word.text));
    const confidence = Math.min(...(scored.length > 0 ? scored : words).map((word) => word.confidence));
    out.push({
      page,
      left: first.box.x0,
      right: last.box.x1,
      y: line.baseline,
      size: line.size,
      text,
      firstWord: first.box.x1 - first.box.x0,
      confidence: Math.round(confidence * 100) / 100,
      doubtful: words.filter((word) => word.confidence < DOUBTFUL_BELOW && ALPHANUMERIC.test(word.text)).map((word) => word.text),
    });
  }
  return out;
}
