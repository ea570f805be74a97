import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/plan/index.js';
import { executor, seed000, seed002Item5 } from './docs.js';
import { shipped, window } from './setup.js';

// How fast this plans is measured by `npm run bench` (bench/plan.ts), not here.
describe('planning a large protocol', () => {
  it('plans 10 monthly items × 22 municipalities × 12 occurrences with the full ladder for every part-occurrence', () => {
    const omsu = executor('органам местного самоуправления Ханты-Мансийского автономного округа – Югры', 'органы местного самоуправления Ханты-Мансийского автономного округа – Югры', 'khmao-omsu');
    const items = Array.from({ length: 10 }, (_, i) => ({ ...seed002Item5, item: String(i + 1), line: 10 + 2 * i, executors: [omsu] }));
    const plan = planDocument(seed000(items), shipped, window('2020-12-01', '2021-12-31'));
    const partOccurrences = new Set(plan.steps.filter((s) => s.kind === 'reminder').map((s) => s.track));
    // 10 items × 22 municipalities × 12 months, each with its own track
    expect(partOccurrences.size).toBe(10 * 22 * 12);
    // every part gets 4 reminders, the overdue notice, 2 escalation levels and weekly repeats for each occurrence
    expect(plan.steps.length).toBeGreaterThan(10 * 22 * 12 * 7);
  });
});
