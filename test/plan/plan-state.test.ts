import { describe, expect, it } from 'vitest';
import type { StateScope } from '../../src/plan/index.js';
import { planDocument, type PlannedStep } from '../../src/plan/index.js';
import { assignment, bareDeadline, executor, seed000, seed000Item32, seed002, seed002Item2, seed002Item5 } from './docs.js';
import { closedAt, local, postponedTo, shipped, stateOf, window } from './setup.js';

const MININFORM = executor('Министерству информационных технологий, связи и цифрового развития Челябинской области', 'Министерство информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform');

const doc5 = seed002([seed002Item5]);
const range5 = window('2020-11-26', '2021-12-31');
const full5 = planDocument(doc5, shipped, range5);

const doc2 = seed002([seed002Item2]);
const range2 = window('2020-11-26', '2021-02-28');
const full2 = planDocument(doc2, shipped, range2);

const doc32 = seed000([seed000Item32]);
const range32 = window('2019-10-30', '2019-11-30');
const full32 = planDocument(doc32, shipped, range32);
const municipalities = [...new Set(full32.steps.flatMap((s) => (s.part?.ref ? [s.part.ref] : [])))];

const summaries = (steps: readonly PlannedStep[]) => steps.filter((s) => s.kind === 'summary').map((s) => [s.index, s.localAt]);

describe('a closure', () => {
  // Closed on the day of the meeting, before any step of item 5.
  const closed = closedAt('2020-12-01');
  const minfin = (s: PlannedStep) => s.part?.ref === 'chel-minfin';
  const march = (s: PlannedStep) => s.occurrence?.key === '2021-03';
  const scopes: Array<[string, StateScope, (s: PlannedStep) => boolean]> = [
    ['the whole assignment', { item: '5' }, () => true],
    ['one part, in every occurrence', { item: '5', part: 'chel-minfin' }, minfin],
    ['one occurrence, for every part', { item: '5', occurrence: '2021-03' }, march],
    ['one part in one occurrence', { item: '5', part: 'chel-minfin', occurrence: '2021-03' }, (s) => minfin(s) && march(s)],
  ];

  it.each(scopes)('of %s drops its steps, and nothing else', (_, scope, closes) => {
    const plan = planDocument(doc5, shipped, range5, { state: stateOf({ closures: [[scope, closed]] }) });
    expect(full5.steps.filter(closes).length).toBeGreaterThan(0);
    expect(plan.steps).toEqual(full5.steps.filter((s) => !closes(s)));
  });

  it('of another item changes nothing', () => {
    const plan = planDocument(doc5, shipped, range5, { state: stateOf({ closures: [[{ item: '2' }, closed]] }) });
    expect(plan.steps).toEqual(full5.steps);
  });

  it('in the middle of the ladder keeps the steps before its instant and drops the step at it and all after', () => {
    const closingAt = (at: string | undefined) =>
      planDocument(doc2, shipped, range2, { state: stateOf({ closures: [[{ item: '2' }, { at: at ?? '', how: 'done', by: 'cli:test', reason: null }]] }) }).steps.map((s) => [s.kind, s.localAt]);
    const reminders = [
      ['reminder', '2020-12-04 10:00'],
      ['reminder', '2020-12-15 10:00'],
      ['reminder', '2020-12-17 10:00'],
      ['reminder', '2020-12-18 10:00'],
    ];
    expect(closingAt(full2.steps.find((s) => s.kind === 'overdue')?.at)).toEqual(reminders);
    // Level 1 would reach the ministry itself (it controls the item): the first escalation is level 2.
    expect(closingAt(full2.steps.find((s) => s.kind === 'escalation' && s.index === 2)?.at)).toEqual([...reminders, ['overdue', '2020-12-21 10:00']]);
  });

  it("of one municipality stops that municipality's escalation only", () => {
    const plan = planDocument(doc32, shipped, range32, { state: stateOf({ closures: [[{ item: '3.2', part: 'khmao-surgut' }, closedAt('2019-11-11', '16:00')]] }) });
    const surgut = plan.steps.filter((s) => s.part?.ref === 'khmao-surgut');
    expect(surgut.map((s) => s.kind)).toEqual(['reminder', 'reminder', 'reminder', 'overdue']);
    expect(plan.steps.filter((s) => s.kind === 'escalation' && s.index === 1)).toHaveLength(21);
  });

  it('stops the status requests of a part with no deadline', () => {
    const open = assignment({ item: '4', line: 35, text: '… обеспечить …', executors: [MININFORM], deadline: bareDeadline('none') });
    const plan = planDocument(seed002([open]), shipped, window('2021-01-01', '2021-04-30'), { state: stateOf({ closures: [[{ item: '4', part: 'chel-mininform' }, closedAt('2021-02-01')]] }) });
    expect(plan.steps.map((s) => [s.kind, s.index, s.localAt])).toEqual([['status', 2, '2021-01-21 10:00']]);
  });

  it("spares the operator the question about a closed assignment's deadline", () => {
    const vague = assignment({ item: '3', line: 31, text: '… в кратчайшие сроки.', executors: [MININFORM], deadline: bareDeadline('unparsed', 'в кратчайшие сроки') });
    const doc = seed002([vague]);
    expect(planDocument(doc, shipped, window('2020-12-01', '2021-12-31')).steps).toHaveLength(1);
    expect(planDocument(doc, shipped, window('2020-12-01', '2021-12-31'), { state: stateOf({ closures: [[{ item: '3' }, closedAt('2020-11-30', '12:00', 'cancelled')]] }) }).steps).toEqual([]);
  });
});

