import { describe, expect, it } from 'vitest';
import { isoWeekday, localDay, localTime } from '../../src/calendar/index.js';
import { planDocument, type PlannedStep } from '../../src/plan/index.js';
import { seed002, seed002Item5 } from './docs.js';
import { shipped, window, ZONE } from './setup.js';

// Seed 002 item 5: «ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 января 2021 года»,
// routed to the example group of Chelyabinsk executive bodies (five ministries).
const plan = planDocument(seed002([seed002Item5]), shipped, window('2020-11-26', '2021-12-31'));
const steps = plan.steps;
const ministries = ['chel-mineconom', 'chel-minfin', 'chel-minobr', 'chel-minsoc', 'chel-minzdrav'];

function deadlines(): Map<string, string> {
  const byDue = new Map<string, string>();
  for (const step of steps) if (step.occurrence) byDue.set(step.occurrence.due, step.occurrence.deadline);
  return byDue;
}

describe('seed 002 item 5: a monthly report due by the 10th of the next month', () => {
  it('starts with the occurrence for January 2021, due 10 February 2021', () => {
    const dues = [...deadlines().keys()].sort();
    expect(dues[0]).toBe('2021-02-10');
    expect(dues).toContain('2021-12-10');
    expect(steps.some((s) => s.occurrence !== null && s.occurrence.due < '2021-02-10')).toBe(false);
    const first = steps.find((s) => s.occurrence?.due === '2021-02-10');
    expect(first?.occurrence?.label).toBe('за январь 2021 года');
    expect(first?.occurrence?.key).toBe('2021-01');
  });

  it('moves each due day that is not a working day to the next working day', () => {
    const moved = deadlines();
    expect(moved.get('2021-02-10')).toBe('2021-02-10');
    expect(moved.get('2021-04-10')).toBe('2021-04-12'); // Saturday
    expect(moved.get('2021-05-10')).toBe('2021-05-11'); // day off transferred from 2 January
    expect(moved.get('2021-07-10')).toBe('2021-07-12'); // Saturday
    expect(moved.get('2021-10-10')).toBe('2021-10-11'); // Sunday
  });

  it('ends each deadline at the end of office hours of the moved day', () => {
    const april = steps.find((s) => s.occurrence?.due === '2021-04-10');
    expect(april?.occurrence?.deadlineAt).toBe('2021-04-12T13:00:00.000Z'); // 18:00 in Yekaterinburg (UTC+5)
  });

  it('follows each of the five ministries of the group separately', () => {
    const parts = new Set(steps.filter((s) => s.part).map((s) => s.part?.ref));
    expect([...parts].sort()).toEqual(ministries);
    for (const ref of ministries) {
      const reminders = steps.filter((s) => s.part?.ref === ref && s.kind === 'reminder' && s.occurrence?.due === '2021-02-10');
      expect(reminders.map((s) => s.localAt)).toEqual(['2021-01-27 10:00', '2021-02-05 10:00', '2021-02-09 10:00', '2021-02-10 10:00']);
    }
  });

  it('puts no step on a weekend or on the May 2021 holidays, except the working Saturday of 20 February 2021', () => {
    for (const step of steps) {
      const day = step.localAt.slice(0, 10);
      expect(shipped.calendar.isWorkingDay(day), `${step.id} on ${day}`).toBe(true);
      if (isoWeekday(day) >= 6) expect(day).toBe('2021-02-20');
      expect(day >= '2021-05-01' && day <= '2021-05-10', `${step.id} on ${day}`).toBe(false);
    }
    expect(steps.some((s) => s.localAt.startsWith('2021-02-20'))).toBe(true);
  });

  it('sends every step inside office hours, 09:00–18:00 in Yekaterinburg, and says so in local time', () => {
    for (const step of steps) {
      const at = new Date(step.at);
      expect(step.at.endsWith('Z')).toBe(true);
      expect(step.localAt).toBe(`${localDay(at, ZONE)} ${localTime(at, ZONE)}`);
      const time = step.localAt.slice(11);
      expect(time >= '09:00' && time < '18:00', step.id).toBe(true);
    }
  });

  it('counts the May 2021 reminders in working days back across the holidays from the moved deadline', () => {
    const may = steps.filter((s) => s.part?.ref === 'chel-minfin' && s.occurrence?.due === '2021-05-10' && s.kind === 'reminder');
    // 11 May is the deadline; 1–10 May are days off, so one working day before it is 30 April.
    expect(may.map((s) => s.localAt)).toEqual(['2021-04-19 10:00', '2021-04-28 10:00', '2021-04-30 10:00', '2021-05-11 10:00']);
    expect(may.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('escalates an overdue report to the controller, then to the ministry head, with the ministry in copy', () => {
    const chase = steps.filter((s) => s.part?.ref === 'chel-minfin' && s.occurrence?.due === '2021-02-10' && s.kind !== 'reminder');
    const [overdue, controller, head, repeat] = chase;
    expect(overdue).toMatchObject({ kind: 'overdue', localAt: '2021-02-11 10:00', recipients: { to: ['minfin@gov74.example'], cc: [] } });
    expect(controller).toMatchObject({ kind: 'escalation', index: 1, localAt: '2021-02-15 10:00', recipients: { to: ['mininform@gov74.example'], cc: ['minfin@gov74.example'] } });
    expect(head).toMatchObject({ kind: 'escalation', index: 2, localAt: '2021-02-18 10:00', recipients: { to: ['government@gov74.example'], cc: ['minfin@gov74.example'] } });
    // five working days after 18 February: 19, 20 (a working Saturday), 24, 25, 26 — 22 and 23 February are off
    expect(repeat).toMatchObject({ kind: 'escalation', index: 3, localAt: '2021-02-26 10:00', recipients: { to: ['government@gov74.example'] } });
  });

  it('gives every mail of the item the same subject root, with the reported month and the moved deadline', () => {
    const april = steps.find((s) => s.kind === 'reminder' && s.occurrence?.due === '2021-04-10');
    expect(april?.subject).toBe('Протокол от 26.11.2020, п. 5 — напоминание: за март 2021 года, срок 12.04.2021');
    expect(steps.every((s) => s.subject.startsWith('Протокол от 26.11.2020, п. 5 — '))).toBe(true);
  });

  it('plans no summary when the item names no address', () => {
    expect(steps.some((s: PlannedStep) => s.kind === 'summary')).toBe(false);
  });

  it('plans reminders for the December 2021 report, due in January 2022, that fall inside the window', () => {
    const december = steps.filter((s) => s.occurrence?.key === '2021-12');
    expect(december.length).toBeGreaterThan(0);
    expect(december.every((s) => s.kind === 'reminder' && s.at <= '2021-12-31T18:59:00.000Z')).toBe(true);
    expect(december[0]?.occurrence?.deadline).toBe('2022-01-10');
  });
});
