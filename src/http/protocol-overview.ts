import type { DeadlineKind } from '../domain.js';
import { loadReportSources } from '../report/load-report.js';
import { reportRows } from '../report/report-rows.js';
import { sortRows } from '../report/select.js';
import type { ReportRow, RowState } from '../report/types.js';
import type { ProtocolSummary } from '../store/types.js';
import type { DeliveryDeps } from '../delivery/deps.js';
import type { Principal } from './access.js';
import { seesAll, visibleRows } from './scope.js';

/**
 * The stored protocols and their assignments as they stand: the report's rows (one per
 * part-occurrence) grouped by protocol and item, with counts. Protocols with something
 * overdue come first, the most overdue on top; inside each, overdue rows first. Pure
 * (overviewOf); loadOverview reads the store.
 */
export type StateCounts = Record<RowState, number> & { overdue: number };

export interface AssignmentOverview {
  item: string | null;
  text: string;
  deadline: { kind: DeadlineKind; text: string };
  optional: boolean;
  counts: StateCounts;
  /** Open rows first (overdue on top, then by deadline), then the closed ones. */
  rows: ReportRow[];
}

export interface ProtocolOverview extends Omit<ProtocolSummary, 'assignments'> {
  /** How many assignments the protocol has. */
  assignmentCount: number;
  counts: StateCounts;
  assignments: AssignmentOverview[];
}

export function overviewOf(protocols: readonly ProtocolSummary[], rows: readonly ReportRow[]): ProtocolOverview[] {
  const byProtocol = new Map<string, ReportRow[]>();
  for (const row of rows) byProtocol.set(row.protocol.key, [...(byProtocol.get(row.protocol.key) ?? []), row]);
  const overviews = protocols.map((summary): ProtocolOverview => {
    const own = byProtocol.get(summary.key) ?? [];
    const byItem = new Map<string, ReportRow[]>();
    for (const row of own) byItem.set(row.item ?? '', [...(byItem.get(row.item ?? '') ?? []), row]);
    const assignments = [...byItem.values()].map((itemRows): AssignmentOverview => {
      const first = itemRows[0]!;
      return { item: first.item, text: first.text, deadline: first.deadline, optional: first.optional, counts: countsOf(itemRows), rows: ordered(itemRows) };
    });
    assignments.sort((a, b) => b.counts.overdue - a.counts.overdue || compareItems(a.item, b.item));
    const { assignments: assignmentCount, ...rest } = summary;
    return { ...rest, assignmentCount, counts: countsOf(own), assignments };
  });
  return overviews.sort((a, b) => b.counts.overdue - a.counts.overdue || (b.date ?? '').localeCompare(a.date ?? '') || a.key.localeCompare(b.key));
}

/** `viewer`: whose view; a controller's holds only the protocols it controls (scope.ts). */
export async function loadOverview(deps: Pick<DeliveryDeps, 'store' | 'routings' | 'config' | 'clock'>, viewer: Principal | null = null): Promise<{ now: Date; rows: ReportRow[]; protocols: ProtocolOverview[] }> {
  const now = deps.clock.now();
  const [summaries, sources] = await Promise.all([deps.store.listProtocols(), loadReportSources(deps)]);
  const rows = visibleRows(viewer, reportRows(sources, deps.config(), now));
  const keys = new Set(rows.map((row) => row.protocol.key));
  const shown = seesAll(viewer) ? summaries : summaries.filter((summary) => keys.has(summary.key));
  return { now, rows, protocols: overviewOf(shown, rows) };
}

export function countsOf(rows: readonly ReportRow[]): StateCounts {
  const counts: StateCounts = { open: 0, done: 0, closed: 0, cancelled: 0, overdue: 0 };
  for (const row of rows) {
    counts[row.state] += 1;
    if (row.overdue) counts.overdue += 1;
  }
  return counts;
}

function ordered(rows: readonly ReportRow[]): ReportRow[] {
  const open = sortRows(rows.filter((r) => r.state === 'open'));
  // The most recently due closed ones first: that is what someone looking for a mark wants to see.
  const closed = rows.filter((r) => r.state !== 'open').sort((a, b) => (b.occurrence?.deadlineAt ?? '').localeCompare(a.occurrence?.deadlineAt ?? '') || a.part.name.localeCompare(b.part.name, 'ru'));
  return [...open, ...closed];
}

function compareItems(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'ru', { numeric: true });
}
