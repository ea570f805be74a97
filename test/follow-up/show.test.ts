import { afterEach, describe, expect, it } from 'vitest';
import { markDone, postpone } from '../../src/follow-up/operations.js';
import { formatReport, showAssignment } from '../../src/follow-up/show.js';
import { SEED, startPipeline, type Pipeline } from '../support/pipeline.js';
import { depsOf, ref } from './support.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

describe('showing an assignment', () => {
  it('shows item 1.2 of seed 000 with each municipality’s state, the mails sent and failed, the next steps and the history', async () => {
    const p = await startPipeline('show-000', { day: '2019-10-30', time: '10:00' });
    pipeline = p;
    const imported = await p.import(SEED['000']);
    const key = imported.ok ? imported.result.protocolKey : '';
    const langepas = p.config.directory.get('khmao-langepas')!.emails[0]!;
    p.sink.permanent.add(langepas.toLowerCase());
    await p.runUntil('2019-11-12');
    p.clock.advanceTo(p.at('2019-11-12', '12:00'));
    const deps = depsOf(p);
    await markDone(deps, ref('4/2019 п.1.2', { executor: 'khmao-surgut' }), { actor: 'cli:ivanova', reason: 'письмо № 15-01' });
    p.clock.advanceTo(p.at('2019-11-12', '15:00'));
    await postpone(deps, ref('4/2019 п.1.2', { executor: 'Когалым' }), '2019-12-02', { actor: 'cli:ivanova', reason: 'просьба администрации' });

    const report = await showAssignment(deps, ref('4/2019 п.1.2'));

    expect(report.protocol).toMatchObject({ key, number: '4/2019', date: '2019-10-30' });
    expect(report).toMatchObject({ item: '1.2', optional: true, recommendation: true, deadline: { kind: 'date', date: '2019-11-25' }, sendTo: ['SolnovaKV@admhmao.ru'] });
    expect(report.parts).toHaveLength(22);
    const byKey = new Map(report.parts.map((part) => [part.key, part.cells]));
    expect(byKey.get('khmao-surgut')).toEqual([
      { occurrence: '2019-11-25', label: '', due: '2019-11-25', state: { state: 'done', at: p.at('2019-11-12', '12:00').toISOString(), by: 'cli:ivanova', reason: 'письмо № 15-01' } },
    ]);
    expect(byKey.get('khmao-kogalym')?.[0]).toMatchObject({ due: '2019-12-02', state: { state: 'postponed', to: '2019-12-02', sequence: 1, by: 'cli:ivanova' } });
    expect(byKey.get('khmao-nyagan')?.[0]?.state).toEqual({ state: 'open' });

    // The first reminder went to 21 municipalities and failed for Langepas; nothing else was due yet.
    expect(report.sent).toHaveLength(22);
    expect(report.sent.filter((s) => s.state === 'sent')).toHaveLength(21);
    expect(report.sent.find((s) => s.part === 'khmao-langepas')).toMatchObject({ kind: 'reminder', state: 'failed', reason: expect.stringMatching(/550|mailbox unavailable/) });
    expect(report.sent.every((s) => s.stepId.endsWith('.r-10wd'))).toBe(true);

    // Surgut has no next step; Kogalym's runs to its new deadline; the summary waits for the day after the deadline.
    expect(report.pending.find((s) => s.part === 'khmao-surgut')).toBeUndefined();
    expect(report.pending.find((s) => s.part === 'khmao-kogalym')).toMatchObject({ kind: 'reminder', stepId: `${key}.p1-2.khmao-kogalym.2019-11-25.r-10wd.v1` });
    expect(report.pending.filter((s) => s.part !== 'summary')).toHaveLength(21);

    expect(report.history.map((e) => [e.actor, e.action, e.scope?.part ?? null])).toEqual([
      ['test', 'import', null],
      ['cli:ivanova', 'close', 'khmao-surgut'],
      ['cli:ivanova', 'postpone', 'khmao-kogalym'],
    ]);

    const text = formatReport(report);
    expect(text).toContain('Протокол № 4/2019 от 30.10.2019');
    expect(text).toContain('п. 1.2 (рекомендация, при наличии)\n  Рекомендовать органам местного самоуправления');
    expect(text).toContain('\n  Срок: до 25 ноября 2019 года.\n  deadline: «до 25 ноября 2019 года» → 25.11.2019\n');
    expect(text).toMatch(/khmao-surgut\s+Администрация города Сургута — done at 2019-11-12 12:00 by cli:ivanova \(«письмо № 15-01»\)/);
    expect(text).toMatch(/khmao-kogalym\s+Администрация города Когалыма — postponed to 02\.12\.2019 \(sequence 1\) on 2019-11-12 15:00 by cli:ivanova \(«просьба администрации»\)/);
    expect(text).toMatch(/khmao-nyagan\s+Администрация города Нягани — open/);
    expect(text).toMatch(/Sent \(22\):\n {2}2019-11-11 10:00 {2}reminder/);
    expect(text).toMatch(/ {2}2019-11-11 10:00 {2}reminder\s+khmao-langepas\s+2019-11-25\s+r-10wd\s+FAILED: .*550/);
    expect(text).toMatch(/ {2}2019-11-18 10:00 {2}reminder\s+khmao-kogalym\s+2019-11-25\s+r-10wd\.v1\n/);
    expect(text).toMatch(/Next steps \(22\):/);
    expect(text).toMatch(/2019-11-12 15:00 {2}cli:ivanova {2}срок перенесён: п\. 1\.2 khmao-kogalym → 02\.12\.2019 \(перенос № 1\) «просьба администрации»/);
  });

  it('shows a monthly assignment by occurrence: the recent periods and the next, with what was recorded for each', async () => {
    const p = await startPipeline('show-monthly', { day: '2021-03-01', time: '10:00' });
    pipeline = p;
    await p.import(SEED['002']);
    const deps = depsOf(p);
    await markDone(deps, ref('от 26.11.2020 п.5', { executor: 'chel-minfin', occurrence: '2021-01' }), { actor: 'cli:petrova' });

    const report = await showAssignment(deps, ref('от 26.11.2020 п.5'));

    const minfin = report.parts.find((part) => part.key === 'chel-minfin');
    expect(minfin?.cells.map((c) => [c.occurrence, c.due, c.state.state])).toEqual([
      ['2021-01', '2021-02-10', 'done'],
      ['2021-02', '2021-03-10', 'open'],
    ]);
    expect(formatReport(report)).toMatch(/chel-minfin\s+Министерство финансов Челябинской области\n {6}2021-01 за январь 2021 года, due 10\.02\.2021: done at 2021-03-01 10:00 by cli:petrova/);
  });
});