describe('the summary of an occurrence under closures', () => {
  it('keeps its overdue digests while one municipality has not done it', () => {
    const closures = municipalities.slice(1).map((ref): [StateScope, ReturnType<typeof closedAt>] => [{ item: '3.2', part: ref }, closedAt('2019-11-01')]);
    const plan = planDocument(doc32, shipped, range32, { state: stateOf({ closures }) });
    expect(summaries(plan.steps)).toEqual(summaries(full32.steps));
    expect(summaries(plan.steps)).toHaveLength(4);
  });

  it('stops its overdue digests from the instant the last municipality is closed, and keeps the first summary', () => {
    expect(municipalities).toHaveLength(22);
    // Closed one after another; the last on 20 November at noon, between the digests of 15 and 22 November.
    const closures = municipalities.map((ref, i): [StateScope, ReturnType<typeof closedAt>] => [
      { item: '3.2', part: ref, occurrence: '2019-11-07' },
      closedAt(i === 7 ? '2019-11-20' : '2019-11-05', i === 7 ? '12:00' : '09:00'),
    ]);
    const plan = planDocument(doc32, shipped, range32, { state: stateOf({ closures }) });
    expect(summaries(plan.steps)).toEqual([
      [0, '2019-11-08 10:00'],
      [1, '2019-11-15 10:00'],
    ]);
  });

  it('still goes once after the deadline when everything was closed before it: it tells who has done it', () => {
    const plan = planDocument(doc32, shipped, range32, { state: stateOf({ closures: [[{ item: '3.2' }, closedAt('2019-11-01')]] }) });
    expect(plan.steps.map((s) => [s.kind, s.localAt, s.recipients.to.join()])).toEqual([['summary', '2019-11-08 10:00', 'RaduzhanAA@admhmao.ru']]);
  });
});

