/**
 * What every fault test runs on: a redis-server of its own (on a free port, AOF with
 * `appendfsync everysec`, `noeviction`), an SMTP sink in this process that can refuse
 * mail the way real servers do, a config folder whose workers use short BullMQ locks,
 * leases and retries, and real `srok worker` processes started and killed as an
 * operator's supervisor would. Only the steps' time is simulated: the protocols are
 * imported on a simulated clock, their first steps fall due at one instant, and the
 * workers run on a clock that starts there and moves at real speed
 * (`srok worker --clock-start`), so leases expire and retries back off as in production.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { parseDocument } from 'yaml';
import { singleExecutorProtocols } from '../../bench/fixtures.js';
import { officeInstant } from '../../src/calendar/index.js';
import { SimulatedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import { silentLog } from '../../src/log.js';
import { createRuntime, type Runtime } from '../../src/worker/worker.js';
import { freePort, startRedisServer, type OwnRedisServer } from '../store/own-redis-server.js';
import { startSentinelTopology, type SentinelTopology } from './sentinel.js';

/** The protocols' date; every deadline is 30 days later (31.03.2021) and its first reminder due on 17.03.2021 at the ladder's hour. */
export const DAY = '2021-03-01';

export interface Accepted {
  mailId: string;
  messageId: string;
  to: string;
}

/** A real SMTP server: keeps each accepted mail's ids, refuses for a while (4xx) or for good (5xx). */
export interface FaultSink {
  url: string;
  accepted: Accepted[];
  /** 451 to every recipient until recover() — a server that is overloaded or greylisting. */
  refuseAll: boolean;
  /** 550 to these addresses, always. */
  permanent: Set<string>;
  /** RCPT TO answered with 4xx / 5xx, per address. */
  refused: { transient: number; permanent: Map<string, number> };
  distinct(): number;
  close(): Promise<void>;
}

const HEADER = (name: string) => new RegExp(`^${name}:[ \\t]*(.+)$`, 'im');

export async function startFaultSink(): Promise<FaultSink> {
  const accepted: Accepted[] = [];
  const refused = { transient: 0, permanent: new Map<string, number>() };
  const sink = {
    refuseAll: false,
    permanent: new Set<string>(),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (sink.permanent.has(to)) {
        refused.permanent.set(to, (refused.permanent.get(to) ?? 0) + 1);
        return callback(Object.assign(new Error(`5.1.1 <${to}>: mailbox unavailable`), { responseCode: 550 }));
      }
      if (sink.refuseAll) {
        refused.transient += 1;
        return callback(Object.assign(new Error('4.3.2 try again later'), { responseCode: 451 }));
      }
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        // The header block, long headers unfolded (a mail id is longer than a line).
        const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
        accepted.push({
          mailId: HEADER('X-Srok-Mail-Id').exec(head)?.[1]?.trim() ?? '',
          messageId: HEADER('Message-ID').exec(head)?.[1]?.trim() ?? '',
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
        });
        callback();
      });
    },
  });
  // A client killed mid-transaction resets its connection: that is the fault under test, not an error of the sink.
  server.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'ECONNRESET' && e.code !== 'EPIPE') throw e;
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    refused,
    distinct: () => new Set(accepted.map((a) => a.mailId)).size,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** One `srok worker` process. */
export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it wrote, for the message of a failed test. */
  output(): string;
  kill9(): Promise<void>;
  stop(): Promise<number | null>;
}

export interface Figures {
  steps: number;
  delivered: number;
  distinct: number;
  duplicates: number;
  lost: number;
}

