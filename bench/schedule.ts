import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Queue, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { officeInstant } from '../src/calendar/index.js';
import { SimulatedClock } from '../src/clock.js';
import { loadConfig } from '../src/config/index.js';
import type { SrokConfig } from '../src/config/types.js';
import type { ParsedDocument } from '../src/domain.js';
import { silentLog } from '../src/log.js';
import { bullPrefix, jobDefaults, QUEUE_NAME } from '../src/schedule/queue.js';
import { createRuntime } from '../src/worker/worker.js';
import { singleExecutorProtocols } from './fixtures.js';
import { benchPrefix, clearPrefix, noTransport, REDIS_URL } from './support.js';

/**
 * Import and schedule N single-executor assignments (parsing excluded) through srok —
 * store.importAndRead + scheduler.scheduleProtocol, what importFile does after the
 * parse — beside raw BullMQ queue.addBulk of the same N delayed jobs: the same payload
 * ({ protocolKey, item, track, stepId, at }), job ids, delays and job options, in the
 * same batches (one addBulk per protocol, as srok adds them).
 *
 * Shape: 100 protocols × 100 assignments. A protocol is srok's unit of import — one
 * stored document, one plan, one addBulk — so the per-protocol round-trips are paid
 * once per 100 jobs here; with 10 000 one-assignment protocols they would be paid per
 * job, a worst case no import meets (the seeds hold 3–9 assignments). That case is
 * measured too, at a smaller N, as a micro-figure.
 */

export interface ScheduleResult {
  n: number;
  protocols: number;
  srokJobsPerSec: number;
  rawJobsPerSec: number;
  ratio: number;
  /** Micro-figures of the srok run: ms per protocol in each step. */
  srokMs: { import: number; schedule: number; total: number };
  /** ms per protocol of raw addBulk. */
  rawMsPerProtocol: number;
  /** The worst case: one-assignment protocols (goal ≥ 0.5×). */
  single: { n: number; srokJobsPerSec: number; rawJobsPerSec: number; ratio: number; srokMs: { import: number; schedule: number }; rawMsPerProtocol: number };
}

const DAY = '2021-03-01';

interface SrokRun {
  seconds: number;
  jobs: number;
  importMs: number;
  scheduleMs: number;
  /** What srok enqueued, per protocol, to replay raw. */
  batches: Array<Array<{ name: string; data: unknown; opts: JobsOptions }>>;
}

async function runSrok(config: SrokConfig, docs: readonly ParsedDocument[], clock: SimulatedClock, capture: boolean): Promise<SrokRun> {
  const prefix = benchPrefix('schedule');
  const runtime = await createRuntime({
    configDir: 'config',
    config,
    redisUrl: REDIS_URL,
    clock,
    log: silentLog(),
    process: false,
    prefix,
    transport: noTransport,
    dailyReplan: false,
  });
  const { store, scheduler } = runtime.deps;
  try {
    let jobs = 0;
    let importMs = 0;
    let scheduleMs = 0;
    const keys: string[] = [];
    const started = performance.now();
    for (const doc of docs) {
      const t0 = performance.now();
      // As importParsed: the protocol read back in the import's round-trip is what the scheduling plans from, and a
      // protocol seen for the first time is planned while Redis stores it.
      const now = clock.now();
      const { result, read, meanwhile: first } = await store.importAndRead(doc, { now, actor: 'bench' }, (stored) => scheduler.firstPlan(stored, now));
      const t1 = performance.now();
      const s = await scheduler.scheduleProtocol(result.protocolKey, undefined, read !== null ? { read, ...(first !== undefined ? { first } : {}) } : {});
      // importFile re-plans the protocols an import closed or extended: none here.
      for (const key of new Set(result.applied.map((r) => r.protocolKey).filter((k) => k !== result.protocolKey))) await scheduler.scheduleProtocol(key);
      importMs += t1 - t0;
      scheduleMs += performance.now() - t1;
      jobs += s.added;
      keys.push(result.protocolKey);
    }
    const seconds = (performance.now() - started) / 1000;
    const batches: SrokRun['batches'] = [];
    if (capture) {
      // The very jobs srok added, protocol by protocol, to replay them raw.
      const byProtocol = new Map<string, Array<{ name: string; data: unknown; opts: JobsOptions }>>(keys.map((k) => [k, []]));
      for (const job of await runtime.queue.getJobs(['delayed', 'wait'], 0, -1, true)) {
        const data = job.data as { protocolKey: string };
        byProtocol.get(data.protocolKey)?.push({ name: job.name, data: job.data, opts: { jobId: job.id!, delay: job.delay } });
      }
      for (const k of keys) batches.push(byProtocol.get(k)!.sort((a, b) => (a.opts.jobId! < b.opts.jobId! ? -1 : 1)));
    }
    return { seconds, jobs, importMs, scheduleMs, batches };
  } finally {
    await runtime.close();
    await clearPrefix(prefix);
  }
}

