import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { bullPrefix } from './keys.js';

/**
 * A portable JSON backup of every srok key under one prefix: protocols, state, audit,
 * tracks, indexes, send ledger, thread roots, closes, requests, used links, digests.
 * Each key is written by its type (string, hash, set, zset, list) with its TTL, not with
 * DUMP, so a backup restores on any Redis version.
 *
 * The BullMQ queue (`<prefix>:bull:*`) is not backed up: the schedule is derived from
 * the protocols, their state and the send ledger, and a re-plan after restore recreates
 * every pending job, while a copied queue would carry stale job states and locks.
 */
export const BACKUP_FORMAT = 1;

const entry = z.discriminatedUnion('type', [
  z.strictObject({
    key: z.string().min(1),
    type: z.literal('string'),
    ttlMs: z.number().int().positive().nullable(),
    value: z.string(),
    /** A stored protocol is a JSON header then deflated bytes: such values travel as base64. */
    encoding: z.enum(['utf8', 'base64']).default('utf8'),
  }),
  z.strictObject({ key: z.string().min(1), type: z.literal('hash'), ttlMs: z.number().int().positive().nullable(), value: z.record(z.string(), z.string()) }),
  z.strictObject({ key: z.string().min(1), type: z.literal('set'), ttlMs: z.number().int().positive().nullable(), value: z.array(z.string()) }),
  z.strictObject({ key: z.string().min(1), type: z.literal('list'), ttlMs: z.number().int().positive().nullable(), value: z.array(z.string()) }),
  z.strictObject({
    key: z.string().min(1),
    type: z.literal('zset'),
    ttlMs: z.number().int().positive().nullable(),
    value: z.array(z.tuple([z.string(), z.number()])),
  }),
]);
export type BackupEntry = z.infer<typeof entry>;

export const backupFile = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `is not a srok backup format this version reads; expected ${BACKUP_FORMAT}` }),
  prefix: z.string().min(1),
  createdAt: z.string(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  keys: z.array(entry),
});
export type BackupFile = z.infer<typeof backupFile>;

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** The kind of a key, for the counts: the segment after the prefix, or the protocol key's own part. */
export function keyKind(prefix: string, key: string): string {
  const rest = key.slice(prefix.length + 1);
  const own = /^\{p:[^}]+\}:([a-z-]+)$/u.exec(rest);
  if (own) return own[1] ?? 'other';
  if (/^request:[^:]+:decided$/u.test(rest)) return 'request-decided';
  return /^([a-z-]+)/u.exec(rest)?.[1] ?? 'other';
}

async function scanKeys(redis: Redis, prefix: string, withQueue: boolean): Promise<string[]> {
  const queue = `${bullPrefix(prefix)}:`;
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    for (const k of batch) if (withQueue || !k.startsWith(queue)) keys.push(k);
  } while (cursor !== '0');
  return [...new Set(keys)].sort();
}

/** Every srok key under the prefix except the queue, by type, with TTLs. */
export async function exportState(redis: Redis, prefix: string, now: Date): Promise<BackupFile> {
  const keys = await scanKeys(redis, prefix, false);
  const out: BackupEntry[] = [];
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const type = await redis.type(key);
    const pttl = await redis.pttl(key);
    if (pttl === -2) continue; // gone between SCAN and now
    const ttlMs = pttl > 0 ? pttl : null;
    let e: BackupEntry;
    if (type === 'string') {
      const bytes = (await redis.getBuffer(key)) ?? Buffer.alloc(0);
      const text = bytes.toString('utf8');
      e = Buffer.from(text, 'utf8').equals(bytes) ? { key, type, ttlMs, value: text, encoding: 'utf8' } : { key, type, ttlMs, value: bytes.toString('base64'), encoding: 'base64' };
    }
    else if (type === 'hash') e = { key, type, ttlMs, value: await redis.hgetall(key) };
    else if (type === 'set') e = { key, type, ttlMs, value: (await redis.smembers(key)).sort() };
    else if (type === 'list') e = { key, type, ttlMs, value: await redis.lrange(key, 0, -1) };
    else if (type === 'zset') {
      const flat = await redis.zrange(key, 0, -1, 'WITHSCORES');
      const pairs: [string, number][] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i] ?? '', Number(flat[i + 1])]);
      e = { key, type, ttlMs, value: pairs };
    } else if (type === 'none') continue;
    else throw new BackupError(`key ${key} has type ${type}, which srok does not write; not exported`);
    out.push(e);
    const kind = keyKind(prefix, key);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return { format: BACKUP_FORMAT, prefix, createdAt: now.toISOString(), counts, keys: out };
}

/** Writes the backup atomically: a temp file beside the target, then a rename. */
export async function writeBackup(file: string, backup: BackupFile): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, `${JSON.stringify(backup)}\n`, { flag: 'wx' });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Reads and validates a backup file; a bad file is a BackupError naming the file and the first problems. */
export async function readBackup(file: string): Promise<BackupFile> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new BackupError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(`${file}: is not JSON; a srok backup is the output of 'srok export'`);
  }
  const parsed = backupFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new BackupError(`${file}: is not a valid srok backup:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** How many keys hold state under the prefix (the queue not counted). */
export async function countStateKeys(redis: Redis, prefix: string): Promise<number> {
  return (await scanKeys(redis, prefix, false)).length;
}

/**
 * Writes a backup under `prefix` (the backup's own keys are moved to it when the prefix
 * differs). Refuses a prefix that holds state unless `force`, which first removes every
 * key under the prefix, the queue included. Writes in pipelined batches.
 */
export async function restoreState(redis: Redis, prefix: string, backup: BackupFile, opts: { force: boolean; batch?: number }): Promise<{ keys: number }> {
  const existing = await countStateKeys(redis, prefix);
  if (existing > 0 && !opts.force) {
    throw new BackupError(`the prefix '${prefix}' already holds ${existing} keys; restore with --force to replace them`);
  }
  if (opts.force) {
    const all = await scanKeys(redis, prefix, true);
    for (let i = 0; i < all.length; i += 500) await redis.unlink(...all.slice(i, i + 500));
  }
  const rename = (key: string): string => (backup.prefix === prefix ? key : `${prefix}${key.slice(backup.prefix.length)}`);
  const size = opts.batch ?? 200;
  for (let i = 0; i < backup.keys.length; i += size) {
    const multi = redis.multi();
    for (const e of backup.keys.slice(i, i + size)) {
      if (!e.key.startsWith(`${backup.prefix}:`)) throw new BackupError(`key ${e.key} is not under the backup's prefix '${backup.prefix}'`);
      const key = rename(e.key);
      multi.del(key);
      if (e.type === 'string') multi.set(key, e.encoding === 'base64' ? Buffer.from(e.value, 'base64') : e.value);
      else if (e.type === 'hash') {
        if (Object.keys(e.value).length > 0) multi.hset(key, e.value);
      } else if (e.type === 'set') {
        if (e.value.length > 0) multi.sadd(key, ...e.value);
      } else if (e.type === 'list') {
        if (e.value.length > 0) multi.rpush(key, ...e.value);
      } else if (e.value.length > 0) multi.zadd(key, ...e.value.flatMap(([m, s]) => [s, m] as const));
      if (e.ttlMs !== null) multi.pexpire(key, e.ttlMs);
    }
    const results = await multi.exec();
    const failed = results?.find(([err]) => err !== null);
    if (failed?.[0]) throw failed[0];
  }
  return { keys: backup.keys.length };
}
