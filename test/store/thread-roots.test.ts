import { describe, expect, it } from 'vitest';
import { useTestRedis } from './store-setup.js';

const t = useTestRedis('threads');

describe('thread roots', () => {
  it('makes the first mail of a thread its root, and gives that root to every later mail', async () => {
    const store = t.store();
    const thread = 'wg-4-2019.p1-2.khmao-surgut|solnovakv@admhmao.ru';
    expect(await store.threadRoot(thread, '<r1@srok>')).toEqual({ root: '<r1@srok>', first: true });
    expect(await store.threadRoot(thread, '<r2@srok>')).toEqual({ root: '<r1@srok>', first: false });
    expect(await store.threadRoot('wg-4-2019.p2-2.khmao-surgut|raduzhanaa@admhmao.ru', '<r3@srok>')).toEqual({ root: '<r3@srok>', first: true });
  });

  it('gives one root to concurrent first mails', async () => {
    const store = t.store();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.threadRoot('same-thread', `<m${i}@srok>`)));
    expect(results.filter((r) => r.first)).toHaveLength(1);
    expect(new Set(results.map((r) => r.root)).size).toBe(1);
  });

  it('keeps a thread root as long as the ledger keeps its entries', async () => {
    const ttl = 30 * 86_400_000;
    const store = t.store({ ledgerTtlMs: ttl });
    await store.threadRoot('a-thread', '<m@srok>');
    const pttl = await t.redis().pttl(store.keys.thread('a-thread'));
    expect(pttl).toBeGreaterThan(ttl - 60_000);
    expect(pttl).toBeLessThanOrEqual(ttl);
  });
});