async function runRaw(config: SrokConfig, batches: SrokRun['batches']): Promise<{ seconds: number; jobs: number }> {
  const prefix = benchPrefix('schedule-raw');
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection, prefix: bullPrefix(prefix), defaultJobOptions: jobDefaults(config.settings) });
  try {
    await queue.waitUntilReady();
    let jobs = 0;
    const started = performance.now();
    for (const batch of batches) {
      await queue.addBulk(batch.map((j) => ({ name: j.name, data: j.data, opts: { ...j.opts } })));
      jobs += batch.length;
    }
    return { seconds: (performance.now() - started) / 1000, jobs };
  } finally {
    await queue.close();
    connection.disconnect();
    await clearPrefix(prefix);
  }
}

async function compare(config: SrokConfig, docs: readonly ParsedDocument[], start: Date, rounds: number): Promise<{ srok: SrokRun; raw: { seconds: number; jobs: number } }> {
  let bestSrok: SrokRun | null = null;
  let bestRaw: { seconds: number; jobs: number } | null = null;
  for (let r = 0; r < rounds; r += 1) {
    const srok = await runSrok(config, docs, new SimulatedClock(start), r === 0);
    if (r === 0) bestSrok = srok;
    else if (srok.seconds < bestSrok!.seconds) bestSrok = { ...srok, batches: bestSrok!.batches };
    const raw = await runRaw(config, bestSrok!.batches);
    if (bestRaw === null || raw.seconds < bestRaw.seconds) bestRaw = raw;
  }
  return { srok: bestSrok!, raw: bestRaw! };
}

export async function benchSchedule(options: { n?: number; perProtocol?: number; rounds?: number; singleN?: number } = {}): Promise<ScheduleResult> {
  const n = options.n ?? 10_000;
  const perProtocol = options.perProtocol ?? 100;
  const rounds = options.rounds ?? 2;
  const singleN = options.singleN ?? 1_000;
  const config = loadConfig('config');
  const start = officeInstant(DAY, '09:00', config.settings.timezone);

  // Warm-up: JIT, script loading, connections.
  await compare(config, singleExecutorProtocols({ protocols: 5, perProtocol: 20, date: DAY, series: 'w' }), start, 1);

  const docs = singleExecutorProtocols({ protocols: n / perProtocol, perProtocol, date: DAY, series: 's' });
  const main = await compare(config, docs, start, rounds);
  if (main.srok.jobs !== n || main.raw.jobs !== n) throw new Error(`schedule: expected ${n} jobs, srok added ${main.srok.jobs}, raw ${main.raw.jobs}`);

  const singles = singleExecutorProtocols({ protocols: singleN, perProtocol: 1, date: DAY, series: 'o' });
  const single = await compare(config, singles, start, rounds);

  const protocols = docs.length;
  const srokJobsPerSec = n / main.srok.seconds;
  const rawJobsPerSec = n / main.raw.seconds;
  const singleSrok = singleN / single.srok.seconds;
  const singleRaw = singleN / single.raw.seconds;
  return {
    n,
    protocols,
    srokJobsPerSec,
    rawJobsPerSec,
    ratio: srokJobsPerSec / rawJobsPerSec,
    srokMs: {
      import: main.srok.importMs / protocols,
      schedule: main.srok.scheduleMs / protocols,
      total: (main.srok.seconds * 1000) / protocols,
    },
    rawMsPerProtocol: (main.raw.seconds * 1000) / protocols,
    single: {
      n: singleN,
      srokJobsPerSec: singleSrok,
      rawJobsPerSec: singleRaw,
      ratio: singleSrok / singleRaw,
      srokMs: { import: single.srok.importMs / singleN, schedule: single.srok.scheduleMs / singleN },
      rawMsPerProtocol: (single.raw.seconds * 1000) / singleN,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchSchedule());
}
