import type { IsoDate } from '../domain.js';

/**
 * What has happened to assignments since their import — done, closed by a later
 * protocol, cancelled, postponed. The store records it; the planner reads it to drop
 * the steps of what is closed and to move the deadline of what is postponed.
 *
 * A record has a scope: the whole assignment, one part of it (all its occurrences),
 * one occurrence (all its parts), or one part-occurrence. The most specific record
 * wins for postponements; for closures the earliest applicable one counts.
 */
export type CloseHow = 'done' | 'closed' | 'cancelled';

export interface Closure {
  /** ISO instant the assignment (part, occurrence) counts as closed. */
  at: string;
  /** 'done': executed («считать исполненными», a «done» command or link); 'closed': only «снять с контроля»; 'cancelled'. */
  how: CloseHow;
  /** Who: 'cli:<user>', 'api:<token name>', 'link:<recipient>', 'protocol:<key> п.<item>'. */
  by: string;
  reason: string | null;
}

export interface Postponement {
  /** The new due day, as decided (moved off non-working days by the planner like any due day). */
  to: IsoDate;
  /** Raised by one at every postponement of the same scope: the .ics SEQUENCE. */
  sequence: number;
  at: string;
  by: string;
  reason: string | null;
}

/** The four scopes a record can have. `part` is the planner's part key (see partKey in src/plan). */
export interface StateScope {
  item: string | null;
  part?: string;
  occurrence?: string;
}

export interface PlanState {
  closure(item: string | null, part: string, occurrence: string): Closure | null;
  postponement(item: string | null, part: string, occurrence: string): Postponement | null;
}

/** Nothing has happened yet: a freshly imported protocol, or a preview. */
export const EMPTY_STATE: PlanState = {
  closure: () => null,
  postponement: () => null,
};

/** The field name of a scope in the store's state hash: 'a|1.2', 'p|1.2|khmao-surgut', 'o|5|2021-01', 'po|5|chel-x|2021-01'. */
export function scopeField(scope: StateScope): string {
  const item = scope.item ?? '-';
  if (scope.part !== undefined && scope.occurrence !== undefined) return `po|${item}|${scope.part}|${scope.occurrence}`;
  if (scope.part !== undefined) return `p|${item}|${scope.part}`;
  if (scope.occurrence !== undefined) return `o|${item}|${scope.occurrence}`;
  return `a|${item}`;
}

export interface StateRecords {
  closures: Map<string, Closure>;
  postponements: Map<string, Postponement>;
}

/** A PlanState over records keyed by scopeField. */
export function planStateOf(records: StateRecords): PlanState {
  const fields = (item: string | null, part: string, occurrence: string): string[] => [
    scopeField({ item, part, occurrence }),
    scopeField({ item, occurrence }),
    scopeField({ item, part }),
    scopeField({ item }),
  ];
  return {
    closure(item, part, occurrence) {
      // Nothing closed (every protocol just imported): no scope names to make.
      if (records.closures.size === 0) return null;
      let earliest: Closure | null = null;
      for (const f of fields(item, part, occurrence)) {
        const c = records.closures.get(f);
        if (c && (earliest === null || c.at < earliest.at)) earliest = c;
      }
      return earliest;
    },
    postponement(item, part, occurrence) {
      if (records.postponements.size === 0) return null;
      for (const f of fields(item, part, occurrence)) {
        const p = records.postponements.get(f);
        if (p) return p;
      }
      return null;
    },
  };
}
