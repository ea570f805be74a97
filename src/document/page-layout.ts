/**
 * Pages of positioned text (a PDF's text layer, or the words Tesseract read off a
 * scan) → the lines the protocol reader reads: one per paragraph, as a .docx gives them.
 *
 * - Reading order: top to bottom, left to right; text on one baseline is one visual
 *   line, with a tab where a wide gap separates table cells or tab stops.
 * - Running heads and feet are dropped: page numbers («2», «- 2 -», «Страница 2 из 5»)
 *   near the top or bottom edge, and lines near the edges that repeat on most pages once
 *   their digits are set aside («Протокол № 4/2019 — страница 1 из 2») and stand apart
 *   from the text or are set smaller than it.
 * - Visual lines are joined into paragraphs: a line starts a new paragraph when it
 *   starts further right than the line before it (a first-line indent, a centred
 *   title), begins with an item number or a bullet, follows a line that ended short
 *   (its first word would have fitted there), follows a wider gap than the text's line
 *   pitch, or changes the type size. A word hyphenated at the end of a line is joined
 *   again: without the hyphen when the document writes it whole elsewhere or its second
 *   half starts with a small letter, with it when the document writes it hyphenated or
 *   the second half starts with a capital («Ханты-\nМансийского»).
 *
 * Units are the page's own (PDF points, image pixels); every threshold is relative to
 * the type size, so both read alike. Pure: no I/O.
 */

export interface VisualLine {
  /** 1-based page number. */
  page: number;
  left: number;
  right: number;
  /** The baseline, growing down the page. */
  y: number;
  /** Type size: the font size, or the x-height-based size Tesseract reports. */
  size: number;
  text: string;
  /** Width of the line's first word. */
  firstWord: number;
  /** OCR: the least sure word confidence of the line (0–1); null for a text layer. */
  confidence: number | null;
  /** OCR: words read with low confidence. */
  doubtful: readonly string[];
}

export interface LaidOutPage {
  page: number;
  width: number;
  height: number;
  /** Visual lines in reading order. */
  lines: VisualLine[];
}

export interface LaidOutText {
  lines: string[];
  /** Page of each line. */
  pages: number[];
  confidence: Array<number | null>;
  doubtful: string[][];
}

/** Running heads and feet live in this share of the page's height at the top and the bottom. */
const EDGE_BAND = 0.12;

/** «2», «- 2 -», «— 2 —», «стр. 2», «Страница 2 из 5», «2 / 5», «Лист 2». */
const PAGE_NUMBER = /^[\s\-–—]*(?:(?:стр(?:аница)?|лист|page)\.?\s*)?\d{1,4}(?:\s*(?:из|\/|of)\s*\d{1,4})?[\s\-–—]*$/i;
/** A running foot that ends with the page number: «Протокол № 4/2019 — страница 1 из 2». */
const ENDS_WITH_PAGE_NUMBER = /(?:^|[\s—–-])(?:стр(?:аница)?\.?|лист|page)[\s\-–—.:]*\d{1,4}(?:\s*(?:из|\/|of)\s*\d{1,4})?\s*$/i;

/** The start of a numbered item or a bullet: «1.», «1.2.», «1.2.1», «а)», «1)», «IV.», «–», «•». */
const ITEM_START = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[а-яёa-z]\)|[IVXLC]{1,6}\.|[-–—•·▪■●])\s/u;

/** Every word of the pages in lower case, to decide a hyphen at a line's end. */
function vocabulary(pages: readonly LaidOutPage[]): Set<string> {
  const words = new Set<string>();
  for (const page of pages) {
    for (const line of page.lines) {
      for (const word of line.text.toLowerCase().match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? []) words.add(word);
    }
  }
  return words;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

/** The key two running heads share when they differ only in their numbers. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

interface PageStats {
  bodySize: number;
  /** Distance between baselines inside a paragraph. */
  pitch: number;
  left: number;
  right: number;
}

