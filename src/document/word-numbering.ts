/**
 * Word list numbering (word/numbering.xml): computes the label Word displays in front
 * of a numbered paragraph, such as «1.2.» or «а)».
 *
 * Many protocols have their item numbers only as list numbering, never typed, so the
 * item structure depends on getting these labels right. The model follows ECMA-376
 * §17.9: a paragraph's `w:numPr` names a list instance (`w:num`) and a level; the
 * instance points to an abstract definition whose level gives the start value, the
 * number format and the label pattern (`%1.%2.`).
 */
import { formatListNumber } from './number-format.js';
import { WordStyles } from './word-styles.js';
import { childElement, childElements, childValue, type XmlElement } from './xml-tree.js';

export interface ListLevel {
  start: number;
  numFmt: string;
  /** The label pattern: `%1.%2.` shows the counters of levels 1 and 2. */
  lvlText: string;
  /** `w:lvlRestart`: 1-based level whose use restarts this one; 0 = never; null = the level above. */
  restartAfter: number | null;
  /** «Legal» numbering shows every counter of the label in decimal. */
  isLegal: boolean;
  /** What Word puts between the label and the text (a tab reads as a space). */
  suffix: string;
  /** The paragraph style linked to this level, if any. */
  pStyle: string | null;
}

export interface ListLabel {
  /** The label as displayed, '' for a level that shows nothing. */
  label: string;
  suffix: string;
}

export interface AbstractNum {
  levels: Array<ListLevel | undefined>;
  /** This definition takes its levels from a numbering style. */
  numStyleLink: string | null;
}

export interface LevelOverride {
  start: number | null;
  level: ListLevel | null;
}

export interface ListInstance {
  abstractNumId: string;
  overrides: ReadonlyMap<number, LevelOverride>;
}

interface ResolvedList {
  levels: Array<ListLevel | undefined>;
  /** The abstract definition whose counters the list shares with its other instances. */
  abstractNumId: string;
  /** `w:startOverride` by level: where this instance restarts the shared count. */
  starts: ReadonlyMap<number, number>;
}

const LEVELS = 9;

export class WordNumbering {
  /** Current counter per level, by abstract definition; undefined until the level is used. */
  private readonly counters = new Map<string, Array<number | undefined>>();
  /** `numId:ilvl` pairs already used, so a start override restarts the count only once. */
  private readonly entered = new Set<string>();
  private readonly resolved = new Map<string, ResolvedList | null>();

  private constructor(
    private readonly abstracts: ReadonlyMap<string, AbstractNum>,
    private readonly instances: ReadonlyMap<string, ListInstance>,
    private readonly styles: WordStyles,
  ) {}

  /**
   * Numbering from definitions read elsewhere: a Word 97–2003 .doc keeps the same
   * model (lists, their instances and level overrides) in binary tables.
   */
  static fromLists(abstracts: ReadonlyMap<string, AbstractNum>, instances: ReadonlyMap<string, ListInstance>): WordNumbering {
    return new WordNumbering(abstracts, instances, WordStyles.empty());
  }

  static parse(root: XmlElement | null, styles: WordStyles): WordNumbering {
    const abstracts = new Map<string, AbstractNum>();
    const instances = new Map<string, ListInstance>();
    for (const element of root === null ? [] : childElements(root, 'w:abstractNum')) {
      const id = element.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const levels: Array<ListLevel | undefined> = [];
      for (const lvl of childElements(element, 'w:lvl')) {
        const ilvl = levelIndex(lvl.attrs['w:ilvl']);
        if (ilvl !== null) levels[ilvl] = parseLevel(lvl);
      }
      abstracts.set(id, { levels, numStyleLink: childValue(element, 'w:numStyleLink') ?? null });
    }
    for (const element of root === null ? [] : childElements(root, 'w:num')) {
      const id = element.attrs['w:numId'];
      const abstractNumId = childValue(element, 'w:abstractNumId');
      if (id === undefined || abstractNumId === undefined) continue;
      const overrides = new Map<number, LevelOverride>();
      for (const override of childElements(element, 'w:lvlOverride')) {
        const ilvl = levelIndex(override.attrs['w:ilvl']);
        if (ilvl === null) continue;
        const lvl = childElement(override, 'w:lvl');
        overrides.set(ilvl, {
          start: integer(childValue(override, 'w:startOverride')),
          level: lvl === undefined ? null : parseLevel(lvl),
        });
      }
      instances.set(id, { abstractNumId, overrides });
    }
    return new WordNumbering(abstracts, instances, styles);
  }

  /** The level of list `numId` linked to paragraph style `styleId`, if any. */
  levelForStyle(numId: string, styleId: string): number | null {
    const levels = this.resolve(numId)?.levels ?? [];
    const index = levels.findIndex((level) => level?.pStyle === styleId);
    return index === -1 ? null : index;
  }

