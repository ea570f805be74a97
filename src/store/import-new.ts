import type { ParsedDocument, ParseWarning } from '../domain.js';
import { protocolKey as slugKey } from '../records/protocol-key.js';
import type { StoreContext } from './context.js';
import { encodeDoc, type DocHeader } from './doc-codec.js';
import { identityOf, type ProtocolIdentity } from './identity.js';
import { primeStored, protocolWithStateOf, storedFrom, type ProtocolWithState } from './protocol-catalog.js';
import type { AuditEntry, ImportOptions, ImportResult, StoredProtocol } from './types.js';

/**
 * The import of a protocol seen for the first time, in one Lua step: the checks of the
 * import's first read, the document and its audit entry, the global indexes and the
 * read-back a plan starts from (importAndRead), all in one round-trip.
 *
 * It writes only when nothing is known of the act: no file with this content, no act
 * with this identity, nothing stored under its slug, no close or extension waiting for
 * it. Anything else — a re-import, a corrected version, a slug another act holds,
 * records to apply — is the import's general path (import-protocol.ts), which then
 * starts from what this step read instead of reading it again. A document that closes
 * or extends other acts takes the general path from the start: its records must reach
 * their targets before its `sha:` entry says the import is done.
 *
 * Every write is in the one script, so a crash leaves all of it or none; and the
 * handshake with a close filed for this act by a concurrent import (apply-outgoing.ts)
 * holds trivially: the filing lands before this step (which then sees it and leaves
 * the import to the general path) or after (and its second look finds the identity).
 *
 * The script touches keys of the protocol's hash tag and global indexes together, so
 * unlike the other scripts of the store it needs a single Redis (or Sentinel), as
 * connectRedis makes; a Redis Cluster would refuse it across slots.
 *
 * KEYS: sha, ident, doc, state, audit, fixes, review, routing, tracks, protocols; then
 * the `alias:` set when ARGV[5] is '1'; then the `pending:` hashes.
 * ARGV: protocol key, document value, audit entry, epoch ms of the import, '1' when
 * there is an alias set, '1' when that set is the issuer's day (its members are read
 * before the key joins it: the same-day warning), number of `pending:` hashes.
 * Returns {'ok', same-day members, state, fixes, review, routing, tracks} after writing,
 * or {'read', sha entry, ident entry, stored document under the slug, each pending
 * hash, same-day members} when it wrote nothing.
 */
const IMPORT_NEW = `
local sha = redis.call('GET', KEYS[1])
local ident = redis.call('GET', KEYS[2])
local doc = redis.call('GET', KEYS[3])
local hasAlias = ARGV[5] == '1'
local first = hasAlias and 12 or 11
local waiting = {}
local known = sha or ident or doc
for i = 0, tonumber(ARGV[7]) - 1 do
  local hash = redis.call('HGETALL', KEYS[first + i])
  if #hash > 0 then known = true end
  waiting[#waiting + 1] = hash
end
local same = {}
if hasAlias and ARGV[6] == '1' then same = redis.call('SMEMBERS', KEYS[11]) end
if known then
  local out = {'read', sha, ident, doc}
  for _, hash in ipairs(waiting) do out[#out + 1] = hash end
  out[#out + 1] = same
  return out
end
redis.call('SET', KEYS[3], ARGV[2])
redis.call('RPUSH', KEYS[5], ARGV[3])
redis.call('ZADD', KEYS[10], ARGV[4], ARGV[1])
redis.call('SET', KEYS[2], ARGV[1])
if hasAlias then redis.call('SADD', KEYS[11], ARGV[1]) end
-- Last, as in the general path: the content's entry says the import is done.
redis.call('SET', KEYS[1], ARGV[1])
return {'ok', same, redis.call('HGETALL', KEYS[4]), redis.call('HGETALL', KEYS[6]), redis.call('GET', KEYS[7]), redis.call('GET', KEYS[8]), redis.call('HGETALL', KEYS[9])}
`;

export const IMPORT_NEW_SCRIPT = { name: 'srokImportNew', lua: IMPORT_NEW } as const;

/** What the first step of an import found or did. */
export type FirstStep<T> =
  /** `meanwhile`: what the caller's work made of the protocol while it was stored, when nothing was recorded for its key before (see importNew). */
  | { kind: 'imported'; result: ImportResult; read: ProtocolWithState; meanwhile?: T }
  /** Nothing written: the general path goes on from what was read. */
  | { kind: 'known'; read: FirstRead };

/**
 * What the general path's first read reads, read already: its replies in the order of
 * that read (sha entry, ident entry, the document under the slug, each pending hash,
 * and the same-day members when the act has no number), and the document as it would
 * be stored as a first version.
 */
export interface FirstRead {
  candidate: string;
  identity: ProtocolIdentity;
  replies: unknown[];
  encoded: { header: DocHeader; value: Buffer };
}