describe('a postponement', () => {
  // Item 2 was due Friday 18 December 2020; it is postponed on 10 December to Monday 4 January 2021, a New Year holiday.
  const once = stateOf({ postponements: [[{ item: '2' }, postponedTo('2021-01-04', '2020-12-10')]] });
  const plan = planDocument(doc2, shipped, range2, { state: once });
  const track = 'komissiya-po-tsifrovomu-razvitiyu-chelyabinskoy-oblasti-2020-11-26.p2.chel-mininform.2020-12-18';

  it('moves the deadline to the new day, off the holidays to the next working day', () => {
    expect(plan.steps[0]?.occurrence).toMatchObject({ key: '2020-12-18', due: '2021-01-04', deadline: '2021-01-11', deadlineAt: '2021-01-11T13:00:00.000Z', sequence: 1 });
    expect(plan.steps.every((s) => s.subject.endsWith('срок 11.01.2021'))).toBe(true);
  });

  it('restarts the ladder from the new deadline', () => {
    expect(plan.steps.slice(0, 7).map((s) => [s.kind, s.index, s.localAt])).toEqual([
      ['reminder', 0, '2020-12-18 10:00'],
      ['reminder', 1, '2020-12-29 10:00'],
      ['reminder', 2, '2020-12-31 10:00'],
      ['reminder', 3, '2021-01-11 10:00'],
      ['overdue', 0, '2021-01-12 10:00'],
      // level 1 would reach the ministry itself, which controls the item: skipped
      ['escalation', 2, '2021-01-19 10:00'],
      ['escalation', 3, '2021-01-26 10:00'],
    ]);
  });

  it('gives every step of the new ladder a new id, .v1, on the same track, and keeps the calendar uid', () => {
    expect(plan.steps[0]?.id).toBe(`${track}.r-10wd.v1`);
    expect(plan.steps.every((s) => s.track === track && s.id.endsWith('.v1'))).toBe(true);
    const old = new Set(full2.steps.map((s) => s.id));
    expect(plan.steps.some((s) => old.has(s.id))).toBe(false);
    expect(plan.steps[0]?.occurrence?.uid).toBe(full2.steps[0]?.occurrence?.uid);
    expect(full2.steps[0]?.occurrence?.sequence).toBe(0);
  });

  it('postponed again gets ids of its own again', () => {
    const twice = planDocument(doc2, shipped, range2, { state: stateOf({ postponements: [[{ item: '2' }, postponedTo('2021-01-20', '2020-12-28', 2)]] }) });
    expect(twice.steps[0]?.occurrence).toMatchObject({ due: '2021-01-20', deadline: '2021-01-20', sequence: 2, uid: plan.steps[0]?.occurrence?.uid });
    expect(twice.steps.every((s) => s.id.endsWith('.v2'))).toBe(true);
    const before = new Set(plan.steps.map((s) => s.id));
    expect(twice.steps.some((s) => before.has(s.id))).toBe(false);
  });

  it('of one part in one occurrence moves that track only', () => {
    const scope = { item: '5', part: 'chel-minfin', occurrence: '2021-03' };
    const moved = planDocument(doc5, shipped, range5, { state: stateOf({ postponements: [[scope, postponedTo('2021-04-30', '2021-03-01')]] }) });
    const isTrack = (s: PlannedStep) => s.part?.ref === 'chel-minfin' && s.occurrence?.key === '2021-03';
    expect(moved.steps.filter((s) => !isTrack(s))).toEqual(full5.steps.filter((s) => !isTrack(s)));
    const own = moved.steps.filter(isTrack);
    expect(own.map((s) => s.localAt).slice(0, 5)).toEqual(['2021-04-16 10:00', '2021-04-27 10:00', '2021-04-29 10:00', '2021-04-30 10:00', '2021-05-11 10:00']);
    expect(own.every((s) => s.id.endsWith('.v1') && s.occurrence?.deadline === '2021-04-30' && s.occurrence.sequence === 1)).toBe(true);
    const others = moved.steps.filter((s) => s.part?.ref === 'chel-minzdrav' && s.occurrence?.key === '2021-03');
    expect(others[0]?.occurrence).toMatchObject({ deadline: '2021-04-12', sequence: 0, uid: own[0]?.occurrence?.uid });
  });

  it('past the end of the window leaves the occurrence no step in it, and no warning that its deadline passed', () => {
    const late = stateOf({ postponements: [[{ item: '2' }, postponedTo('2021-06-30', '2021-01-10')]] });
    const plan = planDocument(doc2, shipped, window('2021-01-13', '2021-02-28'), { state: late });
    expect(plan.steps).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(planDocument(doc2, shipped, window('2021-01-13', '2021-02-28')).warnings.map((w) => w.code)).toEqual(['deadline_past']);
  });

  it('of a whole recurring assignment moves only the report owed when it was decided', () => {
    // Decided on 15 February: the report for January (due 10 February) is overdue; the report for February is due 10 March.
    const state = stateOf({ postponements: [[{ item: '5' }, postponedTo('2021-03-01', '2021-02-15')]] });
    const range = window('2021-02-15', '2021-06-30');
    const moved = planDocument(doc5, shipped, range, { state });
    const unmoved = planDocument(doc5, shipped, range);
    const january = (s: PlannedStep) => s.occurrence?.key === '2021-01';
    expect(moved.steps.filter((s) => !january(s))).toEqual(unmoved.steps.filter((s) => !january(s)));
    expect(new Set(moved.steps.filter(january).map((s) => s.occurrence?.deadline))).toEqual(new Set(['2021-03-01']));
    expect(moved.steps.filter(january).every((s) => s.id.endsWith('.v1'))).toBe(true);
  });

  it('brings back a report of a recurring assignment that a later missed report had pushed out of the chase', () => {
    // On 15 June the report due 10 June is the latest missed; the January report, postponed to 30 June, is owed again.
    const range = window('2021-06-15', '2021-08-31');
    const january = (s: PlannedStep) => s.occurrence?.key === '2021-01';
    expect(planDocument(doc5, shipped, range).steps.some(january)).toBe(false);
    const state = stateOf({ postponements: [[{ item: '5', occurrence: '2021-01' }, postponedTo('2021-06-30', '2021-06-01')]] });
    const back = planDocument(doc5, shipped, range, { state }).steps.filter((s) => january(s) && s.part?.ref === 'chel-minfin');
    expect(back.slice(0, 4).map((s) => [s.kind, s.localAt])).toEqual([
      ['reminder', '2021-06-16 10:00'],
      ['reminder', '2021-06-25 10:00'],
      ['reminder', '2021-06-29 10:00'],
      ['reminder', '2021-06-30 10:00'],
    ]);
    expect(back.every((s) => s.id.endsWith('.v1') && s.at >= local('2021-06-15').toISOString())).toBe(true);
  });
});
