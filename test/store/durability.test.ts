import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRedis, Store } from '../../src/store/index.js';
import { freePort, startRedisServer, type OwnRedisServer } from './own-redis-server.js';
import { IMPORT, readFixture, SEEDS } from './store-setup.js';

const servers: OwnRedisServer[] = [];
const dirs: string[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('durability', () => {
  it('keeps a protocol, its state and its ledger across a restart of a Redis with AOF', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-aof-'));
    dirs.push(dir);
    const port = await freePort();
    const args = ['--appendonly', 'yes', '--dir', dir];

    const first = await startRedisServer(port, args);
    servers.push(first);
    const before = new Redis(first.url);
    const store = new Store(before, 'srok');
    expect(await describeRedis(before)).toMatchObject({ aof: true, rdb: false });
    const { protocolKey: key } = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const closure = { at: '2019-11-20T10:00:00.000Z', how: 'done' as const, by: 'cli:ivanov', reason: null };
    await store.recordClosure(key, { item: '1.2' }, closure);
    await store.ledger.claim('m1', { owner: 'w1', leaseMs: 60_000, now: IMPORT.now });
    await store.ledger.markSent('m1', { owner: 'w1', messageId: '<m1@srok>', now: IMPORT.now });
    before.disconnect();
    await first.stop();

    const second = await startRedisServer(port, args);
    servers.push(second);
    const after = new Redis(second.url);
    try {
      const reopened = new Store(after, 'srok');
      expect((await reopened.getProtocol(key))?.doc).toEqual(await readFixture(SEEDS['000']));
      expect((await reopened.getPlanState(key)).closure('1.2', 'khmao-surgut', 'once')).toEqual(closure);
      expect((await reopened.ledger.get('m1'))?.state).toBe('sent');
      // Its indexes came back too: the same file again is 'unchanged'.
      expect((await reopened.importProtocol(await readFixture(SEEDS['000']), IMPORT)).status).toBe('unchanged');
    } finally {
      after.disconnect();
    }
  });

  it('describes a managed Redis whose CONFIG is disabled from INFO alone', async () => {
    const server = await startRedisServer(await freePort(), ['--rename-command', 'CONFIG', '""', '--maxmemory-policy', 'allkeys-lru']);
    servers.push(server);
    const redis = new Redis(server.url);
    try {
      expect(await describeRedis(redis)).toEqual({ version: expect.stringMatching(/^\d+\.\d+/), maxmemoryPolicy: 'allkeys-lru', aof: false, rdb: 'unknown' });
    } finally {
      redis.disconnect();
    }
  });
});
