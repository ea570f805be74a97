import { describe, expect, it } from 'vitest';
import { diffPlans, planDocument } from '../../src/plan/index.js';
import { seed000, seed000Item12, seed002, seed002Item2 } from './docs.js';
import { shipped, span, window, withDefault, withLadders } from './setup.js';

const doc = seed002([seed002Item2]);
const range = window('2020-11-26', '2021-02-28');
const before = [planDocument(doc, shipped, range)];

describe('comparing the plan before and after a config change', () => {
  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(before, [planDocument(doc, shipped, range)])).toEqual({ added: [], removed: [], moved: [] });
  });

  it('shows reminders dropped and added when the reminder spans change', () => {
    const after = [planDocument(doc, withDefault({ before: [span('5wd'), span('1wd'), span('0wd')] }), range)];
    const diff = diffPlans(before, after);
    expect(diff.removed.map((s) => s.id.split('.').at(-1))).toEqual(['r-10wd', 'r-3wd']);
    expect(diff.added.map((s) => [s.id.split('.').at(-1), s.localAt])).toEqual([['r-5wd', '2020-12-11 10:00']]);
    expect(diff.moved).toEqual([]);
  });

  it('shows every step moved, none added or removed, when the send time changes', () => {
    const after = [planDocument(doc, withDefault({ sendAt: '11:30' }), range)];
    const diff = diffPlans(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.moved).toHaveLength(before[0]?.steps.length ?? -1);
    expect(diff.moved[0]?.before.localAt).toBe('2020-12-04 10:00');
    expect(diff.moved[0]?.after.localAt).toBe('2020-12-04 11:30');
  });

  it('shows an escalation level that now goes to someone else as moved', () => {
    const after = [
      planDocument(
        doc,
        withLadders((ladders) => ({ ...ladders, default: { ...ladders.default, escalate: [...ladders.default.escalate.slice(0, 1), { after: span('3wd'), to: '@chel-government' }] } })),
        range,
      ),
    ];
    const diff = diffPlans(before, after);
    expect(diff.moved.length).toBeGreaterThan(0);
    expect(diff.moved[0]?.after.index).toBe(2);
    expect(diff.moved.every((m) => m.before.recipients.to[0] === 'first-deputy@gov74.example' && m.after.recipients.to[0] === 'government@gov74.example')).toBe(true);
  });

  it('matches steps across several protocols by id', () => {
    const other = planDocument(seed000([seed000Item12]), shipped, window('2019-10-30', '2020-06-30'));
    const diff = diffPlans([...before, other], before);
    expect(diff.removed).toHaveLength(other.steps.length);
    expect(diff.added).toEqual([]);
  });
});
