import { Redis, type RedisOptions } from 'ioredis';

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

/** `sentinel://h1:p1,h2:p2/name` (env.ts's sentinelUrl) read back; null for any other URL. */
export function sentinelOf(url: string): { sentinels: Array<{ host: string; port: number }>; name: string } | null {
  const m = /^sentinel:\/\/([^/]+)\/(.+)$/.exec(url);
  if (!m) return null;
  const sentinels = m[1]!.split(',').map((hp) => {
    const colon = hp.lastIndexOf(':');
    return { host: hp.slice(0, colon).replace(/^\[|\]$/g, ''), port: Number(hp.slice(colon + 1)) };
  });
  return { sentinels, name: m[2]! };
}

/**
 * Under Sentinel: ask the Sentinels for the primary, and on a failover follow it. The
 * failover detector listens for +switch-master, so a client moves at once rather than
 * when its connection breaks. A command answered READONLY (it reached the old primary,
 * now a replica) or NOREPLICAS (the old primary, its replica gone to be the new one,
 * refuses writes under `min-replicas-to-write`) reconnects and is sent again, to the
 * primary the Sentinels name by then.
 */
export function sentinelOptions(url: string): RedisOptions | null {
  const s = sentinelOf(url);
  if (s === null) return null;
  return {
    sentinels: s.sentinels,
    name: s.name,
    role: 'master',
    failoverDetector: true,
    sentinelRetryStrategy: (times: number) => Math.min(100 * times, 1000),
    retryStrategy: (times: number) => Math.min(50 * times, 1000),
    reconnectOnError: (err: Error) => (/^(READONLY|NOREPLICAS)/.test(err.message) ? 2 : false),
  };
}

/**
 * A Redis client connecting at once (a wrong URL shows at start, not at the first job).
 * Store connections keep ioredis' default of 20 retries per command, so a command
 * fails during a long outage and the job that issued it is retried by the queue.
 * `sentinel://…` connects through Sentinel (REDIS_SENTINELS, REDIS_SENTINEL_NAME).
 */
export function connectRedis(url: string, options: ConnectOptions = {}): Redis {
  const common: RedisOptions = {
    lazyConnect: false,
    enableReadyCheck: true,
    ...(options.forQueue ? { maxRetriesPerRequest: null } : {}),
    ...(options.name !== undefined ? { connectionName: options.name } : {}),
    // The store's commands issued in one turn of the event loop (a worker's concurrent jobs)
    // go in one write. Not for BullMQ's connections: its scripts are written for its own
    // command order, and it pipelines what it needs itself.
    ...(options.forQueue ? {} : { enableAutoPipelining: true }),
  };
  const sentinel = sentinelOptions(url);
  return sentinel ? new Redis({ ...sentinel, ...common }) : new Redis(url, common);
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
