import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.js';

/**
 * What the store keeps about the queue's jobs. Jobs that are not tracks — catch-up, digest, a deferred controller summary — noted
 * with their due instant, so that a simulated clock can jump to them like to any step.
 */
export class QueueNotes {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StoreKeys,
  ) {}

  async note(jobs: ReadonlyArray<{ jobId: string; at: number }>): Promise<void> {
    if (jobs.length === 0) return;
    await this.redis.zadd(this.keys.dueAux, ...jobs.flatMap((j) => [j.at, j.jobId]));
  }

  async done(jobId: string): Promise<void> {
    await this.redis.zrem(this.keys.dueAux, jobId);
  }

  /** The earliest noted instant, and the jobs due at `epochMs`. */
  async due(epochMs: number): Promise<{ next: number | null; due: string[] }> {
    const [first, due] = await Promise.all([this.redis.zrange(this.keys.dueAux, 0, 0, 'WITHSCORES'), this.redis.zrangebyscore(this.keys.dueAux, '-inf', epochMs)]);
    return { next: first[1] === undefined ? null : Number(first[1]), due };
  }

  /** The job ids among these whose BullMQ job no longer exists (a restored backup, a flushed queue). */
  async missingJobs(queueName: string, jobIds: readonly string[]): Promise<Set<string>> {
    if (jobIds.length === 0) return new Set();
    const jobKey = `${this.keys.bull}:${queueName}:`;
    const pipeline = this.redis.pipeline();
    for (const id of jobIds) pipeline.exists(`${jobKey}${id}`);
    const results = (await pipeline.exec()) ?? [];
    return new Set(jobIds.filter((_, i) => results[i]?.[1] === 0));
  }
}
