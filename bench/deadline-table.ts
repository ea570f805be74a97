import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { parseDeadline } from '../src/deadline/index.js';
import type { Deadline, IsoDate } from '../src/domain.js';
import { DEADLINE_TABLE } from '../test/deadline/phrases.js';

/**
 * How many phrases of the deadline table srok reads right, next to chrono-node's
 * Russian parser. A phrase counts as read right when:
 * - date, relative, period: the parser's date is the expected one;
 * - recurring: kind, rule and first due date match (chrono has no rules, so it never scores);
 * - continuous, none, unparsed: srok gives that kind; chrono gives no date.
 */

/** chrono needs some reference day; for a table row without a document date this fixed one keeps runs repeatable. */
const FALLBACK_REFERENCE: IsoDate = '2020-01-01';

export async function deadlineTableSuccess(): Promise<{ srok: number; chrono: number; total: number }> {
  let srok = 0;
  let chronoHits = 0;
  for (const row of DEADLINE_TABLE) {
    const got = parseDeadline(row.phrase, { documentDate: row.documentDate });
    if (srokRight(got, row.expect)) srok += 1;
    if (chronoRight(chronoDate(row.phrase, row.documentDate ?? FALLBACK_REFERENCE), row.expect)) chronoHits += 1;
  }
  const total = DEADLINE_TABLE.length;
  return { srok: srok / total, chrono: chronoHits / total, total };
}

function srokRight(got: Deadline, expected: Partial<Deadline> & { kind: Deadline['kind'] }): boolean {
  switch (expected.kind) {
    case 'date':
    case 'relative':
    case 'period':
      return got.date === expected.date;
    case 'recurring':
      return got.kind === 'recurring' && JSON.stringify(got.rule) === JSON.stringify(expected.rule) && got.firstDue === expected.firstDue;
    case 'continuous':
    case 'none':
    case 'unparsed':
      return got.kind === expected.kind;
  }
}

function chronoRight(date: IsoDate | null, expected: Partial<Deadline> & { kind: Deadline['kind'] }): boolean {
  switch (expected.kind) {
    case 'date':
    case 'relative':
    case 'period':
      return date !== null && date === expected.date;
    case 'recurring':
      return false;
    case 'continuous':
    case 'none':
    case 'unparsed':
      return date === null;
  }
}

/** chrono's reading as a civil date: it returns a local Date at noon of the day it found. */
function chronoDate(phrase: string, reference: IsoDate): IsoDate | null {
  const [y, m, d] = reference.split('-').map(Number);
  const found = chrono.ru.parseDate(phrase, new Date(y ?? 2020, (m ?? 1) - 1, d ?? 1, 12));
  if (found === null || Number.isNaN(found.getTime())) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${found.getFullYear()}-${pad(found.getMonth() + 1)}-${pad(found.getDate())}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { srok, chrono: other, total } = await deadlineTableSuccess();
  const percent = (r: number): string => `${(r * 100).toFixed(1)}%`;
  console.log(`deadline table: ${total} phrases`);
  console.log(`  srok parseDeadline: ${percent(srok)}`);
  console.log(`  chrono-node (ru):   ${percent(other)}`);
}
