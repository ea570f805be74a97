import type { ExecutorRecord, ReportRow } from './types.js';

/**
 * Each executor's record, from report rows (reportRows at `now`). Counted per
 * part-occurrence whose deadline has ended by `now`, or that is closed:
 * - on time: done (by a command, a link, or a closing protocol «считать исполненными»,
 *   whose closure time is the closing protocol's date) no later than the instant the
 *   deadline ends — the end of office hours of the deadline as moved off non-working
 *   days and as postponed;
 * - late: done after it;
 * - closed: «снять с контроля» without «исполненными» — ended, but not done;
 * - overdue: still open after the deadline.
 * Cancelled part-occurrences are left out (nothing was owed after all), and so are
 * optional ones («при наличии»: a reply was welcome, never owed) and assignments
 * without due dates (there is no deadline to be on time for).
 * Rate = on time / (on time + late + overdue). Pure.
 */
export function executorRecords(rows: readonly ReportRow[], now: Date): ExecutorRecord[] {
  const byPart = new Map<string, ExecutorRecord>();
  for (const row of rows) {
    const outcome = outcomeOf(row, now);
    if (outcome === null) continue;
    let record = byPart.get(row.part.key);
    if (!record) {
      record = { part: { key: row.part.key, ref: row.part.ref, name: row.part.name }, onTime: 0, late: 0, closed: 0, overdue: 0, rate: null };
      byPart.set(row.part.key, record);
    }
    record[outcome] += 1;
  }
  const records = [...byPart.values()].map((r) => {
    const owed = r.onTime + r.late + r.overdue;
    return { ...r, rate: owed === 0 ? null : r.onTime / owed };
  });
  // The weakest record first: that is who a controller calls.
  return records.sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || b.overdue - a.overdue || a.part.name.localeCompare(b.part.name, 'ru'));
}

type Outcome = 'onTime' | 'late' | 'closed' | 'overdue';

export function outcomeOf(row: ReportRow, now: Date): Outcome | null {
  const occurrence = row.occurrence;
  if (occurrence === null || row.optional) return null;
  const endMs = Date.parse(occurrence.deadlineAt);
  switch (row.state) {
    case 'cancelled':
      return null;
    case 'closed':
      return 'closed';
    case 'done':
      return row.closure !== null && Date.parse(row.closure.at) <= endMs ? 'onTime' : 'late';
    case 'open':
      return now.getTime() > endMs ? 'overdue' : null;
  }
}
