import { describe, expect, it } from 'vitest';
import { IMPORT, PROTOCOLS, readFixture, SEEDS, useTestRedis } from './store-setup.js';

const t = useTestRedis('closes');

const SIX = ['1.2.1', '1.2.2', '3.2', '4.2.1', '4.2.2', '5.2'];
const GROUP = 'Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры';
const AT_4_2019 = '2019-10-30T00:00:00.000Z';

describe('closes and extensions from a later protocol', () => {
  it('closes the six items of protocol 3/2019 named in item 4.1 when 3/2019 arrives after protocol 4/2019', async () => {
    const store = t.store();
    const closing = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const by = `protocol:${closing.protocolKey} п.4.1`;
    expect(closing.applied).toEqual([]);
    expect(closing.pending).toEqual([
      {
        kind: 'closure',
        target: { number: '3/2019', date: '2019-07-27', title: null, body: GROUP },
        items: SIX,
        how: 'done',
        to: null,
        at: AT_4_2019,
        by,
        reason: 'протокол № 4/2019 от 2019-10-30, п. 4.1',
        source: { protocolKey: closing.protocolKey, item: '4.1' },
      },
    ]);

    const target = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    expect(target.status).toBe('new');
    expect(target.warnings).toEqual([]);
    const closure = { at: AT_4_2019, how: 'done', by, reason: 'протокол № 4/2019 от 2019-10-30, п. 4.1' };
    expect(target.applied).toEqual(SIX.map((item) => ({ kind: 'closure', protocolKey: target.protocolKey, scope: { item }, closure })));

    const state = await store.getPlanState(target.protocolKey);
    for (const item of SIX) expect(state.closure(item, 'khmao-surgut', 'once')).toEqual(closure);
    expect(state.closure('2.2', 'khmao-surgut', 'once')).toBeNull();
    // Nothing waits any more.
    expect((await t.keysUnder(store.keys.prefix)).filter((k) => k.includes(':pending:'))).toEqual([]);
    // Each closure is in the target's audit, written by the import that applied it.
    const closes = (await store.getAudit(target.protocolKey)).filter((e) => e.action === 'close');
    expect(closes.map((e) => e.scope?.item)).toEqual(SIX);
    expect(closes[0]).toMatchObject({ actor: 'cli:test', detail: { how: 'done', by } });
  });

  it('closes the six items at once when protocol 3/2019 is already stored', async () => {
    const store = t.store();
    const target = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    const closing = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    expect(closing.pending).toEqual([]);
    expect(closing.warnings).toEqual([]);
    expect(closing.applied.map((a) => [a.kind, a.protocolKey, a.scope.item])).toEqual(SIX.map((item) => ['closure', target.protocolKey, item]));
    const records = await store.getStateRecords(target.protocolKey);
    expect([...records.closures.keys()].sort()).toEqual(SIX.map((item) => `a|${item}`).sort());
  });

  it('applies nothing twice when the closing protocol is imported again, as the same file or corrected', async () => {
    const store = t.store();
    const target = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const again = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    expect(again.status).toBe('unchanged');
    const corrected = await store.importProtocol(await readFixture(PROTOCOLS.wg4corrected), IMPORT);
    expect(corrected).toMatchObject({ status: 'updated', applied: [], pending: [] });
    expect((await store.getAudit(target.protocolKey)).filter((e) => e.action === 'close')).toHaveLength(6);
  });

  it('keeps an earlier closure: a protocol closing an item done by hand before changes nothing', async () => {
    const store = t.store();
    const target = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    const byHand = { at: '2019-09-10T07:00:00.000Z', how: 'done' as const, by: 'cli:shinkorenko', reason: null };
    await store.recordClosure(target.protocolKey, { item: '3.2' }, byHand);
    const closing = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    expect(closing.applied.map((a) => a.scope.item)).toEqual(SIX.filter((i) => i !== '3.2'));
    expect((await store.getPlanState(target.protocolKey)).closure('3.2', 'x', 'once')).toEqual(byHand);
  });

  it('reports items the target does not have, closes named items as «closed» and a whole act item by item', async () => {
    const store = t.store();
    const wg3 = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    const wg4 = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const result = await store.importProtocol(await readFixture(PROTOCOLS.wg1of2020), IMPORT);
    expect(result.warnings).toEqual([
      { line: expect.any(Number), code: 'close_target_missing', message: expect.stringContaining(`в протоколе ${wg3.protocolKey} нет пункта 7.1`) },
    ]);
    const applied = result.applied.map((a) => [a.protocolKey, a.scope.item, a.kind === 'closure' ? a.closure.how : null]);
    expect(applied).toEqual([
      [wg3.protocolKey, '2.2', 'closed'],
      [wg4.protocolKey, '1.2', 'closed'],
      [wg4.protocolKey, '2.2', 'closed'],
      [wg4.protocolKey, '3.2', 'closed'],
      [wg4.protocolKey, '4.1', 'closed'],
    ]);
  });

  it('reports a missing item also when the waiting close is applied on the target’s arrival', async () => {
    const store = t.store();
    const closing = await store.importProtocol(await readFixture(PROTOCOLS.wg1of2020), IMPORT);
    expect(closing.pending.map((p) => [p.target.number, p.items])).toEqual([
      ['3/2019', ['2.2', '7.1']],
      ['4/2019', []],
    ]);
    const wg3 = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    expect(wg3.applied.map((a) => a.scope.item)).toEqual(['2.2']);
    expect(wg3.warnings).toEqual([{ line: null, code: 'close_target_missing', message: expect.stringContaining('нет пункта 7.1') }]);
    // 4/2019 receives the whole-act close waiting for it, and closes its own six items of 3/2019.
    const wg4 = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    expect(wg4.applied.map((a) => [a.protocolKey, a.scope.item])).toEqual([
      ...['1.2', '2.2', '3.2', '4.1'].map((item) => [wg4.protocolKey, item]),
      ...SIX.map((item) => [wg3.protocolKey, item]),
    ]);
  });

  it('postpones the items an extension names, with sequence 1, then a later postponement of the same item gets 2', async () => {
    const store = t.store();
    const wg3 = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    const wg4 = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const wg5 = await store.importProtocol(await readFixture(PROTOCOLS.wg5), IMPORT);
    expect(wg5.pending).toEqual([]);
    const at = '2019-12-18T00:00:00.000Z';
    expect(wg5.applied).toEqual([
      {
        kind: 'postponement',
        protocolKey: wg3.protocolKey,
        scope: { item: '2.2' },
        postponement: { to: '2020-01-31', sequence: 1, at, by: `protocol:${wg5.protocolKey} п.1.2`, reason: 'протокол № 5/2019 от 2019-12-18, п. 1.2' },
      },
      {
        kind: 'postponement',
        protocolKey: wg4.protocolKey,
        scope: { item: '3.2' },
        postponement: { to: '2019-12-20', sequence: 1, at, by: `protocol:${wg5.protocolKey} п.1.3`, reason: 'протокол № 5/2019 от 2019-12-18, п. 1.3' },
      },
    ]);
    expect((await store.getPlanState(wg3.protocolKey)).postponement('2.2', 'khmao-surgut', 'once')?.to).toBe('2020-01-31');

    const later = await store.recordPostponement(wg3.protocolKey, { item: '2.2' }, { to: '2020-02-28', at: '2020-01-30T05:00:00.000Z', by: 'cli:shinkorenko', reason: null });
    expect(later.sequence).toBe(2);
    // The extension's protocol imported again does not roll the date back.
    expect((await store.importProtocol(await readFixture(PROTOCOLS.wg5), IMPORT)).status).toBe('unchanged');
    expect((await store.getPlanState(wg3.protocolKey)).postponement('2.2', 'p', 'o')).toEqual(later);
  });

  it('keeps an extension waiting until its protocol arrives', async () => {
    const store = t.store();
    const wg5 = await store.importProtocol(await readFixture(PROTOCOLS.wg5), IMPORT);
    expect(wg5.pending.map((p) => [p.kind, p.target.number, p.items, p.to])).toEqual([
      ['postponement', '3/2019', ['2.2'], '2020-01-31'],
      ['postponement', '4/2019', ['3.2'], '2019-12-20'],
    ]);
    const wg4 = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    expect(wg4.applied).toEqual([expect.objectContaining({ kind: 'postponement', scope: { item: '3.2' }, postponement: expect.objectContaining({ to: '2019-12-20', sequence: 1 }) })]);
    // 4/2019 itself waits for 3/2019; both wait together, and both apply when it comes.
    const wg3 = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    expect(wg3.applied.map((a) => [a.kind, a.scope.item])).toEqual([
      ...SIX.map((item) => ['closure', item]),
      ['postponement', '2.2'],
    ]);
  });

  it('closes the only protocol of a number and issuer when the reference gives no date, and refuses to choose between several', async () => {
    const store = t.store();
    const wg3 = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    const closing = await readFixture(SEEDS['000']);
    const close = closing.assignments.find((a) => a.item === '4.1')!.closes[0]!;
    close.protocol.date = null;
    const once = await store.importProtocol(closing, IMPORT);
    expect(once.warnings).toEqual([]);
    expect(once.applied.map((a) => [a.protocolKey, a.scope.item])).toEqual(SIX.map((item) => [wg3.protocolKey, item]));

    // Another 3/2019 of the same group, of another year: the dateless reference is now ambiguous.
    const store2 = t.store();
    await store2.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    const other = await readFixture(PROTOCOLS.wg3);
    other.protocol.date = '2020-07-27';
    other.source.sha256 = 'a'.repeat(64);
    await store2.importProtocol(other, IMPORT);
    const twice = await store2.importProtocol(structuredClone(closing), IMPORT);
    expect(twice.applied).toEqual([]);
    expect(twice.pending).toEqual([]);
    expect(twice.warnings).toEqual([{ line: 75, code: 'close_target_ambiguous', message: expect.stringContaining('may be any of') }]);
  });

  it('says so when a close names an act by neither number nor date', async () => {
    const store = t.store();
    const closing = await readFixture(SEEDS['000']);
    const close = closing.assignments.find((a) => a.item === '4.1')!.closes[0]!;
    close.protocol.number = null;
    close.protocol.date = null;
    const result = await store.importProtocol(closing, IMPORT);
    expect(result.pending).toEqual([]);
    expect(result.warnings).toEqual([{ line: 75, code: 'close_target_unclear', message: expect.stringContaining('neither number nor date') }]);
  });
});
