import { squash } from './text.js';

/**
 * The numbered skeleton of a protocol: where each item starts, its number as written,
 * its parent, and the lines that belong to it (continuation lines and the «Срок …»
 * line below it).
 */
export interface RawItem {
  item: string;
  parent: string | null;
  /** 1-based line of the item's first line. */
  line: number;
  /** Paragraphs of the item without its number, each with its first line. */
  paragraphs: Array<{ line: number; text: string }>;
  /** Last line that belongs to the item. */
  endLine: number;
}

/** A line with Markdown emphasis and stray marks removed; blank when nothing is left. */
export function cleanLine(raw: string): string {
  return squash(raw.replace(/\*\*|__/g, '').replace(/^#{1,6}\s+/, '').replace(/\\([.\-()[\]*_#])/g, '$1'));
}

const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)(\.|\))?\s+(\S.*)$/u;
const LETTERED = /^([а-яё]|[a-z])\)\s+(\S.*)$/u;

/** «Решили:», «РЕШИЛИ:», «Решение:», «Постановили:». */
export const DECIDED = /^(решили|решение|постановили|приняли решение)\s*:?\s*$/iu;
export const DEADLINE_LINE = /^срок(?:и)?(?:\s+(?:исполнения|представления|выполнения))?\s*(?::|–|—|-)\s*\S/iu;

interface Start {
  lettered: boolean;
  item: string;
  parent: string | null;
  line: number;
  text: string;
}

function numberedStart(text: string, line: number): Omit<Start, 'parent' | 'lettered'> | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  const number = m[1]!;
  const mark = m[2];
  const rest = m[3]!;
  const segments = number.split('.');
  // «1 место - 1000,00 тысяч рублей»: a bare number without «.» or «)» is not an item.
  if (segments.length === 1 && !mark) return null;
  // An item starts with a capital, a quote or a digit; a lower-case start after a bare
  // number is a wrapped sentence, but «1.2.1. направить …» continues «1.2. Рекомендовать …:».
  if (!/^[А-ЯЁA-Z«"„(0-9]/u.test(rest) && (segments.length < 2 || !/^[а-яё]/u.test(rest))) return null;
  if (segments.some((s) => Number(s) === 0)) return null;
  return { item: number, line, text: rest };
}

function endsSentence(text: string): boolean {
  return /[.!?;:»"]$/u.test(text);
}

/** Find every numbered item (and lettered sub-item) of the document. */
export function outline(lines: readonly string[]): RawItem[] {
  const cleaned = lines.map(cleanLine);
  const items: RawItem[] = [];
  let lastNumbered: string | null = null;

  const startAt = (i: number): Start | null => {
    const text = cleaned[i]!;
    const numbered = numberedStart(text, i + 1);
    if (numbered) {
      const dot = numbered.item.lastIndexOf('.');
      return { ...numbered, lettered: false, parent: dot < 0 ? null : numbered.item.slice(0, dot) };
    }
    const lettered = LETTERED.exec(text);
    if (lettered && lastNumbered !== null) {
      return {
        lettered: true,
        item: `${lastNumbered}.${lettered[1]!}`,
        parent: lastNumbered,
        line: i + 1,
        text: lettered[2]!,
      };
    }
    return null;
  };

  let i = 0;
  while (i < cleaned.length) {
    const start = startAt(i);
    if (!start) {
      i += 1;
      continue;
    }
    if (!start.lettered) lastNumbered = start.item;
    const paragraphs: RawItem['paragraphs'] = [{ line: start.line, text: start.text }];
    let end = i;
    let j = i + 1;
    let sawBlank = false;
    while (j < cleaned.length) {
      const text = cleaned[j]!;
      if (text === '') {
        sawBlank = true;
        j += 1;
        continue;
      }
      if (startAt(j) || DECIDED.test(text) || /^-{3,}$/.test(text)) break;
      const current = paragraphs[paragraphs.length - 1]!;
      if (!sawBlank) {
        current.text = `${current.text} ${text}`;
        end = j;
        j += 1;
        continue;
      }
      // After a blank line only a «Срок …» line or a plainly continued sentence still belongs here.
      const continues = !endsSentence(current.text) && /^[а-яё]/u.test(text);
      if (DEADLINE_LINE.test(text) || continues) {
        if (continues) current.text = `${current.text} ${text}`;
        else paragraphs.push({ line: j + 1, text });
        sawBlank = false;
        end = j;
        j += 1;
        continue;
      }
      break;
    }
    items.push({ item: start.item, parent: start.parent, line: start.line, paragraphs, endLine: end + 1 });
    i = end + 1;
  }
  return items;
}
