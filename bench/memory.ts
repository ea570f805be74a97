import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { officeInstant } from '../src/calendar/index.js';
import { SimulatedClock } from '../src/clock.js';
import { loadConfig } from '../src/config/index.js';
import type { SrokConfig } from '../src/config/types.js';
import type { ParsedDocument } from '../src/domain.js';
import { silentLog } from '../src/log.js';
import { bullPrefix, jobDefaults, QUEUE_NAME } from '../src/schedule/queue.js';
import { createRuntime } from '../src/worker/worker.js';
import { groupProtocols, singleExecutorProtocols } from './fixtures.js';
import { noTransport, startOwnRedis, type OwnRedis } from './support.js';

/**
 * Redis bytes srok keeps per open part-occurrence, beside one raw BullMQ delayed job
 * with the same payload, and per single-executor assignment.
 *
 * Method: `INFO memory` used_memory deltas in a fresh redis-server of our own (no
 * persistence, nothing else in it), read with every srok and BullMQ connection
 * closed, so client buffers are not counted. Each side first gets a warm-up load
 * (250 protocols, or 6 000 jobs) so that BullMQ's Lua scripts are loaded, the
 * sorted sets are past their small listpack encoding and the capped events stream
 * (10 000 entries, two per delayed job) is full: the delta over the measured load
 * is then what each further item costs, not a fixed cost. The same server keyspace
 * layout holds on both sides: srok under its default prefix `srok`, raw BullMQ under
 * the same queue prefix and queue name, with srok's own job ids.
 *
 * Breakdown: MEMORY USAGE (SAMPLES 0) summed over the keys of each kind, before and
 * after the measured load; it counts keys and values, not the keyspace's own hash
 * table, so it sums to a little less than the used_memory delta.
 *
 * The single-executor assignments are measured in the same server right after the
 * group assignments, which leave it warm in the same way.
 *
 * Shape: the KhMAO working group's protocol with item 1.2 of seed 000 — «Рекомендовать
 * органам местного самоуправления …», the group khmao-omsu, 22 parts, its address so
 * the item also has a summary track — one per protocol, 1 000 protocols: 22 000 open
 * part-occurrences. Per assignment: 1 000 Chelyabinsk protocols of 10 single-executor
 * assignments each.
 */

export interface MemoryResult {
  method: string;
  parts: number;
  /** Bytes per open part-occurrence: everything srok adds for it. */
  srok: number;
  /** Bytes per raw BullMQ delayed job with the same payload. */
  raw: number;
  ratio: number;
  /** Bytes per single-executor assignment, its text included. */
  perAssignment: number;
  assignments: number;
  /** MEMORY USAGE per kind of key, bytes per part-occurrence (srok), per job (raw), per assignment. */
  breakdown: { srok: Record<string, number>; raw: Record<string, number>; perAssignment: Record<string, number> };
}

const DAY = '2021-03-01';
const PREFIX = 'srok';
const BULL_KEYS = new Set(['delayed', 'events', 'meta', 'id', 'marker', 'completed', 'wait', 'active', 'paused', 'prioritized', 'pc', 'stalled-check', 'failed']);

async function settle(ms = 300): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

async function usedMemory(url: string): Promise<number> {
  const redis = new Redis(url);
  try {
    await settle();
    const info = await redis.info('memory');
    const m = /^used_memory:(\d+)/m.exec(info);
    if (!m) throw new Error('INFO memory without used_memory');
    return Number(m[1]);
  } finally {
    redis.disconnect();
  }
}

/** What kind of srok or BullMQ key this is. */
function kindOf(key: string): string {
  const bull = `${bullPrefix(PREFIX)}:${QUEUE_NAME}:`;
  if (key.startsWith(bull)) {
    const rest = key.slice(bull.length);
    return BULL_KEYS.has(rest) ? `bull ${rest}` : 'bull job hash';
  }
  const own = /^srok:\{p:[^}]+\}:(\w+)$/.exec(key);
  if (own) return `protocol ${own[1]}`;
  const global = /^srok:([a-z-]+)/.exec(key);
  return global ? `index ${global[1]}` : 'other';
}

async function usageByKind(url: string): Promise<Map<string, number>> {
  const redis = new Redis(url);
  const sums = new Map<string, number>();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'COUNT', 1000);
      cursor = next;
      const p = redis.pipeline();
      for (const k of keys) p.memory('USAGE', k, 'SAMPLES', 0);
      const replies = (await p.exec()) ?? [];
      keys.forEach((k, i) => {
        const kind = kindOf(k);
        sums.set(kind, (sums.get(kind) ?? 0) + Number(replies[i]?.[1] ?? 0));
      });
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return sums;
}

function perItem(before: Map<string, number>, after: Map<string, number>, items: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const kind of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const d = ((after.get(kind) ?? 0) - (before.get(kind) ?? 0)) / items;
    if (Math.abs(d) >= 0.05) out[kind] = Number(d.toFixed(1));
  }
  return out;
}

interface JobSpec {
  name: string;
  data: { protocolKey: string; track: string };
  opts: { jobId: string; delay: number };
}

