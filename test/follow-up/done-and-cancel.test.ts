import { afterEach, describe, expect, it } from 'vitest';
import { cancel, markDone } from '../../src/follow-up/operations.js';
import { kindOf, mailIdOf, SEED, startPipeline, type Pipeline, separateMails } from '../support/pipeline.js';
import { depsOf, mailsOf, ref, tracksOf } from './support.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

async function seed000(name: string): Promise<{ p: Pipeline; key: string }> {
  const p = await startPipeline(name, { day: '2019-10-30', time: '10:00' }, { adjust: separateMails });
  pipeline = p;
  const imported = await p.import(SEED['000']);
  if (!imported.ok) throw new Error(imported.error);
  return { p, key: imported.result.protocolKey };
}

describe('marking one municipality’s part done', () => {
  it('removes Surgut’s pending reminder of item 1.2 and leaves the other 21 municipalities’ reminders running', async () => {
    const { p, key } = await seed000('done-surgut');
    await p.runUntil('2019-11-12');
    // Past the 10:00 steps of the day, so the re-plan starts after what was just sent.
    p.clock.advanceTo(p.at('2019-11-12', '12:00'));
    const before = await tracksOf(p, key, 'p1-2');
    const surgutTrack = `${key}.p1-2.khmao-surgut.2019-11-25`;
    const surgutStep = before.get(surgutTrack);
    expect(surgutStep).toBeDefined();
    expect(await p.runtime.queue.getJob(surgutStep!)).toBeDefined();

    const result = await markDone(depsOf(p), ref('4/2019 п.1.2', { executor: 'khmao-surgut' }), { actor: 'cli:ivanova', reason: 'письмо от 12.11.2019' });

    expect(result.changed).toBe(true);
    expect(result.recorded.map((r) => r.scope)).toEqual([{ item: '1.2', part: 'khmao-surgut' }]);
    expect(result.schedule?.removed).toBe(1);
    const after = await tracksOf(p, key, 'p1-2');
    expect(after.has(surgutTrack)).toBe(false);
    expect(await p.runtime.queue.getJob(surgutStep!)).toBeUndefined();
    // The 21 other parts and the summary of the item keep their pending step, unchanged.
    expect([...after.keys()].filter((t) => !t.includes('.summary.'))).toHaveLength(21);
    for (const [track, step] of after) expect(before.get(track)).toBe(step);

    const sentToSurgutBefore = mailsOf(p, 'p1-2', 'khmao-surgut').length;
    await p.runUntil('2019-11-30');
    expect(mailsOf(p, 'p1-2', 'khmao-surgut')).toHaveLength(sentToSurgutBefore);
    const kogalym = mailsOf(p, 'p1-2', 'khmao-kogalym').map(mailIdOf);
    expect(kogalym.filter((id) => id.endsWith('.r-3wd') || id.endsWith('.r-0wd'))).toHaveLength(2);
    // The summary to the address named in the item counts Surgut as done.
    const summary = p.sink.mails.find((m) => kindOf(m) === 'summary' && mailIdOf(m).includes('.p1-2.'));
    expect(summary?.text).toContain('- Администрация города Сургута: исполнено 12.11.2019');
    expect(summary?.text).toContain('Отметили исполнение: 1 из 22');
  });

  it('says a part marked done twice is already done, and changes nothing the second time', async () => {
    const { p, key } = await seed000('done-twice');
    const deps = depsOf(p);
    await markDone(deps, ref('4/2019 п.1.2', { executor: 'Сургут' }), { actor: 'cli:ivanova' });
    const auditBefore = await p.runtime.deps.store.getAudit(key);
    const tracksBefore = await tracksOf(p, key, 'p1-2');
    p.clock.advanceTo(p.at('2019-11-01', '12:00'));

    const again = await markDone(deps, ref('№ 4/2019 п. 1.2', { executor: 'khmao-surgut' }), { actor: 'cli:petrov' });

    expect(again.changed).toBe(false);
    expect(again.schedule).toBeNull();
    expect(again.message).toMatch(/Администрация города Сургута \(khmao-surgut\): уже исполнено 2019-10-30 10:00, cli:ivanova; ничего не изменено/);
    expect(await p.runtime.deps.store.getAudit(key)).toEqual(auditBefore);
    expect(await tracksOf(p, key, 'p1-2')).toEqual(tracksBefore);
  });

  it('a municipality done before the deadline of item 3.2 gets no overdue notice and no escalation; the other 21 are escalated', async () => {
    const { p } = await seed000('done-escalation');
    await p.runUntil('2019-11-05');
    p.clock.advanceTo(p.at('2019-11-05', '12:00'));
    await markDone(depsOf(p), ref('4/2019 п.3.2', { executor: 'khmao-surgut' }), { actor: 'cli:ivanova', reason: 'предложения направлены 05.11.2019' });
    await p.runUntil('2019-11-30');

    const escalated = (part: string) => mailsOf(p, 'p3-2', part).filter((m) => kindOf(m) === 'escalation' || kindOf(m) === 'overdue');
    expect(escalated('khmao-surgut')).toEqual([]);
    const others = p.config.directory.parts('khmao-omsu').map((e) => e.id).filter((id) => id !== 'khmao-surgut');
    expect(others).toHaveLength(21);
    for (const part of others) {
      const kinds = escalated(part).map(kindOf);
      expect(kinds[0]).toBe('overdue');
      expect(kinds.filter((k) => k === 'escalation').length).toBeGreaterThanOrEqual(3);
    }
    // The first escalation of each open part goes to the controller, the working group's department.
    const depit = p.config.directory.get('khmao-depit')!.emails[0]!;
    const firstEscalations = p.sink.mails.filter((m) => kindOf(m) === 'escalation' && mailIdOf(m).includes('.p3-2.') && mailIdOf(m).endsWith('.e1'));
    expect(firstEscalations).toHaveLength(21);
    expect(firstEscalations.every((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(depit))).toBe(true);
  });

  it('cancelling item 2.2 stops every part’s mail, needs a reason, and keeps who, when and why in the audit', async () => {
    const { p, key } = await seed000('cancel');
    const deps = depsOf(p);
    await expect(cancel(deps, ref('4/2019 п.2.2'), { actor: 'cli:ivanova' })).rejects.toThrow(/нужна причина/);
    await p.runUntil('2019-10-31');
    p.clock.advanceTo(p.at('2019-10-31', '12:00'));
    const sentBefore = p.sink.mails.filter((m) => mailIdOf(m).includes('.p2-2.')).length;

    const result = await cancel(deps, ref('4/2019 п.2.2'), { actor: 'cli:ivanova', reason: 'вопрос снят с рассмотрения' });

    expect(result.recorded.map((r) => r.scope)).toEqual([{ item: '2.2' }]);
    expect(result.schedule?.removed).toBe(22);
    expect([...(await tracksOf(p, key, 'p2-2')).keys()].filter((t) => !t.includes('.summary.'))).toEqual([]);
    await p.runUntil('2019-11-30');
    const after = p.sink.mails.filter((m) => mailIdOf(m).includes('.p2-2.') && kindOf(m) !== 'summary');
    expect(after).toHaveLength(sentBefore);
    const entry = (await p.runtime.deps.store.getAudit(key)).at(-1);
    expect(entry).toEqual({
      at: p.at('2019-10-31', '12:00').toISOString(),
      actor: 'cli:ivanova',
      action: 'close',
      scope: { item: '2.2' },
      detail: { how: 'cancelled', at: p.at('2019-10-31', '12:00').toISOString(), by: 'cli:ivanova', reason: 'вопрос снят с рассмотрения' },
    });
  });
});

describe('marking one occurrence of a monthly report done', () => {
  it('ends the Ministry of Finance’s January report of seed 002 item 5 only: its February report and the other ministries’ January go on', async () => {
    const p = await startPipeline('done-monthly', { day: '2021-01-25', time: '10:00' }, { adjust: separateMails });
    pipeline = p;
    const imported = await p.import(SEED['002']);
    const key = imported.ok ? imported.result.protocolKey : '';
    await p.runUntil('2021-01-28');
    p.clock.advanceTo(p.at('2021-01-28', '12:00'));
    const januaryBefore = mailsOf(p, 'p5', 'chel-minfin').filter((m) => mailIdOf(m).includes('.2021-01.')).length;
    expect(januaryBefore).toBeGreaterThan(0);

    const result = await markDone(depsOf(p), ref('от 26.11.2020 п.5', { executor: 'chel-minfin', occurrence: '2021-01' }), { actor: 'cli:petrova', reason: 'отчёт за январь получен' });

    expect(result.recorded.map((r) => r.scope)).toEqual([{ item: '5', part: 'chel-minfin', occurrence: '2021-01' }]);
    expect((await tracksOf(p, key, 'p5')).has(`${key}.p5.chel-minfin.2021-01`)).toBe(false);
    await p.runUntil('2021-03-12');
    const minfin = mailsOf(p, 'p5', 'chel-minfin').map(mailIdOf);
    expect(minfin.filter((id) => id.includes('.2021-01.'))).toHaveLength(januaryBefore);
    expect(minfin.filter((id) => id.includes('.2021-02.')).length).toBeGreaterThanOrEqual(4);
    const minzdrav = mailsOf(p, 'p5', 'chel-minzdrav').map(mailIdOf);
    expect(minzdrav.some((id) => id.endsWith('.2021-01.overdue'))).toBe(true);
  });
});
