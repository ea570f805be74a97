import type { Redis } from 'ioredis';
import { execPipeline } from './context.js';
import { REQUEST_TTL_MS, type StoreKeys } from './keys.js';

/**
 * Postponement requests (src/follow-up/requests.ts) as the store keeps them: each
 * request's JSON under its id, a protocol's requests in a sorted set by the instant they
 * were asked, and the one decision a request gets (SET NX). Everything expires a year
 * after its last change (REQUEST_TTL_MS). The store holds the JSON as written; what a
 * request is, and its checks, are the follow-up's.
 */
export class PostponementRequests {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StoreKeys,
  ) {}

  /** A new request: its record and its place among the protocol's requests, in one round-trip. */
  async create(id: string, protocolKey: string, askedAtMs: number, json: string): Promise<void> {
    const list = this.keys.requests(protocolKey);
    await execPipeline(this.redis.pipeline().set(this.keys.request(id), json, 'PX', REQUEST_TTL_MS).zadd(list, askedAtMs, id).pexpire(list, REQUEST_TTL_MS));
  }

  /** Write a request again (mailed, decided). */
  async save(id: string, json: string): Promise<void> {
    await this.redis.set(this.keys.request(id), json, 'PX', REQUEST_TTL_MS);
  }

  /** The request's JSON, or null (never made, or expired). */
  get(id: string): Promise<string | null> {
    return this.redis.get(this.keys.request(id));
  }

  /** The JSON of a protocol's requests, oldest first; expired ones left out. */
  async ofProtocol(protocolKey: string): Promise<string[]> {
    const ids = await this.redis.zrange(this.keys.requests(protocolKey), 0, -1);
    if (ids.length === 0) return [];
    const values = await this.redis.mget(...ids.map((id) => this.keys.request(id)));
    return values.filter((json): json is string => json !== null);
  }

  /** Take the one decision of a request for `actor`; false when another decision holds it. */
  async claimDecision(id: string, actor: string): Promise<boolean> {
    return (await this.redis.set(this.keys.requestDecided(id), actor, 'PX', REQUEST_TTL_MS, 'NX')) === 'OK';
  }

  /** Give the decision back (the postponement it led to was refused): the request can be answered again. */
  async releaseDecision(id: string): Promise<void> {
    await this.redis.del(this.keys.requestDecided(id));
  }
}
