import { describe, expect, it } from 'vitest';
import { useTestRedis } from './store-setup.js';

const t = useTestRedis('tracks');

const step = (id: string, at: string) => ({ stepId: id, at });

describe('tracks and the due index', () => {
  it('keeps the next step of a track and finds it as the next due of all protocols', async () => {
    const store = t.store();
    expect(await store.nextDue()).toBeNull();
    await store.setTrackNext('wg-4-2019', 'p1-2.khmao-surgut.once', step('wg-4-2019.p1-2.khmao-surgut.once.r-5wd', '2019-11-18T04:00:00.000Z'));
    await store.setTrackNext('chel-2020-11-26', 'p5.chel-minzdrav.2021-01', step('chel-2020-11-26.p5.chel-minzdrav.2021-01.r-3wd', '2021-02-05T04:00:00.000Z'));
    expect(await store.getTracks('wg-4-2019')).toEqual(new Map([['p1-2.khmao-surgut.once', step('wg-4-2019.p1-2.khmao-surgut.once.r-5wd', '2019-11-18T04:00:00.000Z')]]));
    expect(await store.nextDue()).toEqual({
      member: 'wg-4-2019/p1-2.khmao-surgut.once',
      protocolKey: 'wg-4-2019',
      track: 'p1-2.khmao-surgut.once',
      at: Date.parse('2019-11-18T04:00:00.000Z'),
    });
  });

  it('moves a track to its next step, and clears it when nothing follows', async () => {
    const store = t.store();
    const track = 'p1-2.khmao-surgut.once';
    await store.setTrackNext('wg', track, step('a', '2019-11-18T04:00:00.000Z'));
    await store.setTrackNext('wg', track, step('b', '2019-11-25T04:00:00.000Z'));
    expect((await store.nextDue())?.at).toBe(Date.parse('2019-11-25T04:00:00.000Z'));
    expect((await store.getTracks('wg')).get(track)?.stepId).toBe('b');
    await store.setTrackNext('wg', track, null);
    expect(await store.getTracks('wg')).toEqual(new Map());
    expect(await store.nextDue()).toBeNull();
  });

  it('lists the tracks due by an instant, earliest first, at most as many as asked', async () => {
    const store = t.store();
    await store.setTracksNext(
      'wg',
      new Map([
        ['t3', step('s3', '2019-11-20T04:00:00.000Z')],
        ['t1', step('s1', '2019-11-18T04:00:00.000Z')],
        ['t2', step('s2', '2019-11-19T04:00:00.000Z')],
        ['t4', step('s4', '2019-12-01T04:00:00.000Z')],
      ]),
    );
    const due = await store.dueBefore(Date.parse('2019-11-20T04:00:00.000Z'), 10);
    expect(due.map((d) => d.track)).toEqual(['t1', 't2', 't3']);
    expect((await store.dueBefore(Date.parse('2019-11-30T00:00:00.000Z'), 2)).map((d) => d.track)).toEqual(['t1', 't2']);
    expect(await store.dueBefore(Date.parse('2019-11-17T00:00:00.000Z'), 10)).toEqual([]);
  });

  it('replaces every track of a protocol at a re-plan, dropping the ones no longer planned from the due index', async () => {
    const store = t.store();
    await store.setTracksNext('wg', [
      ['t1', step('s1', '2019-11-18T04:00:00.000Z')],
      ['t2', step('s2', '2019-11-19T04:00:00.000Z')],
    ]);
    await store.setTrackNext('other', 't1', step('o1', '2019-11-21T04:00:00.000Z'));
    await store.replaceTracks('wg', new Map([['t2', step('s2b', '2019-11-22T04:00:00.000Z')], ['t3', step('s3', '2019-11-23T04:00:00.000Z')]]));
    expect([...(await store.getTracks('wg')).keys()].sort()).toEqual(['t2', 't3']);
    const due = await store.dueBefore(Date.parse('2020-01-01T00:00:00.000Z'), 10);
    expect(due.map((d) => d.member)).toEqual(['other/t1', 'wg/t2', 'wg/t3']);
  });

  it('refuses a step time that is not an instant', async () => {
    const store = t.store();
    await expect(store.setTrackNext('wg', 't1', step('s1', 'завтра'))).rejects.toThrow(/not an ISO instant/);
  });
});