export interface Rig {
  redis: OwnRedisServer;
  /** The Sentinel topology the rig runs on (startRig's `sentinel: true`); null on one redis-server. */
  sentinel: SentinelTopology | null;
  sink: FaultSink;
  configDir: string;
  config: SrokConfig;
  /** A runtime of this process on the rig's Redis that only enqueues (the import side), on the simulated clock. */
  runtime: Runtime;
  clock: SimulatedClock;
  /** Import protocols whose first steps — `n` of them — fall due at one instant; returns it. */
  prepare(n: number, options?: { perProtocol?: number; series?: string; deadlineAfterDays?: (index: number) => number }): Promise<Date>;
  /** The steps prepared so far: their ids are the ids of the mails they send. */
  steps: Set<string>;
  /** Move every delayed job to waiting, as BullMQ does when their time comes. */
  promoteAll(): Promise<void>;
  /** Start a worker whose clock reads `at` now and runs on at real speed. */
  startWorker(at: Date, name?: string): Promise<WorkerProcess>;
  /** Restart redis-server on the same AOF (SIGTERM, then start again). */
  restartRedis(): Promise<void>;
  /** Wait until every prepared step's mail is in the sink (or the ledger has it failed) and the queue has nothing left to run. */
  settle(options?: { timeoutMs?: number; failedIds?: () => Promise<Set<string>> }): Promise<void>;
  figures(): Figures;
  /** Prepared steps whose track did not move on to a next step pending in the queue. */
  stepsNotCarriedOn(): Promise<string[]>;
  close(): Promise<void>;
}

