import type { SrokConfig } from '../config/types.js';
import type { ParsedDocument, ParseWarning } from '../domain.js';
import type { Store } from '../store/index.js';
import type { ImportResult } from '../store/types.js';
import { applyAliases, reconcileCorrections } from '../corrections/corrections.js';
import { waitsForReview } from './gate.js';
import type { Correction } from '../corrections/types.js';

/** What the review step made of an imported protocol. */
export interface ImportReview {
  /** It waits for an operator: nothing of it is queued until `srok approve`. */
  waits: boolean;
  /** What needs a look: the warnings of what srok understood, after the corrections (the gate off lists them too). */
  reasons: ParseWarning[];
  /** Corrections laid over this version, and those whose item changed (listed in `reasons`). */
  corrections: number;
  stale: number;
  /** Executors routed by a remembered phrase. */
  routedByAlias: number;
}

/** Route executors by the phrases operators remembered, before the document is stored. */
export async function routeByAliases(parsed: ParsedDocument, store: Store, config: SrokConfig): Promise<{ doc: ParsedDocument; routed: number }> {
  const aliases = await store.getAliases();
  if (aliases.size === 0) return { doc: parsed, routed: 0 };
  return applyAliases(parsed, aliases, (id) => config.directory.get(id)?.name ?? null);
}

/**
 * After the store wrote a protocol: keep its text for review, find its corrections
 * again in the new version, and let the gate decide whether it waits.
 * An unchanged file changes nothing: the protocol waits, or not, as before.
 */
export async function reviewImported(
  result: ImportResult,
  lines: readonly string[] | null,
  routedByAlias: number,
  deps: { store: Store; config: SrokConfig; now: Date; actor: string },
): Promise<ImportReview> {
  const { store } = deps;
  const key = result.protocolKey;
  if (result.status === 'unchanged') {
    const [review, fixes] = await Promise.all([store.getReview(key), store.getCorrections(key)]);
    const stored = await store.getProtocol(key);
    const reasons = review?.state === 'waiting' ? review.reasons : (stored?.doc.warnings ?? []);
    return { waits: review?.state === 'waiting', reasons, corrections: fixes.length, stale: fixes.filter((f) => f.stale !== undefined).length, routedByAlias };
  }
  if (lines !== null) await store.setText(key, lines);
  let fixes: Correction[] = await store.getCorrections(key);
  if (fixes.length > 0) {
    const stored = await store.getProtocol(key);
    if (stored) {
      fixes = reconcileCorrections(stored.raw ?? stored.doc, lines ?? (await store.getText(key)), fixes);
      await store.putCorrections(key, fixes);
    }
  }
  const effective = await store.getProtocol(key);
  const reasons = [...(effective?.doc.warnings ?? []), ...result.warnings];
  const waits = waitsForReview(deps.config.settings.import.review, reasons);
  const previous = await store.getReview(key);
  if (waits) {
    await store.setReview(key, { state: 'waiting', version: result.version, since: deps.now.toISOString(), reasons, by: null, at: null });
    await store.appendAudit(key, { at: deps.now.toISOString(), actor: deps.actor, action: 'review-wait', detail: { version: result.version, reasons: reasons.length } });
  } else if (previous?.state === 'waiting') {
    // The corrected file answers every warning: nothing is left to review.
    await store.setReview(key, null);
  }
  return { waits, reasons, corrections: fixes.length, stale: fixes.filter((f) => f.stale !== undefined).length, routedByAlias };
}
