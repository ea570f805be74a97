import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/plan/index.js';
import { seed002, seed002Item2, seed002Item5 } from './docs.js';
import { local, shipped, window } from './setup.js';
import { readFixture, SEEDS } from '../store/store-setup.js';

describe('the plan window', () => {
  it('skips steps dated before now', () => {
    const steps = planDocument(seed002([seed002Item2]), shipped, { now: local('2020-12-16', '12:00'), until: local('2021-01-31') }).steps;
    const reminders = steps.filter((s) => s.kind === 'reminder').map((s) => s.localAt);
    expect(reminders).toEqual(['2020-12-17 10:00', '2020-12-18 10:00']);
    expect(steps.every((s) => s.at >= local('2020-12-16', '12:00').toISOString())).toBe(true);
  });

  it("plans nothing before the protocol's own date, even in a preview that starts earlier", () => {
    const steps = planDocument(seed002([seed002Item2]), shipped, window('2020-10-01', '2020-12-31')).steps;
    expect(steps[0]?.localAt).toBe('2020-12-04 10:00');
    const early = planDocument(seed002([{ ...seed002Item2, deadline: { ...seed002Item2.deadline, date: '2020-12-01' } }]), shipped, window('2020-10-01', '2020-12-31')).steps;
    // ten working days before 1 December 2020 is 17 November, before the meeting of 26 November
    expect(early.filter((s) => s.kind === 'reminder').map((s) => s.localAt)).toEqual(['2020-11-26 10:00', '2020-11-30 10:00', '2020-12-01 10:00']);
  });

  it('plans nothing after until', () => {
    const until = local('2021-01-15', '18:00');
    const steps = planDocument(seed002([seed002Item2]), shipped, { now: local('2020-11-26'), until }).steps;
    expect(steps.at(-1)?.localAt).toBe('2021-01-12 10:00');
    expect(steps.every((s) => new Date(s.at) <= until)).toBe(true);
  });

  it('keeps chasing a one-off deadline already past, and says so', () => {
    const plan = planDocument(seed002([seed002Item2]), shipped, window('2021-01-13', '2021-02-28'));
    expect(plan.steps.some((s) => s.kind === 'reminder' || s.kind === 'overdue')).toBe(false);
    // the last level repeats three times (e3–e5), then the controller's weekly summary keeps the item
    expect(plan.steps.map((s) => [s.index, s.localAt])).toEqual([
      [4, '2021-01-19 10:00'],
      [5, '2021-01-26 10:00'],
    ]);
    expect(plan.warnings).toEqual([expect.objectContaining({ line: 27, code: 'deadline_past' })]);
    expect(plan.warnings[0]?.message).toContain('18.12.2020');
  });

  it('does not chase the occurrences of a recurring report before the latest one missed, and counts them in one warning', () => {
    const plan = planDocument(seed002([seed002Item5]), shipped, window('2021-06-15', '2021-08-31'));
    const dues = [...new Set(plan.steps.map((s) => s.occurrence?.due))].sort();
    // the report due 10 June is overdue and still chased; those due February to May are not
    expect(dues).toEqual(['2021-06-10', '2021-07-10', '2021-08-10', '2021-09-10']);
    const past = plan.warnings.filter((w) => w.code === 'deadline_past');
    expect(past).toHaveLength(1);
    expect(past[0]?.message).toContain('о 4 прошлых сроках (с 10.02.2021 по 10.05.2021) больше не напоминается');
    expect(past[0]?.line).toBe(39);
  });

  it('warns once about the years it reaches that have no calendar file, and still plans them', () => {
    const plan = planDocument(seed002([seed002Item5]), shipped, window('2026-11-01', '2027-03-31'));
    const missing = plan.warnings.filter((w) => w.code === 'calendar_year_missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain('2027');
    expect(missing[0]?.message).not.toContain('2026');
    expect(plan.steps.some((s) => s.localAt.startsWith('2027-03'))).toBe(true);
  });

  it('does not warn about the calendar inside the years it has', () => {
    const plan = planDocument(seed002([seed002Item5]), shipped, window('2020-11-26', '2021-12-31'));
    expect(plan.warnings.some((w) => w.code === 'calendar_year_missing')).toBe(false);
  });
});

describe('a short window', () => {
  const DAY = 24 * 3600 * 1000;
  // Seed 001 is a ranking with no assignments: nothing to plan.
  const seeds = [SEEDS['000'], SEEDS['002'], SEEDS['004']];
  // From before the first seed's meeting to past the last recurring deadline, every 17 days.
  const nows = Array.from({ length: 50 }, (_, i) => new Date(local('2019-10-20', '11:00').getTime() + i * 17 * DAY));

  it.each(seeds)('holds exactly the steps of the full plan up to its end, track by track, for %s', async (file) => {
    const doc = await readFixture(file);
    let compared = 0;
    for (const now of nows) {
      const full = planDocument(doc, shipped, { now, until: new Date(now.getTime() + 800 * DAY) }).steps;
      const end = now.getTime() + 45 * DAY;
      const tracks = new Map<string, { item: string | null; track: string }>();
      for (const s of full) tracks.set(s.track, { item: s.item, track: s.track });
      for (const only of tracks.values()) {
        const windowed = planDocument(doc, shipped, { now, until: new Date(end) }, { only }).steps.filter((s) => s.track === only.track);
        const expected = full.filter((s) => s.track === only.track && Date.parse(s.at) <= end);
        expect(windowed.map((s) => [s.id, s.at])).toEqual(expected.map((s) => [s.id, s.at]));
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
