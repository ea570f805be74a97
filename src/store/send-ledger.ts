import type { Redis } from 'ioredis';
import { execPipeline } from './context.js';
import { defineScript, type Script } from './define-script.js';
import type { StoreKeys } from './keys.js';

/**
 * The send ledger: per mail id (deterministic, derived from the step), whether the mail
 * was sent. A sender claims the mail before SMTP, marks it sent after:
 *
 *   (none) = pending ──claim──▶ sending (owner, lease until) ──markSent──▶ sent
 *                 ▲                │  └──markFailed (permanent)──▶ failed
 *                 └────release─────┘     (transient failure: try again later)
 *
 * Guarantee: a retried, stalled or duplicated job never mails twice. A job that finds
 * the mail 'sent' stops; one that finds it 'busy' (another owner's lease has not
 * expired) stops and retries later; only one claim of concurrent ones wins (each
 * transition is one Lua script). The only possible duplicate: a worker dies after the
 * SMTP server accepted the mail and before markSent; when its lease expires another
 * worker takes the mail over and sends it again — with the same Message-ID, so mail
 * clients and servers that deduplicate on it show one mail.
 *
 * The owner must be unique per attempt (worker id + job id + attempt): a claim by the
 * owner that already holds the lease renews it. The lease must outlast an SMTP
 * transaction with its timeouts. Entries expire `ttlMs` after their last change
 * (default 400 days), which bounds the ledger's memory; by then no job retries the mail.
 */

export type ClaimResult = 'claimed' | 'sent' | 'busy' | 'failed';

export type LedgerState = 'pending' | 'sending' | 'sent' | 'failed';

export interface LedgerEntry {
  mailId: string;
  state: LedgerState;
  /** Who holds (or last held) the mail. */
  owner: string | null;
  /** Epoch ms the lease of a 'sending' mail ends. */
  leaseUntil: number | null;
  /** How many times the mail was claimed. */
  attempts: number;
  messageId: string | null;
  /** Why it failed, for 'failed'. */
  reason: string | null;
  /** ISO instant of the last change. */
  updatedAt: string | null;
}

export const DEFAULT_LEDGER_TTL_MS = 400 * 24 * 60 * 60 * 1000;

/** KEYS: entry. ARGV: owner, lease until (ms), now (ms), now (ISO), ttl (ms). */
const CLAIM = `
local e = redis.call('HMGET', KEYS[1], 'state', 'owner', 'lease')
local state = e[1]
if state == 'sent' or state == 'failed' then return state end
if state == 'sending' and e[2] ~= ARGV[1] and tonumber(e[3]) > tonumber(ARGV[3]) then return 'busy' end
redis.call('HSET', KEYS[1], 'state', 'sending', 'owner', ARGV[1], 'lease', ARGV[2], 'at', ARGV[4])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 'claimed'
`;

/**
 * KEYS: entry. ARGV: owner, messageId, now (ISO), ttl (ms). A mail that went out is
 * recorded whoever holds the lease: the fact wins over the bookkeeping.
 */
const MARK_SENT = `
if redis.call('HGET', KEYS[1], 'state') == 'sent' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'sent', 'owner', ARGV[1], 'messageId', ARGV[2], 'at', ARGV[3])
redis.call('HDEL', KEYS[1], 'lease', 'reason')
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`;

/** KEYS: entry. ARGV: owner. Only the lease holder gives the mail back. */
const RELEASE = `
local e = redis.call('HMGET', KEYS[1], 'state', 'owner')
if e[1] ~= 'sending' or e[2] ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'state', 'pending')
redis.call('HDEL', KEYS[1], 'lease')
return 1
`;

