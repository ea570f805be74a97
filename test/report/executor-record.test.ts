import { describe, expect, it } from 'vitest';
import { executorRecords } from '../../src/report/executor-record.js';
import { reportRows } from '../../src/report/report-rows.js';
import type { ExecutorRecord } from '../../src/report/types.js';
import { SEED } from '../support/pipeline.js';
import { closure, local, PROTOCOL_3_2019, shipped, sourceOf, stateOf } from './support.js';

/** Of one item of protocol 3/2019 (the 22 KhMAO municipalities), as it stands at `now`. */
async function recordsOfItem(item: string, state: Parameters<typeof sourceOf>[1], now: Date): Promise<Map<string, ExecutorRecord>> {
  const rows = reportRows([await sourceOf(PROTOCOL_3_2019, state)], shipped, now).filter((r) => r.item === item);
  return new Map(executorRecords(rows, now).map((r) => [r.part.ref ?? r.part.name, r]));
}

const counts = (r: ExecutorRecord | undefined) => (r ? { onTime: r.onTime, late: r.late, closed: r.closed, overdue: r.overdue } : null);

describe('an executor’s record', () => {
  // Item 3.2 of 3/2019 is due «до 15 сентября 2019 года», a Sunday: the deadline is Monday 16.09 at the end of office hours, 18:00.
  it('counts done by 18:00 of the moved deadline as on time and a minute later as late', async () => {
    const state = stateOf({
      closures: [
        [{ item: '3.2', part: 'khmao-surgut' }, closure('done', local('2019-09-16', '17:59'))],
        [{ item: '3.2', part: 'khmao-kogalym' }, closure('done', local('2019-09-16', '18:01'))],
      ],
    });
    const records = await recordsOfItem('3.2', state, local('2019-10-01', '12:00'));
    expect(counts(records.get('khmao-surgut'))).toEqual({ onTime: 1, late: 0, closed: 0, overdue: 0 });
    expect(counts(records.get('khmao-kogalym'))).toEqual({ onTime: 0, late: 1, closed: 0, overdue: 0 });
    expect(records.get('khmao-surgut')?.rate).toBe(1);
    expect(records.get('khmao-kogalym')?.rate).toBe(0);
  });

  it('counts «снять с контроля» without «исполненными» as closed, not done, and leaves a cancelled part out', async () => {
    const state = stateOf({
      closures: [
        [{ item: '3.2', part: 'khmao-langepas' }, closure('closed', local('2019-09-20', '10:00'))],
        [{ item: '3.2', part: 'khmao-megion' }, closure('cancelled', local('2019-09-20', '10:00'))],
      ],
    });
    const records = await recordsOfItem('3.2', state, local('2019-10-01', '12:00'));
    expect(counts(records.get('khmao-langepas'))).toEqual({ onTime: 0, late: 0, closed: 1, overdue: 0 });
    // Closed without being done owes nothing more, and proves nothing: no rate.
    expect(records.get('khmao-langepas')?.rate).toBeNull();
    expect(records.has('khmao-megion')).toBe(false);
    expect(counts(records.get('khmao-nyagan'))).toEqual({ onTime: 0, late: 0, closed: 0, overdue: 1 });
    expect(records.size).toBe(21);
  });

  it('judges a postponed part against its new deadline', async () => {
    const postponed = { to: '2019-09-30', sequence: 1, at: local('2019-09-10', '10:00').toISOString(), by: 'cli:test', reason: 'письмо' };
    const state = stateOf({
      closures: [[{ item: '3.2', part: 'khmao-nyagan' }, closure('done', local('2019-09-25', '10:00'))]],
      postponements: [[{ item: '3.2', part: 'khmao-nyagan' }, postponed]],
    });
    const records = await recordsOfItem('3.2', state, local('2019-10-01', '12:00'));
    expect(counts(records.get('khmao-nyagan'))).toEqual({ onTime: 1, late: 0, closed: 0, overdue: 0 });
  });

  it('counts an open part only once its deadline has passed, and one done early at once', async () => {
    const state = stateOf({ closures: [[{ item: '3.2', part: 'khmao-surgut' }, closure('done', local('2019-09-02', '10:00'))]] });
    const records = await recordsOfItem('3.2', state, local('2019-09-10', '12:00'));
    expect(counts(records.get('khmao-surgut'))).toEqual({ onTime: 1, late: 0, closed: 0, overdue: 0 });
    expect(records.has('khmao-kogalym')).toBe(false);
  });

  it('rates on time over on time, late and overdue, across all of an executor’s assignments', async () => {
    const state = stateOf({
      closures: [
        [{ item: '1.2.1', part: 'khmao-surgut' }, closure('done', local('2019-08-19', '10:00'))],
        [{ item: '4.2.1', part: 'khmao-surgut' }, closure('done', local('2019-08-20', '10:00'))],
        [{ item: '4.2.2', part: 'khmao-surgut' }, closure('closed', local('2019-09-20', '10:00'))],
      ],
    });
    const now = local('2019-10-10', '12:00');
    const rows = reportRows([await sourceOf(PROTOCOL_3_2019, state)], shipped, now);
    const surgut = executorRecords(rows, now).find((r) => r.part.ref === 'khmao-surgut');
    // 1.2.1 on time; 4.2.1 (due 15.08) late; 4.2.2 closed; 1.2.2, 3.2, 5.2 overdue; 2.2 (due 30.12) not yet counted.
    expect(counts(surgut)).toEqual({ onTime: 1, late: 1, closed: 1, overdue: 3 });
    expect(surgut?.rate).toBeCloseTo(1 / 5);
    // The weakest record comes first.
    expect(executorRecords(rows, now)[0]?.rate).toBe(0);
  });

  it('leaves out optional items («при наличии») and items without a deadline: nothing was owed by a day', async () => {
    const now = local('2020-06-01', '12:00');
    const state = stateOf({ closures: [[{ item: '1.2', part: 'khmao-surgut' }, closure('done', local('2019-12-01', '10:00'))]] });
    const rows = reportRows([await sourceOf(SEED['000'], state), await sourceOf(SEED['004'])], shipped, now);
    const surgut = executorRecords(rows, now).find((r) => r.part.ref === 'khmao-surgut');
    // Only item 3.2 of seed 000 counts: neither the optional 1.2 (done late) and 2.2, nor the standing request of seed 004.
    expect(counts(surgut)).toEqual({ onTime: 0, late: 0, closed: 0, overdue: 1 });
  });
});
