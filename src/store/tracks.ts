import { encodeRouting, type ProtocolRouting } from '../records/routing.js';
import { execPipeline, type StoreContext } from './context.js';
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
  // The HSET and ZADD arguments built flat in one pass (no objects for ioredis to flatten again).
  const fields: string[] = [];
  const scored: Array<string | number> = [];
  const cleared: string[] = [];
  for (const [track, next] of updates) {
    if (next === null) {
      cleared.push(track);
      continue;
    }
    const at = canonicalInstant(next.at, `track ${track}: next step time`);
    fields.push(track, encodeTrack({ stepId: next.stepId, at }));
    scored.push(Date.parse(at), dueMember(protocolKey, track));
  }
  if (fields.length === 0 && cleared.length === 0 && routing === null) return;
  const { redis, keys } = ctx;
  const write = redis.pipeline();
  if (routing !== null) write.set(keys.routing(protocolKey), encodeRouting(routing));
  if (fields.length > 0) {
    write.hset(keys.tracks(protocolKey), ...fields);
    write.zadd(keys.due, ...scored);
  }
  if (cleared.length > 0) {
    write.hdel(keys.tracks(protocolKey), ...cleared);
    write.zrem(keys.due, ...cleared.map((track) => dueMember(protocolKey, track)));
  }
  await execPipeline(write);
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
