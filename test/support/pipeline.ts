import { officeInstant } from '../../src/calendar/index.js';
import { SimulatedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import type { ReviewMode } from '../../src/config/schema.js';
import { importFile } from '../../src/import.js';
import { silentLog } from '../../src/log.js';
import { createSmtpTransport, type SmtpThreads } from '../../src/mail/index.js';
import { runSimulated } from '../../src/schedule/simulated-run.js';
import { countingCounters } from '../../src/delivery/deps.js';
import { createRuntime, type Runtime } from '../../src/worker/worker.js';
import { clearPrefix, REDIS_URL, testPrefix } from './redis.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

export const SEED = {
  '000': 'test/fixtures/seeds/000_12c0b910ab9569f9.txt',
  '001': 'test/fixtures/seeds/001_4c2d8d8cedb7b5a3.txt',
  '002': 'test/fixtures/seeds/002_cea077b6f9d77646.txt',
  '004': 'test/fixtures/seeds/004_f307fc0c0e58b4a0.txt',
} as const;

/** The config with every step its own mail (mail.digest.mode: separate), for tests that follow mails step by step. */
export function separateMails(c: SrokConfig): SrokConfig {
  return { ...c, settings: { ...c.settings, mail: { ...c.settings.mail, digest: { ...c.settings.mail.digest, mode: 'separate' } } } };
}

/** The real pipeline — Redis, BullMQ, templates, ledger, SMTP — on a simulated clock. */
export interface Pipeline {
  runtime: Runtime;
  clock: SimulatedClock;
  sink: SmtpSink;
  config: SrokConfig;
  prefix: string;
  counters: ReturnType<typeof countingCounters>;
  /** Local office-time instant in the configured zone. */
  at(day: string, time?: string): Date;
  import(file: string): ReturnType<typeof importFile>;
  runUntil(day: string, time?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startPipeline(
  name: string,
  start: { day: string; time?: string },
  options: { adjust?: (c: SrokConfig) => SrokConfig; autorun?: boolean; lockMs?: number; review?: ReviewMode; smtpThreads?: SmtpThreads } = {},
): Promise<Pipeline> {
  // The review gate is off unless a test asks for it: most tests follow what is sent.
  const loaded = loadConfig('config');
  const base: SrokConfig = { ...loaded, settings: { ...loaded.settings, import: { ...loaded.settings.import, review: options.review ?? 'off' } } };
  const config = options.adjust ? options.adjust(base) : base;
  const zone = config.settings.timezone;
  const at = (day: string, time = '09:00') => officeInstant(day, time, zone);
  const clock = new SimulatedClock(at(start.day, start.time));
  const sink = await startSmtpSink();
  const prefix = testPrefix(name);
  const counters = countingCounters();
  const runtime = await createRuntime({
    configDir: 'config',
    config,
    redisUrl: REDIS_URL,
    clock,
    log: silentLog(),
    process: true,
    autorun: options.autorun ?? true,
    prefix,
    transport: createSmtpTransport({ url: sink.url, maxConnections: 4, threads: options.smtpThreads ?? 0 }),
    counters,
    dailyReplan: false,
    concurrency: 8,
    ...(options.lockMs ? { lockMs: options.lockMs } : {}),
  });
  const deps = runtime.deps;
  return {
    runtime,
    clock,
    sink,
    config,
    prefix,
    counters,
    at,
    import: (file) => importFile(file, { config: deps.config, store: deps.store, scheduler: deps.scheduler, clock, log: deps.log, actor: 'test' }),
    runUntil: async (day, time = '18:00') => {
      await runSimulated(at(day, time), { store: deps.store, scheduler: deps.scheduler, queue: runtime.queue, worker: runtime.worker!, clock });
    },
    close: async () => {
      await runtime.close();
      await sink.close();
      await clearPrefix(prefix);
    },
  };
}

/** The srok mail id a delivered message carries. */
export function mailIdOf(mail: { headers: Map<string, unknown> }): string {
  return String(mail.headers.get('x-srok-mail-id') ?? '');
}

export function kindOf(mail: { headers: Map<string, unknown> }): string {
  return String(mail.headers.get('x-srok-kind') ?? '');
}
