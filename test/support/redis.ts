import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { deletePrefix } from '../../src/store/redis.js';

/** The machine's Redis; every test file works under its own key prefix and removes it after. */
export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export function testPrefix(name: string): string {
  return `test-${name}-${randomBytes(4).toString('hex')}`;
}

export async function clearPrefix(prefix: string, url = REDIS_URL): Promise<void> {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  try {
    await deletePrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}
