import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { planDocument } from '../../src/plan/index.js';
import type { Store } from '../../src/store/index.js';
import { readFixture, SEEDS, useTestRedis } from './store-setup.js';

const t = useTestRedis('sequence');
const config = loadConfig('config');

/** Seed 002 item 5: monthly reports of five ministries from January 2021, each month an occurrence ('2021-03' due 10 April). */
async function storedSeed002() {
  const store = t.store();
  const doc = await readFixture(SEEDS['002']);
  const { protocolKey } = await store.importProtocol(doc, { now: new Date('2021-03-01T04:00:00.000Z'), actor: 'cli:test' });
  return { store, key: protocolKey, doc };
}

const decision = (to: string, at: string, by = 'cli:operator') => ({ to, at, by, reason: null });

/** The step ids of Minfin's March report as planned under the stored state. */
async function minfinMarchIds(store: Store, key: string, doc: Awaited<ReturnType<typeof readFixture>>): Promise<string[]> {
  const plan = planDocument(doc, config, { now: new Date('2021-03-01T04:00:00.000Z'), until: new Date('2021-06-30T13:00:00.000Z') }, { state: await store.getPlanState(key), only: { item: '5' } });
  return plan.steps.filter((s) => s.part?.ref === 'chel-minfin' && s.occurrence?.key === '2021-03').map((s) => s.id);
}

describe('the sequence of a postponement', () => {
  it('an occurrence postponed for everyone, then for one part, gives that part-occurrence a new sequence and new step ids', async () => {
    const { store, key, doc } = await storedSeed002();
    const whole = await store.recordPostponement(key, { item: '5', occurrence: '2021-03' }, decision('2021-04-20', '2021-03-05T05:00:00.000Z'));
    const idsAfterWhole = await minfinMarchIds(store, key, doc);
    const one = await store.recordPostponement(key, { item: '5', part: 'chel-minfin', occurrence: '2021-03' }, decision('2021-04-30', '2021-03-10T05:00:00.000Z'));
    const idsAfterOne = await minfinMarchIds(store, key, doc);

    expect(whole.sequence).toBe(1);
    expect(one.sequence).toBe(2);
    expect(idsAfterWhole.length).toBeGreaterThan(0);
    expect(idsAfterWhole.every((id) => id.endsWith('.v1'))).toBe(true);
    expect(idsAfterOne.every((id) => id.endsWith('.v2'))).toBe(true);
    expect(idsAfterOne.filter((id) => idsAfterWhole.includes(id))).toEqual([]);
  });

  it('a part postponed for every month, then one month postponed for everyone, goes on from the part’s sequence', async () => {
    const { store, key, doc } = await storedSeed002();
    await store.recordPostponement(key, { item: '5', part: 'chel-minfin' }, decision('2021-04-15', '2021-03-05T05:00:00.000Z'));
    const before = await minfinMarchIds(store, key, doc);
    const month = await store.recordPostponement(key, { item: '5', occurrence: '2021-03' }, decision('2021-04-20', '2021-03-06T05:00:00.000Z'));
    expect(month.sequence).toBe(2);
    expect((await minfinMarchIds(store, key, doc)).filter((id) => before.includes(id))).toEqual([]);
  });

  it('counts only the records that share a part-occurrence: another part or another month starts at 1', async () => {
    const { store, key } = await storedSeed002();
    await store.recordPostponement(key, { item: '5', part: 'chel-minfin', occurrence: '2021-03' }, decision('2021-04-20', '2021-03-05T05:00:00.000Z'));
    await store.recordPostponement(key, { item: '5', part: 'chel-minfin', occurrence: '2021-03' }, decision('2021-04-25', '2021-03-06T05:00:00.000Z'));
    const otherPart = await store.recordPostponement(key, { item: '5', part: 'chel-minzdrav', occurrence: '2021-03' }, decision('2021-04-20', '2021-03-07T05:00:00.000Z'));
    const otherMonth = await store.recordPostponement(key, { item: '5', occurrence: '2021-04' }, decision('2021-05-20', '2021-03-07T05:00:00.000Z'));
    const otherItem = await store.recordPostponement(key, { item: '2' }, decision('2020-12-28', '2021-03-07T05:00:00.000Z'));
    expect([otherPart.sequence, otherMonth.sequence, otherItem.sequence]).toEqual([1, 1, 1]);
    // The whole assignment overlaps everything of item 5 recorded so far: Minfin's March holds 2.
    const all = await store.recordPostponement(key, { item: '5' }, decision('2021-05-31', '2021-03-08T05:00:00.000Z'));
    expect(all.sequence).toBe(3);
  });

  it('the same decision recorded again keeps its sequence, whatever was recorded for other scopes since', async () => {
    const { store, key } = await storedSeed002();
    const first = await store.recordPostponement(key, { item: '5', occurrence: '2021-03' }, decision('2021-04-20', '2021-03-05T05:00:00.000Z'));
    await store.recordPostponement(key, { item: '5', part: 'chel-minfin', occurrence: '2021-03' }, decision('2021-04-30', '2021-03-06T05:00:00.000Z'));
    expect(await store.recordPostponement(key, { item: '5', occurrence: '2021-03' }, decision('2021-04-20', '2021-03-05T05:00:00.000Z'))).toEqual(first);
  });
});
