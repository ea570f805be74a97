import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/plan/index.js';
import { ReportError } from '../../src/report/report-error.js';
import { reportRows } from '../../src/report/report-rows.js';
import { selectRows } from '../../src/report/select.js';
import { formatRows } from '../../src/report/table.js';
import type { ReportRow } from '../../src/report/types.js';
import { SEED } from '../support/pipeline.js';
import { closure, local, PROTOCOL_7_2020, shipped, sourceOf, stateOf, ZONE } from './support.js';

const MINISTRY = 'chel-mininform';
const OIV = ['chel-mineconom', 'chel-minfin', 'chel-minobr', 'chel-minsoc', 'chel-minzdrav'];

const refsOf = (rows: readonly ReportRow[], item: string): string[] => rows.filter((r) => r.item === item).map((r) => r.part.ref ?? r.part.name).sort();

describe('report rows of seed 002 (Chelyabinsk commission, 26.11.2020)', () => {
  it('lists item 2 for the ministry and items 3, 4 and 6 per part as overdue on 15 January 2021, and nothing optional or not yet due', async () => {
    const now = local('2021-01-15', '12:00');
    const rows = reportRows([await sourceOf(SEED['002'])], shipped, now);
    const overdue = selectRows(rows, { kind: { kind: 'overdue' } }, shipped);

    expect([...new Set(overdue.map((r) => r.item))].sort()).toEqual(['2', '3', '4', '6']);
    expect(refsOf(overdue, '2')).toEqual([MINISTRY]);
    expect(refsOf(overdue, '3')).toEqual(OIV);
    expect(refsOf(overdue, '4')).toEqual(OIV);
    // Item 6: the five bodies and the ministry as co-executor, each its own part.
    expect(refsOf(overdue, '6')).toEqual([...OIV, MINISTRY].sort());
    expect(overdue.find((r) => r.item === '6' && r.part.ref === MINISTRY)?.part.role).toBe('co-executor');
    const item2 = overdue.find((r) => r.item === '2');
    expect(item2).toMatchObject({ state: 'open', overdue: true, optional: false, occurrence: { due: '2020-12-18', deadline: '2020-12-18', postponedTo: null } });
    // 18.12.2020 to 15.01.2021: 14 working days, the January holidays not among them.
    expect(item2?.daysLeft).toBe(-14);
    expect(item2?.controller).toMatchObject({ key: MINISTRY, via: 'protocol', emails: ['mininform@gov74.example'] });
    // Longest overdue first: item 3 (11.12) before item 4 (14.12) before item 2 (18.12) before item 6 (31.12).
    expect([...new Set(overdue.map((r) => r.item))]).toEqual(['3', '4', '2', '6']);
  });

  it('gives every row the deadline its track has in the plan, a postponed one included', async () => {
    const postponement = { to: '2020-12-26', sequence: 1, at: local('2020-12-01', '11:00').toISOString(), by: 'cli:test', reason: 'письмо' };
    const state = stateOf({ postponements: [[{ item: '3', part: 'chel-minfin' }, postponement]] });
    const source = await sourceOf(SEED['002'], state, local('2020-11-26', '10:00'));
    const now = local('2021-01-15', '12:00');
    const rows = reportRows([source], shipped, now).filter((r) => r.occurrence !== null);
    const plan = planDocument(source.doc, shipped, { now: local('2020-11-26', '10:00'), until: local('2021-03-31') }, { state, chaseSince: new Date(source.importedAt) });

    // Items 2, 3, 4, 5 (the January report), 6, 7, 8, 9: one row per part.
    expect(rows).toHaveLength(1 + 5 + 5 + 5 + 6 + 2 + 1 + 2);
    for (const row of rows) {
      const steps = plan.steps.filter((s) => s.item === row.item && s.part?.name === row.part.name && s.occurrence?.key === row.occurrence?.key);
      expect(steps.length, `${row.item} ${row.part.name} ${row.occurrence?.key}`).toBeGreaterThan(0);
      for (const step of steps) {
        expect(step.occurrence?.deadline).toBe(row.occurrence?.deadline);
        expect(step.occurrence?.deadlineAt).toBe(row.occurrence?.deadlineAt);
      }
    }
    // Postponed to Saturday 26.12.2020: due on Monday 28.12; the protocol's date stays visible.
    const minfin = rows.find((r) => r.item === '3' && r.part.ref === 'chel-minfin');
    expect(minfin?.occurrence).toMatchObject({ due: '2020-12-11', postponedTo: '2020-12-26', deadline: '2020-12-28' });
  });

  it('lists a monthly report for every period chased since the import, and the one due next', async () => {
    const state = stateOf({ closures: [[{ item: '5', part: 'chel-minfin', occurrence: '2021-02' }, closure('done', local('2021-03-05', '11:00'))]] });
    const rows = reportRows([await sourceOf(SEED['002'], state)], shipped, local('2021-06-15', '12:00'));
    const minfin = rows.filter((r) => r.item === '5' && r.part.ref === 'chel-minfin');

    expect(minfin.map((r) => [r.occurrence?.key, r.state, r.overdue])).toEqual([
      ['2021-01', 'open', true],
      ['2021-02', 'done', false],
      ['2021-03', 'open', true],
      ['2021-04', 'open', true],
      ['2021-05', 'open', true],
      ['2021-06', 'open', false],
    ]);
    // The June report is due 10 July, a Saturday: on Monday 12 July.
    expect(minfin.at(-1)?.occurrence).toMatchObject({ label: 'за июнь 2021 года', due: '2021-07-10', deadline: '2021-07-12' });
  });

  it('leaves out the monthly reports missed before a late import, as the plan does, but the latest one', async () => {
    const rows = reportRows([await sourceOf(SEED['002'], stateOf({}), local('2021-04-20', '10:00'))], shipped, local('2021-04-26', '12:00'));
    expect(rows.filter((r) => r.item === '5' && r.part.ref === 'chel-minfin').map((r) => r.occurrence?.key)).toEqual(['2021-03', '2021-04']);
  });

  it('counts a closure only from its instant: a report as of an earlier moment shows the part open', async () => {
    const state = stateOf({ closures: [[{ item: '2' }, closure('done', local('2020-12-20', '10:00'))]] });
    const source = await sourceOf(SEED['002'], state);
    const before = reportRows([source], shipped, local('2020-12-19', '12:00')).find((r) => r.item === '2');
    const after = reportRows([source], shipped, local('2020-12-21', '12:00')).find((r) => r.item === '2');
    expect(before).toMatchObject({ state: 'open', overdue: true });
    expect(after).toMatchObject({ state: 'done', overdue: false, daysLeft: null });
  });
});

