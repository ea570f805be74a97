import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/domain.js';
import { planDocument, type Plan, type PlannedStep } from '../../src/plan/index.js';
import { readProtocol } from '../../src/read-protocol.js';
import { closedAt, forever, postponedTo, shipped, stateOf, window } from './setup.js';

const SEEDS = path.join(import.meta.dirname, '..', 'fixtures', 'seeds');

async function seeds(): Promise<ParsedDocument[]> {
  return Promise.all(readdirSync(SEEDS).sort().map((name) => readProtocol(path.join(SEEDS, name), shipped)));
}

/** The first step of every track of a whole plan, as the scheduler picks them. */
function firstPerTrack(plan: Plan): PlannedStep[] {
  const first = new Map<string, PlannedStep>();
  for (const step of plan.steps) if (!first.has(step.track)) first.set(step.track, step);
  return [...first.values()];
}

describe('planning only the first step of each track', () => {
  it('gives exactly the first step of every track of the whole plan, for each seed over two years', async () => {
    let tracks = 0;
    for (const doc of await seeds()) {
      const date = doc.protocol.date ?? '2020-01-01';
      const range = window(date, `${Number(date.slice(0, 4)) + 2}${date.slice(4)}`);
      const whole = planDocument(doc, shipped, range);
      const firsts = planDocument(doc, shipped, range, { firstOnly: true });
      expect(firsts.steps, doc.source.file).toEqual(firstPerTrack(whole));
      expect(firsts.warnings, doc.source.file).toEqual(whole.warnings);
      tracks += firsts.steps.length;
    }
    // seed 001 is a briefing without assignments; the other three have tracks of every kind
    expect(tracks).toBeGreaterThan(100);
  });

  it('still agrees later in the life of a protocol, with a part closed and an occurrence postponed', async () => {
    const doc002 = (await seeds()).find((d) => d.protocol.date === '2020-11-26');
    if (!doc002) throw new Error('seed 002 (26 November 2020) is missing from test/fixtures/seeds');
    const state = stateOf({
      closures: [[{ item: '5', part: 'chel-minfin' }, closedAt('2021-03-02')]],
      postponements: [[{ item: '5', part: 'chel-minzdrav', occurrence: '2021-02' }, postponedTo('2021-04-30', '2021-03-01')]],
    });
    const range = window('2021-03-03', '2022-12-31');
    const whole = planDocument(doc002, shipped, range, { state });
    const firsts = planDocument(doc002, shipped, range, { state, firstOnly: true });
    expect(firsts.steps).toEqual(firstPerTrack(whole));
    // the postponed occurrence follows its new ladder, under new ids
    expect(firsts.steps.some((s) => s.part?.ref === 'chel-minzdrav' && s.occurrence?.key === '2021-02' && s.id.endsWith('.v1'))).toBe(true);
  });

  it('finds the escalation repeat that comes first when every fixed step of a track lies in the past', async () => {
    const doc000 = (await seeds()).find((d) => d.protocol.number === '4/2019');
    if (!doc000) throw new Error('seed 000 (protocol 4/2019) is missing from test/fixtures/seeds');
    // ten months after the deadlines of 25 November 2019: only repeats remain
    const range = window('2020-09-14', '2021-09-14');
    const whole = planDocument(doc000, forever(), range);
    const firsts = planDocument(doc000, forever(), range, { firstOnly: true });
    expect(firsts.steps).toEqual(firstPerTrack(whole));
    expect(firsts.steps.some((s) => s.kind === 'escalation' && s.index > 1)).toBe(true);
  });
});
