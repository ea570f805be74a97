import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { officeInstant } from './calendar/index.js';
import { SimulatedClock } from './clock.js';
import { loadConfig } from './config/index.js';
import type { SrokConfig } from './config/types.js';
import { approveProtocol } from './review/approve.js';
import { importFiles, type ImportSummary } from './import.js';
import type { Log } from './log.js';
import { createOutboxTransport, type MailTransport } from './mail/index.js';
import { localDay } from './calendar/index.js';
import { expandInputs, readProtocol } from './read-protocol.js';
import { countingCounters } from './delivery/deps.js';
import { runSimulated } from './schedule/simulated-run.js';
import { createRuntime } from './worker/worker.js';
import { deletePrefix } from './store/redis.js';

/**
 * The demo: the real pipeline — store, BullMQ, templates, ledger, outbox — on a
 * simulated clock from the protocols' dates to `until`. Escalation repeats written as
 * 'forever' are capped so it ends within a minute; everything lands under its own key prefix and outbox.
 */
export interface DemoOptions {
  inputs: string[];
  configDir: string;
  redisUrl: string;
  until: string;
  outboxDir: string;
  prefix: string;
  log: Log;
  maxRepeats?: number;
}

export interface DemoResult {
  imported: ImportSummary;
  /** Protocols that waited for review (import.review) and that the demo approved as it imported them. */
  approved: number;
  from: Date;
  endedAt: Date;
  ticks: number;
  mails: number;
  byKind: Map<string, number>;
  byRecipient: Map<string, number>;
  failed: Map<string, number>;
  outboxDir: string;
  outboxFiles: number;
  /** The recipient (to or cc) who got the most mails on one local day, and how many. */
  busiest: { recipient: string; day: string; mails: number } | null;
  /** Times a recipient got a second mail with the same subject on one day. */
  sameSubjectRepeats: number;
}

/** Mails per recipient and local day, and same-subject repeats, as the outbox receives them. */
function countingTransport(inner: MailTransport, zone: string): { transport: MailTransport; busiest(): DemoResult['busiest']; repeats(): number } {
  const perDay = new Map<string, number>();
  const subjects = new Map<string, number>();
  let repeats = 0;
  return {
    transport: {
      kind: inner.kind,
      verify: () => inner.verify(),
      close: () => inner.close(),
      async send(mail) {
        const result = await inner.send(mail);
        const day = localDay(new Date(mail.date), zone);
        for (const recipient of new Set([...mail.to, ...mail.cc].map((a) => a.toLowerCase()))) {
          const key = `${recipient}\u0000${day}`;
          perDay.set(key, (perDay.get(key) ?? 0) + 1);
          const subject = `${key}\u0000${mail.subject}`;
          const seen = subjects.get(subject) ?? 0;
          if (seen > 0) repeats += 1;
          subjects.set(subject, seen + 1);
        }
        return result;
      },
    },
    busiest: () => {
      let best: DemoResult['busiest'] = null;
      for (const [key, mails] of perDay) {
        const [recipient = '', day = ''] = key.split('\u0000');
        if (best === null || mails > best.mails || (mails === best.mails && `${day}${recipient}` < `${best.day}${best.recipient}`)) best = { recipient, day, mails };
      }
      return best;
    },
    repeats: () => repeats,
  };
}

/** The demo config: the shipped one with escalation repeats capped. */
export function demoConfig(configDir: string, maxRepeats: number, outboxDir: string): SrokConfig {
  const config = loadConfig(configDir);
  return {
    ...config,
    settings: { ...config.settings, mail: { ...config.settings.mail, transport: 'outbox', outboxDir } },
    ladders: {
      ...config.ladders,
      default: { ...config.ladders.default, maxRepeats: config.ladders.default.maxRepeats === 'forever' ? maxRepeats : Math.min(maxRepeats, config.ladders.default.maxRepeats) },
    },
  };
}


