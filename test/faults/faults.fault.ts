/**
 * `npm run test:faults`: srok under the faults of a real deployment — a worker killed,
 * Redis restarted, an SMTP server refusing, several workers at once, days of downtime.
 * Each case prints its figures: steps, delivered, distinct, duplicates, lost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAccess } from '../../src/http/access.js';
import { buildHttpServer } from '../../src/http/server.js';
import { runSrok } from '../support/cli.js';
import { report, startRig, type Rig } from './rig.js';

let rig: Rig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const CONCURRENCY = 16;
const READ_TOKEN = 'f4ult5r34d0nly0123456789abcdef01';

/** Wait for a condition the system under test brings about (not for time to pass). */
async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Mails whose twins (the same mail id) carry another Message-ID: there must be none. */
function twinsWithOtherMessageIds(r: Rig): string[] {
  const ids = new Map<string, Set<string>>();
  for (const a of r.sink.accepted) ids.set(a.mailId, (ids.get(a.mailId) ?? new Set()).add(a.messageId));
  return [...ids].filter(([, m]) => m.size > 1).map(([id]) => id);
}

async function ledgerStates(r: Rig): Promise<Map<string, number>> {
  const entries = await r.runtime.deps.store.ledger.getMany([...r.steps]);
  const states = new Map<string, number>();
  for (const e of entries) states.set(e.state, (states.get(e.state) ?? 0) + 1);
  return states;
}

/** Protocols, assignments and parts stored, and tracks with a next step. */
async function census(r: Rig): Promise<{ protocols: number; assignments: number; tracks: number }> {
  const { store } = r.runtime.deps;
  const keys = (await store.listProtocols()).map((p) => p.key);
  let assignments = 0;
  let tracks = 0;
  for (const key of keys) {
    const stored = await store.getProtocol(key);
    assignments += stored?.doc.assignments.length ?? 0;
    tracks += (await store.getTracks(key)).size;
  }
  return { protocols: keys.length, assignments, tracks };
}