describe('what is never overdue', () => {
  it('keeps seed 000’s «при наличии» items open but never overdue, while item 3.2 of the same protocol is', async () => {
    const rows = reportRows([await sourceOf(SEED['000'])], shipped, local('2019-12-02', '12:00'));
    const optional = rows.filter((r) => r.item === '1.2' || r.item === '2.2');
    expect(optional).toHaveLength(44);
    expect(optional.every((r) => r.optional && r.state === 'open' && !r.overdue && (r.daysLeft ?? 0) < 0)).toBe(true);

    const overdue = selectRows(rows, { kind: { kind: 'overdue' } }, shipped);
    expect(overdue).toHaveLength(22);
    expect(overdue.every((r) => r.item === '3.2')).toBe(true);
    // Nor are they due soon once their deadline has gone by.
    expect(selectRows(rows, { kind: { kind: 'dueSoon', days: 30 } }, shipped)).toEqual([]);
    const table = formatRows(selectRows(rows, { kind: { kind: 'open' } }, shipped), { kind: 'open' }, local('2019-12-02', '12:00'), ZONE);
    expect(table).toMatch(/срок прошёл 5 рабочих дней назад \(при наличии\)\s+25\.11\.2019/);
  });

  it('lists an item without a deadline as «без срока» and a standing one as «постоянно», last and never overdue', async () => {
    const now = local('2021-03-01', '12:00');
    const rows = reportRows([await sourceOf(PROTOCOL_7_2020), await sourceOf(SEED['004']), await sourceOf(SEED['002'])], shipped, now);
    const open = selectRows(rows, { kind: { kind: 'open' } }, shipped);
    const undated = open.filter((r) => r.occurrence === null);

    expect(undated.map((r) => r.deadline.kind).sort()).toEqual([...Array(22).fill('continuous'), ...Array(22).fill('continuous'), ...Array(22).fill('none')].sort());
    expect(undated.every((r) => !r.overdue && r.daysLeft === null)).toBe(true);
    expect(open.slice(-undated.length)).toEqual(undated);
    expect(selectRows(rows, { kind: { kind: 'overdue' } }, shipped).some((r) => r.occurrence === null)).toBe(false);
    expect(selectRows(rows, { kind: { kind: 'dueSoon', days: 250 } }, shipped).some((r) => r.occurrence === null)).toBe(false);

    const table = formatRows(open, { kind: 'open' }, now, ZONE);
    expect(table).toMatch(/^без срока\s+—\s+№ 7\/2020 от 10\.03\.2020\s+1\.1\s+Администрация/m);
    expect(table).toMatch(/^постоянно\s+—\s+№ 7\/2020 от 10\.03\.2020\s+1\.2\s+/m);
  });
});

