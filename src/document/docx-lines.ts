/**
 * Turns the body of word/document.xml into lines: one per paragraph, in reading order
 * (a table row as one line of tab-separated cells), with the list label Word displays put in front.
 *
 * What a reader sees is kept, what Word hides or merely encodes is not: deleted
 * revisions, field instructions and hidden runs are skipped; tabs read as spaces;
 * a line break inside a paragraph starts a new line.
 */
import type { WordNumbering } from './word-numbering.js';
import { numberingProperties, type WordStyles } from './word-styles.js';
import { childElement, childValue, textContent, type XmlElement } from './xml-tree.js';

/** Elements whose content a reader never sees. */
const SKIPPED = new Set([
  'w:pPr',
  'w:rPr',
  'w:sectPr',
  'w:del',
  'w:delText',
  'w:moveFrom',
  'w:instrText',
  'w:delInstrText',
  // A text box appears twice, as DrawingML and as a VML fallback; the first is enough.
  'mc:Fallback',
]);

export function docxLines(body: XmlElement, numbering: WordNumbering, styles: WordStyles): string[] {
  const lines: string[] = [];
  walkBlocks(body, { numbering, styles, lines });
  return lines;
}

interface Context {
  numbering: WordNumbering;
  styles: WordStyles;
  lines: string[];
}

function walkBlocks(element: XmlElement, context: Context): void {
  for (const child of element.children) {
    if (typeof child === 'string' || SKIPPED.has(child.name)) continue;
    if (child.name === 'w:p') paragraph(child, context);
    else if (child.name === 'w:tbl') table(child, context);
    // Content controls and custom XML just hold paragraphs.
    else walkBlocks(child, context);
  }
}

/**
 * A table row is one line, its cells separated by tabs — how a reader sees a plan's row
 * «№ | Мероприятие | Срок | Ответственный»; the paragraphs of one cell join with spaces.
 */
function table(tbl: XmlElement, context: Context): void {
  for (const row of tbl.children) {
    if (typeof row === 'string') continue;
    if (row.name !== 'w:tr') {
      if (row.name !== 'w:tblPr' && row.name !== 'w:tblGrid') walkBlocks(row, context);
      continue;
    }
    const cells: string[] = [];
    for (const cell of row.children) {
      if (typeof cell === 'string' || cell.name !== 'w:tc') continue;
      const inner: Context = { ...context, lines: [] };
      walkBlocks(cell, inner);
      cells.push(inner.lines.map((l) => l.trim()).filter((l) => l !== '').join(' '));
    }
    if (cells.some((c) => c !== '')) context.lines.push(cells.join('\t'));
  }
}

function paragraph(p: XmlElement, context: Context): void {
  const text = new ParagraphText();
  const nested: XmlElement[] = [];
  collectRuns(p, text, nested);

  const label = listLabel(p, context);
  const lines = text.lines();
  if (label !== null && label.label !== '') lines[0] = `${label.label}${label.suffix}${lines[0] ?? ''}`;
  context.lines.push(...lines);
  // Text boxes anchored in the paragraph follow it, as a reader meets them.
  for (const box of nested) walkBlocks(box, context);
}

function collectRuns(element: XmlElement, text: ParagraphText, nested: XmlElement[]): void {
  for (const child of element.children) {
    if (typeof child === 'string' || SKIPPED.has(child.name)) continue;
    switch (child.name) {
      case 'w:r':
        if (!isHidden(child)) collectRuns(child, text, nested);
        break;
      case 'w:t':
      case 'm:t':
        text.add(textContent(child));
        break;
      case 'w:tab':
      case 'w:ptab':
        text.add(' ');
        break;
      case 'w:noBreakHyphen':
        text.add('-');
        break;
      case 'w:sym':
        text.add(symbol(child.attrs['w:char']));
        break;
      case 'w:br':
        text.lineBreak(child.attrs['w:type'] ?? 'textWrapping');
        break;
      case 'w:cr':
        text.lineBreak('textWrapping');
        break;
      case 'w:txbxContent':
        nested.push(child);
        break;
      default:
        // Hyperlinks, insertions, smart tags, simple fields, drawings: look inside.
        collectRuns(child, text, nested);
    }
  }
}

/** Builds a paragraph's lines from its runs. */
class ParagraphText {
  private readonly parts: string[] = [''];
  /** A page break between text starts a new line; at either end of a paragraph it adds none. */
  private pendingBreak = false;

  add(text: string): void {
    if (text === '') return;
    if (this.pendingBreak) {
      this.parts.push('');
      this.pendingBreak = false;
    }
    this.parts[this.parts.length - 1] += text;
  }

  lineBreak(type: string): void {
    if (type === 'page' || type === 'column') {
      if (this.parts[this.parts.length - 1]!.trim() !== '') this.pendingBreak = true;
      return;
    }
    this.pendingBreak = false;
    this.parts.push('');
  }

  lines(): string[] {
    // Tabs and stray line characters inside w:t read as spaces, like w:tab.
    return this.parts.map((part) => part.replace(/[\t\n\r\v\f]/g, ' '));
  }
}

function listLabel(p: XmlElement, context: Context): { label: string; suffix: string } | null {
  const pPr = childElement(p, 'w:pPr');
  const styleId = pPr === undefined ? undefined : childValue(pPr, 'w:pStyle');
  const direct = numberingProperties(p);
  const fromStyle = styleId === undefined ? null : context.styles.numberingOf(styleId);

  const numId = direct?.numId ?? fromStyle?.numId ?? null;
  // numId 0 is how a paragraph switches off the numbering its style would give it.
  if (numId === null || numId === '0') return null;
  const ilvl =
    direct?.ilvl ??
    fromStyle?.ilvl ??
    (styleId === undefined ? null : context.numbering.levelForStyle(numId, styleId)) ??
    0;
  return context.numbering.next(numId, ilvl);
}

function isHidden(run: XmlElement): boolean {
  const rPr = childElement(run, 'w:rPr');
  const vanish = rPr === undefined ? undefined : childElement(rPr, 'w:vanish');
  return vanish !== undefined && !['0', 'false', 'off'].includes(vanish.attrs['w:val'] ?? 'true');
}

/** `w:sym` glyphs from symbol fonts sit in the private use area and mean nothing as text. */
function symbol(hex: string | undefined): string {
  const code = Number.parseInt(hex ?? '', 16);
  if (!Number.isFinite(code) || code <= 0x20 || (code >= 0xe000 && code <= 0xf8ff) || code > 0x10ffff) return '';
  if (code >= 0xd800 && code <= 0xdfff) return '';
  return String.fromCodePoint(code);
}
