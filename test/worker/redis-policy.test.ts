import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLog } from '../../src/log.js';
import { checkRedisPolicy, RedisPolicyError } from '../../src/worker/redis-policy.js';
import { freePort, startRedisServer, type OwnRedisServer } from '../store/own-redis-server.js';

/** A log that keeps its JSON lines. */
function capturedLog(): { log: ReturnType<typeof createLog>; lines: () => Array<{ level: number; msg: string }> } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const log = createLog({ level: 'info', destination });
  return { log, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string }) };
}

describe('the Redis srok will run on', () => {
  let volatile: OwnRedisServer;
  let evicting: OwnRedisServer;
  let durable: OwnRedisServer;
  let aofDir: string;
  beforeAll(async () => {
    aofDir = await mkdtemp(path.join(tmpdir(), 'srok-policy-'));
    volatile = await startRedisServer(await freePort(), ['--appendonly', 'no', '--maxmemory-policy', 'noeviction']);
    evicting = await startRedisServer(await freePort(), ['--appendonly', 'yes', '--maxmemory-policy', 'volatile-lru']);
    durable = await startRedisServer(await freePort(), ['--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--dir', aofDir]);
  });
  afterAll(async () => {
    await Promise.all([volatile.stop(), evicting.stop(), durable.stop()]);
    await rm(aofDir, { recursive: true, force: true });
  });

  async function check(server: OwnRedisServer): Promise<{ error: unknown; lines: Array<{ level: number; msg: string }> }> {
    const redis = new Redis(server.url);
    const { log, lines } = capturedLog();
    try {
      const error = await checkRedisPolicy(redis, log).then(() => null, (e: unknown) => e);
      return { error, lines: lines() };
    } finally {
      redis.disconnect();
    }
  }

  it('is refused when it may evict keys, and the message names maxmemory-policy and the fix', async () => {
    const { error } = await check(evicting);
    expect(error).toBeInstanceOf(RedisPolicyError);
    expect((error as Error).message).toBe(
      "Redis maxmemory-policy is 'volatile-lru': it may evict srok's records. Set 'maxmemory-policy noeviction' (redis.conf, or CONFIG SET maxmemory-policy noeviction) and start again.",
    );
  });

  it('is accepted with a warning naming appendonly when it keeps nothing on disk', async () => {
    const { error, lines } = await check(volatile);
    expect(error).toBeNull();
    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toContain("Set 'appendonly yes'");
  });

  it('is accepted without a word when it runs with AOF and noeviction', async () => {
    const { error, lines } = await check(durable);
    expect(error).toBeNull();
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
  });
});
