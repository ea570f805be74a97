import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { IMPORT, PROTOCOLS, readFixture, SEEDS, useTestRedis } from './store-setup.js';

const t = useTestRedis('memory');

/** Redis memory of everything under the store's prefix, as MEMORY USAGE counts it (exactly: SAMPLES 0). */
async function bytesUnder(store: Store): Promise<number> {
  let total = 0;
  for (const key of await t.keysUnder(store.keys.prefix)) total += Number(await t.redis().memory('USAGE', key, 'SAMPLES', 0));
  return total;
}

const KIB = 1024;

describe('memory of a stored protocol', () => {
  it.each([
    ['the letter of seed 004', SEEDS['004']],
    ['an unnumbered protocol with one single-executor assignment', PROTOCOLS.chelEducation],
  ])('keeps %s, its text included, in at most 3 KiB with all its keys and index entries', async (_, file) => {
    const store = t.store();
    const doc = await readFixture(file);
    expect(doc.assignments).toHaveLength(1);
    await store.importProtocol(doc, IMPORT);
    const bytes = await bytesUnder(store);
    expect(bytes).toBeGreaterThan(500);
    expect(bytes).toBeLessThanOrEqual(3 * KIB);
  });

  it('keeps the eight assignments of seed 002 in at most 3 KiB each', async () => {
    const store = t.store();
    const doc = await readFixture(SEEDS['002']);
    await store.importProtocol(doc, IMPORT);
    expect(await bytesUnder(store)).toBeLessThanOrEqual(3 * KIB * doc.assignments.length);
  });
});
