import type { Redis } from 'ioredis';
import type { Log } from '../log.js';
import { describeRedis } from '../store/index.js';

/**
 * Redis is the store of record: a Redis that evicts keys under memory pressure would
 * silently lose assignments and ledger entries, so srok refuses to start on one. No
 * persistence is allowed (tests, previews) but warned about.
 */
export class RedisPolicyError extends Error {
  override name = 'RedisPolicyError';
}

export async function checkRedisPolicy(redis: Redis, log: Log): Promise<void> {
  const d = await describeRedis(redis);
  if (d.maxmemoryPolicy !== 'noeviction' && d.maxmemoryPolicy !== 'unknown') {
    throw new RedisPolicyError(
      `Redis maxmemory-policy is '${d.maxmemoryPolicy}': it may evict srok's records. Set 'maxmemory-policy noeviction' (redis.conf, or CONFIG SET maxmemory-policy noeviction) and start again.`,
    );
  }
  if (!d.aof && !d.rdb) {
    log.warn({ redis: d.version }, "Redis keeps nothing on disk (appendonly no, no save points): a restart loses every assignment. Set 'appendonly yes' for a durable deployment.");
  }
}
