import type { ChainableCommander, Redis } from 'ioredis';
import type { Script } from './define-script.js';
import type { StoreKeys } from './keys.js';

/** What every part of the store works with: one client, the key layout, the protocol write scripts. */
export interface StoreContext {
  redis: Redis;
  keys: StoreKeys;
  protocolWrite: Script;
  /** The one-step import of an act seen for the first time (import-new.ts). */
  importNew: Script;
  delIfEquals: Script;
}

/** Run a pipeline (one round-trip) and return its replies in order; the first failed command throws. */
export async function execPipeline(pipeline: ChainableCommander): Promise<unknown[]> {
  const replies = await pipeline.exec();
  if (replies === null) throw new Error('Redis pipeline was discarded');
  return replies.map(([error, reply]) => {
    if (error) throw error;
    return reply;
  });
}

/** KEYS[1] is deleted only while it still holds ARGV[1]: an index entry another protocol has taken over stays. */
export const DEL_IF_EQUALS = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