export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const files = await expandInputs(options.inputs);
  const outboxDir = path.resolve(options.outboxDir);
  await rm(outboxDir, { recursive: true, force: true });
  const config = demoConfig(options.configDir, options.maxRepeats ?? 3, outboxDir);

  // The clock starts at the earliest protocol's date, at the start of office hours.
  const dates: string[] = [];
  for (const f of files) {
    const date = (await readProtocol(f, config).catch(() => null))?.protocol.date;
    if (date) dates.push(date);
  }
  const firstDay = dates.sort()[0] ?? options.until;
  const from = officeInstant(firstDay, config.settings.officeHours.start, config.settings.timezone);
  const clock = new SimulatedClock(from);
  const counters = countingCounters();
  const outbox = countingTransport(createOutboxTransport(outboxDir), config.settings.timezone);
  const runtime = await createRuntime({
    configDir: options.configDir,
    config,
    redisUrl: options.redisUrl,
    clock,
    log: options.log,
    process: true,
    autorun: true,
    prefix: options.prefix,
    transport: outbox.transport,
    counters,
    dailyReplan: false,
    concurrency: 8,
  });
  try {
    await deletePrefix(runtime.deps.redis, options.prefix);
    const importDeps = { config: () => config, store: runtime.deps.store, scheduler: runtime.deps.scheduler, clock, log: options.log, actor: 'demo' };
    // Each protocol is imported on its own date, as it would have arrived.
    const byDate = new Map<string, string[]>();
    const undated: string[] = [];
    for (const f of files) {
      const date = (await readProtocol(f, config).catch(() => null))?.protocol.date;
      if (date) byDate.set(date, [...(byDate.get(date) ?? []), f]);
      else undated.push(f);
    }
    // The demo stands in for the operator: what waits for review is approved at once, as an operator would after a look.
    let approved = 0;
    const approveWaiting = async (summary: ImportSummary) => {
      for (const f of summary.files) {
        if (!f.ok || f.review?.waits !== true) continue;
        const r = await approveProtocol(f.result.protocolKey, { store: runtime.deps.store, scheduler: runtime.deps.scheduler, clock, log: options.log, actor: 'demo' });
        if (r.outcome === 'approved') {
          approved += 1;
          f.scheduled = r.schedule.tracks;
        }
      }
    };
    const imported: ImportSummary = await importFiles(undated, importDeps);
    await approveWaiting(imported);
    let ticks = 0;
    for (const date of [...byDate.keys()].sort()) {
      const arrival = officeInstant(date, config.settings.officeHours.start, config.settings.timezone);
      const run = await runSimulated(arrival, { store: runtime.deps.store, scheduler: runtime.deps.scheduler, queue: runtime.queue, worker: runtime.worker!, clock });
      ticks += run.ticks;
      clock.advanceTo(arrival);
      const part = await importFiles(byDate.get(date)!, importDeps);
      await approveWaiting(part);
      part.scheduled = part.files.reduce((n, f) => n + (f.ok ? f.scheduled : 0), 0);
      for (const k of ['new', 'updated', 'unchanged', 'failed', 'assignments', 'parts', 'scheduled'] as const) imported[k] += part[k];
      imported.files.push(...part.files);
    }
    const until = officeInstant(options.until, config.settings.officeHours.end, config.settings.timezone);
    const run = await runSimulated(until, { store: runtime.deps.store, scheduler: runtime.deps.scheduler, queue: runtime.queue, worker: runtime.worker!, clock });
    ticks += run.ticks;
    const snap = counters.snapshot();
    const outboxFiles = (await readdir(outboxDir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).length;
    return {
      imported,
      approved,
      from,
      endedAt: clock.now(),
      ticks,
      mails: [...snap.sent.values()].reduce((a, b) => a + b, 0),
      byKind: snap.sent,
      byRecipient: snap.byRecipient,
      failed: snap.failed,
      outboxDir,
      outboxFiles,
      busiest: outbox.busiest(),
      sameSubjectRepeats: outbox.repeats(),
    };
  } finally {
    await runtime.close();
  }
}
