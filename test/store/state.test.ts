import { describe, expect, it } from 'vitest';
import type { Closure } from '../../src/records/state.js';
import { IMPORT, readFixture, SEEDS, useTestRedis } from './store-setup.js';

const t = useTestRedis('state');

async function storedSeed000() {
  const store = t.store();
  const { protocolKey } = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
  return { store, key: protocolKey };
}

const closure = (at: string, by = 'cli:ivanov'): Closure => ({ at, how: 'done', by, reason: null });

describe('state records', () => {
  it('records a closure once: the same again or a later one changes nothing, an earlier one replaces it', async () => {
    const { store, key } = await storedSeed000();
    const scope = { item: '1.2' };
    expect(await store.recordClosure(key, scope, closure('2019-11-20T10:00:00.000Z'))).toBe(true);
    expect(await store.recordClosure(key, scope, closure('2019-11-20T10:00:00.000Z'))).toBe(false);
    expect(await store.recordClosure(key, scope, closure('2019-11-21T10:00:00.000Z', 'api:portal'))).toBe(false);
    // Another way of writing an instant is the same instant.
    expect(await store.recordClosure(key, scope, closure('2019-11-20T15:00:00+05:00'))).toBe(false);
    expect(await store.recordClosure(key, scope, closure('2019-11-19T10:00:00.000Z', 'link:solnova'))).toBe(true);
    expect((await store.getPlanState(key)).closure('1.2', 'khmao-surgut', 'once')).toEqual(closure('2019-11-19T10:00:00.000Z', 'link:solnova'));
    expect((await store.getAudit(key)).filter((e) => e.action === 'close').map((e) => e.actor)).toEqual(['cli:ivanov', 'link:solnova']);
  });

  it('keeps each scope apart: one part done leaves the other parts open', async () => {
    const { store, key } = await storedSeed000();
    await store.recordClosure(key, { item: '1.2', part: 'khmao-surgut' }, closure('2019-11-20T10:00:00.000Z'));
    await store.recordClosure(key, { item: '1.2', occurrence: 'once', part: 'khmao-nyagan' }, closure('2019-11-22T10:00:00.000Z'));
    const state = await store.getPlanState(key);
    expect(state.closure('1.2', 'khmao-surgut', 'once')?.at).toBe('2019-11-20T10:00:00.000Z');
    expect(state.closure('1.2', 'khmao-nyagan', 'once')?.at).toBe('2019-11-22T10:00:00.000Z');
    expect(state.closure('1.2', 'khmao-kogalym', 'once')).toBeNull();
    expect(state.closure('2.2', 'khmao-surgut', 'once')).toBeNull();
    const records = await store.getStateRecords(key);
    expect([...records.closures.keys()].sort()).toEqual(['po|1.2|khmao-nyagan|once', 'p|1.2|khmao-surgut']);
  });

  it('numbers the postponements of a scope 1, 2, …; the same decision recorded again keeps its number', async () => {
    const { store, key } = await storedSeed000();
    const scope = { item: '3.2' };
    const first = await store.recordPostponement(key, scope, { to: '2019-11-20', at: '2019-11-06T05:00:00.000Z', by: 'cli:radužan', reason: 'по письму' });
    expect(first).toEqual({ to: '2019-11-20', sequence: 1, at: '2019-11-06T05:00:00.000Z', by: 'cli:radužan', reason: 'по письму' });
    expect(await store.recordPostponement(key, scope, { to: '2019-11-20', at: '2019-11-06T05:00:00.000Z', by: 'cli:radužan', reason: 'по письму' })).toEqual(first);
    const second = await store.recordPostponement(key, scope, { to: '2019-11-29', at: '2019-11-19T05:00:00.000Z', by: 'cli:radužan', reason: null });
    expect(second.sequence).toBe(2);
    // The part's record overrides the assignment's, whose sequence 2 Surgut's calendar already holds: it goes on from there.
    const otherPart = await store.recordPostponement(key, { item: '3.2', part: 'khmao-surgut' }, { to: '2019-12-02', at: '2019-11-19T05:00:00.000Z', by: 'api:portal', reason: null });
    expect(otherPart.sequence).toBe(3);
    const state = await store.getPlanState(key);
    expect(state.postponement('3.2', 'khmao-surgut', 'once')).toEqual(otherPart);
    expect(state.postponement('3.2', 'khmao-nyagan', 'once')).toEqual(second);
    expect((await store.getAudit(key)).filter((e) => e.action === 'postpone').map((e) => e.detail?.['sequence'])).toEqual([1, 2, 3]);
  });

  it('writes the audit entry of a change with who recorded it, when given', async () => {
    const { store, key } = await storedSeed000();
    const now = new Date('2019-11-25T04:30:00.000Z');
    await store.recordClosure(key, { item: '2.2' }, { at: '2019-11-07T00:00:00.000Z', how: 'cancelled', by: 'cli:operator', reason: 'ошибка ввода' }, { now, actor: 'cli:operator' });
    const entry = (await store.getAudit(key)).at(-1);
    expect(entry).toEqual({
      at: now.toISOString(),
      actor: 'cli:operator',
      action: 'close',
      scope: { item: '2.2' },
      detail: { how: 'cancelled', at: '2019-11-07T00:00:00.000Z', by: 'cli:operator', reason: 'ошибка ввода' },
    });
  });

  it('appends an operator’s audit entry and reads the audit back oldest first', async () => {
    const { store, key } = await storedSeed000();
    await store.appendAudit(key, { at: '2019-11-26T03:00:00.000Z', actor: 'cli:operator', action: 'resend', scope: { item: '1.2', part: 'khmao-surgut' }, detail: { mailId: 'm1' } });
    const audit = await store.getAudit(key);
    expect(audit.map((e) => e.action)).toEqual(['import', 'resend']);
    expect(audit[1]).toEqual({ at: '2019-11-26T03:00:00.000Z', actor: 'cli:operator', action: 'resend', scope: { item: '1.2', part: 'khmao-surgut' }, detail: { mailId: 'm1' } });
  });

  it('refuses to record state of a protocol that is not stored, and an instant that is not one', async () => {
    const { store, key } = await storedSeed000();
    await expect(store.recordClosure('no-such-protocol', { item: '1' }, closure('2019-11-20T10:00:00.000Z'))).rejects.toThrow(/not stored/);
    await expect(store.recordClosure(key, { item: '1.2' }, closure('20 ноября'))).rejects.toThrow(/not an ISO instant/);
    await expect(store.recordPostponement(key, { item: '1.2' }, { to: '20.11.2019', at: '2019-11-06T05:00:00.000Z', by: 'x', reason: null })).rejects.toThrow(/YYYY-MM-DD/);
    expect((await store.getStateRecords(key)).closures.size).toBe(0);
  });

  it('gives an empty state for a protocol nothing has happened to', async () => {
    const { store, key } = await storedSeed000();
    const state = await store.getPlanState(key);
    expect(state.closure('1.2', 'khmao-surgut', 'once')).toBeNull();
    expect(state.postponement('1.2', 'khmao-surgut', 'once')).toBeNull();
  });
});
