/** The shipped config, and variations of it for one test at a time. */
import { officeInstant } from '../../src/calendar/index.js';
import { loadConfig, type Ladder, type LaddersConfig, type Span } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import { planStateOf, scopeField, type Closure, type CloseHow, type PlanState, type Postponement, type StateScope } from '../../src/plan/index.js';

export const ZONE = 'Asia/Yekaterinburg';

export const shipped: SrokConfig = loadConfig('config');

export function withLadders(change: (ladders: LaddersConfig) => LaddersConfig): SrokConfig {
  return { ...shipped, ladders: change(structuredClone(shipped.ladders)) };
}

/** The shipped ladders with the last level repeating until closed, as ladders were before repeats were capped by default. */
export function forever(): SrokConfig {
  return withDefault({ maxRepeats: 'forever' });
}

export function withDefault(patch: Partial<Ladder>): SrokConfig {
  return withLadders((ladders) => ({ ...ladders, default: { ...ladders.default, ...patch } }));
}

/** '10wd' → { count: 10, unit: 'wd' }, as the config loader reads it. */
export function span(text: string): Span {
  const m = /^(\d+)(wd|d|w|m)$/.exec(text);
  if (!m) throw new Error(`not a span: ${text}`);
  return { count: Number(m[1]), unit: m[2] as Span['unit'] };
}

/** A local wall-clock time in the office zone as an instant. */
export function local(day: string, time = '00:00'): Date {
  return officeInstant(day, time, ZONE);
}

/** The plan window from the start of one local day to the end of another. */
export function window(from: string, until: string): { now: Date; until: Date } {
  return { now: local(from), until: local(until, '23:59') };
}

/** A state as the store would hold it: records at their scopes. */
export function stateOf(records: { closures?: Array<[StateScope, Closure]>; postponements?: Array<[StateScope, Postponement]> }): PlanState {
  return planStateOf({
    closures: new Map((records.closures ?? []).map(([scope, c]) => [scopeField(scope), c])),
    postponements: new Map((records.postponements ?? []).map(([scope, p]) => [scopeField(scope), p])),
  });
}

/** Closed at a local day and time of the office zone. */
export function closedAt(day: string, time = '00:00', how: CloseHow = 'done'): Closure {
  return { at: local(day, time).toISOString(), how, by: 'cli:test', reason: null };
}

/** Postponed to `to`, decided at the start of a local day. */
export function postponedTo(to: string, decided: string, sequence = 1): Postponement {
  return { to, sequence, at: local(decided).toISOString(), by: 'cli:test', reason: null };
}