describe('faults', () => {
  it('kill -9 of a worker in a burst of 2 000 due steps: nothing lost; a duplicate only for a mail in flight, with its twin’s Message-ID', async () => {
    rig = await startRig('kill9');
    const dueAt = await rig.prepare(2000);
    await rig.promoteAll();
    const started = Date.now();
    const first = await rig.startWorker(dueAt, 'first');
    await until('the burst is under way', () => rig!.sink.accepted.length >= 400);
    await first.kill9();
    const atKill = rig.sink.accepted.length;
    await rig.startWorker(new Date(dueAt.getTime() + (Date.now() - started)), 'restarted');
    await rig.settle();

    const f = rig.figures();
    report('kill -9', { ...f, acceptedAtKill: atKill });
    expect(atKill).toBeLessThan(2000);
    expect(f.lost).toBe(0);
    expect(f.distinct).toBe(2000);
    // At most the mails the killed worker had in flight: one per job it was running.
    expect(f.duplicates).toBeLessThanOrEqual(CONCURRENCY);
    expect(twinsWithOtherMessageIds(rig)).toEqual([]);
    expect(await ledgerStates(rig)).toEqual(new Map([['sent', 2000]]));
    expect(await rig.stepsNotCarriedOn()).toEqual([]);
  });

  it('Redis stopped (SIGTERM) and started again on the same AOF mid-run: no assignment, part or step lost', async () => {
    rig = await startRig('redis-restart');
    const dueAt = await rig.prepare(2000);
    const before = await census(rig);
    await rig.promoteAll();
    const started = Date.now();
    await rig.startWorker(dueAt);
    await until('the burst is under way', () => rig!.sink.accepted.length >= 500);
    await rig.restartRedis();
    const atRestart = rig.sink.accepted.length;
    await rig.settle();

    const f = rig.figures();
    report('redis restart', { ...f, acceptedAtRestart: atRestart, seconds: ((Date.now() - started) / 1000).toFixed(1) });
    expect(atRestart).toBeLessThan(2000);
    expect(before).toEqual({ protocols: 200, assignments: 2000, tracks: 2000 });
    expect(await census(rig)).toEqual(before);
    expect(f.lost).toBe(0);
    expect(f.duplicates).toBeLessThanOrEqual(CONCURRENCY);
    expect(twinsWithOtherMessageIds(rig)).toEqual([]);
    expect(await ledgerStates(rig)).toEqual(new Map([['sent', 2000]]));
    expect(await rig.stepsNotCarriedOn()).toEqual([]);
  });

  it('Redis under Sentinel fails over in a burst of 2 000 due steps with two workers: nothing lost, a duplicate only for a mail in flight, the queue and the store whole', async () => {
    rig = await startRig('sentinel', { sentinel: true });
    const dueAt = await rig.prepare(2000);
    const before = await census(rig);
    await rig.promoteAll();
    const started = Date.now();
    await Promise.all(['s1', 's2'].map((name) => rig!.startWorker(dueAt, name)));
    await until('the burst is under way', () => rig!.sink.accepted.length >= 500);
    const atFailover = rig.sink.accepted.length;
    const { from, to } = await rig.sentinel!.failover();
    const failoverSeconds = (Date.now() - started) / 1000;
    await rig.settle({ timeoutMs: 120_000 });

    const f = rig.figures();
    report('sentinel failover', { ...f, acceptedAtFailover: atFailover, primary: `${from}→${to}`, failoverAt: failoverSeconds.toFixed(1), seconds: ((Date.now() - started) / 1000).toFixed(1) });
    expect(to).not.toBe(from);
    expect(await rig.sentinel!.primaryPort()).toBe(to);
    expect(atFailover).toBeLessThan(2000);
    expect(f.lost).toBe(0);
    expect(f.distinct).toBe(2000);
    // At most the mails the two workers had in flight: one per job each was running.
    expect(f.duplicates).toBeLessThanOrEqual(2 * CONCURRENCY);
    expect(twinsWithOtherMessageIds(rig)).toEqual([]);
    expect(await ledgerStates(rig)).toEqual(new Map([['sent', 2000]]));
    expect(await census(rig)).toEqual(before);
    expect(await rig.stepsNotCarriedOn()).toEqual([]);
    const counts = await rig.runtime.queue.getJobCounts('waiting', 'active', 'failed');
    expect(counts).toEqual({ waiting: 0, active: 0, failed: 0 });
  });

  it('SMTP answers 4xx for a while, then accepts: all delivered with backoff, none twice; a 5xx recipient fails for good, is not retried, and shows in /health and the report', async () => {
    rig = await startRig('smtp');
    const dueAt = await rig.prepare(280);
    const gone = rig.config.directory.get('chel-minfin')!.emails[0]!.toLowerCase();
    rig.sink.permanent.add(gone);
    rig.sink.refuseAll = true;
    await rig.promoteAll();
    await rig.startWorker(dueAt);
    // Every mail to the others refused, then refused again on its first retry: the backoff is at work.
    await until('each mail was refused twice', () => rig!.sink.refused.transient >= 2 * 240);
    const refusedBeforeRecovery = rig.sink.refused.transient;
    rig.sink.refuseAll = false;
    const ledger = rig.runtime.deps.store.ledger;
    const failedIds = async () => new Set((await ledger.listFailed()).map((e) => e.mailId));
    await rig.settle({ failedIds });

    const f = rig.figures();
    const failed = await failedIds();
    const lost = f.steps - f.distinct - failed.size;
    report('smtp 4xx then 5xx', { ...f, lost, refused4xx: refusedBeforeRecovery, failed5xx: failed.size, rcpt5xx: rig.sink.refused.permanent.get(gone) ?? 0 });
    expect(f.distinct).toBe(240);
    expect(f.duplicates).toBe(0);
    expect(lost).toBe(0);
    expect(failed.size).toBe(40);
    // Each mail to the refused address was offered once: a 5xx is not retried.
    expect(rig.sink.refused.permanent.get(gone)).toBe(40);
    expect(rig.sink.accepted.some((a) => a.to.toLowerCase().includes(gone))).toBe(false);

    const app = await buildHttpServer({ runtime: rig.runtime.deps, access: createAccess({ apiTokens: [], apiReadTokens: [READ_TOKEN] }), linkSecret: null });
    try {
      const health = (await app.inject({ method: 'GET', url: '/health', headers: { authorization: `Bearer ${READ_TOKEN}` } })).json();
      expect(health.failedMails.count).toBe(40);
      expect(health.failedMails.latest[0].reason).toMatch(/550|mailbox unavailable/);
    } finally {
      await app.close();
    }
    const { code, out, err } = await runSrok(['report', '--failed-mail', '--json', '--config', rig.configDir], { env: { ...process.env, REDIS_URL: rig.redis.url } });
    expect(err).toBe('');
    expect(code).toBe(0);
    const listed = JSON.parse(out) as { failedMails: Array<{ mailId: string; reason: string }> };
    expect(new Set(listed.failedMails.map((m) => m.mailId))).toEqual(failed);
    expect(listed.failedMails.every((m) => /550|mailbox unavailable/.test(m.reason))).toBe(true);
  });

  it('four workers on one Redis, 10 000 due steps: exactly 10 000 distinct mails, shared between them', async () => {
    rig = await startRig('four-workers');
    const dueAt = await rig.prepare(10_000);
    await rig.promoteAll();
    const started = Date.now();
    await Promise.all(['w1', 'w2', 'w3', 'w4'].map((name) => rig!.startWorker(dueAt, name)));
    await rig.settle({ timeoutMs: 480_000 });

    const f = rig.figures();
    const entries = await rig.runtime.deps.store.ledger.getMany([...rig.steps]);
    // The lease owner is '<host>:<pid>:<random>/<delivery>': the workers are told apart by their pid.
    const byWorker = new Map<string, number>();
    for (const e of entries) {
      const worker = (e.owner ?? '').split('/')[0] ?? '';
      byWorker.set(worker, (byWorker.get(worker) ?? 0) + 1);
    }
    report('four workers', { ...f, seconds: ((Date.now() - started) / 1000).toFixed(1), perWorker: [...byWorker.values()].sort((a, b) => b - a).join('/') });
    expect(f.distinct).toBe(10_000);
    expect(f.delivered).toBe(10_000);
    expect(f.duplicates).toBe(0);
    expect(f.lost).toBe(0);
    expect(byWorker.size).toBe(4);
    expect(await rig.stepsNotCarriedOn()).toEqual([]);
  });

  it('a worker stopped for three simulated days: one catch-up mail per recipient, no burst of stale reminders', async () => {
    rig = await startRig('downtime');
    // Reminders due on Monday, Tuesday and Wednesday; the worker stops before the first and is back on Thursday.
    const firstDue = await rig.prepare(210, { deadlineAfterDays: (i) => 28 + (i % 3) });
    const back = new Date(firstDue.getTime() + 3 * 24 * 3600_000);
    expect(await rig.runtime.deps.store.dueBefore(back.getTime(), 1000)).toHaveLength(210);
    const before = await rig.startWorker(new Date(firstDue.getTime() - 3600_000), 'before');
    expect(await before.stop()).toBe(0);
    expect(rig.sink.accepted).toEqual([]);

    await rig.promoteAll();
    const after = await rig.startWorker(back, 'after');
    const queue = rig.runtime.queue;
    const bodies = ['chel-mininform', 'chel-minfin', 'chel-mineconom', 'chel-minzdrav', 'chel-minobr', 'chel-minsoc', 'chel-ugs'];
    const recipients = new Set(bodies.map((id) => rig!.config.directory.get(id)!.emails[0]!.toLowerCase()));
    // The late steps fold into one gathering job per recipient; its minute of gathering is moved on like any delayed job.
    const catchUps = async () => (await queue.getJobs(['delayed'])).filter((j) => j.name === 'catchup');
    await until('every late step is folded', async () => {
      const c = await queue.getJobCounts('waiting', 'active');
      return (c['waiting'] ?? 0) + (c['active'] ?? 0) === 0 && (await catchUps()).length === recipients.size;
    });
    for (const job of await catchUps()) await job.promote();
    await until('the catch-up mails are accepted', () => rig!.sink.accepted.length >= recipients.size);
    await until('the queue is idle', async () => {
      const c = await queue.getJobCounts('waiting', 'active');
      return (c['waiting'] ?? 0) + (c['active'] ?? 0) === 0;
    });

    const mails = rig.sink.accepted;
    const stale = mails.filter((m) => rig!.steps.has(m.mailId)).length;
    report('three days down', { steps: rig.steps.size, delivered: mails.length, distinct: new Set(mails.map((m) => m.mailId)).size, duplicates: mails.length - new Set(mails.map((m) => m.mailId)).size, lost: (await rig.stepsNotCarriedOn()).length, staleReminders: stale, recipients: recipients.size });
    expect(stale).toBe(0);
    expect(mails).toHaveLength(recipients.size);
    expect(new Set(mails.map((m) => m.to.toLowerCase()))).toEqual(recipients);
    expect(mails.every((m) => m.mailId.startsWith('catchup.'))).toBe(true);
    expect(await rig.stepsNotCarriedOn()).toEqual([]);
    expect(await after.stop()).toBe(0);
  });
});