describe('choosing rows', () => {
  it('lists what is due within n working days, counting the calendar’s days off', async () => {
    const rows = reportRows([await sourceOf(SEED['002'])], shipped, local('2020-12-28', '12:00'));
    // 31.12.2020 is 3 working days after 28.12; 01.02.2021 is far off over the January holidays.
    const soon = selectRows(rows, { kind: { kind: 'dueSoon', days: 3 } }, shipped);
    expect([...new Set(soon.map((r) => r.item))]).toEqual(['6']);
    expect(soon.every((r) => r.daysLeft === 3)).toBe(true);
    expect(selectRows(rows, { kind: { kind: 'dueSoon', days: 2 } }, shipped)).toEqual([]);
  });

  it('narrows to an executor by id, by group (every member) and by part of a name, and says when nothing matches', async () => {
    const rows = reportRows([await sourceOf(SEED['002'])], shipped, local('2021-01-15', '12:00'));
    const open = (executor: string) => selectRows(rows, { kind: { kind: 'open' }, executor }, shipped);

    expect(new Set(open('chel-minfin').map((r) => r.part.ref))).toEqual(new Set(['chel-minfin']));
    expect(new Set(open('chel-oiv').map((r) => r.part.ref))).toEqual(new Set(OIV));
    expect(open('Министерству финансов Челябинской области')).toEqual(open('chel-minfin'));
    expect(open('финансов')).toEqual(open('chel-minfin'));
    expect(() => open('Министерство торговли')).toThrow(ReportError);
    expect(() => open('Министерство торговли')).toThrow(/«Министерство торговли» не совпадает ни с записью справочника, ни с исполнителем; укажите код из справочника/);
  });

  it('narrows to a controller: the protocol’s own, the issuer’s configured one, or the operator', async () => {
    const rows = reportRows([await sourceOf(SEED['002']), await sourceOf(SEED['000']), await sourceOf(SEED['004'])], shipped, local('2021-01-15', '12:00'));
    const keys = (controller: string) => [...new Set(selectRows(rows, { kind: { kind: 'open' }, controller }, shipped).map((r) => r.protocol.number ?? r.protocol.date))].sort();

    expect(keys('chel-mininform')).toEqual(['2020-11-26']);
    // Seed 000 names no controller; its issuer's is khmao-depit (ladders.yaml).
    expect(keys('Депинформтехнологий Югры')).toEqual(['4/2019']);
    expect(rows.find((r) => r.protocol.number === '4/2019')?.controller.via).toBe('issuer');
    // The letter of seed 004 has no controller and no issuer rule: the operator.
    expect(keys('operator')).toEqual(['11-Исх-1373']);
    expect(() => keys('chel-governor-office')).toThrow(/«chel-governor-office» не совпадает ни с одним контролёром/);
  });
});
