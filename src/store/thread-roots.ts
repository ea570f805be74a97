import type { StoreContext } from './context.js';

/**
 * The root of a mail thread: the Message-ID of the first mail sent about one assignment
 * (for one recipient, as the mailer chooses the thread key). Every later mail names it
 * in In-Reply-To / References, so mail clients thread them.
 *
 * SET NX GET makes the choice in one command: of two concurrent first mails, one
 * becomes the root and the other learns it. The root expires with the ledger (its TTL is
 * refreshed by every mail of the thread); a thread silent for longer starts anew.
 */
export async function threadRoot(ctx: StoreContext, ttlMs: number, threadKey: string, candidateMessageId: string): Promise<{ root: string; first: boolean }> {
  const key = ctx.keys.thread(threadKey);
  // Two commands on one connection, in this order, in one round-trip (no pipeline object to build for two commands).
  const [previous] = await Promise.all([ctx.redis.set(key, candidateMessageId, 'PX', ttlMs, 'NX', 'GET'), ctx.redis.pexpire(key, ttlMs)]);
  if (typeof previous === 'string') return { root: previous, first: false };
  return { root: candidateMessageId, first: true };
}
