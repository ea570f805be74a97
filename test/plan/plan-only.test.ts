import { describe, expect, it } from 'vitest';
import { planDocument, type Plan, type PlanState, type PlanWindow } from '../../src/plan/index.js';
import type { ParsedDocument } from '../../src/domain.js';
import { assignment, dateDeadline, executor, seed000, seed000Item12, seed000Item32, seed000Item41, seed002, seed002Item2, seed002Item5 } from './docs.js';
import { closedAt, postponedTo, shipped, stateOf, window } from './setup.js';

const doc000 = seed000([seed000Item12, seed000Item32, seed000Item41]);
const range000 = window('2019-10-30', '2020-06-30');
const doc002 = seed002([seed002Item2, seed002Item5]);
const range002 = window('2020-11-26', '2021-12-31');

/** Plans every track of `item` on its own and compares each with its share of the whole plan. */
function expectEveryTrackAlone(doc: ParsedDocument, range: PlanWindow, item: string, state?: PlanState): Plan {
  const whole = planDocument(doc, shipped, range, { state });
  const ofItem = whole.steps.filter((s) => s.item === item);
  expect(planDocument(doc, shipped, range, { state, only: { item } }).steps).toEqual(ofItem);
  const tracks = [...new Set(ofItem.map((s) => s.track))];
  for (const track of tracks) {
    expect(planDocument(doc, shipped, range, { state, only: { item, track } }).steps, track).toEqual(ofItem.filter((s) => s.track === track));
  }
  return whole;
}

describe('planning one assignment or one track', () => {
  it('gives the steps of the whole plan for every track of seed 000 item 1.2: 22 municipalities and the summary', () => {
    const whole = expectEveryTrackAlone(doc000, range000, '1.2');
    const tracks = new Set(whole.steps.filter((s) => s.item === '1.2').map((s) => s.track));
    expect(tracks.size).toBe(23);
    expect([...tracks].some((t) => t.endsWith('.p1-2.summary.2019-11-25'))).toBe(true);
  });

  it('gives the steps of the whole plan for every track of seed 002 item 5: five ministries, each month', () => {
    const whole = expectEveryTrackAlone(doc002, range002, '5');
    expect(new Set(whole.steps.filter((s) => s.item === '5').map((s) => s.track)).size).toBe(5 * 12);
  });

  it('gives the steps of the whole plan under closures and postponements too', () => {
    const state = stateOf({
      closures: [
        [{ item: '5', part: 'chel-minfin', occurrence: '2021-03' }, closedAt('2021-04-14', '12:00')],
        [{ item: '5', part: 'chel-minobr' }, closedAt('2021-06-01')],
        [{ item: '1.2', part: 'khmao-surgut' }, closedAt('2019-11-21')],
      ],
      postponements: [
        [{ item: '5', part: 'chel-minzdrav', occurrence: '2021-02' }, postponedTo('2021-04-30', '2021-03-01')],
        [{ item: '5', occurrence: '2021-06' }, postponedTo('2021-08-02', '2021-07-01', 2)],
      ],
    });
    const whole = expectEveryTrackAlone(doc002, range002, '5', state);
    expect(whole.steps.some((s) => s.id.endsWith('.v2'))).toBe(true);
    expectEveryTrackAlone(doc000, range000, '1.2', state);
  });

  it('keeps the summary of seed 000 item 3.2 with the whole plan when every municipality is closed', () => {
    const whole = planDocument(doc000, shipped, range000);
    const refs = [...new Set(whole.steps.filter((s) => s.item === '3.2').flatMap((s) => (s.part?.ref ? [s.part.ref] : [])))];
    // all closed by 16 November: the digest of 15 November is the last
    const state = stateOf({ closures: refs.map((ref) => [{ item: '3.2', part: ref }, closedAt('2019-11-16')]) });
    const closed = expectEveryTrackAlone(doc000, range000, '3.2', state);
    expect(closed.steps.filter((s) => s.kind === 'summary' && s.item === '3.2').map((s) => [s.index, s.localAt])).toEqual([
      [0, '2019-11-08 10:00'],
      [1, '2019-11-15 10:00'],
    ]);
  });

  it('tells apart an item numbered twice by the track', () => {
    const twin = { ...seed002Item2, line: 45 };
    const doc = seed002([seed002Item2, twin]);
    const range = window('2020-11-26', '2021-01-31');
    const whole = planDocument(doc, shipped, range).steps;
    const track = whole.find((s) => s.track.includes('.p2-l45.'))?.track ?? '';
    expect(planDocument(doc, shipped, range, { only: { item: '2', track } }).steps).toEqual(whole.filter((s) => s.track === track));
    expect(planDocument(doc, shipped, range, { only: { item: '2' } }).steps).toEqual(whole);
  });

  it('finds the unnumbered clauses by a null item', () => {
    const minfin = executor('Министерству финансов Челябинской области', 'Министерство финансов Челябинской области', 'chel-minfin');
    const unnumbered = assignment({ item: null, line: 14, text: '…', executors: [minfin], deadline: dateDeadline('1 марта 2021 года', '2021-03-01') });
    const doc = seed002([seed002Item2, unnumbered]);
    const range = window('2021-02-01', '2021-03-31');
    const alone = planDocument(doc, shipped, range, { only: { item: null } }).steps;
    expect(alone.length).toBeGreaterThan(0);
    expect(alone).toEqual(planDocument(doc, shipped, range).steps.filter((s) => s.item === null));
  });

  it('plans nothing for a track of another protocol, and refuses a string that is no track', () => {
    expect(planDocument(doc002, shipped, range002, { only: { item: '5', track: 'other-2020-11-26.p5.chel-minfin.2021-03' } }).steps).toEqual([]);
    expect(() => planDocument(doc002, shipped, range002, { only: { item: '5', track: 'p5.chel-minfin.2021-03' } })).toThrow(RangeError);
  });

  it('asks the state about the planned part and occurrence only', () => {
    const asked: string[] = [];
    const spy: PlanState = {
      closure(item, part, occurrence) {
        asked.push(`closure ${part}|${occurrence}`);
        return null;
      },
      postponement(item, part, occurrence) {
        asked.push(`postponement ${part}|${occurrence}`);
        return null;
      },
    };
    const track = 'komissiya-po-tsifrovomu-razvitiyu-chelyabinskoy-oblasti-2020-11-26.p5.chel-minfin.2021-03';
    const steps = planDocument(doc002, shipped, range002, { state: spy, only: { item: '5', track } }).steps;
    expect(steps.length).toBeGreaterThan(0);
    // '' stands for no part: the item's own view of its occurrences, which decides which of them are still chased.
    expect(new Set(asked.filter((q) => !q.includes(' |')))).toEqual(new Set(['postponement chel-minfin|2021-03', 'closure chel-minfin|2021-03']));
  });
});