  /**
   * Counts one paragraph of list `numId` at level `ilvl` and returns its label, or null
   * when the paragraph shows no number (unknown list, numId 0, undefined level).
   */
  next(numId: string, ilvl: number): ListLabel | null {
    const list = this.resolve(numId);
    const level = list?.levels[ilvl];
    if (list === null || level === undefined) return null;

    let counters = this.counters.get(list.abstractNumId);
    if (counters === undefined) {
      counters = new Array<number | undefined>(LEVELS).fill(undefined);
      this.counters.set(list.abstractNumId, counters);
    }
    const startOf = (index: number): number => list.levels[index]?.start ?? 0;
    // Instances of one definition share its count (a list goes on across them); an
    // instance with a start override restarts the count where it first appears.
    const restart = this.entered.has(`${numId}:${ilvl}`) ? undefined : list.starts.get(ilvl);
    this.entered.add(`${numId}:${ilvl}`);
    const current = counters[ilvl];
    counters[ilvl] = restart ?? (current === undefined ? startOf(ilvl) : current + 1);
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper += 1) {
      const restartAfter = list.levels[deeper]?.restartAfter ?? null;
      // By default a level restarts whenever a level above it is used; lvlRestart
      // names the (1-based) level that restarts it, 0 meaning never.
      // A value that names this level or a deeper one is invalid and reads as the default.
      const restarts = restartAfter === null || restartAfter > deeper || (restartAfter !== 0 && ilvl < restartAfter);
      if (restarts) counters[deeper] = undefined;
    }

    if (level.numFmt === 'bullet') return { label: bulletLabel(level.lvlText), suffix: level.suffix };
    const label = level.lvlText.replace(/%([1-9])/g, (_whole, digit: string) => {
      const index = Number(digit) - 1;
      // A level not used yet shows its start value, as Word does for «1.1.» without a «1.».
      const value = counters[index] ?? startOf(index);
      const numFmt = level.isLegal ? 'decimal' : (list.levels[index]?.numFmt ?? 'decimal');
      return formatListNumber(value, numFmt);
    });
    return { label, suffix: level.suffix };
  }

  private resolve(numId: string): ResolvedList | null {
    const cached = this.resolved.get(numId);
    if (cached !== undefined) return cached;
    const list = this.resolveInstance(numId);
    this.resolved.set(numId, list);
    return list;
  }

  private resolveInstance(numId: string): ResolvedList | null {
    const instance = this.instances.get(numId);
    if (instance === undefined) return null;
    const found = this.abstractOf(instance.abstractNumId);
    if (found === null) return null;

    const levels = [...found.abstract.levels];
    const starts = new Map<number, number>();
    for (const [ilvl, override] of instance.overrides) {
      if (override.level !== null) levels[ilvl] = override.level;
      if (override.start !== null) starts.set(ilvl, override.start);
    }
    return { levels, abstractNumId: found.id, starts };
  }

  /** The abstract definition, following a numbering-style link to the one that holds the levels. */
  private abstractOf(abstractNumId: string): { id: string; abstract: AbstractNum } | null {
    let id = abstractNumId;
    // Links go definition → numbering style → list → definition; a few hops at most.
    for (let hop = 0; hop < 4; hop += 1) {
      const abstract = this.abstracts.get(id);
      if (abstract === undefined) return null;
      if (abstract.numStyleLink === null) return { id, abstract };
      const linkedNum = this.styles.numberingOf(abstract.numStyleLink).numId;
      const linked = linkedNum === null ? undefined : this.instances.get(linkedNum);
      if (linked === undefined || linked.abstractNumId === id) return { id, abstract };
      id = linked.abstractNumId;
    }
    return null;
  }
}

function parseLevel(lvl: XmlElement): ListLevel {
  // Newer Word writes custom formats inside mc:AlternateContent with a plain fallback.
  const fallback = childElement(childElement(lvl, 'mc:AlternateContent') ?? lvl, 'mc:Fallback');
  const numFmt = childValue(lvl, 'w:numFmt') ?? (fallback && childValue(fallback, 'w:numFmt')) ?? 'decimal';
  const suff = childValue(lvl, 'w:suff');
  const isLgl = childElement(lvl, 'w:isLgl');
  return {
    start: integer(childValue(lvl, 'w:start')) ?? 0,
    numFmt,
    lvlText: childValue(lvl, 'w:lvlText') ?? '',
    restartAfter: integer(childValue(lvl, 'w:lvlRestart')),
    isLegal: isLgl !== undefined && !['0', 'false', 'off'].includes(isLgl.attrs['w:val'] ?? 'true'),
    suffix: suff === 'nothing' ? '' : ' ',
    pStyle: childValue(lvl, 'w:pStyle') ?? null,
  };
}

/**
 * Bullets are symbols, not numbers: a dash stays a dash (common in Russian lists),
 * symbol-font glyphs in the private use area read as «•».
 */
function bulletLabel(lvlText: string): string {
  const glyph = lvlText.trim();
  if (glyph === '') return '';
  const code = glyph.codePointAt(0) ?? 0;
  if (glyph.length === 1 && ((code >= 0xe000 && code <= 0xf8ff) || glyph === 'o' || glyph === '§')) return '•';
  return glyph;
}

function levelIndex(value: string | undefined): number | null {
  const index = integer(value);
  return index !== null && index >= 0 && index < LEVELS ? index : null;
}

function integer(value: string | undefined): number | null {
  if (value === undefined) return null;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : null;
}
