import type { SrokConfig } from '../config/types.js';
import { planStateOf } from '../records/state.js';
import type { Store } from '../store/index.js';
import { reportRows } from './report-rows.js';
import type { ReportRow, ReportSource } from './types.js';

/**
 * Every stored protocol with its state, as the report reads them. A protocol waiting
 * for review is not followed yet: its assignments are neither overdue nor due soon
 * to anyone until it is approved.
 */
export async function loadReportSources(store: Store): Promise<ReportSource[]> {
  const waiting = new Set((await store.listWaiting()).map((w) => w.key));
  const summaries = (await store.listProtocols()).filter((p) => !waiting.has(p.key));
  const loaded = await Promise.all(
    summaries.map(async ({ key }) => {
      const [stored, records] = await Promise.all([store.getProtocol(key), store.getStateRecords(key)]);
      return stored ? { key, importedAt: stored.importedAt, doc: stored.doc, state: planStateOf(records) } : null;
    }),
  );
  // A protocol deleted between the listing and the read is simply not reported.
  return loaded.filter((source): source is ReportSource => source !== null);
}

/** The report rows of everything stored, at `now`. */
export async function loadReport(store: Store, config: SrokConfig, now: Date): Promise<ReportRow[]> {
  return reportRows(await loadReportSources(store), config, now);
}
