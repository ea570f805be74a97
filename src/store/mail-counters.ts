import type { Redis } from 'ioredis';
import { storeKeys } from './keys.js';

/**
 * Delivery counters kept in Redis, so that /metrics of any process — an `srok serve`
 * beside the workers — reports the mails every worker sent, not only its own. One hash
 * per installation (keys.ts: `<prefix>:metrics:mails`). A counter write that fails is
 * dropped: a metric must never fail a send.
 */
export interface SharedCounters {
  sent(kind: string, recipients: readonly string[], ms: number): void;
  failed(kind: string): void;
  skipped(reason: string): void;
  /** The connection to count on; counts before it is attached are not kept (nothing is sent before the runtime is up). */
  attach(redis: Redis): void;
}

export function sharedCounters(prefix: string): SharedCounters {
  let redis: Redis | null = null;
  const key = storeKeys(prefix).mailCounters;
  const write = (run: (r: Redis) => Promise<unknown>) => {
    if (redis !== null) run(redis).catch(() => undefined);
  };
  return {
    attach(connection) {
      redis = connection;
    },
    sent(kind, _recipients, ms) {
      write((r) => r.multi().hincrby(key, `sent|${kind}`, 1).hincrbyfloat(key, `seconds|${kind}`, ms / 1000).exec());
    },
    failed(kind) {
      write((r) => r.hincrby(key, `failed|${kind}`, 1));
    },
    skipped(reason) {
      write((r) => r.hincrby(key, `skipped|${reason}`, 1));
    },
  };
}

/** The counters' hash as written: read by /metrics (http/mail-counters.ts makes sense of it). */
export function readMailCounters(redis: Redis, prefix: string): Promise<Record<string, string>> {
  return redis.hgetall(storeKeys(prefix).mailCounters);
}
