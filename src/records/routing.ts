import type { Assignment, ParsedDocument } from '../domain.js';

/**
 * The routing of a protocol as stored: per assignment (in document order), per
 * executor (in the assignment's order), the id of the directory entry it routes to, or
 * null when it matched none. Matching a phrase against the directory is the costly part
 * of routing; what a part is made of (a group's members, addresses) is looked up in the
 * directory from the entry, so this is all that needs keeping.
 *
 * `basis` names what it was routed from (the version of the document, its corrections,
 * the directory, the operator's address): a routing whose basis is not the current one
 * is routed again. The planner computes both (src/plan/routing.ts), the store keeps them.
 */
export interface ProtocolRouting {
  basis: string;
  entries: ReadonlyArray<ReadonlyArray<string | null>>;
}

/** The stored form: one JSON value, small (an id per executor). */
export function encodeRouting(routing: ProtocolRouting): string {
  return JSON.stringify({ b: routing.basis, e: routing.entries });
}

/** Null when missing or not a routing (a value of an older layout): it is routed again. */
export function decodeRouting(value: string | null): ProtocolRouting | null {
  if (value === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { b, e } = parsed as { b?: unknown; e?: unknown };
  if (typeof b !== 'string' || !Array.isArray(e) || !e.every((a) => Array.isArray(a) && a.every((id) => id === null || typeof id === 'string'))) return null;
  return { basis: b, entries: e as string[][] };
}

/** Whether a stored routing fits the document it is read with (the basis said so; the shape must too). */
export function routingFits(routing: ProtocolRouting, doc: ParsedDocument): boolean {
  return routing.entries.length === doc.assignments.length && doc.assignments.every((a, i) => routing.entries[i]!.length === a.executors.length);
}

/**
 * The kept entries of the document's assignments (by index, then by executor), or null
 * when there is no routing or it does not fit: then the phrases are matched.
 */
export function routedEntries(routing: ProtocolRouting | null, doc: ParsedDocument): ProtocolRouting['entries'] | null {
  return routing !== null && routingFits(routing, doc) ? routing.entries : null;
}

/** The kept entries of one assignment of `doc`, by executor (null: none kept that fit). */
export function assignmentEntries(routing: ProtocolRouting | null, doc: ParsedDocument, assignment: Assignment): ReadonlyArray<string | null> | null {
  return routedEntries(routing, doc)?.[doc.assignments.indexOf(assignment)] ?? null;
}

/** The kept entry of executor `index` among `entries` (null: it matched none); undefined when nothing is kept: its phrase is matched. */
export function keptEntry(entries: ReadonlyArray<string | null> | null, index: number): string | null | undefined {
  return entries === null ? undefined : (entries[index] ?? null);
}

/** What a protocol's routing is worked out from: its document, version, import and corrections. */
export interface RoutedProtocol {
  key: string;
  version: number;
  importedAt: string;
  doc: ParsedDocument;
  corrections?: readonly unknown[];
}

/**
 * Where the routing of a stored protocol is read: the kept one while its basis is
 * current, else routed once and kept (src/routing implements it). Mails, pages and
 * reports are handed one by their composition root and never match an executor
 * phrase against the directory themselves.
 */
export interface Routings {
  /** `kept`: the routing read along with the protocol (store.getProtocolWithState); omitted, it is read. */
  routingOf(protocol: RoutedProtocol, kept?: ProtocolRouting | null): Promise<ProtocolRouting>;
}