function statsOf(page: LaidOutPage, bodySize: number): PageStats {
  const body = page.lines.filter((line) => Math.abs(line.size - bodySize) <= bodySize * 0.15);
  const deltas: number[] = [];
  for (let i = 1; i < page.lines.length; i += 1) {
    const delta = page.lines[i]!.y - page.lines[i - 1]!.y;
    if (delta > bodySize * 0.6 && delta < bodySize * 3) deltas.push(delta);
  }
  const from = body.length > 0 ? body : page.lines;
  return {
    bodySize,
    // The lower part of the distribution: gaps between paragraphs are wider.
    pitch: deltas.length > 0 ? quantile(deltas, 0.25) : bodySize * 1.2,
    left: quantile(from.map((line) => line.left), 0.1),
    right: Math.max(...from.map((line) => line.right)),
  };
}

/** The size most of the text is set in, weighted by characters. */
function bodySizeOf(pages: readonly LaidOutPage[]): number {
  const weight = new Map<number, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      const size = Math.round(line.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    }
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best || 12;
}

/**
 * Removes running heads and feet from the pages (in place): page numbers near an edge,
 * and edge lines that repeat on other pages with only their numbers changed.
 */
export function dropRunningLines(pages: LaidOutPage[]): void {
  const bodySize = bodySizeOf(pages);
  const isTop = (page: LaidOutPage, line: VisualLine) => line.y - line.size <= page.height * EDGE_BAND;
  const isBottom = (page: LaidOutPage, line: VisualLine) => line.y >= page.height * (1 - EDGE_BAND);
  // How many pages have each key near each edge.
  const seen = { top: new Map<string, number>(), bottom: new Map<string, number>() };
  for (const page of pages) {
    const keys = { top: new Set<string>(), bottom: new Set<string>() };
    for (const line of page.lines.slice(0, 3)) if (isTop(page, line)) keys.top.add(runningKey(line.text));
    for (const line of page.lines.slice(-3)) if (isBottom(page, line)) keys.bottom.add(runningKey(line.text));
    for (const edge of ['top', 'bottom'] as const) for (const key of keys[edge]) seen[edge].set(key, (seen[edge].get(key) ?? 0) + 1);
  }
  for (const page of pages) {
    const stats = statsOf(page, bodySize);
    const running = (line: VisualLine, edge: 'top' | 'bottom', neighbour: VisualLine | undefined): boolean => {
      const text = line.text.trim();
      if (text === '') return true;
      if (PAGE_NUMBER.test(text) || ENDS_WITH_PAGE_NUMBER.test(text)) return true;
      // A running head is on most pages; a body line may repeat on a few («Решили:», an item of a recurring form).
      const count = seen[edge].get(runningKey(text)) ?? 0;
      if (count < 2 || count < pages.length / 2) return false;
      // And it stands apart from the text, or is set smaller: a body line at the edge is followed by more text.
      const apart = neighbour === undefined || Math.abs(neighbour.y - line.y) > stats.pitch * 1.6;
      const smaller = line.size < bodySize * 0.85;
      return apart || smaller;
    };
    for (let n = 0; n < 3 && page.lines.length > 0; n += 1) {
      const first = page.lines[0]!;
      if (!isTop(page, first) || !running(first, 'top', page.lines[1])) break;
      page.lines.shift();
    }
    for (let n = 0; n < 3 && page.lines.length > 0; n += 1) {
      const last = page.lines[page.lines.length - 1]!;
      if (!isBottom(page, last) || !running(last, 'bottom', page.lines[page.lines.length - 2])) break;
      page.lines.pop();
    }
  }
}

const LINE_END_HYPHEN = /[\p{L}][-\u00ad\u2010]$/u;

/** `a` + `b` where `a` ends a line with a hyphen: the word whole, or with its hyphen. */
function joinHyphenated(a: string, b: string, words: ReadonlySet<string>): string {
  const head = a.slice(0, -1);
  const headWord = (/[\p{L}\d-]+$/u.exec(head)?.[0] ?? '').toLowerCase();
  const tailWord = (/^[\p{L}\d-]+/u.exec(b)?.[0] ?? '').toLowerCase();
  const soft = a.endsWith('\u00ad');
  const whole = `${headWord}${tailWord}`;
  const hyphenated = `${headWord}-${tailWord}`;
  let keep: boolean;
  if (soft) keep = false;
  else if (words.has(whole)) keep = false;
  else if (words.has(hyphenated)) keep = true;
  else keep = !/^\p{Ll}/u.test(b);
  return keep ? `${head}-${b}` : `${head}${b}`;
}

