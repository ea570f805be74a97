import { afterEach, describe, expect, it } from 'vitest';
import { approveProtocol } from '../../src/review/approve.js';
import { kindOf, startPipeline, type Pipeline } from '../support/pipeline.js';

const VAGUE = 'test/fixtures/review/2-2026.txt';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

describe('the review gate', () => {
  it('a protocol with a vague deadline and an unknown executor waits under the default config: planned, nothing queued; srok approve queues its steps', async () => {
    pipeline = await startPipeline('review-gate', { day: '2026-03-11', time: '10:00' }, { review: 'warnings' });
    const deps = pipeline.runtime.deps;
    const imported = await pipeline.import(VAGUE);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.review?.waits).toBe(true);
    expect(imported.review?.reasons.map((w) => [w.line, w.code])).toEqual([
      [18, 'executor_unmatched'],
      [20, 'deadline_vague'],
    ]);
    expect(imported.scheduled).toBe(0);
    expect(await pipeline.runtime.queue.getDelayedCount()).toBe(0);
    expect(await deps.store.listWaiting()).toEqual([{ key: imported.result.protocolKey, since: pipeline.at('2026-03-11', '10:00').getTime() }]);

    // Its plan is visible all the same.
    const { stored, state } = await deps.store.getProtocolWithState(imported.result.protocolKey, { tracks: false });
    const plan = deps.scheduler.plan(stored!, state, pipeline.clock.now());
    expect(plan.steps.length).toBeGreaterThan(0);
    // A re-plan (daily, srok replan) queues nothing of it either.
    await deps.scheduler.replanAll();
    expect(await pipeline.runtime.queue.getDelayedCount()).toBe(0);

    const approved = await approveProtocol(imported.result.protocolKey, { store: deps.store, scheduler: deps.scheduler, clock: pipeline.clock, log: deps.log, actor: 'cli:operator' });
    expect(approved.outcome).toBe('approved');
    const delayed = await pipeline.runtime.queue.getDelayedCount();
    expect(delayed).toBeGreaterThan(0);
    // One step job per planned track (a day's digest of a recipient is a job of its own beside them).
    const jobs = await pipeline.runtime.queue.getJobs(['delayed', 'waiting', 'active', 'completed']);
    expect(jobs.filter((j) => j.name === 'step')).toHaveLength(approved.outcome === 'approved' ? approved.schedule.tracks : -1);
    const audit = await deps.store.getAudit(imported.result.protocolKey);
    expect(audit.filter((e) => e.action === 'approve').map((e) => e.actor)).toEqual(['cli:operator']);
    expect(await deps.store.listWaiting()).toEqual([]);

    // Approving again changes nothing.
    expect((await approveProtocol(imported.result.protocolKey, { store: deps.store, scheduler: deps.scheduler, clock: pipeline.clock, log: deps.log, actor: 'cli:other' })).outcome).toBe('not-waiting');
  });

  it('steps whose time passed while the protocol waited fold into one catch-up mail per recipient', async () => {
    pipeline = await startPipeline('review-late', { day: '2026-03-11', time: '10:00' }, { review: 'warnings' });
    const deps = pipeline.runtime.deps;
    const imported = await pipeline.import(VAGUE);
    if (!imported.ok) throw new Error(imported.error);
    await pipeline.runUntil('2026-04-21', '09:00');
    pipeline.clock.advanceTo(pipeline.at('2026-04-21', '09:00'));
    // Only the operator's daily list of what waits went out meanwhile.
    expect(pipeline.sink.mails.every((m) => kindOf(m) === 'review-waiting')).toBe(true);
    const before = pipeline.sink.mails.length;
    await approveProtocol(imported.result.protocolKey, { store: deps.store, scheduler: deps.scheduler, clock: pipeline.clock, log: deps.log, actor: 'cli:operator' });
    await pipeline.runUntil('2026-04-21', '09:30');
    const mails = pipeline.sink.mails.slice(before);
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.every((m) => kindOf(m) === 'catchup')).toBe(true);
    const recipients = mails.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : ''));
    expect(new Set(recipients).size).toBe(recipients.length);
  });

  it('with the gate off a protocol is queued at once', async () => {
    pipeline = await startPipeline('review-off', { day: '2026-03-11', time: '10:00' }, { review: 'off' });
    const imported = await pipeline.import(VAGUE);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.review?.waits).toBe(false);
    expect(await pipeline.runtime.queue.getDelayedCount()).toBeGreaterThan(0);
  });
});
