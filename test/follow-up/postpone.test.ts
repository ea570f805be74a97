import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpError } from '../../src/follow-up/follow-up-error.js';
import { markDone, postpone } from '../../src/follow-up/operations.js';
import { kindOf, mailIdOf, SEED, startPipeline, type Pipeline, separateMails } from '../support/pipeline.js';
import { calendarOf, depsOf, mailsOf, ref, tracksOf } from './support.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

/** Seed 002 imported on its day; item 2 (the IT ministry, «Срок – 18 декабря 2020 года») has its first reminder on 4 December. */
async function seed002(name: string): Promise<{ p: Pipeline; key: string }> {
  const p = await startPipeline(name, { day: '2020-11-26', time: '10:00' }, { adjust: separateMails });
  pipeline = p;
  const imported = await p.import(SEED['002']);
  if (!imported.ok) throw new Error(imported.error);
  return { p, key: imported.result.protocolKey };
}

const ITEM_2 = 'от 26.11.2020 п.2';
const BY_LETTER = { actor: 'cli:kuznetsova', reason: 'письмо Минцифры от 07.12.2020 № 1234' };

describe('postponing a deadline', () => {
  it('moves item 2 of seed 002 to 28 December: new reminders before the new deadline, the same calendar event with SEQUENCE 1, nothing sent twice', async () => {
    const { p, key } = await seed002('postpone-002');
    await p.runUntil('2020-12-07');
    p.clock.advanceTo(p.at('2020-12-07', '12:00'));
    const before = mailsOf(p, 'p2', 'chel-mininform');
    expect(before.map(mailIdOf).map((id) => id.split('.').slice(4).join('.'))).toEqual(['r-10wd']);

    const result = await postpone(depsOf(p), ref(ITEM_2), '2020-12-28', BY_LETTER);

    expect(result.recorded).toEqual([{ scope: { item: '2' }, postponement: { to: '2020-12-28', sequence: 1, at: p.clock.now().toISOString(), by: 'cli:kuznetsova', reason: BY_LETTER.reason } }]);
    const pending = await tracksOf(p, key, 'p2');
    expect(pending.get(`${key}.p2.chel-mininform.2020-12-18`)).toBe(`${key}.p2.chel-mininform.2020-12-18.r-10wd.v1`);

    await p.runUntil('2021-01-10');
    const mails = mailsOf(p, 'p2', 'chel-mininform');
    const steps = mails.map(mailIdOf).map((id) => id.split('.').slice(4).join('.'));
    // The old ladder stops at what was sent; the new one runs to the new deadline and past it.
    expect(steps.slice(0, 6)).toEqual(['r-10wd', 'r-10wd.v1', 'r-3wd.v1', 'r-1wd.v1', 'r-0wd.v1', 'overdue.v1']);
    expect(steps).not.toContain('r-3wd');
    const reminders = mails.filter((m) => kindOf(m) === 'reminder');
    const first = calendarOf(reminders[0]!);
    const moved = reminders.slice(1).map(calendarOf);
    expect(first.sequence ?? 0).toBe(0);
    expect(moved.length).toBe(4);
    for (const event of moved) expect(event).toEqual({ uid: first.uid, sequence: 1 });
    const lastReminder = reminders.at(-1)!;
    expect(lastReminder.date?.toISOString().slice(0, 10)).toBe('2020-12-28');
    expect(lastReminder.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString()).toMatch(/DTSTART;VALUE=DATE:20201228/);
    // Nothing was sent twice: every mail id and every Message-ID once.
    const ids = p.sink.mails.map(mailIdOf);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...p.sink.byMessageId.values()].every((n) => n === 1)).toBe(true);
  });

  it('refuses a day in the past and a day before the deadline in force, and changes nothing', async () => {
    const { p, key } = await seed002('postpone-refused');
    const deps = depsOf(p);
    p.clock.advanceTo(p.at('2020-12-07', '12:00'));
    const auditBefore = await p.runtime.deps.store.getAudit(key);

    await expect(postpone(deps, ref(ITEM_2), '2020-12-04', BY_LETTER)).rejects.toThrow(/--to 04\.12\.2020 уже прошло \(сегодня 07\.12\.2020\)/);
    await expect(postpone(deps, ref(ITEM_2), '2020-12-15', BY_LETTER)).rejects.toThrow(
      /--to 15\.12\.2020 раньше действующего срока, а перенос только даёт больше времени — Министерство информационных технологий, связи и цифрового развития Челябинской области \(chel-mininform\): 18\.12\.2020/,
    );
    await postpone(deps, ref(ITEM_2), '2020-12-25', BY_LETTER);
    await expect(postpone(deps, ref(ITEM_2), '2020-12-21', BY_LETTER)).rejects.toMatchObject({ kind: 'bad-request', message: expect.stringMatching(/chel-mininform\): 25\.12\.2020/) });
    await expect(postpone(deps, ref(ITEM_2), '2020-12-28', { actor: 'cli:kuznetsova', reason: ' ' })).rejects.toBeInstanceOf(FollowUpError);
    const audit = await p.runtime.deps.store.getAudit(key);
    expect(audit.slice(auditBefore.length).map((e) => [e.action, e.detail?.['to']])).toEqual([['postpone', '2020-12-25']]);
  });

  it('postponing again to the day in force changes nothing; a later day gets the next sequence', async () => {
    const { p } = await seed002('postpone-again');
    const deps = depsOf(p);
    p.clock.advanceTo(p.at('2020-12-07', '12:00'));
    await postpone(deps, ref(ITEM_2), '2020-12-25', BY_LETTER);
    const same = await postpone(deps, ref(ITEM_2), '2020-12-25', BY_LETTER);
    expect(same.changed).toBe(false);
    expect(same.message).toMatch(/: срок уже 25\.12\.2020; ничего не изменено/);
    const later = await postpone(deps, ref(ITEM_2), '2020-12-30', BY_LETTER);
    expect(later.recorded.map((r) => r.postponement?.sequence)).toEqual([2]);
  });

  it('a recurring assignment is postponed one occurrence at a time, and the refusal says which to name', async () => {
    const { p } = await seed002('postpone-monthly');
    p.clock.advanceTo(p.at('2021-01-20', '12:00'));
    await expect(postpone(depsOf(p), ref('от 26.11.2020 п.5'), '2021-02-20', BY_LETTER)).rejects.toThrow(/повторяется .*--occurrence 2021-01 \(срок 10\.02\.2021\)/);
    const one = await postpone(depsOf(p), ref('от 26.11.2020 п.5', { occurrence: '2021-01', executor: 'chel-minfin' }), '2021-02-20', BY_LETTER);
    expect(one.recorded.map((r) => r.scope)).toEqual([{ item: '5', part: 'chel-minfin', occurrence: '2021-01' }]);
  });

  it('postpones every open member of a group, and says which part is done and which keeps a deadline of its own', async () => {
    const { p } = await seed002('postpone-group');
    const deps = depsOf(p);
    p.clock.advanceTo(p.at('2020-12-01', '12:00'));
    const ITEM_3 = 'от 26.11.2020 п.3';
    await markDone(deps, ref(ITEM_3, { executor: 'chel-minfin' }), { actor: 'cli:kuznetsova' });
    await postpone(deps, ref(ITEM_3, { executor: 'chel-minzdrav' }), '2020-12-18', BY_LETTER);

    const group = await postpone(deps, ref(ITEM_3, { executor: 'chel-oiv' }), '2020-12-25', BY_LETTER);
    expect(group.recorded.map((r) => [r.scope.part, r.postponement?.sequence])).toEqual([
      ['chel-mineconom', 1],
      ['chel-minzdrav', 2],
      ['chel-minobr', 1],
      ['chel-minsoc', 1],
    ]);
    expect(group.unchanged).toEqual([{ scope: { item: '3', part: 'chel-minfin' }, why: expect.stringMatching(/^Министерство финансов Челябинской области \(chel-minfin\): исполнено 2020-12-01 12:00, cli:kuznetsova; переносить нечего$/) }]);

    // The whole assignment: every open part has a deadline of its own, so nothing moves, and the message says why.
    const whole = await postpone(deps, ref(ITEM_3), '2020-12-28', BY_LETTER);
    expect(whole.changed).toBe(false);
    expect(whole.unchanged.map((u) => u.scope.part)).toEqual(['chel-minfin', 'chel-mineconom', 'chel-minzdrav', 'chel-minobr', 'chel-minsoc']);
    expect(whole.message).toContain('у исполнителя Министерство здравоохранения Челябинской области (chel-minzdrav) свой перенесённый срок (25.12.2020, перенос № 2); перенесите его отдельно: --executor chel-minzdrav; ничего не изменено');

    await expect(postpone(deps, ref(ITEM_3, { executor: 'chel-minfin' }), '2020-12-31', BY_LETTER)).rejects.toThrow(/\(chel-minfin\): исполнено 2020-12-01 12:00, cli:kuznetsova; переносить нечего/);
  });
});
