import { cutSlug, shortHash, slugify, transliterate } from '../records/slug.js';

/**
 * Step ids: `<protocol>.<item>.<part>.<occurrence>.<step>`, each segment made of
 * [A-Za-z0-9_-] so that '.' only ever separates segments. They are BullMQ job ids and
 * send-ledger keys, so they must not contain ':' and must never be all digits (the
 * item segment always starts with a letter).
 *
 * A track is the step id without its step: `<protocol>.<item>.<part>.<occurrence>`,
 * the steps of one part in one occurrence, sent one after the other. The item's own
 * steps use part segments no part can have: `summary` (the summary of an occurrence)
 * and `operator` (with occurrence `deadline`); status requests, which belong to no
 * occurrence, use occurrence `status`. A postponed ladder adds `.v<sequence>` after
 * the step ('r-3wd.v1'): new ids, the same track.
 */

/** The part segment of the summary track of an occurrence. */
export const SUMMARY_PART = 'summary';
/** The part and occurrence segments of the track that asks the operator for a deadline. */
export const OPERATOR_PART = 'operator';
export const OPERATOR_OCCURRENCE = 'deadline';
/** The occurrence segment of a part's status requests. */
export const STATUS_OCCURRENCE = 'status';

/** «1.2» → 'p1-2', «1.а» → 'p1-a'; an unnumbered clause is named by its line. */
export function itemSegment(item: string | null, line: number): string {
  if (item === null) return `l${line}`;
  return `p${safeSegment(transliterate(item))}`;
}

/** A directory id as it is; an unmatched executor by its name plus a hash, so two unmatched names never share an id. */
export function partSegment(ref: string | null, name: string): string {
  if (ref !== null) {
    const segment = safeSegment(ref);
    // An entry with the id 'summary' would share the summary's track; directory ids never hold '_', so this stays unique.
    return segment === SUMMARY_PART ? `${segment}_` : segment;
  }
  return `x-${cutSlug(slugify(name), 32) || 'executor'}-${shortHash(name)}`;
}

export function safeSegment(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || '_';
}

export function trackName(protocolKey: string, item: string, part: string, occurrence: string): string {
  return `${protocolKey}.${item}.${part}.${occurrence}`;
}

/** Everything of a step id but its step ('r-10wd', 'overdue', 'e2', 's0', 'n3', with '.v1' after a postponement). */
export function stepIdPrefix(protocolKey: string, item: string, part: string, occurrence: string): string {
  return `${trackName(protocolKey, item, part, occurrence)}.`;
}

export interface TrackSegments {
  protocol: string;
  item: string;
  part: string;
  occurrence: string;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** A track's four segments; a string that is not a track is a caller's mistake, and throws. */
export function trackSegments(track: string): TrackSegments {
  const segments = track.split('.');
  const [protocol, item, part, occurrence] = segments;
  if (segments.length !== 4 || protocol === undefined || item === undefined || part === undefined || occurrence === undefined || !segments.every((s) => SEGMENT.test(s))) {
    throw new RangeError(`'${track}' is not a track; a track reads <protocol>.<item>.<part>.<occurrence>`);
  }
  return { protocol, item, part, occurrence };
}

/**
 * The track of a step id — for a job id or a ledger key met without its step. No
 * segment holds a '.', so the track is the first four segments whatever follows.
 */
export function trackOf(stepId: string): string {
  const segments = stepId.split('.');
  if (segments.length < 5) throw new RangeError(`'${stepId}' is not a step id; a step id reads <protocol>.<item>.<part>.<occurrence>.<step>`);
  return segments.slice(0, 4).join('.');
}
