import type { SrokConfig } from '../config/types.js';
import type { ParsedDocument } from '../domain.js';
import { planDocument } from './plan-document.js';
import type { PlanState } from '../records/state.js';
import type { Plan, PlanOptions } from './types.js';

const DAY = 24 * 3600 * 1000;
/** How far ahead a plan looks for the next step of a track (escalations repeat every few working days). */
export const LOOKAHEAD_MS = 800 * DAY;

/**
 * The plan of an imported protocol from `now`, under its current state, `lookaheadMs`
 * ahead (800 days by default: far enough for the next step of any track). Missed
 * recurring occurrences are judged from the import, so every later plan chases what the
 * first one did.
 */
export function planImported(
  imported: { doc: ParsedDocument; importedAt: string },
  config: SrokConfig,
  state: PlanState,
  now: Date,
  options: Pick<PlanOptions, 'only' | 'firstOnly' | 'routing'> = {},
  lookaheadMs = LOOKAHEAD_MS,
): Plan {
  const chaseSince = new Date(imported.importedAt);
  return planDocument(imported.doc, config, { now, until: new Date(now.getTime() + lookaheadMs) }, { ...options, state, chaseSince });
}

/**
 * The scheduler's queries, each its own function over the same planner:
 * - the steps of one track, for a step job that re-plans only its own track;
 * - the first step of every track (of one item), for the jobs a protocol needs.
 */
export function planTrack(
  imported: { doc: ParsedDocument; importedAt: string },
  config: SrokConfig,
  state: PlanState,
  from: Date,
  track: { item: string | null; track: string },
  lookaheadMs?: number,
  routing?: PlanOptions['routing'],
): Plan {
  const plan = planImported(imported, config, state, from, { only: track, ...(routing !== undefined ? { routing } : {}) }, lookaheadMs);
  return { ...plan, steps: plan.steps.filter((s) => s.track === track.track) };
}

export function planFirstSteps(imported: { doc: ParsedDocument; importedAt: string }, config: SrokConfig, state: PlanState, from: Date, item?: { item: string | null }, routing?: PlanOptions['routing']): Plan {
  const routed = routing !== undefined ? { routing } : {};
  return planImported(imported, config, state, from, item ? { only: item, firstOnly: true, ...routed } : { firstOnly: true, ...routed });
}
