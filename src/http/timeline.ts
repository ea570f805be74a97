import { officeInstant } from '../calendar/index.js';
import { planDocument, type Plan } from '../plan/index.js';
import type { DeliveryDeps } from '../delivery/deps.js';
import type { StoredProtocol } from '../store/types.js';
import { HttpError } from './http-error.js';

/**
 * The future timeline of a stored protocol: the planner's whole plan (the one `srok
 * plan` prints), from now to `until`, under what has happened since the import —
 * closed parts have no more steps, postponed ones follow their new deadline — and with
 * missed recurring occurrences judged from the import, as the scheduler judges them.
 * It sends and schedules nothing.
 */
export interface StoredTimeline {
  stored: StoredProtocol;
  now: Date;
  until: Date;
  plan: Plan;
}

/** A year ahead unless told: what an operator looks at before changing a ladder. */
const DEFAULT_DAYS = 365;

export async function storedTimeline(deps: Pick<DeliveryDeps, 'store' | 'routings' | 'config' | 'clock'>, key: string, untilDay?: string): Promise<StoredTimeline> {
  const { stored, state, routing: kept } = await deps.store.getProtocolWithState(key, { tracks: false });
  if (!stored) throw new HttpError(404, 'not-found', `no protocol with the key '${key}' is stored; GET /api/protocols lists the keys`);
  const config = deps.config();
  const now = deps.clock.now();
  const until = untilDay !== undefined ? officeInstant(normalDay(untilDay), '23:59', config.settings.timezone) : new Date(now.getTime() + DEFAULT_DAYS * 24 * 3600 * 1000);
  if (until.getTime() <= now.getTime()) throw new HttpError(400, 'invalid-input', `until ${untilDay ?? ''} is not after now (${now.toISOString().slice(0, 10)}); give a later day`);
  // The executors as the scheduler routes them: the kept routing, routed again only when its basis changed.
  const routing = await deps.routings.routingOf(stored, kept);
  const plan = planDocument(stored.doc, config, { now, until }, { state, chaseSince: new Date(stored.importedAt), routing });
  return { stored, now, until, plan };
}

function normalDay(text: string): string {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : text;
}
