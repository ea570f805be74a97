import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/deadline/index.js';
import { planDocument } from '../../src/plan/index.js';
import { seed002, seed002Item5 } from './docs.js';
import { shipped, window, withLadders } from './setup.js';

// «… ежедневно до 15.00 час. предоставлять информацию … на период с 1 по 28 февраля 2021 года»: a daily report,
// given to the example group of Chelyabinsk executive bodies (five ministries) in place of seed 002 item 5's monthly one.
const daily = {
  ...seed002Item5,
  text: 'Органам исполнительной власти Челябинской области ежедневно до 15.00 час. предоставлять информацию о ходе вакцинации на период с 1 по 28 февраля 2021 года.',
  deadline: parseDeadline('ежедневно до 15.00 час. на период с 1 по 28 февраля 2021 года', { documentDate: '2020-11-26' }),
};

describe('a daily report over a span of days', () => {
  const steps = planDocument(seed002([daily]), shipped, window('2021-01-11', '2021-04-30')).steps;

  it('is read as a daily rule with its hour, first day and last day', () => {
    expect(daily.deadline).toMatchObject({ kind: 'recurring', time: '15:00', firstDue: '2021-02-01', rule: { freq: 'daily', starts: '2021-02-01', until: '2021-02-28' } });
  });

  it('reminds each ministry that the series starts, before its first day, and plans no mail for each later day', () => {
    const minfin = steps.filter((s) => s.part?.ref === 'chel-minfin');
    expect(minfin.map((s) => [s.kind, s.localAt])).toEqual([
      ['reminder', '2021-01-18 10:00'],
      ['reminder', '2021-01-27 10:00'],
      ['reminder', '2021-01-29 10:00'],
      ['reminder', '2021-02-01 10:00'],
    ]);
    expect(new Set(steps.filter((s) => s.occurrence).map((s) => s.occurrence?.due))).toEqual(new Set(['2021-02-01']));
  });

  it('sends no overdue notice and no escalation: srok cannot tell whether each day’s report came', () => {
    expect(steps.some((s) => s.kind === 'overdue' || s.kind === 'escalation')).toBe(false);
  });

  it('names the series in the subject, with the first day and the hour', () => {
    const first = steps.find((s) => s.kind === 'reminder');
    expect(first?.subject).toBe('Протокол от 26.11.2020, п. 5 — напоминание: ежедневно с 1 по 28 февраля 2021 года, срок 01.02.2021 15:00');
  });

  it('follows an operator’s own daily ladder: one reminder on the first morning and an overdue notice', () => {
    const config = withLadders((l) => ({ ...l, kinds: { ...l.kinds, daily: { before: [{ count: 0, unit: 'wd' }], overdue: { count: 1, unit: 'wd' }, escalate: [] } } }));
    const own = planDocument(seed002([daily]), config, window('2021-01-11', '2021-04-30')).steps.filter((s) => s.part?.ref === 'chel-minfin');
    expect(own.map((s) => [s.kind, s.localAt])).toEqual([
      ['reminder', '2021-02-01 10:00'],
      ['overdue', '2021-02-02 10:00'],
    ]);
  });
});
