import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.js';

/** Single use of the signed links in mails (src/follow-up/links.ts): a token id taken once, kept until the link expires. */
export class LinkUses {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StoreKeys,
  ) {}

  /** Take a token id for its one use (SET NX with a time to live); false when it was taken before. */
  async take(tokenId: string, at: Date, ttlMs: number): Promise<boolean> {
    // A time to live, not an instant: srok's clock and the Redis server's need not agree.
    return (await this.redis.set(this.keys.linkUsed(tokenId), at.toISOString(), 'PX', Math.max(ttlMs, 1000), 'NX')) === 'OK';
  }

  async used(tokenId: string): Promise<boolean> {
    return (await this.redis.exists(this.keys.linkUsed(tokenId))) === 1;
  }
}
