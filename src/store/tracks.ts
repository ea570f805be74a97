import type { ChainableCommander } from 'ioredis';
import { encodeRouting, type ProtocolRouting } from '../records/routing.js';
import { execPipeline, type StoreContext } from './context.js';
import type { StoreKeys } from './keys.js';
import { canonicalInstant } from './state-records.js';
import type { DueEntry, TrackNext } from './types.js';

/**
 * Tracks: per protocol, the next planned step of each (item, part, occurrence), kept in
 * the protocol's `tracks` hash, and mirrored into the global `due` ZSET
 * ('<protocolKey>/<track>' scored by the step's epoch ms) so the scheduler (and a
 * simulated clock) finds the next step of all protocols with one ZRANGE.
 *
 * The hash and the ZSET are written in one pipeline — one round-trip, not a MULTI:
 * `due` lies outside the protocol's hash tag, and a Redis Cluster refuses a
 * transaction across slots. The hash is the record; a `due` member is an index entry
 * that the scheduler checks against getTracks() before acting on it.
 */

export type TrackUpdates = ReadonlyMap<string, TrackNext | null> | Iterable<readonly [string, TrackNext | null]>;

export function dueMember(protocolKey: string, track: string): string {
  return `${protocolKey}/${track}`;
}

/**
 * Set (or, with null, clear) the next step of many tracks of one protocol in one
 * round-trip; with `routing`, the protocol's routing is written in the same one.
 */
export async function setTracksNext(ctx: StoreContext, protocolKey: string, updates: TrackUpdates, routing: ProtocolRouting | null = null): Promise<void> {
  const write = ctx.redis.pipeline();
  if (queueTracksNext(ctx.keys, write, protocolKey, updates, routing)) await execPipeline(write);
}

/**
 * The tracks' write of setTracksNext and the inserts of their jobs, in one round-trip
 * on the queue's connection: `client` is the queue's (an ioredis client), and `addJobs`
 * queues the inserts on the pipeline it is given. The tracks come first in it and Redis
 * runs a pipeline in order, so a job due now runs after its track is recorded, never
 * before. A pipeline, not a MULTI (the queue's own bulk insert is one too): one write
 * of the socket, so no crash of this process splits it; a failed insert leaves a
 * track without its job, which the next re-plan adds again (the lost-job check).
 */
export async function setTracksNextWithJobs<T>(
  keys: StoreKeys,
  client: { pipeline(): T },
  protocolKey: string,
  updates: TrackUpdates,
  routing: ProtocolRouting | null,
  addJobs: (transaction: T) => void,
): Promise<void> {
  const transaction = client.pipeline();
  // The queue's ioredis pipeline: the store's commands go on it as on its own.
  const write = transaction as unknown as ChainableCommander;
  if (typeof write.zadd !== 'function' || typeof write.exec !== 'function') throw new Error('the queue\'s connection is not an ioredis client');
  const before = queueTracksNext(keys, write, protocolKey, updates, routing) ? write.length : 0;
  addJobs(transaction);
  const replies = await execPipeline(write);
  // The queue's insert scripts answer a negative code when they refuse (its own add throws on one).
  for (const reply of replies.slice(before)) {
    if (typeof reply === 'number' && reply < 0) throw new Error(`${protocolKey}: the queue refused a job (code ${reply})`);
  }
}

/** The commands of setTracksNext queued on `write`; false when there is nothing to write. */
function queueTracksNext(keys: StoreKeys, write: ChainableCommander, protocolKey: string, updates: TrackUpdates, routing: ProtocolRouting | null): boolean {
  // The HSET fields and ZADD arguments built in one pass.
  const fields: Record<string, string> = {};
  let some = false;
  const scored: Array<string | number> = [];
  const cleared: string[] = [];
  for (const [track, next] of updates) {
    if (next === null) {
      cleared.push(track);
      continue;
    }
    const ms = Date.parse(next.at);
    if (Number.isNaN(ms)) canonicalInstant(next.at, `track ${track}: next step time`);
    fields[track] = encodeTrack({ stepId: next.stepId, at: new Date(ms).toISOString() });
    some = true;
    scored.push(ms, dueMember(protocolKey, track));
  }
  if (!some && cleared.length === 0 && routing === null) return false;
  if (routing !== null) write.set(keys.routing(protocolKey), encodeRouting(routing));
  if (some) {
    // The field map, not field-value arguments: the queue's pipelines take HSET in that form only.
    write.hset(keys.tracks(protocolKey), fields);
    write.zadd(keys.due, ...scored);
  }
  if (cleared.length > 0) {
    write.hdel(keys.tracks(protocolKey), ...cleared);
    write.zrem(keys.due, ...cleared.map((track) => dueMember(protocolKey, track)));
  }
  return true;
}

/**
 * Make the protocol's tracks exactly `tracks` (a re-plan): the tracks not in it are
 * removed from the hash and from `due`. Two round-trips: read the track names, write.
 */
export async function replaceTracks(ctx: StoreContext, protocolKey: string, tracks: ReadonlyMap<string, TrackNext>): Promise<void> {
  const { redis, keys } = ctx;
  const current = await redis.hkeys(keys.tracks(protocolKey));
  const gone = current.filter((track) => !tracks.has(track));
  const updates: Array<[string, TrackNext | null]> = [...tracks.entries(), ...gone.map((track): [string, null] => [track, null])];
  await setTracksNext(ctx, protocolKey, updates);
}

export async function getTracks(ctx: StoreContext, protocolKey: string): Promise<Map<string, TrackNext>> {
  return decodeTracks(await ctx.redis.hgetall(ctx.keys.tracks(protocolKey)));
}

/** The `tracks` hash as read. */
export function decodeTracks(hash: Record<string, string>): Map<string, TrackNext> {
  return new Map(Object.entries(hash).map(([track, value]) => [track, decodeTrack(value)]));
}

/** The tracks due at or before `epochMs`, earliest first. */
export async function dueBefore(ctx: StoreContext, epochMs: number, limit: number): Promise<DueEntry[]> {
  const flat = await ctx.redis.zrangebyscore(ctx.keys.due, '-inf', epochMs, 'WITHSCORES', 'LIMIT', 0, limit);
  return dueEntries(flat);
}

/** The earliest due track of all protocols: where a simulated clock jumps next. */
export async function nextDue(ctx: StoreContext): Promise<DueEntry | null> {
  const flat = await ctx.redis.zrange(ctx.keys.due, 0, 0, 'WITHSCORES');
  return dueEntries(flat)[0] ?? null;
}

function dueEntries(flat: readonly string[]): DueEntry[] {
  const entries: DueEntry[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const member = flat[i]!;
    const slash = member.indexOf('/');
    entries.push({ member, protocolKey: member.slice(0, slash), track: member.slice(slash + 1), at: Number(flat[i + 1]) });
  }
  return entries;
}

function encodeTrack(next: TrackNext): string {
  return JSON.stringify([next.stepId, next.at]);
}

function decodeTrack(value: string): TrackNext {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw new Error(`bad track value ${value}`);
  return { stepId: parsed[0], at: parsed[1] };
}
