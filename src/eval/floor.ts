/**
 * The floor kept in the repository (test/corpus/floor.json): the least each figure may
 * read — overall and per set — and the most wrong deadlines stated as if sure and
 * documents that fail to parse. CI fails when a figure falls below its floor; the floor
 * is raised (never lowered, unless forced) as the reader improves.
 */
import type { Figures } from './score.js';

/** Shares that must not fall (0–1). */
export const FLOOR_SHARES = [
  'recall',
  'precision',
  'deadline',
  'header',
  'executors',
  'emails',
  'optional',
  'noted',
  'closes',
  'controller',
  'extensions',
] as const satisfies readonly (keyof Figures)[];

/** Counts that must not rise. */
export const FLOOR_MAXIMA = { silent_max: 'silent', failed_max: 'failed' } as const satisfies Record<string, keyof Figures>;

export type FloorShare = (typeof FLOOR_SHARES)[number];
export type FloorMax = keyof typeof FLOOR_MAXIMA;
export type FloorEntry = Partial<Record<FloorShare | FloorMax, number>>;

export interface FloorFile {
  about?: string;
  overall?: FloorEntry;
  /** The sets the overall floor was measured over. */
  overall_sets?: string[];
  sets?: Record<string, FloorEntry>;
}

const EPS = 1e-9;

/** Rounded down to two decimals (0.2857 → 0.28; 0.29 stays 0.29 despite binary fractions). */
export function floor2(x: number): number {
  return Math.floor(x * 100 + EPS) / 100;
}

/** The floor entry of measured figures. */
export function floorOf(f: Figures): FloorEntry {
  const e: FloorEntry = {};
  for (const k of FLOOR_SHARES) e[k] = floor2(f[k]);
  for (const [k, fig] of Object.entries(FLOOR_MAXIMA) as [FloorMax, keyof Figures][]) e[k] = f[fig];
  return e;
}

export interface FloorBreach {
  /** `overall` or a set's name. */
  scope: string;
  figure: string;
  measured: number;
  floor: number;
  /** `min`: the figure fell below its floor; `max`: the count rose above its maximum. */
  kind: 'min' | 'max';
}

/** Every figure below its floor (or count above its maximum). */
export function checkFloor(scope: string, f: Figures, floor: FloorEntry | undefined): FloorBreach[] {
  if (!floor) return [];
  const out: FloorBreach[] = [];
  for (const k of FLOOR_SHARES) {
    const min = floor[k];
    if (typeof min === 'number' && f[k] + EPS < min) out.push({ scope, figure: k, measured: f[k], floor: min, kind: 'min' });
  }
  for (const [k, fig] of Object.entries(FLOOR_MAXIMA) as [FloorMax, keyof Figures][]) {
    const max = floor[k];
    if (typeof max === 'number' && f[fig] > max) out.push({ scope, figure: fig, measured: f[fig], floor: max, kind: 'max' });
  }
  return out;
}

export function describeBreach(b: FloorBreach, file: string): string {
  return b.kind === 'min'
    ? `${b.scope}: ${b.figure} ${b.measured.toFixed(4)} is below its floor ${b.floor.toFixed(2)} (${file})`
    : `${b.scope}: ${b.figure} ${b.measured} is above its maximum ${b.floor} (${file})`;
}

export interface FloorChange {
  scope: string;
  figure: string;
  from: number | undefined;
  to: number;
  /** A lower floor (or a higher maximum) that was not written for want of --force. */
  refused: boolean;
}

/**
 * The floor raised to measured figures (rounded down to two decimals). A figure is
 * lowered (a maximum raised) only with `force`; the refusals are reported.
 */
export function raiseFloor(
  old: FloorEntry | undefined,
  f: Figures,
  scope: string,
  force: boolean,
): { entry: FloorEntry; changes: FloorChange[] } {
  const measured = floorOf(f);
  const entry: FloorEntry = { ...old };
  const changes: FloorChange[] = [];
  for (const k of FLOOR_SHARES) {
    const to = measured[k] ?? 0;
    const from = old?.[k];
    if (from === to) continue;
    const lower = typeof from === 'number' && to < from;
    if (lower && !force) changes.push({ scope, figure: k, from, to, refused: true });
    else {
      entry[k] = to;
      changes.push({ scope, figure: k, from, to, refused: false });
    }
  }
  for (const k of Object.keys(FLOOR_MAXIMA) as FloorMax[]) {
    const to = measured[k] ?? 0;
    const from = old?.[k];
    if (from === to) continue;
    const higher = typeof from === 'number' && to > from;
    if (higher && !force) changes.push({ scope, figure: k, from, to, refused: true });
    else {
      entry[k] = to;
      changes.push({ scope, figure: k, from, to, refused: false });
    }
  }
  // Stable key order: the shares, then the maxima.
  const ordered: FloorEntry = {};
  for (const k of [...FLOOR_SHARES, ...(Object.keys(FLOOR_MAXIMA) as FloorMax[])]) {
    const v = entry[k];
    if (v !== undefined) ordered[k] = v;
  }
  return { entry: ordered, changes };
}
