import type { ParsedDocument, ParseWarning } from '../domain.js';
import type { StateScope } from '../records/state.js';
import { lookupOf, type RefLookup } from './identity.js';
import { closureAudit, postponementAudit, type StateOp } from './state-records.js';
import type { PendingRecord } from './types.js';

/**
 * Closes («Считать исполненными и снять с контроля … пунктами 1.2.1, 3.2 протокола
 * № 3/2019 …») and extensions («Продлить срок исполнения поручения … до …») of a
 * document, as records that either apply to a stored act at once or wait for it.
 */

/** One close or extension reference of a document, with where it is looked up and where it waits. */
export interface OutgoingRecord {
  /** The `pending:` hash field: stable for the same document content. */
  field: string;
  record: PendingRecord;
  lookup: RefLookup;
  line: number | null;
}

/**
 * The instant a close or extension of a document takes effect: the start (UTC) of the
 * document's date; a document without a date takes effect when it is imported.
 */
export function effectiveAt(doc: ParsedDocument, now: Date): string {
  return doc.protocol.date !== null ? `${doc.protocol.date}T00:00:00.000Z` : now.toISOString();
}

export function outgoingRecords(doc: ParsedDocument, protocolKey: string, now: Date): OutgoingRecord[] {
  const at = effectiveAt(doc, now);
  const own = doc.protocol.body;
  const out: OutgoingRecord[] = [];
  const by = (item: string | null): string => `protocol:${protocolKey}${item === null ? '' : ` п.${item}`}`;
  // Short enough for every mail that says why an assignment was closed: «протокол № 4/2019 от 2019-10-30, п. 4.1».
  const act = ['протокол', doc.protocol.number !== null ? `№ ${doc.protocol.number}` : null, doc.protocol.date !== null ? `от ${doc.protocol.date}` : null]
    .filter(Boolean)
    .join(' ');
  const reason = (item: string | null): string => (item === null ? act : `${act}, п. ${item}`);
  const push = (record: PendingRecord, line: number | null): void => {
    const field = `${protocolKey}|${record.source.item ?? '-'}|${out.length}`;
    // The issuer a reference leaves implied is the closing document's own; write it in, so
    // the record still names its target while it waits.
    const target = { ...record.target, body: record.target.body ?? own };
    out.push({ field, record: { ...record, target }, lookup: lookupOf(record.target, own), line });
  };
  for (const a of doc.assignments) {
    for (const close of a.closes) {
      push(
        {
          kind: 'closure',
          target: close.protocol,
          items: close.items,
          how: close.done ? 'done' : 'closed',
          to: null,
          at,
          by: by(a.item),
          reason: reason(a.item),
          source: { protocolKey, item: a.item },
        },
        a.line,
      );
    }
  }
  for (const e of doc.extensions) {
    const line = doc.items.find((i) => i.item === e.item)?.line ?? null;
    push(
      {
        kind: 'postponement',
        target: e.protocol,
        items: e.items,
        how: null,
        to: e.to,
        at,
        by: by(e.item),
        reason: reason(e.item),
        source: { protocolKey, item: e.item },
      },
      line,
    );
  }
  return out;
}

/** Who writes the state change and when (the audit entry's `at` and `actor`). */
export interface Writer {
  now: Date;
  actor: string;
}

/**
 * The state ops a record makes on its target act: one assignment-scope record per item
 * named (an item that is a heading stands for the assignments under it), every
 * assignment of the act when no item is named. Items the act does not have are
 * reported, never silently dropped.
 */
export function opsOnTarget(
  record: PendingRecord,
  target: { key: string; doc: ParsedDocument },
  writer: Writer,
  line: number | null,
): { ops: StateOp[]; warnings: ParseWarning[] } {
  const assignmentItems = unique(target.doc.assignments.map((a) => a.item));
  const warnings: ParseWarning[] = [];
  let items: Array<string | null>;
  if (record.items.length === 0) {
    items = assignmentItems;
  } else {
    items = [];
    for (const item of record.items) {
      if (assignmentItems.includes(item)) {
        items.push(item);
        continue;
      }
      const under = assignmentItems.filter((a): a is string => a !== null && a.startsWith(`${item}.`));
      if (under.length > 0) {
        items.push(...under);
        continue;
      }
      const exists = target.doc.items.some((i) => i.item === item);
      warnings.push({
        line,
        code: 'close_target_missing',
        message: `${record.by}: в протоколе ${target.key} ${exists ? `пункт ${item} не содержит поручения` : `нет пункта ${item}`} — ${record.kind === 'closure' ? 'снимать с контроля' : 'продлевать'} там нечего`,
      });
    }
    items = unique(items);
  }
  const who = { at: writer.now.toISOString(), actor: writer.actor };
  const ops = items.map((item): StateOp => {
    const scope: StateScope = { item };
    if (record.kind === 'closure') {
      const closure = { at: record.at, how: record.how ?? 'closed', by: record.by, reason: record.reason };
      return { kind: 'closure', scope, closure, audit: closureAudit(scope, closure, who) };
    }
    if (record.to === null) throw new Error(`${record.by}: an extension without a new date`);
    const postponement = { to: record.to, at: record.at, by: record.by, reason: record.reason };
    return { kind: 'postponement', scope, postponement, audit: postponementAudit(scope, postponement, who) };
  });
  return { ops, warnings };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
