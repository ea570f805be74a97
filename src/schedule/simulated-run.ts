import type { Queue, Worker } from 'bullmq';
import type { SimulatedClock } from '../clock.js';
import type { Store } from '../store/index.js';
import { nextTick, type CronTick } from './cron-ticks.js';
import type { Scheduler } from './scheduler.js';

/**
 * Run the real queue and worker on a simulated clock: jump to the next due job,
 * promote it in BullMQ, wait until the worker has done everything that is due, and
 * repeat. Only time is simulated; Redis, BullMQ, the templates, the ledger and the
 * transport are the real ones.
 */
export interface SimulatedRunDeps {
  store: Store;
  scheduler: Scheduler;
  queue: Queue;
  worker: Worker;
  clock: SimulatedClock;
}

export interface SimulatedRunResult {
  /** Jumps of the clock. */
  ticks: number;
  /** Jobs promoted. */
  promoted: number;
  /** Where the clock stands at the end. */
  endedAt: Date;
}

const PROMOTE_BATCH = 500;

/** Wait until nothing is waiting or running: the worker's events wake us, a short timer covers a missed one. */
export async function drain(queue: Queue, worker: Worker): Promise<void> {
  for (;;) {
    const c = await queue.getJobCounts('waiting', 'active', 'prioritized');
    if ((c['waiting'] ?? 0) + (c['active'] ?? 0) + (c['prioritized'] ?? 0) === 0) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('completed', done);
        worker.off('failed', done);
        worker.off('drained', done);
        resolve();
      };
      const timer = setTimeout(done, 100);
      worker.on('completed', done);
      worker.on('failed', done);
      worker.on('drained', done);
    });
  }
}

async function promote(queue: Queue, jobIds: readonly string[]): Promise<number> {
  let promoted = 0;
  for (const id of jobIds) {
    const job = await queue.getJob(id);
    if (!job) continue;
    // A job may have run, been replaced or be retrying; only a delayed one is promoted.
    if (await job.isDelayed()) {
      await job.promote().catch(() => undefined);
      promoted += 1;
    }
  }
  return promoted;
}

interface UpcomingTick {
  tick: CronTick;
  at: number;
}

/**
 * The next instant of every tick in force, earliest first: those already known keep
 * theirs, the others (the one just fired, one a reloaded config added) count from `now`.
 */
function upcomingTicks(scheduler: Scheduler, now: Date, known: readonly UpcomingTick[]): UpcomingTick[] {
  return scheduler
    .cronTicks()
    .map((tick) => ({ tick, at: known.find((k) => k.tick.id === tick.id)?.at ?? nextTick(tick, now).getTime() }))
    .sort((a, b) => a.at - b.at);
}

export async function runSimulated(until: Date, deps: SimulatedRunDeps): Promise<SimulatedRunResult> {
  const { store, scheduler, queue, worker, clock } = deps;
  let ticks = 0;
  let promoted = 0;
  // Cron ticks (the daily re-plan, the controllers' summary) fire on simulated days as they do in production.
  let cron = upcomingTicks(scheduler, clock.now(), []);
  for (;;) {
    await drain(queue, worker);
    const nextStep = await store.nextDue();
    const aux = await scheduler.auxDue(clock.now().getTime());
    // While a protocol waits for review nothing of it is due, yet the operator is told of it each working day.
    const reviewTick = (await store.listWaiting()).length > 0 ? cron.find((c) => c.tick.id === 'review-waiting')?.at : undefined;
    const candidates = [nextStep?.at, aux.next, reviewTick].filter((t): t is number => t !== undefined && t !== null);
    if (candidates.length === 0) break;
    const t = Math.min(...candidates);
    if (t > until.getTime()) break;
    const tick = cron.find((candidate) => candidate.at <= t);
    if (tick) {
      // Enqueued like a job scheduler's job, so the worker runs it as in production; the next turn drains it.
      clock.advanceTo(new Date(tick.at));
      await queue.add(tick.tick.job, tick.tick.data, { jobId: `${tick.tick.id}.${tick.at}` });
      cron = upcomingTicks(scheduler, clock.now(), cron.filter((other) => other !== tick));
      continue;
    }
    clock.advanceTo(new Date(t));
    ticks += 1;

    const ids: string[] = [];
    const due = await store.dueBefore(t, PROMOTE_BATCH);
    const byProtocol = new Map<string, string[]>();
    for (const d of due) byProtocol.set(d.protocolKey, [...(byProtocol.get(d.protocolKey) ?? []), d.track]);
    for (const [key, tracks] of byProtocol) {
      const next = await store.getTracks(key);
      for (const track of tracks) {
        const n = next.get(track);
        if (n) ids.push(n.stepId);
      }
    }
    const auxDue = (await scheduler.auxDue(t)).due;
    ids.push(...auxDue);
    const count = await promote(queue, ids);
    promoted += count;
    if (count === 0) {
      // Nothing promotable at t (a job that already ran but kept its index entry): drop
      // the stale entries so the clock can move on.
      for (const d of due) {
        const n = (await store.getTracks(d.protocolKey)).get(d.track);
        if (!n || Date.parse(n.at) <= t) {
          const job = n ? await queue.getJob(n.stepId) : undefined;
          if (!job || (await job.isCompleted()) || (await job.isFailed())) await store.setTrackNext(d.protocolKey, d.track, null);
        }
      }
      for (const id of auxDue) await scheduler.auxDone(id);
    }
  }
  return { ticks, promoted, endedAt: clock.now() };
}
