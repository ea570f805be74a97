import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config/index.js';
import { smtpThreadCount, type SmtpThreads } from '../src/mail/index.js';
import type { SrokConfig } from '../src/config/types.js';
import { runRawDelivery } from './deliver.js';
import { prepareDueSteps } from './due-steps.js';
import { separateMailConfig, startCountingSink } from './support.js';

/**
 * A burst: N = 10 000 steps due in the same minute (the reminders of 1 000 protocols
 * of 10 single-executor assignments with one deadline, all at 10:00 of one day), the
 * real worker running and idle, its concurrency from config (`schedule.concurrency`,
 * 16 by default) over srok's SMTP pool (5 connections, the transport's default).
 *
 * The simulated clock stands at the instant they are due; at that moment BullMQ's
 * promoteJobs moves them from delayed to waiting — what BullMQ itself does when their
 * time comes on a real clock — and the worker takes them. The figure is the seconds
 * from that moment to the sink accepting the last mail.
 *
 * Beside it, raw pooled nodemailer sending the same N mails (srok's own, replayed) to
 * the same sink with the same concurrency and pool: the floor that SMTP delivery from
 * one process sets on this machine, whatever srok does.
 *
 * srok's transport runs as configured (`mail.smtp.threads`, 0 by default); on a machine
 * of two cores or more the burst runs a second time with the other setting (one SMTP
 * thread when the config says 0, none when it says threads), both in the same run.
 */

export interface BurstResult {
  n: number;
  concurrency: number;
  seconds: number;
  /** Micro-figures: promotion of all N, the first mail accepted, the rate over the burst. */
  promoteSeconds: number;
  firstMailSeconds: number;
  mailsPerSec: number;
  /** CPU of this process per mail over the burst (srok, BullMQ, nodemailer and the sink; Redis not included). */
  cpuMsPerMail: number;
  /** Raw pooled nodemailer, the same N mails: seconds from the first send to the last accepted. */
  rawSeconds: number;
  /** SMTP threads of srok's side (mail.smtp.threads on this machine). */
  threads: number;
  /** The same burst with the other setting of mail.smtp.threads (1 when the config says 0, else 0); null on one core. */
  other: { threads: number; seconds: number; cpuMsPerMail: number } | null;
}

interface BurstRun {
  seconds: number;
  promoteSeconds: number;
  firstMailSeconds: number;
  cpuMsPerMail: number;
  captured: Awaited<ReturnType<typeof prepareDueSteps>>['captured'];
}

/** One burst of srok's worker: n steps due at once, promoted, until the sink has accepted the n-th mail. */
async function runBurst(config: SrokConfig, sink: Awaited<ReturnType<typeof startCountingSink>>, options: { n: number; perProtocol: number; concurrency: number; threads: SmtpThreads; name: string }): Promise<BurstRun> {
  const { n, perProtocol, concurrency } = options;
  const due = await prepareDueSteps({ config, sink, n, perProtocol, concurrency, maxConnections: 5, threads: options.threads, name: options.name });
  try {
    const { runtime } = due;
    const worker = runtime.worker!;
    // The worker runs before anything is due, as in production.
    void worker.run();
    await worker.waitUntilReady();
    await new Promise((r) => setTimeout(r, 200));
    sink.reset();
    let firstAt = 0;
    const first = sink.waitFor(1).then(() => {
      firstAt = performance.now();
    });
    const cpu0 = process.cpuUsage();
    const dueAt = performance.now();
    await runtime.queue.promoteJobs({ count: 1000 });
    const promoted = performance.now();
    await sink.waitFor(n, 300_000);
    await first;
    const cpu = process.cpuUsage(cpu0);
    const seconds = (sink.lastAt - dueAt) / 1000;
    await worker.close();
    const snapshot = due.counters.snapshot();
    const sent = [...snapshot.sent.values()].reduce((a, b) => a + b, 0);
    if (sink.count !== n || sent !== n || snapshot.failed.size > 0) throw new Error(`burst: ${sink.count} of ${n} accepted, ${sent} counted sent, failed ${JSON.stringify([...snapshot.failed])}`);
    return { seconds, promoteSeconds: (promoted - dueAt) / 1000, firstMailSeconds: (firstAt - dueAt) / 1000, cpuMsPerMail: (cpu.user + cpu.system) / 1000 / n, captured: due.captured };
  } finally {
    await due.close();
  }
}

export async function benchBurst(options: { n?: number; perProtocol?: number } = {}): Promise<BurstResult> {
  const n = options.n ?? 10_000;
  const perProtocol = options.perProtocol ?? 10;
  const config = separateMailConfig(loadConfig('config'));
  const concurrency = config.settings.schedule.concurrency;
  const threads = config.settings.mail.smtp.threads;
  const threadCount = Math.min(smtpThreadCount(threads), 5);
  const sink = await startCountingSink();
  try {
    const srok = await runBurst(config, sink, { n, perProtocol, concurrency, threads, name: 'burst' });
    const other = threadCount > 0 ? 0 : availableParallelism() >= 2 ? 1 : null;
    const otherRun = other !== null ? await runBurst(config, sink, { n, perProtocol, concurrency, threads: other, name: 'burst-other' }) : null;
    const raw = await runRawDelivery(sink, srok.captured, { n, concurrency, maxConnections: 5 });
    return {
      n,
      concurrency,
      seconds: srok.seconds,
      promoteSeconds: srok.promoteSeconds,
      firstMailSeconds: srok.firstMailSeconds,
      mailsPerSec: n / srok.seconds,
      cpuMsPerMail: srok.cpuMsPerMail,
      rawSeconds: raw.seconds,
      threads: threadCount,
      other: other !== null && otherRun ? { threads: other, seconds: otherRun.seconds, cpuMsPerMail: otherRun.cpuMsPerMail } : null,
    };
  } finally {
    await sink.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchBurst());
}
