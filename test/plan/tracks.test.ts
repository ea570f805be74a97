import { describe, expect, it } from 'vitest';
import { partKey, planDocument, trackOf, type PlannedStep } from '../../src/plan/index.js';
import { assignment, bareDeadline, dateDeadline, executor, seed000, seed000Item12, seed000Item32, seed002, seed002Item2, seed002Item5 } from './docs.js';
import { postponedTo, shipped, span, stateOf, window, withDefault } from './setup.js';

const KEY_002 = 'komissiya-po-tsifrovomu-razvitiyu-chelyabinskoy-oblasti-2020-11-26';
const MININFORM = executor('Министерству информационных технологий, связи и цифрового развития Челябинской области', 'Министерство информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform');

const doc002 = seed002([seed002Item2, seed002Item5]);
const plan002 = planDocument(doc002, shipped, window('2020-11-26', '2021-12-31'));

function byTrack(steps: readonly PlannedStep[]): Map<string, PlannedStep[]> {
  const tracks = new Map<string, PlannedStep[]>();
  for (const step of steps) tracks.set(step.track, [...(tracks.get(step.track) ?? []), step]);
  return tracks;
}

describe('tracks', () => {
  it("name a part's steps in one occurrence by the step id without its step", () => {
    const march = plan002.steps.filter((s) => s.part?.ref === 'chel-minfin' && s.occurrence?.key === '2021-03');
    expect(new Set(march.map((s) => s.track))).toEqual(new Set([`${KEY_002}.p5.chel-minfin.2021-03`]));
    expect(march.map((s) => s.kind).slice(0, 7)).toEqual(['reminder', 'reminder', 'reminder', 'reminder', 'overdue', 'escalation', 'escalation']);
    // the last level repeats to the end of the window
    expect(march.slice(7).every((s) => s.kind === 'escalation')).toBe(true);
    for (const step of plan002.steps) expect(step.id.startsWith(`${step.track}.`) && !step.id.slice(step.track.length + 1).includes('.'), step.id).toBe(true);
  });

  it('give the summaries of one occurrence a track of their own, apart from every part', () => {
    const steps = planDocument(seed000([seed000Item32]), shipped, window('2019-10-30', '2019-11-30')).steps;
    const summaries = steps.filter((s) => s.kind === 'summary');
    expect(summaries).toHaveLength(4);
    expect(new Set(summaries.map((s) => s.track))).toEqual(new Set(['rabochaya-gruppa-po-koordinatsii-tsifrovogo-razvitiya-5d95ff-4-2019-2019-10-30.p3-2.summary.2019-11-07']));
    expect(steps.filter((s) => s.kind !== 'summary').some((s) => s.track === summaries[0]?.track)).toBe(false);
  });

  it("give a part's status requests one track, and the operator's question another", () => {
    const open = assignment({ item: '4', line: 35, text: '… обеспечить …', executors: [MININFORM], deadline: bareDeadline('none') });
    const vague = assignment({ item: '3', line: 31, text: '… в кратчайшие сроки.', executors: [MININFORM], deadline: bareDeadline('unparsed', 'в кратчайшие сроки') });
    const steps = planDocument(seed002([open, vague]), shipped, window('2021-01-01', '2021-04-30')).steps;
    expect(new Set(steps.filter((s) => s.kind === 'status').map((s) => s.track))).toEqual(new Set([`${KEY_002}.p4.chel-mininform.status`]));
    expect(steps.filter((s) => s.kind === 'status')).toHaveLength(4);
    expect(steps.filter((s) => s.kind === 'operator').map((s) => s.track)).toEqual([`${KEY_002}.p3.operator.deadline`]);
  });

  it('are read back from a step id, a postponed one included', () => {
    for (const step of plan002.steps) expect(trackOf(step.id)).toBe(step.track);
    expect(trackOf(`${KEY_002}.p2.chel-mininform.2020-12-18.r-3wd.v2`)).toBe(`${KEY_002}.p2.chel-mininform.2020-12-18`);
    expect(() => trackOf(`${KEY_002}.p2.chel-mininform`)).toThrow(RangeError);
  });

  it('keep their steps in order of time, and steps at one instant in order of id', () => {
    // after: 0wd puts the first escalation at the instant of the overdue notice
    const config = withDefault({ escalate: [{ after: span('0wd'), to: '@chel-government' }, ...shipped.ladders.default.escalate.slice(1)] });
    const steps = planDocument(seed002([seed002Item2]), config, window('2020-11-26', '2021-01-31')).steps;
    const tags = steps.map((s) => s.id.slice(s.track.length + 1));
    expect(tags.slice(4, 7)).toEqual(['e1', 'overdue', 'e2']);
    expect(steps[4]?.at).toBe(steps[5]?.at);
    for (const plan of [plan002.steps, steps]) {
      for (const [track, ofTrack] of byTrack(plan)) {
        for (let i = 1; i < ofTrack.length; i += 1) {
          const [a, b] = [ofTrack[i - 1] as PlannedStep, ofTrack[i] as PlannedStep];
          expect(a.at < b.at || (a.at === b.at && a.id < b.id), `${track}: ${a.id} before ${b.id}`).toBe(true);
        }
      }
    }
  });

  it('stay the same when the plan is made later', () => {
    const later = planDocument(doc002, shipped, window('2021-05-01', '2021-12-31'));
    const earlier = new Map(plan002.steps.map((s) => [s.id, s.track]));
    expect(later.steps.length).toBeGreaterThan(0);
    for (const step of later.steps) expect(earlier.get(step.id), step.id).toBe(step.track);
    const before = new Set(plan002.steps.map((s) => s.track));
    expect([...new Set(later.steps.map((s) => s.track))].filter((track) => !before.has(track))).toEqual([]);
  });

  it('stay the same when a deadline is postponed, while the step ids change', () => {
    const state = stateOf({ postponements: [[{ item: '2' }, postponedTo('2021-01-04', '2020-12-01')]] });
    const moved = planDocument(doc002, shipped, window('2020-11-26', '2021-12-31'), { state });
    const item2 = (steps: readonly PlannedStep[]) => steps.filter((s) => s.item === '2');
    expect(new Set(item2(moved.steps).map((s) => s.track))).toEqual(new Set(item2(plan002.steps).map((s) => s.track)));
    const ids = new Set(item2(plan002.steps).map((s) => s.id));
    expect(item2(moved.steps).some((s) => ids.has(s.id))).toBe(false);
  });

  it('can be BullMQ job ids, like the step ids, postponed ones included: no colon, never all digits', () => {
    const state = stateOf({ postponements: [[{ item: '5', part: 'chel-minfin', occurrence: '2021-03' }, postponedTo('2021-04-30', '2021-03-01')]] });
    const plans = [plan002, planDocument(doc002, shipped, window('2020-11-26', '2021-12-31'), { state }), planDocument(seed000([seed000Item12, seed000Item32]), shipped, window('2019-10-30', '2020-06-30'))];
    const steps = plans.flatMap((p) => p.steps);
    expect(steps.some((s) => s.id.endsWith('.v1'))).toBe(true);
    expect(steps.some((s) => s.kind === 'summary')).toBe(true);
    for (const name of steps.flatMap((s) => [s.id, s.track])) {
      expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(name).not.toMatch(/^\d+$/);
    }
  });

  it("never let a directory entry called 'summary' share the summary's track", () => {
    expect(partKey('summary', 'Сводный отдел')).not.toBe('summary');
    expect(partKey('summary', 'Сводный отдел')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(partKey('chel-minfin', 'Министерство финансов Челябинской области')).toBe('chel-minfin');
  });

  it('tell apart two unnumbered clauses with the same executor and deadline', () => {
    const clause = (line: number) => assignment({ item: null, line, text: '…', executors: [MININFORM], deadline: dateDeadline('1 марта 2021 года', '2021-03-01') });
    const steps = planDocument(seed002([clause(12), clause(14)]), shipped, window('2021-02-01', '2021-03-31')).steps;
    expect(new Set(steps.map((s) => s.track))).toEqual(new Set([`${KEY_002}.l12.chel-mininform.2021-03-01`, `${KEY_002}.l14.chel-mininform.2021-03-01`]));
  });
});
