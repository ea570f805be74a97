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
