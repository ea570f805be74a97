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
  options: Pick<PlanOptions, 'only' | 'firstOnly'> = {},
  lookaheadMs = LOOKAHEAD_MS,
): Plan {
  const chaseSince = new Date(imported.importedAt);
  return planDocument(imported.doc, config, { now, until: new Date(now.getTime() + lookaheadMs) }, { ...options, state, chaseSince });
}
