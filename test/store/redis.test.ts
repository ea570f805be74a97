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

describe('connecting through Sentinel', () => {
  it('reads the Sentinels and the primary’s name back from the URL srok hands around', async () => {
    const { sentinelUrl } = await import('../../src/config/env.js');
    const { sentinelOf, sentinelOptions } = await import('../../src/store/redis.js');
    const url = sentinelUrl({ sentinels: [{ host: '10.0.0.5', port: 26379 }, { host: '::1', port: 26380 }], name: 'srok' });
    expect(url).toBe('sentinel://10.0.0.5:26379,[::1]:26380/srok');
    expect(sentinelOf(url)).toEqual({ sentinels: [{ host: '10.0.0.5', port: 26379 }, { host: '::1', port: 26380 }], name: 'srok' });
    expect(sentinelOf('redis://127.0.0.1:6379')).toBeNull();
    const options = sentinelOptions(url)!;
    expect(options).toMatchObject({ name: 'srok', role: 'master', failoverDetector: true });
    // A write that reached the old primary is sent again after reconnecting; other errors are the caller's.
    const retry = options.reconnectOnError!;
    expect(retry(new Error('READONLY You can\'t write against a read only replica.'))).toBe(2);
    expect(retry(new Error('NOREPLICAS Not enough good replicas to write.'))).toBe(2);
    expect(retry(new Error('ERR wrong number of arguments'))).toBe(false);
  });
});
