import { describe, expect, it } from 'vitest';
import { deadlineTableSuccess } from '../../bench/deadline-table.js';
import { parseDeadline } from '../../src/deadline/index.js';
import type { Deadline } from '../../src/domain.js';
import { DEADLINE_TABLE } from './phrases.js';

describe('the deadline table', () => {
  it('holds at least 150 phrases of every kind', () => {
    expect(DEADLINE_TABLE.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(DEADLINE_TABLE.map((row) => row.expect.kind));
    expect([...kinds].sort()).toEqual(['continuous', 'date', 'none', 'period', 'recurring', 'relative', 'unparsed']);
  });

  it.each(DEADLINE_TABLE.map((row, i) => [i + 1, JSON.stringify(row.phrase), row.documentDate ?? 'no date', row] as const))(
    '%i: reads %s (document of %s) as expected',
    (_n, _phrase, _date, row) => {
      const got = parseDeadline(row.phrase, { documentDate: row.documentDate });
      const { warning, ...rest } = row.expect;
      for (const [key, value] of Object.entries(rest)) {
        expect({ [key]: got[key as keyof Deadline] }).toEqual({ [key]: value });
      }
      if (warning) {
        expect(got.warning?.code).toBe(warning.code);
        expect(got.warning?.message).toContain(warning.message);
      }
      if (row.expect.kind === 'unparsed') expect(got.warning).toBeDefined();
    },
  );

  it('never leaves an unparsed phrase without a warning, nor dates one', () => {
    for (const row of DEADLINE_TABLE) {
      const got = parseDeadline(row.phrase, { documentDate: row.documentDate });
      if (got.kind === 'unparsed') {
        expect(got.warning, row.phrase).toBeDefined();
        expect(got.date, row.phrase).toBeNull();
      }
    }
  });

  it('scores every phrase of the table for srok, and chrono-node well below it', async () => {
    const score = await deadlineTableSuccess();
    expect(score.total).toBe(DEADLINE_TABLE.length);
    expect(score.srok).toBe(1);
    expect(score.chrono).toBeGreaterThan(0);
    expect(score.chrono).toBeLessThan(score.srok);
  });
});
