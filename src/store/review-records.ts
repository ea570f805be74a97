import type { DirectoryEntry } from '../config/schema.js';
import { normText } from '../corrections/corrections.js';
import type { AliasRecord, Correction, ReviewState } from '../corrections/types.js';
import { execPipeline, type StoreContext } from './context.js';

/** The review step's records: a protocol's review state and corrections, the remembered aliases and the entries made while reviewing. */

export function decodeReview(json: string | null): ReviewState | null {
  return json === null ? null : (JSON.parse(json) as ReviewState);
}

export async function getReview(ctx: StoreContext, key: string): Promise<ReviewState | null> {
  return decodeReview(await ctx.redis.get(ctx.keys.review(key)));
}

/** Write the state; the `review-waiting` index follows it in the same MULTI. */
export async function setReview(ctx: StoreContext, key: string, state: ReviewState | null): Promise<void> {
  const multi = ctx.redis.multi();
  if (state === null) multi.del(ctx.keys.review(key));
  else multi.set(ctx.keys.review(key), JSON.stringify(state));
  if (state?.state === 'waiting') multi.zadd(ctx.keys.reviewWaiting, Date.parse(state.since), key);
  else multi.zrem(ctx.keys.reviewWaiting, key);
  await multi.exec();
}

/** The protocols waiting for review, oldest first. */
export async function listWaiting(ctx: StoreContext): Promise<Array<{ key: string; since: number }>> {
  const flat = await ctx.redis.zrange(ctx.keys.reviewWaiting, 0, -1, 'WITHSCORES');
  const out: Array<{ key: string; since: number }> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ key: flat[i]!, since: Number(flat[i + 1]) });
  return out;
}

export function decodeFixes(hash: Record<string, string> | null | undefined): Correction[] {
  return Object.values(hash ?? {})
    .map((json) => JSON.parse(json) as Correction)
    .sort((a, b) => a.line - b.line || a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

export async function getFixes(ctx: StoreContext, key: string): Promise<Correction[]> {
  return decodeFixes(await ctx.redis.hgetall(ctx.keys.fixes(key)));
}

export async function putFixes(ctx: StoreContext, key: string, fixes: readonly Correction[]): Promise<void> {
  if (fixes.length === 0) return;
  await ctx.redis.hset(ctx.keys.fixes(key), ...fixes.flatMap((f) => [f.id, JSON.stringify(f)]));
}

export async function getText(ctx: StoreContext, key: string): Promise<string[] | null> {
  const json = await ctx.redis.get(ctx.keys.text(key));
  return json === null ? null : (JSON.parse(json) as string[]);
}

export async function setText(ctx: StoreContext, key: string, lines: readonly string[]): Promise<void> {
  await ctx.redis.set(ctx.keys.text(key), JSON.stringify(lines));
}

export async function getAliases(ctx: StoreContext): Promise<Map<string, AliasRecord>> {
  const hash = await ctx.redis.hgetall(ctx.keys.aliases);
  return new Map(Object.entries(hash).map(([k, json]) => [k, JSON.parse(json) as AliasRecord]));
}

export async function setAlias(ctx: StoreContext, alias: AliasRecord): Promise<void> {
  await ctx.redis.hset(ctx.keys.aliases, normText(alias.phrase), JSON.stringify(alias));
}

export async function getEntries(ctx: StoreContext): Promise<DirectoryEntry[]> {
  const hash = await ctx.redis.hgetall(ctx.keys.entries);
  return Object.values(hash)
    .map((json) => JSON.parse(json) as DirectoryEntry)
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function putEntry(ctx: StoreContext, entry: DirectoryEntry): Promise<void> {
  await ctx.redis.hset(ctx.keys.entries, entry.id, JSON.stringify(entry));
}

/** Fixes and review state of several protocols in one round-trip. */
export async function reviewsOf(ctx: StoreContext, keys: readonly string[]): Promise<Map<string, ReviewState | null>> {
  if (keys.length === 0) return new Map();
  const read = ctx.redis.pipeline();
  for (const key of keys) read.get(ctx.keys.review(key));
  const replies = await execPipeline(read);
  return new Map(keys.map((key, i) => [key, decodeReview((replies[i] as string | null) ?? null)]));
}
