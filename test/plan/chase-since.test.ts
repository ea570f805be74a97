import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { officeInstant } from '../../src/calendar/index.js';
import { planDocument } from '../../src/plan/index.js';
import { seed002, seed002Item5 } from './docs.js';

const shippedConfig = loadConfig('config');
// Repeating until closed, so the March report is still chased in May.
const config = { ...shippedConfig, ladders: { ...shippedConfig.ladders, default: { ...shippedConfig.ladders.default, maxRepeats: 'forever' as const } } };
const at = (day: string, time = '09:00') => officeInstant(day, time, config.settings.timezone);

describe('chasing the missed occurrences of a recurring assignment', () => {
  const doc = seed002([seed002Item5]);
  const until = at('2021-06-30', '18:00');
  const escalationsOfMarch = (now: Date, chaseSince?: Date) =>
    planDocument(doc, config, { now, until }, chaseSince ? { chaseSince } : {}).steps.filter(
      (s) => s.occurrence?.key === '2021-03' && s.kind === 'escalation' && s.part?.ref === 'chel-minfin',
    );

  it('a preview on 20 May no longer chases the March report (due 12 April) once the April report’s deadline (11 May) has passed', () => {
    expect(escalationsOfMarch(at('2021-05-20'))).toEqual([]);
  });

  it('judged from the import in November, the March report is still chased on 20 May, as the plan at import showed', () => {
    const inMay = escalationsOfMarch(at('2021-05-20'), at('2020-11-26', '10:00'));
    const atImport = escalationsOfMarch(at('2020-11-26', '10:00')).filter((s) => Date.parse(s.at) >= at('2021-05-20').getTime());
    expect(inMay.length).toBeGreaterThan(0);
    expect(inMay.map((s) => s.id)).toEqual(atImport.map((s) => s.id));
  });
});
