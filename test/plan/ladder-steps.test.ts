import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/plan/index.js';
import { assignment, dateDeadline, executor, seed002 } from './docs.js';
import { span, window, withDefault } from './setup.js';

const MINFIN = executor('Министерству финансов Челябинской области', 'Министерство финансов Челябинской области', 'chel-minfin');
const byDate = (date: string, time: string | null = null, text = `до ${date}`) =>
  seed002([assignment({ item: '3', line: 31, text: '…', executors: [MINFIN], deadline: dateDeadline(text, date, time) })]);

describe('ladder steps on the calendar', () => {
  it('collapses two reminders that land on the same day into the first in ladder order', () => {
    // Friday 19 March 2021: one week before and five working days before are both Friday 12 March
    const config = withDefault({ before: [span('1w'), span('5wd'), span('0wd')] });
    const reminders = planDocument(byDate('2021-03-19'), config, window('2021-03-01', '2021-03-31')).steps.filter((s) => s.kind === 'reminder');
    expect(reminders.map((s) => [s.index, s.id.split('.').at(-1), s.localAt])).toEqual([
      [0, 'r-1w', '2021-03-12 10:00'],
      [2, 'r-0wd', '2021-03-19 10:00'],
    ]);
  });

  it('moves a calendar-day reminder that lands on a day off to the working day before', () => {
    // 3 days before Tuesday 11 May 2021 is Saturday 8 May, inside the May holidays: the reminder goes on 30 April
    const config = withDefault({ before: [span('3d')] });
    const reminders = planDocument(byDate('2021-05-11'), config, window('2021-04-01', '2021-05-31')).steps.filter((s) => s.kind === 'reminder');
    expect(reminders.map((s) => s.localAt)).toEqual(['2021-04-30 10:00']);
  });

  it('sends at the start of office hours when the ladder asks for a time outside them', () => {
    const steps = planDocument(byDate('2021-03-19'), withDefault({ sendAt: '07:30' }), window('2021-03-01', '2021-03-31')).steps;
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s.localAt.endsWith(' 09:00'))).toBe(true);
  });

  it('ends a deadline written with a time («до 17-00») at that time', () => {
    const steps = planDocument(byDate('2021-03-19', '17:00', 'до 17-00 19.03.2021'), withDefault({}), window('2021-03-01', '2021-03-31')).steps;
    expect(steps[0]?.occurrence?.deadlineAt).toBe('2021-03-19T12:00:00.000Z');
    expect(steps[0]?.subject).toContain('срок 19.03.2021 17:00');
    expect(steps.find((s) => s.kind === 'overdue')?.localAt).toBe('2021-03-22 10:00');
  });

  it('drops a same-day reminder that would come after a deadline early in the morning', () => {
    // ten working days before 19 March 2021 skip 8 March: 4 March
    const steps = planDocument(byDate('2021-03-19', '09:30'), withDefault({}), window('2021-03-01', '2021-03-31')).steps;
    expect(steps.filter((s) => s.kind === 'reminder').map((s) => s.localAt)).toEqual(['2021-03-04 10:00', '2021-03-16 10:00', '2021-03-18 10:00']);
  });

  it('plans no overdue notice when the ladder has none, and starts the escalation from the deadline', () => {
    const steps = planDocument(byDate('2021-03-19'), withDefault({ overdue: false }), window('2021-03-01', '2021-03-31')).steps;
    expect(steps.some((s) => s.kind === 'overdue')).toBe(false);
    expect(steps.find((s) => s.kind === 'escalation')?.localAt).toBe('2021-03-23 10:00');
  });
});