/** Whether the document closes or extends other acts (then the general path imports it). */
export function hasOutgoing(doc: ParsedDocument): boolean {
  return doc.extensions.length > 0 || doc.assignments.some((a) => a.closes.length > 0);
}

/**
 * `meanwhile` runs while Redis runs the step, with the protocol as the step stores it
 * (the object later reads of it give); what it returns comes back only when the step
 * stored it and found nothing recorded under its key — no state, corrections, review,
 * routing or tracks —, which is what a first plan of it assumes.
 */
export async function importNew<T>(ctx: StoreContext, doc: ParsedDocument, options: ImportOptions, meanwhile?: (stored: StoredProtocol) => T): Promise<FirstStep<T>> {
  const { keys } = ctx;
  const candidate = slugKey(doc);
  const identity = identityOf(doc.protocol);
  const sha = doc.source.sha256;
  const header: DocHeader = { f: 1, v: 1, at: options.now.toISOString() };
  const value = encodeDoc(header, doc);
  const audit: AuditEntry = {
    at: options.now.toISOString(),
    actor: options.actor,
    action: 'import',
    detail: { status: 'new', version: 1, sha256: sha, file: doc.source.file },
  };
  const scriptKeys = [
    keys.sha(sha),
    keys.ident(identity.id),
    keys.doc(candidate),
    keys.state(candidate),
    keys.audit(candidate),
    keys.fixes(candidate),
    keys.review(candidate),
    keys.routing(candidate),
    keys.tracks(candidate),
    keys.protocols,
  ];
  if (identity.alias !== null) scriptKeys.push(keys.alias(identity.alias));
  for (const id of identity.pendingIds) scriptKeys.push(keys.pending(id));
  const sameDay = identity.sameDay !== null && identity.sameDay === identity.alias;
  const args = [candidate, value, JSON.stringify(audit), Date.parse(header.at), identity.alias !== null ? '1' : '0', sameDay ? '1' : '0', identity.pendingIds.length];
  // Written now, not at the end of this turn: Redis runs the step while `meanwhile` runs here.
  const sent = ctx.importNew.sendBuffer(scriptKeys, args);
  const stored = storedFrom(candidate, header, doc);
  let made: T | undefined;
  try {
    made = meanwhile?.(stored);
  } catch (e) {
    await sent.catch(() => undefined);
    throw e;
  }
  const reply = (await sent) as unknown[];
  const tag = text(reply[0]);
  if (tag === 'read') {
    const pending = identity.pendingIds.map((_, i) => hashOf(reply[4 + i]));
    const replies: unknown[] = [textOrNull(reply[1]), textOrNull(reply[2]), Buffer.isBuffer(reply[3]) ? reply[3] : null, ...pending];
    if (identity.sameDay !== null) replies.push(members(reply[4 + identity.pendingIds.length]));
    return { kind: 'known', read: { candidate, identity, replies, encoded: { header, value } } };
  }
  if (tag !== 'ok') throw new Error(`unexpected reply from ${IMPORT_NEW_SCRIPT.name}: ${tag}`);
  primeStored(stored, header, value);
  const warnings: ParseWarning[] = members(reply[1])
    .filter((other) => other !== candidate)
    .sort()
    .map((other) => sameDayWarning(other, doc));
  const result: ImportResult = { status: 'new', protocolKey: candidate, version: 1, assignments: doc.assignments.length, warnings, applied: [], pending: [] };
  const recorded = [hashOf(reply[2]), hashOf(reply[3]), textOrNull(reply[4]), textOrNull(reply[5]), hashOf(reply[6])] as const;
  const read = protocolWithStateOf(candidate, [value, ...recorded], { tracks: true });
  const [state, fixes, review, routing, tracks] = recorded;
  const untouched = Object.keys(state).length === 0 && Object.keys(fixes).length === 0 && review === null && routing === null && Object.keys(tracks).length === 0;
  return { kind: 'imported', result, read, ...(untouched && made !== undefined ? { meanwhile: made } : {}) };
}

/** Another unnumbered act of the same issuer on the same day. */
export function sameDayWarning(other: string, doc: ParsedDocument): ParseWarning {
  return {
    line: null,
    code: 'same_day_unnumbered',
    message: `protocol ${other} of the same issuer on ${doc.protocol.date ?? '?'} has no number either; both are kept, told apart by their titles — check that they are not one protocol`,
  };
}

function text(value: unknown): string {
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : text(value);
}

function members(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : [];
}

/** A hash as HGETALL in a script returns it (field, value, …), as ioredis' hgetall gives it. */
function hashOf(value: unknown): Record<string, string> {
  const hash: Record<string, string> = {};
  if (!Array.isArray(value)) return hash;
  for (let i = 0; i + 1 < value.length; i += 2) hash[text(value[i])] = text(value[i + 1]);
  return hash;
}