/** KEYS: entry. ARGV: reason, now (ISO), ttl (ms). A sent mail stays sent. */
const MARK_FAILED = `
if redis.call('HGET', KEYS[1], 'state') == 'sent' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'failed', 'reason', ARGV[1], 'at', ARGV[2])
redis.call('HDEL', KEYS[1], 'lease')
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

export class SendLedger {
  private readonly scripts: { claim: Script; markSent: Script; release: Script; markFailed: Script };

  constructor(
    private readonly redis: Redis,
    private readonly keys: StoreKeys,
    private readonly ttlMs: number = DEFAULT_LEDGER_TTL_MS,
  ) {
    if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new Error(`ledger TTL must be a positive whole number of ms, not ${ttlMs}`);
    this.scripts = {
      claim: defineScript(redis, 'srokLedgerClaim', 1, CLAIM),
      markSent: defineScript(redis, 'srokLedgerMarkSent', 1, MARK_SENT),
      release: defineScript(redis, 'srokLedgerRelease', 1, RELEASE),
      markFailed: defineScript(redis, 'srokLedgerMarkFailed', 1, MARK_FAILED),
    };
  }

  /** Take the mail for sending. 'claimed': send it now; 'sent' / 'failed': do nothing; 'busy': another owner sends it. */
  async claim(mailId: string, options: { owner: string; leaseMs: number; now: Date }): Promise<ClaimResult> {
    if (!(options.leaseMs > 0)) throw new Error(`lease must be positive, not ${options.leaseMs} ms`);
    const now = options.now.getTime();
    const reply = await this.scripts.claim.run([this.keys.ledger(mailId)], [options.owner, now + options.leaseMs, now, options.now.toISOString(), this.ttlMs]);
    if (reply === 'claimed' || reply === 'sent' || reply === 'busy' || reply === 'failed') return reply;
    throw new Error(`unexpected reply from srokLedgerClaim: ${String(reply)}`);
  }

  /** Record that the SMTP server accepted the mail. False when it was recorded sent already. */
  async markSent(mailId: string, options: { owner: string; messageId: string; now: Date }): Promise<boolean> {
    const reply = await this.scripts.markSent.run([this.keys.ledger(mailId)], [options.owner, options.messageId, options.now.toISOString(), this.ttlMs]);
    return reply === 1;
  }

  /** A transient failure: give the mail back for a later attempt. False when `owner` does not hold it. */
  async release(mailId: string, owner: string): Promise<boolean> {
    return (await this.scripts.release.run([this.keys.ledger(mailId)], [owner])) === 1;
  }

  /**
   * A permanent failure (address rejected, message refused): no attempt will be made
   * again, and the operator sees it in listFailed(). False when the mail was sent.
   */
  async markFailed(mailId: string, options: { reason: string; permanent: true; now: Date }): Promise<boolean> {
    const marked = (await this.scripts.markFailed.run([this.keys.ledger(mailId)], [options.reason, options.now.toISOString(), this.ttlMs])) === 1;
    if (marked) {
      // A second command, not part of the script: the index key lies in another
      // Cluster slot. listFailed() checks every member against its entry anyway.
      const now = options.now.getTime();
      await execPipeline(this.redis.pipeline().zadd(this.keys.failed, now, mailId).zremrangebyscore(this.keys.failed, '-inf', now - this.ttlMs));
    }
    return marked;
  }

  async get(mailId: string): Promise<LedgerEntry | null> {
    const hash = await this.redis.hgetall(this.keys.ledger(mailId));
    return entryOf(mailId, hash);
  }

  /** The entries of many mails in one round-trip, in the order asked; a mail never claimed is left out. */
  async getMany(mailIds: readonly string[]): Promise<LedgerEntry[]> {
    if (mailIds.length === 0) return [];
    const read = this.redis.pipeline();
    for (const id of mailIds) read.hgetall(this.keys.ledger(id));
    const hashes = await execPipeline(read);
    return mailIds.flatMap((id, i) => {
      const entry = entryOf(id, hashes[i] as Record<string, string>);
      return entry ? [entry] : [];
    });
  }

  /** The mails that failed for good, oldest first; index entries whose mail expired or was sent after all are dropped. */
  async listFailed(): Promise<LedgerEntry[]> {
    const ids = await this.redis.zrange(this.keys.failed, 0, -1);
    if (ids.length === 0) return [];
    const read = this.redis.pipeline();
    for (const id of ids) read.hgetall(this.keys.ledger(id));
    const hashes = await execPipeline(read);
    const entries: LedgerEntry[] = [];
    const stale: string[] = [];
    ids.forEach((id, i) => {
      const entry = entryOf(id, hashes[i] as Record<string, string>);
      if (entry?.state === 'failed') entries.push(entry);
      else stale.push(id);
    });
    if (stale.length > 0) await this.redis.zrem(this.keys.failed, ...stale);
    return entries;
  }
}

function entryOf(mailId: string, hash: Record<string, string>): LedgerEntry | null {
  const state = hash['state'];
  if (state === undefined) return null;
  if (state !== 'pending' && state !== 'sending' && state !== 'sent' && state !== 'failed') throw new Error(`ledger entry ${mailId} has unknown state ${state}`);
  return {
    mailId,
    state,
    owner: hash['owner'] ?? null,
    leaseUntil: hash['lease'] !== undefined ? Number(hash['lease']) : null,
    attempts: Number(hash['attempts'] ?? 0),
    messageId: hash['messageId'] ?? null,
    reason: hash['reason'] ?? null,
    updatedAt: hash['at'] ?? null,
  };
}
