import { describe, expect, it } from 'vitest';
import { connectRedis, describeRedis } from '../../src/store/index.js';
import { REDIS_URL } from './store-setup.js';

describe('connecting to Redis', () => {
  it('names the connection, so CLIENT LIST shows which process holds it', async () => {
    const redis = connectRedis(REDIS_URL, { name: 'srok-test-worker' });
    try {
      expect(await redis.client('GETNAME')).toBe('srok-test-worker');
      expect(redis.options.maxRetriesPerRequest).not.toBeNull();
    } finally {
      redis.disconnect();
    }
  });

  it('gives BullMQ a connection whose commands wait through a reconnection', async () => {
    const redis = connectRedis(REDIS_URL, { forQueue: true });
    try {
      expect(redis.options.maxRetriesPerRequest).toBeNull();
      expect(redis.options.enableReadyCheck).toBe(true);
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
    }
  });

  it('describes the server: version, eviction policy, persistence', async () => {
    const redis = connectRedis(REDIS_URL);
    try {
      const info = await describeRedis(redis);
      const [policy, appendonly, save] = [
        (await redis.config('GET', 'maxmemory-policy')) as string[],
        (await redis.config('GET', 'appendonly')) as string[],
        (await redis.config('GET', 'save')) as string[],
      ];
      expect(info).toEqual({ version: (await redis.info('server')).match(/redis_version:(\S+)/)?.[1], maxmemoryPolicy: policy[1], aof: appendonly[1] === 'yes', rdb: save[1] !== '' });
    } finally {
      redis.disconnect();
    }
  });
});
