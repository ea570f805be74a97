import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { sharedCounters } from '../../src/http/mail-counters.js';
import { REDIS_URL } from '../support/redis.js';
import { api, basic, OPERATOR_TOKEN, READ_TOKEN, serve, type Served } from './support.js';

let s: Served;
beforeAll(async () => {
  s = await serve('http-operate');
});
afterAll(async () => {
  await s.close();
});

describe('health', () => {
  it('is open to probes and says only ok, with no details', async () => {
    const r = await s.app.inject({ method: 'GET', url: '/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok' });
  });

  it('shows a caller with a token each check, the queue lag and the mails refused for good', async () => {
    const ledger = s.pipeline.runtime.deps.store.ledger;
    const now = s.pipeline.clock.now();
    await ledger.claim('health-5xx-mail', { owner: 'w1', leaseMs: 60_000, now });
    await ledger.markFailed('health-5xx-mail', { reason: '550 5.1.1 <gone@minfin.example>: mailbox unavailable', permanent: true, now });
    const r = await s.app.inject({ method: 'GET', url: '/health', headers: { authorization: `Bearer ${READ_TOKEN}` } });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ status: 'ok', checks: { redis: true, mail: true, queue: true }, failed: [] });
    expect(typeof body.queueLagSeconds).toBe('number');
    expect(body.failedMails.count).toBeGreaterThanOrEqual(1);
    expect(body.failedMails.latest[0]).toMatchObject({ mailId: 'health-5xx-mail', reason: expect.stringContaining('550 5.1.1'), attempts: 1 });
    // A wrong token is a probe like any other: ok or fail, nothing more.
    const wrong = await s.app.inject({ method: 'GET', url: '/health', headers: { authorization: 'Bearer not-a-token-of-this-srok-0123456789' } });
    expect(wrong.json()).toEqual({ status: 'ok' });
  });
});

describe('metrics', () => {
  it('need a token', async () => {
    const r = await s.app.inject({ method: 'GET', url: '/metrics' });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('report jobs by state, overdue part-occurrences and the mails every worker counted in Redis', async () => {
    const counters = sharedCounters(s.pipeline.prefix);
    counters.attach(s.pipeline.runtime.deps.redis);
    counters.sent('reminder', ['office@surgut.hmao.example'], 120);
    counters.failed('escalation');
    counters.skipped('no-longer-planned');
    // The counts are written without being awaited; a ping behind them on the same connection is answered after them.
    await s.pipeline.runtime.deps.redis.ping();

    const r = await s.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${READ_TOKEN}` } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/plain/);
    expect(r.body).toMatch(/^srok_jobs\{state="delayed"\} [1-9]\d*$/m);
    expect(r.body).toMatch(/^srok_jobs\{state="failed"\} 0$/m);
    // Item 3.2 is overdue for the 22 municipalities.
    expect(r.body).toMatch(/^srok_part_occurrences\{state="overdue"\} 22$/m);
    expect(r.body).toMatch(/^srok_mails_total\{kind="reminder",result="sent"\} 1$/m);
    expect(r.body).toMatch(/^srok_mails_total\{kind="escalation",result="failed"\} 1$/m);
    expect(r.body).toMatch(/^srok_mail_send_seconds_total\{kind="reminder"\} 0\.12$/m);
    expect(r.body).toMatch(/^srok_steps_skipped_total\{reason="no-longer-planned"\} 1$/m);
    expect(r.body).toMatch(/^srok_queue_lag_seconds 0$/m);
  });
});

describe('the queue dashboard', () => {
  it('is refused without a token and to a read-only token, and opens for an operator', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/admin/queues' })).statusCode).toBe(401);
    expect((await s.app.inject({ method: 'GET', url: '/admin/queues', headers: basic(READ_TOKEN) })).statusCode).toBe(403);
    const board = await s.app.inject({ method: 'GET', url: '/admin/queues', headers: basic(OPERATOR_TOKEN) });
    expect(board.statusCode).toBe(200);
    expect(board.body).toMatch(/<html/i);
    const queues = await s.app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: basic(OPERATOR_TOKEN) });
    expect(queues.statusCode).toBe(200);
    expect(JSON.stringify(queues.json())).toContain('"name":"srok"');
  });
});

describe('over a real socket', () => {
  it('answers health openly and the API to a Bearer token', async () => {
    const address = await s.app.listen({ port: 0, host: '127.0.0.1' });
    const health = await fetch(`${address}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const refused = await fetch(`${address}/api/protocols`);
    expect(refused.status).toBe(401);
    const listed = await fetch(`${address}/api/report?kind=overdue`, { headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { rows: unknown[] }).rows).toHaveLength(22);
    const big = await fetch(`${address}/api/done`, { method: 'POST', headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ ref: '4/2019 п.1.2', reason: 'x'.repeat(70 * 1024) }) });
    expect(big.status).toBe(413);
  });
});

describe('srok serve', () => {
  it('refuses to start without tokens, naming SROK_API_TOKENS', async () => {
    let err = '';
    const io: CliIo = { out: () => undefined, err: (t) => (err += t), env: { REDIS_URL }, now: () => new Date(), isTTY: false };
    expect(await main(['serve', '--port', '0'], io)).toBe(2);
    expect(err).toMatch(/для работы srok serve нужны токены API, а переменная SROK_API_TOKENS не задана/);
  });

  it('refuses a port that is not a number', async () => {
    let err = '';
    const io: CliIo = { out: () => undefined, err: (t) => (err += t), env: { REDIS_URL, SROK_API_TOKENS: OPERATOR_TOKEN }, now: () => new Date(), isTTY: false };
    expect(await main(['serve', '--port', 'eighty'], io)).toBe(2);
    expect(err).toMatch(/--port 'eighty' — не порт/);
  });
});
