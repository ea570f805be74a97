import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.js';

/** Release a lease only while it is still ours (KEYS[1], ARGV[1]: the token it was taken with). */
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Intake's once-only marks: an import receipt sent once per message and recipient
 * (taken before the send, given back when it fails), and the lease one worker holds on
 * a mailbox while it polls it.
 */
export class OnceMarks {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StoreKeys,
  ) {}

  /** Mark a receipt as sent to `to` about a message (or a file, without a Message-ID); false when it was before. */
  async takeReceipt(messageId: string | null, file: string, to: string, at: Date, keepSeconds: number): Promise<boolean> {
    return (await this.redis.set(this.keys.receipt(receiptId(messageId, file, to)), at.toISOString(), 'EX', keepSeconds, 'NX')) !== null;
  }

  /** Give a receipt's mark back: its send failed, a later attempt may send it. */
  async releaseReceipt(messageId: string | null, file: string, to: string): Promise<void> {
    await this.redis.del(this.keys.receipt(receiptId(messageId, file, to)));
  }

  /** Hold a mailbox's lease for `ttlMs` under `token`; false when another holds it. */
  async takeMailbox(mailbox: string, token: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.keys.imapLock(mailbox), token, 'PX', ttlMs, 'NX')) !== null;
  }

  async releaseMailbox(mailbox: string, token: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keys.imapLock(mailbox), token);
  }
}

function receiptId(messageId: string | null, file: string, to: string): string {
  return createHash('sha256').update(`${messageId ?? file}|${to}`).digest('hex').slice(0, 32);
}
