import { performance } from 'node:perf_hooks';
import { officeInstant } from '../src/calendar/index.js';
import { SimulatedClock } from '../src/clock.js';
import type { SrokConfig } from '../src/config/types.js';
import { silentLog } from '../src/log.js';
import { createSmtpTransport, type MailTransport, type RenderedMail, type SmtpThreads } from '../src/mail/index.js';
import { countingCounters } from '../src/delivery/deps.js';
import { createRuntime, type Runtime } from '../src/worker/worker.js';
import { singleExecutorProtocols } from './fixtures.js';
import { benchPrefix, clearPrefix, REDIS_URL, type CountingSink } from './support.js';

/**
 * N steps due at one instant, in the real srok runtime: protocols of single-executor
 * assignments sharing one deadline are imported and scheduled while the simulated
 * clock stands at their date, so the first step of every track — the reminder ten
 * working days before the deadline, at the ladder's send time — is one delayed BullMQ
 * job, all at the same instant. The clock is then moved to that instant; the caller
 * promotes the jobs (BullMQ's own promoteJobs) and runs the worker: the real
 * runStep — store, plan, templates, thread root, send ledger, SMTP transport, the
 * next step scheduled — on every one.
 */

export const DAY = '2021-03-01';
/** All deadlines 30 days after the protocols' date: 31.03.2021, a Wednesday; the reminders are due 17.03.2021 10:00. */
const DEADLINE_AFTER_DAYS = 30;

export interface DueSteps {
  runtime: Runtime;
  clock: SimulatedClock;
  prefix: string;
  /** The instant every step is due. */
  dueAt: Date;
  /** Mails the transport was handed, the first `keep` of them. */
  captured: RenderedMail[];
  counters: ReturnType<typeof countingCounters>;
  close(): Promise<void>;
}

/** A transport that records the first `keep` mails it sends, then hands each to the real one. */
function capturing(inner: MailTransport, captured: RenderedMail[], keep: number): MailTransport {
  return {
    kind: inner.kind,
    send(mail) {
      if (captured.length < keep) captured.push(mail);
      return inner.send(mail);
    },
    verify: () => inner.verify(),
    close: () => inner.close(),
  };
}

export async function prepareDueSteps(options: {
  config: SrokConfig;
  n: number;
  perProtocol: number;
  sink: CountingSink;
  concurrency: number;
  /** SMTP connections of srok's pool; the transport's default is 5. */
  maxConnections: number;
  /** SMTP threads (mail.smtp.threads); 0 when unset: nodemailer on the worker's thread. */
  threads?: SmtpThreads;
  name: string;
  keep?: number;
  /** Instead of SMTP to the sink (a micro-figure: srok's own cost per step, no mail sent). */
  transport?: MailTransport;
}): Promise<DueSteps & { importSeconds: number }> {
  const { config, n, perProtocol } = options;
  const zone = config.settings.timezone;
  const clock = new SimulatedClock(officeInstant(DAY, '09:00', zone));
  const prefix = benchPrefix(options.name);
  const captured: RenderedMail[] = [];
  const counters = countingCounters();
  const runtime = await createRuntime({
    configDir: 'config',
    config,
    redisUrl: REDIS_URL,
    clock,
    log: silentLog(),
    process: true,
    autorun: false,
    prefix,
    transport: capturing(options.transport ?? createSmtpTransport({ url: options.sink.url, maxConnections: options.maxConnections, threads: options.threads ?? 0 }), captured, options.keep ?? 64),
    dailyReplan: false,
    concurrency: options.concurrency,
    counters,
  });
  const close = async () => {
    await runtime.close();
    await clearPrefix(prefix);
  };
  try {
    const { store, scheduler } = runtime.deps;
    const docs = singleExecutorProtocols({ protocols: n / perProtocol, perProtocol, date: DAY, deadlineAfterDays: () => DEADLINE_AFTER_DAYS, series: options.name });
    const started = performance.now();
    let jobs = 0;
    for (const doc of docs) {
      const result = await store.importProtocol(doc, { now: clock.now(), actor: 'bench' });
      jobs += (await scheduler.scheduleProtocol(result.protocolKey)).added;
    }
    const importSeconds = (performance.now() - started) / 1000;
    const first = await store.nextDue();
    const last = (await store.dueBefore(Number.MAX_SAFE_INTEGER, n + 1)).at(-1);
    if (jobs !== n || !first || first.at !== last?.at) throw new Error(`expected ${n} steps due at one instant, got ${jobs} from ${first?.at} to ${last?.at}`);
    const dueAt = new Date(first.at);
    clock.advanceTo(dueAt);
    return { runtime, clock, prefix, dueAt, captured, counters, close, importSeconds };
  } catch (e) {
    await close();
    throw e;
  }
}
