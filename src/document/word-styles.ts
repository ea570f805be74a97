/**
 * The numbering part of Word paragraph styles (word/styles.xml).
 *
 * Headings and «Пункт» styles often carry the list numbering themselves: the
 * paragraph only names its style, and the style (or one it is based on) holds
 * `w:numPr`. Numbering styles (`w:type="numbering"`) are found the same way.
 */
import { childElement, childElements, childValue, type XmlElement } from './xml-tree.js';

export interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
}

interface StyleEntry {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

export class WordStyles {
  private constructor(private readonly styles: ReadonlyMap<string, StyleEntry>) {}

  static empty(): WordStyles {
    return new WordStyles(new Map());
  }

  static parse(root: XmlElement): WordStyles {
    const styles = new Map<string, StyleEntry>();
    for (const style of childElements(root, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (id === undefined) continue;
      const numPr = numberingProperties(style);
      styles.set(id, {
        basedOn: childValue(style, 'w:basedOn') ?? null,
        numId: numPr?.numId ?? null,
        ilvl: numPr?.ilvl ?? null,
      });
    }
    return new WordStyles(styles);
  }

  /** The numbering a style gives its paragraphs, following `w:basedOn` (nearest wins). */
  numberingOf(styleId: string): StyleNumbering {
    let numId: string | null = null;
    let ilvl: number | null = null;
    const seen = new Set<string>();
    let current: string | null = styleId;
    // `seen` guards against basedOn cycles, which Word tolerates in damaged files.
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      const entry = this.styles.get(current);
      if (entry === undefined) break;
      numId ??= entry.numId;
      ilvl ??= entry.ilvl;
      current = entry.basedOn;
    }
    return { numId, ilvl };
  }
}

/** `w:pPr/w:numPr` of a paragraph or style: `{ numId, ilvl }`, either possibly absent. */
export function numberingProperties(element: XmlElement): StyleNumbering | null {
  const pPr = childElement(element, 'w:pPr');
  const numPr = pPr === undefined ? undefined : childElement(pPr, 'w:numPr');
  if (numPr === undefined) return null;
  const level = Number.parseInt(childValue(numPr, 'w:ilvl') ?? '', 10);
  return {
    numId: childValue(numPr, 'w:numId') ?? null,
    // Word has nine levels, 0–8; anything else in a damaged file reads as unset.
    ilvl: Number.isInteger(level) && level >= 0 && level <= 8 ? level : null,
  };
}
