import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { handleControllerSummary } from '../../jobs/controller-summary.js';
import { localDay, localTime } from '../../src/calendar/index.js';
import { kindOf, mailIdOf, SEED, startPipeline, type Pipeline } from '../support/pipeline.js';
import { ZONE } from './support.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

function summariesOf(p: Pipeline): ParsedMail[] {
  return p.sink.mails.filter((m) => mailIdOf(m).startsWith('controller-summary.'));
}

const recipientOf = (m: ParsedMail): string => (m.to && !Array.isArray(m.to) ? m.to.text : '');
/** 'YYYY-MM-DD HH:MM' in the office zone, and the ISO weekday (1 = Monday). */
const sentAt = (m: ParsedMail): string => `${localDay(m.date!, ZONE)} ${localTime(m.date!, ZONE)}`;
const weekday = (m: ParsedMail): number => new Date(`${localDay(m.date!, ZONE)}T12:00:00Z`).getUTCDay() || 7;

describe('the periodic summary to controllers', () => {
  it('mails the controller of seed 002 on Mondays at 09:00, once a week, only when something is overdue or due soon, and not on the holiday of 4 January', async () => {
    pipeline = await startPipeline('summary-002', { day: '2020-11-26', time: '10:00' });
    await pipeline.import(SEED['002']);
    await pipeline.runUntil('2021-01-15');

    const mails = summariesOf(pipeline);
    // 30.11: nothing due within 5 working days. 04.01.2021: a non-working day, and the next office morning is the next Monday's.
    expect(mails.map(mailIdOf)).toEqual([
      'controller-summary.chel-mininform.2020-12-07-0900',
      'controller-summary.chel-mininform.2020-12-14-0900',
      'controller-summary.chel-mininform.2020-12-21-0900',
      'controller-summary.chel-mininform.2020-12-28-0900',
      'controller-summary.chel-mininform.2021-01-11-0900',
    ]);
    expect(mails.every((m) => weekday(m) === 1 && sentAt(m).endsWith(' 09:00'))).toBe(true);
    expect(mails.every((m) => recipientOf(m) === 'mininform@gov74.example' && kindOf(m) === 'digest')).toBe(true);
    expect(mails.map((m) => m.subject)).toEqual([
      'Сводка для контролёра: 0 просрочено, 2 скоро срок',
      'Сводка для контролёра: 1 просрочено, 2 скоро срок',
      'Сводка для контролёра: 3 просрочено, 0 скоро срок',
      'Сводка для контролёра: 3 просрочено, 1 скоро срок',
      'Сводка для контролёра: 4 просрочено, 0 скоро срок',
    ]);

    const last = mails.at(-1)!.text ?? '';
    // Longest overdue first; one line per item, naming every executor behind on it.
    const items = [...last.matchAll(/^\[Просрочено\] Протокол от 26\.11\.2020, Комиссия по цифровому развитию Челябинской области, п\. (\d+)$/gm)].map((m) => m[1]);
    expect(items).toEqual(['3', '4', '2', '6']);
    expect(last).toContain('Срок: 18.12.2020 — просрочено на 10 рабочих дней');
    expect(last).toMatch(/Исполнители: Министерство здравоохранения Челябинской области; .*Министерство информационных технологий, связи и цифрового развития Челябинской области \(соисполнитель\)/);
    // Every summary threads under the first.
    expect(mails.slice(1).every((m) => m.inReplyTo === mails[0]!.messageId)).toBe(true);
  });

  it('sends nothing twice when the job runs again in the same week', async () => {
    pipeline = await startPipeline('summary-rerun', { day: '2020-11-26', time: '10:00' });
    await pipeline.import(SEED['002']);
    await pipeline.runUntil('2020-12-15');
    const before = pipeline.sink.mails.length;
    expect(summariesOf(pipeline).map(mailIdOf).at(-1)).toBe('controller-summary.chel-mininform.2020-12-14-0900');

    pipeline.clock.advanceTo(pipeline.at('2020-12-15', '11:00'));
    const again = await handleControllerSummary('rerun-1', {}, pipeline.runtime.deps);
    // Through the queue too, as a retried or duplicated scheduler job would come.
    await pipeline.runtime.queue.add('controller-summary', {}, { jobId: 'rerun-2' });
    await pipeline.runUntil('2020-12-15', '12:00');

    const expected = 'period 2020-12-14T04:00:00.000Z: 1 controllers, 0 mails sent, 1 already sent or failed';
    expect(again).toBe(expected);
    expect((await pipeline.runtime.queue.getJob('rerun-2'))?.returnvalue).toBe(expected);
    expect(pipeline.sink.mails.length).toBe(before);
    expect(summariesOf(pipeline)).toHaveLength(2);
    expect(await pipeline.runtime.deps.store.ledger.get('controller-summary.chel-mininform.2020-12-14-0900')).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('sends a summary that falls on a non-working day on the next office morning, counted for its own week', async () => {
    pipeline = await startPipeline('summary-saturday', { day: '2020-11-26', time: '10:00' }, {
      adjust: (c) => ({ ...c, settings: { ...c.settings, reports: { controllerSummary: { cron: '0 0 9 * * 6', dueSoonDays: 5, enabled: true } } } }),
    });
    await pipeline.import(SEED['002']);
    await pipeline.runUntil('2020-12-16');

    const mails = summariesOf(pipeline);
    expect(mails.map((m) => [mailIdOf(m), sentAt(m)])).toEqual([
      ['controller-summary.chel-mininform.2020-12-05-0900', '2020-12-07 09:00'],
      ['controller-summary.chel-mininform.2020-12-12-0900', '2020-12-14 09:00'],
    ]);
  });

  it('tells the controller of seed 000 about item 3.2 and never about its «при наличии» items', async () => {
    pipeline = await startPipeline('summary-000', { day: '2019-10-30', time: '10:00' });
    await pipeline.import(SEED['000']);
    await pipeline.runUntil('2019-11-20');

    const mails = summariesOf(pipeline);
    // Monday 04.11.2019 is Unity Day: that week's summary goes on Tuesday.
    expect(mails.map((m) => [mailIdOf(m), sentAt(m), recipientOf(m)])).toEqual([
      ['controller-summary.khmao-depit.2019-11-04-0900', '2019-11-05 09:00', 'depit@admhmao.example'],
      ['controller-summary.khmao-depit.2019-11-11-0900', '2019-11-11 09:00', 'depit@admhmao.example'],
      ['controller-summary.khmao-depit.2019-11-18-0900', '2019-11-18 09:00', 'depit@admhmao.example'],
    ]);
    expect(mails.map((m) => m.subject)).toEqual([
      'Сводка для контролёра: 0 просрочено, 1 скоро срок',
      'Сводка для контролёра: 1 просрочено, 0 скоро срок',
      'Сводка для контролёра: 1 просрочено, 0 скоро срок',
    ]);
    for (const m of mails) {
      expect(m.text).toContain('п. 3.2');
      expect(m.text).not.toMatch(/п\. [12]\.2\b/);
    }
  });
});
