import type { Redis } from 'ioredis';
import { defineScript, type Script } from './define-script.js';
import type { StoreKeys } from './keys.js';

/** Days a digest buffer's bookkeeping outlives its day. */
const KEEP_SECONDS = 40 * 24 * 3600;

/** Remove each field (ARGV: field, value, …) only while it still holds the value read: a newer line stays. */
const REMOVE_IF_SAME = `
local removed = 0
for i = 1, #ARGV, 2 do
  if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[i + 1] then
    redis.call('HDEL', KEYS[1], ARGV[i])
    removed = removed + 1
  end
end
return removed`;

/** KEYS: the day's count. ARGV: seconds to keep it. */
const COUNT_MAIL = `
local n = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[1])
return n
`;

/**
 * The buffers mails are gathered in (src/delivery): a recipient's catch-up lines (one
 * field per track, the latest wins) and a recipient set's digest of a day (one field per
 * step). Values are opaque JSON to the store. After a mail is sent only the fields it
 * carried leave the buffer, and only while they still hold what was read: a line
 * replaced meanwhile stays for the next mail.
 */
export class MailBuffers {
  private readonly countScript: Script;

  constructor(
    private readonly redis: Redis,
    private readonly keys: StoreKeys,
  ) {
    this.countScript = defineScript(redis, 'srokCountMail', 1, COUNT_MAIL);
  }

  async addCatchUp(recipients: readonly string[], track: string, line: string): Promise<void> {
    const multi = this.redis.multi();
    for (const r of recipients) multi.hset(this.keys.catchUp(r), track, line);
    await multi.exec();
  }

  catchUp(recipient: string): Promise<Record<string, string>> {
    return this.redis.hgetall(this.keys.catchUp(recipient));
  }

  /** Drop the fields a sent mail carried, each only while it holds the value read. */
  async dropCatchUp(recipient: string, carried: Readonly<Record<string, string>>): Promise<void> {
    await this.removeIfSame(this.keys.catchUp(recipient), carried);
  }

  async keepForDigest(recipients: string, day: string, stepId: string, entry: string): Promise<void> {
    const key = this.keys.digest(recipients, day);
    await this.redis.multi().hset(key, stepId, entry).expire(key, KEEP_SECONDS).exec();
  }

  digest(recipients: string, day: string): Promise<Record<string, string>> {
    return this.redis.hgetall(this.keys.digest(recipients, day));
  }

  async dropDigest(recipients: string, day: string, carried: Readonly<Record<string, string>>): Promise<void> {
    await this.removeIfSame(this.keys.digest(recipients, day), carried);
  }

  /** How the day's buffer is grouped into mails: fixed by the first run (SET NX), read back by every later one. */
  async fixDigestGroups(recipients: string, day: string, groups: () => Promise<string>): Promise<string> {
    const key = this.keys.digestGroups(recipients, day);
    const fixed = await this.redis.get(key);
    if (fixed !== null) return fixed;
    const mine = await groups();
    await this.redis.set(key, mine, 'EX', KEEP_SECONDS, 'NX');
    return (await this.redis.get(key)) ?? mine;
  }

  /** Count a planned mail sent to a recipient set on a local day, for the daily cap. */
  async countMail(recipients: string, day: string): Promise<void> {
    // One script, one command: the count and its expiry together, as MULTI/INCR/EXPIRE/EXEC did in four.
    await this.countScript.run([this.keys.mailsOfDay(recipients, day)], [KEEP_SECONDS]);
  }

  async mailsOfDay(recipients: string, day: string): Promise<number> {
    return Number((await this.redis.get(this.keys.mailsOfDay(recipients, day))) ?? 0);
  }

  /** Record the mail that carried each folded step (the first record stays). */
  async markFolded(stepIds: readonly string[], mailId: string): Promise<void> {
    const multi = this.redis.multi();
    for (const id of stepIds) multi.hsetnx(this.keys.foldedSteps, id, mailId);
    await multi.exec();
  }

  private async removeIfSame(key: string, carried: Readonly<Record<string, string>>): Promise<void> {
    const args = Object.entries(carried).flat();
    if (args.length === 0) return;
    await this.redis.eval(REMOVE_IF_SAME, 1, key, ...args);
  }
}
