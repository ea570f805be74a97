/**
 * A summary mail lists each executor's part as the protocol's kept routing gives it: the
 * step hands the routing in, and the mail matches no phrase against the directory.
 */
import { describe, expect, it } from 'vitest';
import { stepMailContext } from '../../src/delivery/mail-context.js';
import { EMPTY_STATE, planDocument } from '../../src/plan/index.js';
import { assignment, dateDeadline, executor, seed002 } from '../plan/docs.js';
import { local, shipped, window } from '../plan/setup.js';

const FUND = 'Фонду поддержки цифровых инициатив Южного Урала';

describe('the rows of a summary mail', () => {
  const doc = seed002([
    assignment({
      item: '3',
      line: 30,
      text: `${FUND} представить отчет о реализации проекта «Умный двор» на адрес электронной почты itog@minfin74.example.`,
      executors: [executor(FUND, 'Фонд поддержки цифровых инициатив Южного Урала', null)],
      emails: ['itog@minfin74.example'],
      deadline: dateDeadline('15 апреля 2026 года', '2026-04-15'),
    }),
  ]);
  const summary = planDocument(doc, shipped, window('2026-03-11', '2026-06-30')).steps.find((s) => s.kind === 'summary');
  const rows = (routing: Parameters<typeof stepMailContext>[0]['routing']) =>
    stepMailContext({ step: summary!, doc, state: EMPTY_STATE, routing, config: shipped, now: local('2026-04-16', '10:00'), threadRoot: null }).summary?.map((row) => row.name);

  it('are the parts of the kept routing: the fund routed to the Ministry of Finance is listed as the ministry', () => {
    expect(summary).toBeDefined();
    expect(rows({ basis: 'kept', entries: [['chel-minfin']] })).toEqual(['Министерство финансов Челябинской области']);
  });

  it('are matched from the phrases only for a document with no routing kept (or one that does not fit it)', () => {
    expect(rows(null)).toEqual(['Фонд поддержки цифровых инициатив Южного Урала']);
    expect(rows({ basis: 'kept', entries: [] })).toEqual(['Фонд поддержки цифровых инициатив Южного Урала']);
  });
});
