
/**
 * The delivery counters every worker keeps in Redis (store/mail-counters.ts), read
 * back for /metrics.
 */
export { sharedCounters, type SharedCounters } from '../store/mail-counters.js';

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
