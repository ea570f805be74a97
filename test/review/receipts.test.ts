import { afterEach, describe, expect, it } from 'vitest';
import { importInput } from '../../src/import.js';
import { sendFileReceipt } from '../../src/intake/index.js';
import { runReviewReminder } from '../../src/review/waiting-mail.js';
import { kindOf, startPipeline, type Pipeline } from '../support/pipeline.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

const withUrl = { review: 'warnings' as const, adjust: (c: Pipeline['config']) => ({ ...c, settings: { ...c.settings, http: { ...c.settings.http, publicUrl: 'https://srok.example.org' } } }) };

describe('what the operator is told of protocols that wait', () => {
  it('a file from the inbox: the receipt mail to the operator says what was understood, what needs a look, and links the review page', async () => {
    pipeline = await startPipeline('review-receipt', { day: '2026-03-11', time: '10:00' }, withUrl);
    const deps = pipeline.runtime.deps;
    const imported = await importInput('test/fixtures/review/2-2026.txt', { config: deps.config, store: deps.store, scheduler: deps.scheduler, clock: pipeline.clock, log: deps.log, actor: 'inbox' });
    const outcome = await sendFileReceipt('2-2026.txt', imported, { config: deps.config, transport: deps.transport, once: deps.store.once, log: deps.log, now: () => pipeline!.clock.now() });
    expect(outcome).toBe('sent');
    const mail = pipeline.sink.mails.at(-1)!;
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('operator@srok.example');
    const text = mail.text ?? '';
    expect(text).toContain('2-2026.txt — протокол № 2/2026 от 10.03.2026');
    expect(text).toContain('принят: 3 поручения для 3 исполнителей');
    expect(text).toMatch(/ждёт проверки оператором; письма исполнителям уйдут после неё: https:\/\/srok\.example\.org\/review\/komissiya-[\w-]+2-2026/);
    expect(text).toContain('строка 18: исполнителя «Фонд поддержки цифровых инициатив Южного Урала» нет в справочнике');
    expect(text).toContain('строка 20: пункт 3: «в кратчайшие сроки»');
    // The same file again: no second mail.
    expect(await sendFileReceipt('2-2026.txt', imported, { config: deps.config, transport: deps.transport, once: deps.store.once, log: deps.log, now: () => pipeline!.clock.now() })).toBe('duplicate');
  });

  it('one mail per working day lists what waits, and none on a day off', async () => {
    pipeline = await startPipeline('review-daily', { day: '2026-03-11', time: '10:00' }, withUrl);
    await pipeline.import('test/fixtures/review/2-2026.txt');
    // Wednesday to Monday: three working days, a weekend between.
    await pipeline.runUntil('2026-03-16', '12:00');
    const daily = pipeline.sink.mails.filter((m) => kindOf(m) === 'review-waiting');
    expect(daily.map((m) => m.date?.toISOString().slice(0, 10))).toEqual(['2026-03-12', '2026-03-13', '2026-03-16']);
    expect(daily[0]!.subject).toBe('srok: ждёт проверки 1 протокол');
    expect(daily[0]!.text).toContain('протокол № 2/2026 от 10.03.2026, Комиссия по цифровому развитию Челябинской области — ждёт с 11.03.2026, 2 замечания');
    // Run again the same day: the send ledger keeps it to one.
    expect(await runReviewReminder(pipeline.runtime.deps)).toMatchObject({ outcome: 'already-sent' });
  });
});
