import type { Redis } from 'ioredis';
import type { DeliveryCounters } from '../delivery/deps.js';

/**
 * DeliveryCounters kept in Redis, so that /metrics of any process — an `srok serve`
 * beside the workers — reports the mails every worker sent, not only its own. One
 * hash per installation:
 *
 *   <prefix>:metrics:mails  HASH  'sent|<kind>', 'failed|<kind>', 'skipped|<reason>' → count;
 *                                 'seconds|<kind>' → total send time of the kind's sent mails
 *
 * A counter write that fails is dropped: a metric must never fail a send.
 */
export function mailCountersKey(prefix: string): string {
  return `${prefix}:metrics:mails`;
}

export interface SharedCounters extends DeliveryCounters {
  /** The connection to count on; counts before it is attached are not kept (nothing is sent before the runtime is up). */
  attach(redis: Redis): void;
}

export function sharedCounters(prefix: string): SharedCounters {
  let redis: Redis | null = null;
  const key = mailCountersKey(prefix);
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

export interface MailCounts {
  /** kind → result ('sent' | 'failed') → count. */
  mails: Array<{ kind: string; result: 'sent' | 'failed'; count: number }>;
  seconds: Array<{ kind: string; seconds: number }>;
  skipped: Array<{ reason: string; count: number }>;
}

/** What the hash holds, read back. Pure over the hash's fields. */
export function mailCountsOf(hash: Record<string, string>): MailCounts {
  const counts: MailCounts = { mails: [], seconds: [], skipped: [] };
  for (const [field, value] of Object.entries(hash)) {
    const [what, name] = [field.slice(0, field.indexOf('|')), field.slice(field.indexOf('|') + 1)];
    const n = Number(value);
    if (!Number.isFinite(n) || name === '') continue;
    if (what === 'sent' || what === 'failed') counts.mails.push({ kind: name, result: what, count: n });
    else if (what === 'seconds') counts.seconds.push({ kind: name, seconds: n });
    else if (what === 'skipped') counts.skipped.push({ reason: name, count: n });
  }
  return counts;
}