/** Whether `next` starts a new paragraph after `previous`. */
function startsParagraph(previous: VisualLine, next: VisualLine, prevStats: PageStats, nextStats: PageStats): boolean {
  if (previous.text.includes('\t') || next.text.includes('\t')) return true;
  if (ITEM_START.test(next.text)) return true;
  if (Math.abs(previous.size - next.size) > Math.max(previous.size, next.size) * 0.15) return true;
  const size = next.size;
  if (previous.page === next.page) {
    if (next.y - previous.y > prevStats.pitch * 1.25) return true;
    if (next.left > previous.left + size * 0.8) return true;
  } else if (next.left > nextStats.left + size * 0.8) {
    return true;
  }
  // The previous line ended short: the first word of this one would have fitted there.
  const room = prevStats.right - previous.right;
  if (room > next.firstWord + size * 0.5) return true;
  return false;
}

/** Drops running heads and feet, then joins visual lines into paragraphs. */
export function layOutPages(input: readonly LaidOutPage[]): LaidOutText {
  const pages = input.map((page) => ({ ...page, lines: [...page.lines] }));
  dropRunningLines(pages);
  const bodySize = bodySizeOf(pages);
  const stats = new Map(pages.map((page) => [page.page, statsOf(page, bodySize)]));
  const words = vocabulary(pages);
  const out: LaidOutText = { lines: [], pages: [], confidence: [], doubtful: [] };
  let previous: VisualLine | null = null;
  for (const page of pages) {
    for (const line of page.lines) {
      const text = line.text.trim();
      if (text === '') continue;
      const current = { ...line, text };
      const last = out.lines.length - 1;
      if (previous === null || startsParagraph(previous, current, stats.get(previous.page)!, stats.get(page.page)!)) {
        out.lines.push(text);
        out.pages.push(line.page);
        out.confidence.push(line.confidence);
        out.doubtful.push([...line.doubtful]);
      } else {
        const joined = out.lines[last]!;
        out.lines[last] = LINE_END_HYPHEN.test(joined) && /^\p{L}/u.test(text) ? joinHyphenated(joined, text, words) : `${joined} ${text}`;
        const before = out.confidence[last] ?? null;
        out.confidence[last] = before === null ? line.confidence : line.confidence === null ? before : Math.min(before, line.confidence);
        out.doubtful[last]!.push(...line.doubtful);
      }
      previous = current;
    }
  }
  return out;
}

/**
 * Lines that share a baseline side by side (Tesseract reads cells of a table, or two
 * blocks of a letterhead, as separate blocks) become one row, left to right with a tab
 * between, as a PDF's text layer gives them; rows in order down the page.
 */
export function rowsOf(lines: readonly VisualLine[]): VisualLine[] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.left - b.left);
  const rows: VisualLine[][] = [];
  for (const line of sorted) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    const sameBaseline = anchor !== undefined && Math.abs(line.y - anchor.y) <= Math.max(anchor.size, line.size) * 0.35;
    const overlaps = row?.some((other) => line.left < other.right && other.left < line.right) ?? false;
    if (row !== undefined && sameBaseline && !overlaps) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.left - b.left);
    const first = row[0]!;
    if (row.length === 1) return first;
    const confidences = row.map((line) => line.confidence).filter((c): c is number => c !== null);
    return {
      ...first,
      right: Math.max(...row.map((line) => line.right)),
      y: row.reduce((sum, line) => sum + line.y, 0) / row.length,
      size: Math.max(...row.map((line) => line.size)),
      text: row.map((line) => line.text).join('\t'),
      confidence: confidences.length === 0 ? null : Math.min(...confidences),
      doubtful: row.flatMap((line) => line.doubtful),
    };
  });
}
