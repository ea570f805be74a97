/** A real Redis for the store tests: each test file under its own key prefix, removed after. */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import type { ParsedDocument } from '../../src/domain.js';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import { readProtocol } from '../../src/read-protocol.js';
import { Store, type StoreOptions } from '../../src/store/index.js';

export const REDIS_URL = process.env['SROK_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface TestRedis {
  redis(): Redis;
  /** A store under a prefix of its own, so tests of one file do not see each other's protocols. */
  store(options?: StoreOptions): Store;
  /** Every key under the file's prefix, sorted. */
  keysUnder(prefix: string): Promise<string[]>;
}

/** Register the hooks of a test file: connect before, delete the file's keys and disconnect after. */
export function useTestRedis(file: string): TestRedis {
  const filePrefix = `test-store-${file}-${randomBytes(4).toString('hex')}`;
  let client: Redis | null = null;
  let stores = 0;

  beforeAll(() => {
    client = new Redis(REDIS_URL, { lazyConnect: false });
  });
  afterAll(async () => {
    if (!client) return;
    const keys = await scan(client, `${filePrefix}*`);
    for (let i = 0; i < keys.length; i += 500) await client.del(...keys.slice(i, i + 500));
    client.disconnect();
  });

  const redis = (): Redis => {
    if (!client) throw new Error('Redis is not connected yet: call inside a test');
    return client;
  };
  return {
    redis,
    store: (options) => {
      stores += 1;
      return new Store(redis(), `${filePrefix}-${stores}`, options);
    },
    keysUnder: async (prefix) => (await scan(redis(), `${prefix}:*`)).sort(),
  };
}

export async function scan(redis: Redis, pattern: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    found.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return found;
}

let config: SrokConfig | null = null;
const parsed = new Map<string, ParsedDocument>();

export const SEEDS = {
  '000': 'test/fixtures/seeds/000_12c0b910ab9569f9.txt',
  '001': 'test/fixtures/seeds/001_4c2d8d8cedb7b5a3.txt',
  '002': 'test/fixtures/seeds/002_cea077b6f9d77646.txt',
  '004': 'test/fixtures/seeds/004_f307fc0c0e58b4a0.txt',
} as const;

export const PROTOCOLS = {
  /** Invented: the working group's protocol № 3/2019 of 27 July 2019, whose six items seed 000 closes. */
  wg3: 'test/fixtures/protocols/working-group-3-2019.txt',
  /** Seed 000 with the deadline of item 2.2 corrected (7 → 14 November 2019). */
  wg4corrected: 'test/fixtures/protocols/working-group-4-2019-corrected.txt',
  /** № 5/2019: extends 2.2 of 3/2019 to 2020-01-31 and 3.2 of 4/2019 to 2019-12-20. */
  wg5: 'test/fixtures/protocols/working-group-5-2019.txt',
  /** № 1/2020: «снять с контроля» 2.2 and 7.1 (missing) of 3/2019, and the whole of 4/2019. */
  wg1of2020: 'test/fixtures/protocols/working-group-1-2020.txt',
  /** Two unnumbered protocols of the Chelyabinsk commission of 3 March 2021 with different titles. */
  chelHealth: 'test/fixtures/protocols/chelyabinsk-commission-2021-03-03-health.txt',
  chelEducation: 'test/fixtures/protocols/chelyabinsk-commission-2021-03-03-education.txt',
} as const;

/** A fixture parsed as srok parses it (a fresh copy each time: tests may change it). */
export async function readFixture(file: string): Promise<ParsedDocument> {
  config ??= loadConfig('config');
  let doc = parsed.get(file);
  if (!doc) {
    doc = await readProtocol(file, config);
    parsed.set(file, doc);
  }
  return structuredClone(doc);
}

export const NOW = new Date('2019-11-01T09:00:00.000Z');
export const IMPORT = { now: NOW, actor: 'cli:test' } as const;