/** The config the workers run with: SMTP, short locks (2 s), leases (4 s) and retries (1 s, doubling). */
async function faultConfig(dir: string, prefix: string, adjust: (doc: ReturnType<typeof parseDocument>) => void): Promise<void> {
  await cp('config', dir, { recursive: true });
  const file = path.join(dir, 'srok.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  doc.setIn(['mail', 'transport'], 'smtp');
  doc.setIn(['redis', 'prefix'], prefix);
  doc.setIn(['reports', 'controllerSummary', 'enabled'], false);
  doc.setIn(['schedule'], doc.createNode({ concurrency: 16, lockSeconds: 2, leaseSeconds: 4, attempts: 12, backoffSeconds: 1 }));
  adjust(doc);
  await writeFile(file, doc.toString());
}

export async function startRig(name: string, options: { adjust?: (doc: ReturnType<typeof parseDocument>) => void; sentinel?: boolean } = {}): Promise<Rig> {
  const work = await mkdtemp(path.join(tmpdir(), `srok-fault-${name}-`));
  const port = await freePort();
  const redisArgs = ['--dir', work, '--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction'];
  const sentinel = options.sentinel ? await startSentinelTopology(work) : null;
  // Under Sentinel, srok is given the Sentinels, never a server's address.
  let redis: OwnRedisServer = sentinel ? { url: sentinel.url, port: 0, stop: () => sentinel.stop() } : await startRedisServer(port, redisArgs);
  const redisEnv: Record<string, string> = sentinel ? { REDIS_URL: '', ...sentinel.env } : {};
  const sink = await startFaultSink();
  const configDir = path.join(work, 'config');
  const prefix = `fault-${name}`;
  await faultConfig(configDir, prefix, options.adjust ?? (() => undefined));
  const config = loadConfig(configDir);
  const clock = new SimulatedClock(officeInstant(DAY, '09:00', config.settings.timezone));
  const runtime = await createRuntime({ configDir, config, redisUrl: redis.url, clock, log: silentLog(), process: false, smtp: { url: sink.url, user: null, password: null } });
  const steps = new Set<string>();
  const workers: WorkerProcess[] = [];
  let series = 0;

  const rig: Rig = {
    get redis() {
      return redis;
    },
    sentinel,
    sink,
    configDir,
    config,
    runtime,
    clock,
    steps,
    async prepare(n, opts = {}) {
      const perProtocol = opts.perProtocol ?? 10;
      series += 1;
      const docs = singleExecutorProtocols({ protocols: Math.ceil(n / perProtocol), perProtocol, date: DAY, deadlineAfterDays: opts.deadlineAfterDays ?? (() => 30), series: opts.series ?? `${name}${series}` });
      const { store, scheduler } = runtime.deps;
      for (const doc of docs) {
        const imported = await store.importProtocol(doc, { now: clock.now(), actor: 'fault-test' });
        await scheduler.scheduleProtocol(imported.protocolKey);
        for (const next of (await store.getTracks(imported.protocolKey)).values()) if (next) steps.add(next.stepId);
      }
      const first = await store.nextDue();
      if (!first || steps.size < n) throw new Error(`expected ${n} steps, prepared ${steps.size}`);
      return new Date(first.at);
    },
    async promoteAll() {
      await runtime.queue.promoteJobs({ count: 1000 });
    },
    async startWorker(at, label = `w${workers.length + 1}`) {
      const w = await spawnWorker({ configDir, env: sentinel ? redisEnv : { REDIS_URL: redis.url }, smtpUrl: sink.url, at, label });
      workers.push(w);
      return w;
    },
    async restartRedis() {
      if (sentinel) throw new Error('restartRedis is for one redis-server; under Sentinel use rig.sentinel.failover()');
      await redis.stop();
      redis = await startRedisServer(port, redisArgs);
    },
    async settle(opts = {}) {
      const deadline = Date.now() + (opts.timeoutMs ?? 240_000);
      for (;;) {
        const counts = await runtime.queue.getJobCounts('waiting', 'active', 'prioritized', 'failed');
        const busy = (counts['waiting'] ?? 0) + (counts['active'] ?? 0) + (counts['prioritized'] ?? 0);
        const failed = opts.failedIds ? await opts.failedIds() : new Set<string>();
        const seen = new Set(sink.accepted.map((a) => a.mailId));
        const outstanding = [...steps].filter((id) => !seen.has(id) && !failed.has(id)).length;
        if (busy === 0 && outstanding === 0) return;
        if (Date.now() > deadline) {
          throw new Error(`not settled: ${outstanding} of ${steps.size} steps without a mail, queue ${JSON.stringify(counts)}\n${workers.map((w) => w.output().slice(-3000)).join('\n---\n')}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    figures() {
      const ofSteps = sink.accepted.filter((a) => steps.has(a.mailId));
      const distinct = new Set(ofSteps.map((a) => a.mailId)).size;
      return { steps: steps.size, delivered: ofSteps.length, distinct, duplicates: ofSteps.length - distinct, lost: steps.size - distinct };
    },
    async stepsNotCarriedOn() {
      const { store } = runtime.deps;
      const missing: string[] = [];
      for (const { key } of await store.listProtocols()) {
        for (const [track, next] of await store.getTracks(key)) {
          const job = next ? await runtime.queue.getJob(next.stepId) : undefined;
          if (!next || steps.has(next.stepId) || !job || !(await job.isDelayed())) missing.push(`${key} ${track} → ${next?.stepId ?? 'nothing'}`);
        }
      }
      return missing;
    },
    async close() {
      await Promise.all(workers.map((w) => w.stop().catch(() => null)));
      await runtime.close();
      await sink.close();
      await redis.stop();
      await rm(work, { recursive: true, force: true });
    },
  };
  return rig;
}

async function spawnWorker(o: { configDir: string; env: Record<string, string>; smtpUrl: string; at: Date; label: string }): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--no-inbox', '--config', o.configDir, '--clock-start', o.at.toISOString()], {
    env: { ...process.env, ...o.env, SROK_SMTP_URL: o.smtpUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-200_000)));
  child.stderr?.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-200_000)));
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${o.label} did not start in 60 s:\n${out}`)), 60_000);
    const look = () => {
      if (out.includes('srok worker running')) {
        clearTimeout(timer);
        child.stdout?.off('data', look);
        resolve();
      }
    };
    child.stdout?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker ${o.label} exited with ${code} before it ran:\n${out}`));
    });
  });
  return {
    child,
    output: () => out,
    async kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

/** Print a case's figures where CI's log shows them. */
export function report(name: string, figures: Figures & Record<string, number | string>): void {
  console.log(`fault ${name}: ${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
