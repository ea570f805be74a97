import { Redis } from 'ioredis';

export interface ConnectOptions {
  /**
   * A connection for BullMQ (queue, worker, queue events): commands wait through a
   * reconnection instead of failing after a number of retries, as BullMQ requires for
   * its blocking commands.
   */
  forQueue?: boolean;
  /** CLIENT SETNAME, so an operator sees in CLIENT LIST which process holds a connection. */
  name?: string;
}

/**
 * A Redis client connecting at once (a wrong URL shows at start, not at the first job).
 * Store connections keep ioredis' default of 20 retries per command, so a command
 * fails during a long outage and the job that issued it is retried by the queue.
 */
export function connectRedis(url: string, options: ConnectOptions = {}): Redis {
  return new Redis(url, {
    lazyConnect: false,
    enableReadyCheck: true,
    ...(options.forQueue ? { maxRetriesPerRequest: null } : {}),
    ...(options.name !== undefined ? { connectionName: options.name } : {}),
  });
}

export interface RedisDescription {
  version: string;
  /** 'noeviction' is what a store of record needs: any other policy may drop protocols. 'unknown' when not readable. */
  maxmemoryPolicy: string;
  /** Append-only file on. */
  aof: boolean;
  /** RDB snapshots configured ('save' not empty); 'unknown' when CONFIG is disabled (managed Redis). */
  rdb: boolean | 'unknown';
}

/**
 * What an operator must know about the server at start: persistence and the eviction
 * policy. CONFIG GET gives them; managed Redis often disables CONFIG, then INFO gives the
 * version, the policy and AOF, and RDB stays 'unknown'. One round-trip each way.
 */
export async function describeRedis(redis: Redis): Promise<RedisDescription> {
  const info = parseInfo(await redis.info());
  const version = info.get('redis_version') ?? 'unknown';
  let config: Map<string, string> | null = null;
  try {
    const flat = (await redis.config('GET', 'maxmemory-policy', 'appendonly', 'save')) as string[];
    config = new Map();
    for (let i = 0; i + 1 < flat.length; i += 2) config.set(flat[i]!, flat[i + 1]!);
  } catch {
    // CONFIG renamed or refused (managed Redis): INFO is all there is.
  }
  const appendonly = config?.get('appendonly');
  const save = config?.get('save');
  return {
    version,
    maxmemoryPolicy: config?.get('maxmemory-policy') ?? info.get('maxmemory_policy') ?? 'unknown',
    aof: appendonly !== undefined ? appendonly === 'yes' : info.get('aof_enabled') === '1',
    rdb: save !== undefined ? save.trim() !== '' : 'unknown',
  };
}

function parseInfo(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith('#')) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return fields;
}

/** Delete every key under `prefix:` (SCAN and UNLINK in batches, never KEYS): the demo's fresh start, the tests' clean-up. */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== '0');
}
