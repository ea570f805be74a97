/**
 * OpenDocument list numbering (ODF 1.2 §16.30, as LibreOffice applies it): the label
 * in front of a numbered paragraph, «1.2.» or «а)», computed from its list's style.
 *
 * A paragraph inside `text:list-item` at nesting level L takes the list style of the
 * outermost list (or of the paragraph's style), counts at level L and restarts the
 * levels below. A new top-level list starts counting afresh unless it continues an
 * earlier one (`text:continue-numbering`, or `text:continue-list` naming its id). The
 * label shows `text:display-levels` counters, each in its own level's format, between
 * the level's prefix and suffix — or LibreOffice's explicit template `%1%.%2%.` when
 * the file has one. Headings numbered by the outline style count the same way.
 */
import { formatListNumber } from './number-format.js';
import { childElements, type XmlElement } from './xml-tree.js';

export interface OdfLevel {
  kind: 'number' | 'bullet' | 'none';
  /** Word-style format name for formatListNumber: decimal, lowerLetter, russianLower … */
  numFmt: string;
  prefix: string;
  suffix: string;
  displayLevels: number;
  start: number;
  /** LibreOffice's `loext:num-list-format`: «%1%.%2%.». */
  template: string | null;
  bullet: string;
}

export type OdfListStyle = Array<OdfLevel | undefined>;

const LEVELS = 10;

/** ODF `style:num-format` → the format names number-format.ts knows. */
function numFmtOf(format: string | undefined, letterSync: boolean): string {
  if (format === undefined || format === '') return 'none';
  const first = format.charAt(0);
  switch (first) {
    case '1':
      return format.startsWith('01') ? 'decimalZero' : 'decimal';
    case 'a':
      return letterSync ? 'lowerLetter' : 'lowerLetterBijective';
    case 'A':
      return letterSync ? 'upperLetter' : 'upperLetterBijective';
    case 'i':
      return 'lowerRoman';
    case 'I':
      return 'upperRoman';
    case 'а':
      return 'russianLower';
    case 'А':
      return 'russianUpper';
    default:
      return 'decimal';
  }
}

export function parseListStyle(element: XmlElement): OdfListStyle {
  const levels: OdfListStyle = [];
  for (const child of childElements(element)) {
    const level = Number.parseInt(child.attrs['text:level'] ?? '', 10);
    if (!Number.isInteger(level) || level < 1 || level > LEVELS) continue;
    const a = child.attrs;
    if (child.name === 'text:list-level-style-number' || child.name === 'text:outline-level-style') {
      const numFmt = numFmtOf(a['style:num-format'], a['style:num-letter-sync'] === 'true');
      levels[level - 1] = {
        kind: numFmt === 'none' && !a['style:num-prefix'] && !a['style:num-suffix'] ? 'none' : 'number',
        numFmt,
        prefix: a['style:num-prefix'] ?? '',
        suffix: a['style:num-suffix'] ?? '',
        displayLevels: Math.max(1, Math.min(level, Number.parseInt(a['text:display-levels'] ?? '1', 10) || 1)),
        start: Number.parseInt(a['text:start-value'] ?? '1', 10) || 1,
        template: a['loext:num-list-format'] ?? null,
        bullet: '',
      };
    } else if (child.name === 'text:list-level-style-bullet') {
      levels[level - 1] = { kind: 'bullet', numFmt: 'none', prefix: '', suffix: '', displayLevels: 1, start: 1, template: null, bullet: bulletOf(a['text:bullet-char'] ?? '•') };
    } else if (child.name === 'text:list-level-style-image') {
      levels[level - 1] = { kind: 'bullet', numFmt: 'none', prefix: '', suffix: '', displayLevels: 1, start: 1, template: null, bullet: '•' };
    }
  }
  return levels;
}

/** Symbol-font glyphs in the private use area read as «•»; a dash stays a dash. */
function bulletOf(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0xe000 && code <= 0xf8ff ? '•' : char;
}

/** One list's counters, shared by the lists that continue it. */
export class OdfCounters {
  private readonly values: Array<number | undefined> = new Array<number | undefined>(LEVELS).fill(undefined);

  constructor(readonly style: OdfListStyle | null) {}

  /** Counts one paragraph at `level` (1-based) and returns its label, or null when the level shows none. */
  next(level: number, startValue: number | null): string | null {
    const style = this.style;
    const own = style?.[level - 1];
    const index = level - 1;
    const current = this.values[index];
    this.values[index] = startValue ?? (current === undefined ? (own?.start ?? 1) : current + 1);
    for (let deeper = level; deeper < LEVELS; deeper += 1) this.values[deeper] = undefined;
    if (own === undefined || own.kind === 'none') return null;
    if (own.kind === 'bullet') return own.bullet;
    const formatted = (n: number): string => formatListNumber(this.values[n - 1] ?? style?.[n - 1]?.start ?? 1, style?.[n - 1]?.numFmt ?? 'decimal');
    if (own.template !== null) return own.template.replace(/%(\d{1,2})%/g, (_whole, digits: string) => formatted(Number(digits)));
    const shown: string[] = [];
    for (let n = level - own.displayLevels + 1; n <= level; n += 1) shown.push(formatted(n));
    return `${own.prefix}${shown.join('.')}${own.suffix}`;
  }
}
