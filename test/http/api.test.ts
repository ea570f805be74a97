import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracksOf } from '../follow-up/support.js';
import { api, OPERATOR_TOKEN, serve, type Served } from './support.js';

/** Protocol № 4/2019 on 12.11.2019 at noon: item 3.2 (due 07.11.2019) is overdue for the 22 municipalities, item 1.2 (due 25.11.2019) is open. */
let s: Served;
beforeAll(async () => {
  s = await serve('http-api');
});
afterAll(async () => {
  await s.close();
});

describe('reading through the API', () => {
  it('lists the stored protocol with its assignments and how many part-occurrences are open and overdue', async () => {
    const r = await api(s.app, 'GET', '/api/protocols');
    expect(r.status).toBe(200);
    const [protocol] = (r.body as { protocols: Array<Record<string, unknown>> }).protocols;
    expect(protocol).toMatchObject({ key: s.key, number: '4/2019', date: '2019-10-30' });
    const assignments = protocol!['assignments'] as Array<{ item: string; counts: { open: number; overdue: number } }>;
    // Overdue first: item 3.2 went by on 7 November.
    expect(assignments[0]).toMatchObject({ item: '3.2', counts: { open: 22, overdue: 22 } });
    expect(assignments.find((a) => a.item === '1.2')).toMatchObject({ counts: { open: 22, overdue: 0 } });
  });

  it('shows one assignment as `srok show` does, named by a reference as written in documents', async () => {
    const r = await api(s.app, 'GET', `/api/assignment?ref=${encodeURIComponent('№ 4/2019 п. 1.2')}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ item: '1.2', protocol: { key: s.key }, optional: true });
    expect((r.body as { parts: unknown[] }).parts).toHaveLength(22);
  });

  it('reports what is overdue for one executor, and the executors’ records', async () => {
    const overdue = await api(s.app, 'GET', '/api/report?kind=overdue&executor=khmao-surgut');
    expect(overdue.status).toBe(200);
    const rows = (overdue.body as { rows: Array<{ item: string; part: { ref: string } }> }).rows;
    expect(rows.map((r) => [r.item, r.part.ref])).toEqual([['3.2', 'khmao-surgut']]);
    const soon = await api(s.app, 'GET', '/api/report?kind=due-soon&days=10');
    expect((soon.body as { rows: unknown[] }).rows).toHaveLength(22);
    const records = await api(s.app, 'GET', '/api/records?executor=khmao-omsu');
    expect((records.body as { records: Array<{ overdue: number }> }).records).toHaveLength(22);
  });

  it('gives the planned timeline of the stored protocol and sends nothing', async () => {
    const before = s.pipeline.sink.mails.length;
    const r = await api(s.app, 'GET', `/api/protocols/${s.key}/timeline?until=2019-12-31`);
    expect(r.status).toBe(200);
    const steps = (r.body as { steps: Array<{ kind: string; at: string }> }).steps;
    expect(steps.length).toBeGreaterThan(22);
    expect(steps.every((step) => step.at > '2019-11-12' && step.at < '2020-01-01')).toBe(true);
    expect(new Set(steps.map((step) => step.kind))).toContain('escalation');
    expect(s.pipeline.sink.mails.length).toBe(before);
  });
});

describe('what the API refuses', () => {
  it('says which field is wrong and what to write, for a body and for a query', async () => {
    const unknown = await api(s.app, 'POST', '/api/done', { body: { ref: '4/2019 п.1.2', reasn: 'x' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: 'invalid-input', message: expect.stringMatching(/reasn/) });
    const noDay = await api(s.app, 'POST', '/api/postpone', { body: { ref: '4/2019 п.1.2', reason: 'письмо' } });
    expect(noDay.body).toMatchObject({ message: expect.stringMatching(/body\.to: новый срок \(to\): напишите как ГГГГ-ММ-ДД/) });
    const badDay = await api(s.app, 'POST', '/api/postpone', { body: { ref: '4/2019 п.1.2', to: '31 декабря', reason: 'письмо' } });
    expect(badDay.body).toMatchObject({ message: expect.stringMatching(/не дата; напишите как ГГГГ-ММ-ДД/) });
    const unnamed = await api(s.app, 'POST', '/api/done', { body: { item: '1.2' } });
    expect(unnamed.body).toMatchObject({ message: expect.stringMatching(/назовите поручение: 'ref', например '4\/2019 п.1.2'/) });
    const kind = await api(s.app, 'GET', '/api/report?kind=late');
    expect(kind).toMatchObject({ status: 400, body: { message: expect.stringMatching(/kind: 'open', 'due-soon' или 'overdue'/) } });
    const notJson = await s.app.inject({ method: 'POST', url: '/api/done', headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, 'content-type': 'application/json' }, payload: '{"ref": ' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ error: 'invalid-input' });
  });

  it('answers 404 with what is stored when the protocol or item does not exist', async () => {
    const r = await api(s.app, 'POST', '/api/done', { body: { ref: '4/2019 п.9.9' } });
    expect(r).toMatchObject({ status: 404, body: { error: 'not-found', message: expect.stringMatching(/нет п\. 9\.9; поручения в нём/) } });
    const none = await api(s.app, 'GET', '/api/protocols/no-such-protocol');
    expect(none.status).toBe(404);
  });

  it('answers 413 with a clear message to a body over 64 KiB, and changes nothing', async () => {
    const r = await api(s.app, 'POST', '/api/done', { body: { ref: '4/2019 п.1.2', reason: 'я'.repeat(40 * 1024) } });
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ error: 'body-too-large', message: expect.stringMatching(/больше 64 КиБ/) });
    expect((await s.pipeline.runtime.deps.store.getStateRecords(s.key)).closures.size).toBe(0);
  });
});

describe('changing through the API', () => {
  it('marks Surgut’s part of item 1.2 done as api:ivanova, and its pending reminder is removed', async () => {
    const track = `${s.key}.p1-2.khmao-surgut.2019-11-25`;
    const pending = (await tracksOf(s.pipeline, s.key, 'p1-2')).get(track);
    expect(pending).toBeDefined();
    const r = await api(s.app, 'POST', '/api/done', { body: { ref: '4/2019 п.1.2', executor: 'khmao-surgut', reason: 'письмо от 12.11.2019 № 15-01' } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ action: 'done', changed: true, schedule: { removed: 1 } });
    expect((await tracksOf(s.pipeline, s.key, 'p1-2')).has(track)).toBe(false);
    expect(await s.pipeline.runtime.queue.getJob(pending!)).toBeUndefined();
    const audit = await s.pipeline.runtime.deps.store.getAudit(s.key);
    expect(audit.at(-1)).toMatchObject({ actor: 'api:ivanova', action: 'close', scope: { item: '1.2', part: 'khmao-surgut' } });
  });

  it('postpones Kogalym’s part by protocol and item fields, re-planning its steps under the new deadline', async () => {
    const track = `${s.key}.p1-2.khmao-kogalym.2019-11-25`;
    const before = (await tracksOf(s.pipeline, s.key, 'p1-2')).get(track);
    const r = await api(s.app, 'POST', '/api/postpone', { body: { protocol: '4/2019', item: '1.2', executor: 'khmao-kogalym', to: '2019-12-10', reason: 'письмо Когалыма № 7' } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ action: 'postpone', changed: true, recorded: [{ postponement: { to: '2019-12-10', sequence: 1 } }] });
    const after = (await tracksOf(s.pipeline, s.key, 'p1-2')).get(track);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(after).toMatch(/\.v1$/);
    expect(await s.pipeline.runtime.queue.getJob(before!)).toBeUndefined();
  });

  it('refuses to cancel without a reason, and cancels item 3.2 for Nyagan with one', async () => {
    const without = await api(s.app, 'POST', '/api/cancel', { body: { ref: '4/2019 п.3.2', executor: 'khmao-nyagan' } });
    expect(without).toMatchObject({ status: 400, body: { message: expect.stringMatching(/body\.reason/) } });
    const r = await api(s.app, 'POST', '/api/cancel', { body: { ref: '4/2019 п.3.2', executor: 'khmao-nyagan', reason: 'поручение отменено' } });
    expect(r).toMatchObject({ status: 200, body: { action: 'cancel', changed: true } });
    const tracks = await tracksOf(s.pipeline, s.key, 'p3-2');
    expect([...tracks.keys()].some((t) => t.includes('.khmao-nyagan.'))).toBe(false);
  });

  it('stores a postponement request that moves nothing, and the controller’s acceptance postpones', async () => {
    const asked = await api(s.app, 'POST', '/api/requests', { body: { ref: '4/2019 п.1.2', executor: 'khmao-megion', to: '2019-12-02', reason: 'ждём данные' } });
    expect(asked.status).toBe(201);
    const request = (asked.body as { request: { id: string; status: string; requestedBy: string } }).request;
    expect(request).toMatchObject({ status: 'open', requestedBy: 'api:ivanova' });
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).postponement('1.2', 'khmao-megion', '2019-11-25')).toBeNull();
    const listed = await api(s.app, 'GET', `/api/protocols/${s.key}/requests`);
    expect((listed.body as { requests: Array<{ id: string }> }).requests.map((r) => r.id)).toContain(request.id);

    const accepted = await api(s.app, 'POST', `/api/requests/${request.id}/accept`, { body: { reason: 'согласовано' } });
    expect(accepted).toMatchObject({ status: 200, body: { request: { status: 'accepted', decidedBy: 'api:ivanova', decidedTo: '2019-12-02' } } });
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).postponement('1.2', 'khmao-megion', '2019-11-25')).toMatchObject({ to: '2019-12-02' });
    const again = await api(s.app, 'POST', `/api/requests/${request.id}/refuse`, { body: {} });
    expect(again).toMatchObject({ status: 400, body: { message: expect.stringMatching(/уже согласован/) } });
  });
});