/** Import and schedule protocols through srok (a runtime that only enqueues), then close every connection. */
async function importAll(config: SrokConfig, url: string, docs: readonly ParsedDocument[]): Promise<{ jobs: JobSpec[] }> {
  const clock = new SimulatedClock(officeInstant(DAY, '09:00', config.settings.timezone));
  const runtime = await createRuntime({ configDir: 'config', config, redisUrl: url, clock, log: silentLog(), process: false, prefix: PREFIX, transport: noTransport, dailyReplan: false });
  try {
    const keys = new Set<string>();
    for (const doc of docs) {
      const result = await runtime.deps.store.importProtocol(doc, { now: clock.now(), actor: 'bench' });
      await runtime.deps.scheduler.scheduleProtocol(result.protocolKey);
      keys.add(result.protocolKey);
    }
    const jobs: JobSpec[] = [];
    for (const job of await runtime.queue.getJobs(['delayed'], 0, -1, true)) {
      const data = job.data as JobSpec['data'];
      if (keys.has(data.protocolKey)) jobs.push({ name: job.name, data, opts: { jobId: job.id!, delay: job.delay } });
    }
    return { jobs };
  } finally {
    await runtime.close();
  }
}

async function addRaw(config: SrokConfig, url: string, jobs: readonly JobSpec[]): Promise<void> {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection, prefix: bullPrefix(PREFIX), defaultJobOptions: jobDefaults(config.settings) });
  try {
    for (let i = 0; i < jobs.length; i += 100) await queue.addBulk(jobs.slice(i, i + 100).map((j) => ({ name: j.name, data: j.data, opts: { ...j.opts } })));
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

interface Measured<T> {
  bytes: number;
  before: Map<string, number>;
  after: Map<string, number>;
  value: T;
}

/** A snapshot: used_memory, then MEMORY USAGE by kind (and used_memory again, to check the scan moved nothing). */
async function snapshot(url: string): Promise<{ used: number; kinds: Map<string, number> }> {
  const used = await usedMemory(url);
  const kinds = await usageByKind(url);
  const again = await usedMemory(url);
  if (Math.abs(again - used) > 64 * 1024) throw new Error(`memory: used_memory moved by ${again - used} bytes while the keys were read`);
  return { used: again, kinds };
}

/**
 * In one fresh server: `warm`, then each load in turn, each measured as the delta over
 * the state the previous one left (the warm-up, for the first).
 */
async function measure<T extends unknown[]>(warm: (url: string) => Promise<unknown>, loads: { [K in keyof T]: (url: string) => Promise<T[K]> }): Promise<{ [K in keyof T]: Measured<T[K]> }> {
  const server: OwnRedis = await startOwnRedis();
  try {
    await warm(server.url);
    let previous = await snapshot(server.url);
    const out: Array<Measured<unknown>> = [];
    for (const load of loads as Array<(url: string) => Promise<unknown>>) {
      const value = await load(server.url);
      const next = await snapshot(server.url);
      out.push({ bytes: next.used - previous.used, before: previous.kinds, after: next.kinds, value });
      previous = next;
    }
    return out as { [K in keyof T]: Measured<T[K]> };
  } finally {
    await server.stop();
  }
}

const isPart = (j: JobSpec) => !j.data.track.split('.')[2]!.startsWith('summary');

export async function benchMemory(options: { protocols?: number; warmProtocols?: number; assignmentProtocols?: number; perProtocol?: number } = {}): Promise<MemoryResult> {
  const protocols = options.protocols ?? 1_000;
  const warmProtocols = options.warmProtocols ?? 250;
  const assignmentProtocols = options.assignmentProtocols ?? 1_000;
  const perProtocol = options.perProtocol ?? 10;
  const config = loadConfig('config');
  const deadlineAfterDays = 60;

  // srok: the warm-up, the group assignments, then (the server warm from them) the single-executor assignments.
  const warmDocs = groupProtocols({ protocols: warmProtocols, date: DAY, deadlineAfterDays, series: 'gw' });
  const docs = groupProtocols({ protocols, date: DAY, deadlineAfterDays, series: 'g' });
  const singleDocs = singleExecutorProtocols({ protocols: assignmentProtocols, perProtocol, date: DAY, series: 'a' });
  let warmJobs: JobSpec[] = [];
  const [group, single] = await measure<[{ jobs: JobSpec[] }, { jobs: JobSpec[] }]>(
    async (url) => {
      warmJobs = (await importAll(config, url, warmDocs)).jobs;
    },
    [(url) => importAll(config, url, docs), (url) => importAll(config, url, singleDocs)],
  );
  const partJobs = group.value.jobs.filter(isPart);
  const parts = partJobs.length;
  if (parts !== protocols * 22) throw new Error(`memory: expected ${protocols * 22} part-occurrence jobs, srok scheduled ${parts}`);
  const assignments = assignmentProtocols * perProtocol;
  if (single.value.jobs.length !== assignments) throw new Error(`memory: expected ${assignments} jobs, srok scheduled ${single.value.jobs.length}`);

  // raw BullMQ: the same part-occurrence jobs (payload, id, delay, options), after the same warm-up load of jobs.
  const [raw] = await measure<[void]>((url) => addRaw(config, url, warmJobs), [(url) => addRaw(config, url, partJobs)]);

  const srokPer = group.bytes / parts;
  const rawPer = raw.bytes / parts;
  return {
    method: 'INFO memory used_memory deltas in a fresh redis-server, after a warm-up load, all clients closed',
    parts,
    srok: srokPer,
    raw: rawPer,
    ratio: srokPer / rawPer,
    perAssignment: single.bytes / assignments,
    assignments,
    breakdown: {
      srok: perItem(group.before, group.after, parts),
      raw: perItem(raw.before, raw.after, parts),
      perAssignment: perItem(single.before, single.after, assignments),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.dir(await benchMemory(), { depth: 4 });
}
