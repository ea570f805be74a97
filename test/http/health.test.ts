/**
 * /health tells a probe whether srok does its work: a worker is alive, and no due step
 * has waited longer than `schedule.maxDueWaitMinutes`. A caller with a token sees the
 * live workers and the age of the oldest due step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, serve, type Served } from './support.js';

let s: Served;
beforeAll(async () => {
  s = await serve('http-health');
});
afterAll(async () => {
  await s.close();
});

async function details() {
  const r = await s.app.inject({ method: 'GET', url: '/health', headers: { authorization: `Bearer ${READ_TOKEN}` } });
  return { status: r.statusCode, body: r.json() as Record<string, unknown> & { checks: Record<string, boolean>; failed: string[] } };
}

async function probe() {
  const r = await s.app.inject({ method: 'GET', url: '/health' });
  return { status: r.statusCode, body: r.json() as unknown };
}

/** Wait for the worker's connection to the queue (it names itself as it starts its loop). */
async function untilWorkers(n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await s.pipeline.runtime.queue.getWorkers()).length !== n) {
    if (Date.now() > deadline) throw new Error(`not ${n} workers`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('/health', () => {
  it('reports the live workers and the oldest due step; 503 when no worker is alive or a due step waits past the limit', async () => {
    await untilWorkers(1);
    const alive = await details();
    expect(alive.status).toBe(200);
    expect(alive.body).toMatchObject({ status: 'ok', workers: 1, oldestDue: null, checks: { redis: true, mail: true, queue: true, workers: true } });

    // The worker stops: nothing runs the jobs any more.
    await s.pipeline.runtime.worker!.close();
    await untilWorkers(0);
    const none = await details();
    expect(none.status).toBe(503);
    expect(none.body).toMatchObject({ status: 'fail', workers: 0, failed: ['workers'] });
    expect(await probe()).toEqual({ status: 503, body: { status: 'fail' } });

    // The next step falls due and waits 31 minutes, past the default limit of 30.
    const next = await s.pipeline.runtime.deps.store.nextDue();
    expect(next).not.toBeNull();
    s.pipeline.clock.advanceTo(new Date(next!.at + 31 * 60_000));
    const late = await details();
    expect(late.status).toBe(503);
    expect(late.body.failed).toEqual(['queue', 'workers']);
    expect(late.body['oldestDue']).toEqual({ waitingSeconds: 31 * 60, limitSeconds: 30 * 60, at: new Date(next!.at).toISOString() });
  });
});
