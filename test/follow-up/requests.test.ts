import { afterEach, describe, expect, it } from 'vitest';
import { applyLink, signLink } from '../../src/follow-up/links.js';
import { decidePostponement, listRequests, requestPostponement } from '../../src/follow-up/requests.js';
import { kindOf, mailIdOf, SEED, startPipeline, type Pipeline } from '../support/pipeline.js';
import { mailsOf, recipientsOf, tracksOf } from './support.js';

const SECRET = 'a3f1c9e07b5d4862a3f1c9e07b5d4862a3f1c9e07b5d4862';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

/** Seed 000 on 1 November 2019: item 3.2 is due on 7 November; its controller is the working group's department (ladders.yaml). */
async function seed000(name: string) {
  const p = await startPipeline(name, { day: '2019-11-01', time: '12:00' });
  pipeline = p;
  const imported = await p.import(SEED['000']);
  if (!imported.ok) throw new Error(imported.error);
  return { p, key: imported.result.protocolKey, deps: p.runtime.deps };
}

describe('a request to postpone', () => {
  it('from «Прошу перенести срок» is stored and mailed to the controller, and moves no deadline', async () => {
    const { p, key, deps } = await seed000('request-link');
    const track = `${key}.p3-2.khmao-surgut.2019-11-07`;
    const pendingBefore = (await tracksOf(p, key, 'p3-2')).get(track);
    const token = signLink(
      { action: 'postpone', recipient: 'office@surgut.hmao.example', protocolKey: key, item: '3.2', part: 'khmao-surgut', occurrence: '2019-11-07' },
      { secret: SECRET, now: p.clock.now(), days: 30 },
    );

    const outcome = await applyLink(deps, token, SECRET, { action: 'postpone', to: '2019-11-20', reason: 'ждём данные от подведомственных учреждений' });

    if (!outcome.ok || outcome.action !== 'postpone') throw new Error(`unexpected ${JSON.stringify(outcome)}`);
    const { request } = outcome;
    expect(request).toMatchObject({ status: 'open', item: '3.2', part: 'khmao-surgut', partName: 'Администрация города Сургута', occurrence: '2019-11-07', currentDue: '2019-11-07', to: '2019-11-20', requestedBy: 'link:office@surgut.hmao.example' });
    expect(request.id).toMatch(/^[A-Z2-9]{8}$/);
    // The deadline is untouched: no postponement record, the same pending step.
    expect((await deps.store.getStateRecords(key)).postponements.size).toBe(0);
    expect((await tracksOf(p, key, 'p3-2')).get(track)).toBe(pendingBefore);

    const depit = p.config.directory.get('khmao-depit')!.emails[0]!;
    expect(request.mailedTo).toEqual([depit]);
    const mail = p.sink.mails.find((m) => kindOf(m) === 'request');
    expect(recipientsOf(mail!)).toContain(depit);
    expect(mail?.subject).toBe(`Протокол № 4/2019 от 30.10.2019, п. 3.2 — запрос на перенос срока ${request.id}: Администрация города Сургута`);
    expect(mail?.text).toContain('Администрация города Сургута просит перенести срок исполнения поручения.\nДействующий срок: 07.11.2019\nПросит перенести на: 20.11.2019\nПричина: ждём данные от подведомственных учреждений');
    expect(mail?.text).toContain(`Запрос № ${request.id} от `);
    expect(mail?.text).not.toMatch(/не установлен|НУЖНО ДЕЙСТВИЕ ОПЕРАТОРА/);
    expect((await deps.store.getAudit(key)).at(-1)).toMatchObject({ actor: 'link:office@surgut.hmao.example', action: 'postpone-request', scope: { item: '3.2', part: 'khmao-surgut' }, detail: { request: request.id, to: '2019-11-20' } });

    // Until decided, Surgut is chased on the old deadline.
    await p.runUntil('2019-11-08');
    expect(mailsOf(p, 'p3-2', 'khmao-surgut').map(mailIdOf).some((id) => id.endsWith('.overdue'))).toBe(true);
  });

  it('accepted by the controller, postpones that part to the day asked; it cannot be decided twice', async () => {
    const { p, key, deps } = await seed000('request-accept');
    const { request } = await requestPostponement(deps, { protocolKey: key, item: '3.2', part: 'khmao-surgut', occurrence: null, to: '2019-11-20', reason: 'нет данных', requestedBy: 'link:office@surgut.hmao.example' });
    p.clock.advanceTo(p.at('2019-11-05', '11:00'));

    const decision = await decidePostponement(deps, request.id, true, { actor: 'cli:shinkorenko', reason: 'согласовано' });

    expect(decision.request).toMatchObject({ status: 'accepted', decidedBy: 'cli:shinkorenko', decidedTo: '2019-11-20', decisionReason: 'согласовано' });
    expect(decision.result?.recorded).toEqual([{ scope: { item: '3.2', part: 'khmao-surgut' }, postponement: expect.objectContaining({ to: '2019-11-20', sequence: 1, by: 'cli:shinkorenko', reason: 'согласовано' }) }]);
    expect((await tracksOf(p, key, 'p3-2')).get(`${key}.p3-2.khmao-surgut.2019-11-07`)).toMatch(/\.v1$/);
    await expect(decidePostponement(deps, request.id, false, { actor: 'cli:other' })).rejects.toMatchObject({ kind: 'bad-request', message: expect.stringMatching(/already accepted on 2019-11-05 11:00 by cli:shinkorenko/) });
    expect((await deps.store.getAudit(key)).map((e) => e.action).slice(-3)).toEqual(['postpone-request', 'postpone', 'postpone-request-accepted']);
    expect((await listRequests(deps, key)).map((r) => r.status)).toEqual(['accepted']);
  });

  it('refused by the controller, leaves the deadline where it was', async () => {
    const { p, key, deps } = await seed000('request-refuse');
    const { request } = await requestPostponement(deps, { protocolKey: key, item: '3.2', part: 'khmao-kogalym', occurrence: null, to: null, reason: null, requestedBy: 'link:office@kogalym.hmao.example' });
    const pending = await tracksOf(p, key, 'p3-2');

    const decision = await decidePostponement(deps, request.id.toLowerCase(), false, { actor: 'cli:shinkorenko', reason: 'срок установлен протоколом' });

    expect(decision).toMatchObject({ request: { status: 'refused', decidedTo: null }, result: null });
    expect((await deps.store.getStateRecords(key)).postponements.size).toBe(0);
    expect(await tracksOf(p, key, 'p3-2')).toEqual(pending);
  });

  it('refuses a request for a day not after the deadline, answers a second click with the open request, and needs a day to accept', async () => {
    const { key, deps } = await seed000('request-checks');
    const input = { protocolKey: key, item: '3.2', part: 'khmao-nyagan', occurrence: null, requestedBy: 'link:office@nyagan.hmao.example' };
    await expect(requestPostponement(deps, { ...input, to: '2019-11-06' })).rejects.toThrow(/the requested day 06\.11\.2019 is not later than the deadline in force \(07\.11\.2019\)/);
    const first = await requestPostponement(deps, { ...input, to: null });
    const second = await requestPostponement(deps, { ...input, to: '2019-11-30' });
    expect(second).toEqual({ request: first.request, created: false });
    await expect(decidePostponement(deps, first.request.id, true, { actor: 'cli:shinkorenko' })).rejects.toThrow(/names no day; give the new deadline with --to YYYY-MM-DD/);
    await expect(decidePostponement(deps, 'NOSUCHID', true, { actor: 'cli:shinkorenko', to: '2019-11-30' })).rejects.toMatchObject({ kind: 'not-found' });
    const accepted = await decidePostponement(deps, first.request.id, true, { actor: 'cli:shinkorenko', to: '2019-11-30' });
    expect(accepted.request.status).toBe('accepted');
  });
});
