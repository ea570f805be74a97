import type { SrokConfig } from '../config/types.js';
import type { Routings } from '../records/routing.js';
import type { Store } from '../store/index.js';
import { reportRows } from './report-rows.js';
import type { ReportRow, ReportSource } from './types.js';

/**
 * Every stored protocol with its state, as the report reads them. A protocol waiting
 * for review is not followed yet: its assignments are neither overdue nor due soon
 * to anyone until it is approved.
 */
export async function loadReportSources(deps: { store: Store; routings: Routings }): Promise<ReportSource[]> {
  const { store } = deps;
  const waiting = new Set((await store.listWaiting()).map((w) => w.key));
  const summaries = (await store.listProtocols()).filter((p) => !waiting.has(p.key));
  const loaded = await Promise.all(
    summaries.map(async ({ key }): Promise<ReportSource | null> => {
      // The protocol, its state and its kept routing in one round-trip; routed again only when its basis changed.
      const { stored, state, routing: kept } = await store.getProtocolWithState(key, { tracks: false });
      if (!stored) return null;
      return { key, importedAt: stored.importedAt, doc: stored.doc, state, routing: await deps.routings.routingOf(stored, kept) };
    }),
  );
  // A protocol deleted between the listing and the read is simply not reported.
  return loaded.filter((source): source is ReportSource => source !== null);
}

/** The report rows of everything stored, at `now`. */
export async function loadReport(deps: { store: Store; routings: Routings }, config: SrokConfig, now: Date): Promise<ReportRow[]> {
  return reportRows(await loadReportSources(deps), config, now);
}
