import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { loadConfig } from '../src/config/index.js';
import type { SrokConfig } from '../src/config/types.js';
import { smtpThreadCount, type MailTransport, type RenderedMail, type SmtpThreads } from '../src/mail/index.js';
import { messageOptions } from '../src/mail/nodemailer-message.js';
import { prepareDueSteps } from './due-steps.js';
import { separateMailConfig, startCountingSink, type CountingSink } from './support.js';

/**
 * N due steps delivered by srok — the real BullMQ worker from createRuntime on a
 * simulated clock, every job a full runStep: stored protocol, plan, templates, thread
 * root, send ledger, SMTP pool — to a local smtp-server sink that only counts, beside
 * raw pooled nodemailer sending N mails of the same size (srok's own rendered mails,
 * replayed with new Message-IDs) to the same sink with the same concurrency.
 *
 * Concurrency: the worker runs config `schedule.concurrency` jobs at once (16 by
 * default) over srok's SMTP pool of 5 connections (createSmtpTransport's default);
 * raw nodemailer keeps 16 sendMail calls in flight over a pool of 5 connections.
 *
 * srok's transport runs as configured (`mail.smtp.threads`, 0 by default: nodemailer on
 * the worker's thread). On a machine of two cores or more, srok with the other setting
 * (one SMTP thread when the config says 0, none when it says threads) is a third side,
 * taking turns with the other two: both figures in the same conditions.
 *
 * The steps belong to 500 protocols of 10 assignments (seed-sized: the seeds hold
 * 3–9); every job reads its whole protocol, so the per-step cost grows with the
 * protocol's size (micro-figure `perStepMs`, without SMTP, at 10 and 100).
 *
 * The sides take turns: srok then raw, twice, n/2 mails each time; each side's figure is
 * its n mails over the sum of its two times.
 *
 * The steps are promoted from delayed to waiting before the clock starts (BullMQ
 * moves due jobs itself in production; burst.ts times that part): the figure is
 * delivery throughput, from the worker's start to the sink accepting the N-th mail.
 */

export interface DeliverResult {
  n: number;
  concurrency: number;
  maxConnections: number;
  srokMailsPerSec: number;
  rawMailsPerSec: number;
  ratio: number;
  /** Average size of a message as the sink received it. */
  srokBytes: number;
  rawBytes: number;
  /** ms of wall time per mail, each side. */
  srokMsPerMail: number;
  rawMsPerMail: number;
  /** Micro-figure: ms per step of srok's worker with a transport that sends nothing, for protocols of 10 and of 100 assignments. */
  perStepMs: { protocolOf10: number; protocolOf100: number };
  /** SMTP threads of srok's side (mail.smtp.threads on this machine). */
  threads: number;
  /** srok with the other setting of mail.smtp.threads (1 when the config says 0, else 0), taking turns with the others; null on one core. */
  other: { threads: number; mailsPerSec: number; ratio: number } | null;
}

export interface SideRun {
  seconds: number;
  bytes: number;
  captured: RenderedMail[];
}

export async function runSrokDelivery(config: SrokConfig, sink: CountingSink, options: { n: number; perProtocol: number; concurrency: number; maxConnections: number; threads: SmtpThreads; name: string }): Promise<SideRun> {
  const due = await prepareDueSteps({ config, sink, ...options });
  try {
    const { runtime } = due;
    await runtime.queue.promoteJobs({ count: 1000 });
    const waiting = await runtime.queue.getWaitingCount();
    if (waiting !== options.n) throw new Error(`expected ${options.n} waiting jobs after promotion, found ${waiting}`);
    sink.reset();
    const started = performance.now();
    void runtime.worker!.run();
    await sink.waitFor(options.n);
    const seconds = (sink.lastAt - started) / 1000;
    const bytes = sink.bytes / sink.count;
    const snapshot = due.counters.snapshot();
    // The worker finishes the last jobs (markSent, the next step) as it closes.
    await runtime.worker!.close();
    const sent = [...snapshot.sent.values()].reduce((a, b) => a + b, 0);
    if (sink.count !== options.n || snapshot.failed.size > 0) throw new Error(`srok delivered ${sink.count} of ${options.n}; sent ${sent}, failed ${JSON.stringify([...snapshot.failed])}`);
    return { seconds, bytes, captured: due.captured };
  } finally {
    await due.close();
  }
}

/** srok's worker alone: a transport that accepts at once, no SMTP, no sink. ms per step. */
export async function runSrokNoSmtp(config: SrokConfig, sink: CountingSink, options: { n: number; perProtocol: number; concurrency: number; name: string }): Promise<number> {
  let sent = 0;
  let lastAt = 0;
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const transport: MailTransport = {
    kind: 'smtp',
    send: (mail) => {
      sent += 1;
      lastAt = performance.now();
      if (sent === options.n) done();
      return Promise.resolve({ response: '250 taken', accepted: [...mail.to, ...mail.cc], rejected: [] });
    },
    verify: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  const due = await prepareDueSteps({ config, sink, n: options.n, perProtocol: options.perProtocol, concurrency: options.concurrency, maxConnections: 1, name: options.name, transport });
  try {
    await due.runtime.queue.promoteJobs({ count: 1000 });
    const started = performance.now();
    void due.runtime.worker!.run();
    await all;
    await due.runtime.worker!.close();
    return (lastAt - started) / options.n;
  } finally {
    await due.close();
  }
}

/**
 * srok's rendered mail as the nodemailer options srok's own transport sends
 * (messageOptions): the same MIME parts, so both sides compose and send the same bytes.
 * Until this was shared, the raw side passed the .ics as nodemailer's `icalEvent`,
 * which adds the event twice (an alternative and an attachment): about 2 KB more per
 * mail than srok sends, extra work on the raw side.
 */
function plainMessage(mail: RenderedMail): Mail.Options {
  return messageOptions(mail);
}

export async function runRawDelivery(sink: CountingSink, mails: readonly RenderedMail[], options: { n: number; concurrency: number; maxConnections: number }): Promise<SideRun> {
  const messages = mails.map(plainMessage);
  const pool = nodemailer.createTransport({ pool: true, url: sink.url, maxConnections: options.maxConnections });
  try {
    sink.reset();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        for (let i = next++; i < options.n; i = next++) {
          await pool.sendMail({ ...messages[i % messages.length]!, messageId: `<raw.${i}@srok.example>` });
        }
      }),
    );
    await sink.waitFor(options.n);
    return { seconds: (sink.lastAt - started) / 1000, bytes: sink.bytes / sink.count, captured: [] };
  } finally {
    pool.close();
  }
}

export async function benchDeliver(options: { n?: number; perProtocol?: number } = {}): Promise<DeliverResult> {
  const n = options.n ?? 5_000;
  const perProtocol = options.perProtocol ?? 10;
  const config = separateMailConfig(loadConfig('config'));
  const concurrency = config.settings.schedule.concurrency;
  const maxConnections = 5;
  const threads = config.settings.mail.smtp.threads;
  const threadCount = Math.min(smtpThreadCount(threads), maxConnections);
  const other = threadCount > 0 ? 0 : availableParallelism() >= 2 ? 1 : null;
  const sink = await startCountingSink();
  try {
    // Warm-up of every side: JIT, scripts, connections.
    const warm = await runSrokDelivery(config, sink, { n: 200, perProtocol: 100, concurrency, maxConnections, threads, name: 'deliver-warm' });
    if (other !== null) await runSrokDelivery(config, sink, { n: 200, perProtocol: 100, concurrency, maxConnections, threads: other, name: 'deliver-warm-other' });
    await runRawDelivery(sink, warm.captured, { n: 200, concurrency, maxConnections });

    // The sides take turns, two rounds of n/2 each, so that other work on the machine
    // starting or ending during the run weighs on all alike.
    const half = n / 2;
    const srok: SideRun = { seconds: 0, bytes: 0, captured: [] };
    const otherSide: SideRun = { seconds: 0, bytes: 0, captured: [] };
    const raw: SideRun = { seconds: 0, bytes: 0, captured: [] };
    for (const round of [1, 2]) {
      const s = await runSrokDelivery(config, sink, { n: half, perProtocol, concurrency, maxConnections, threads, name: `deliver-${round}` });
      if (other !== null) otherSide.seconds += (await runSrokDelivery(config, sink, { n: half, perProtocol, concurrency, maxConnections, threads: other, name: `deliver-${round}-other` })).seconds;
      const r = await runRawDelivery(sink, s.captured, { n: half, concurrency, maxConnections });
      srok.seconds += s.seconds;
      srok.bytes += s.bytes / 2;
      raw.seconds += r.seconds;
      raw.bytes += r.bytes / 2;
    }
    const protocolOf10 = await runSrokNoSmtp(config, sink, { n: 500, perProtocol: 10, concurrency, name: 'deliver-10' });
    const protocolOf100 = await runSrokNoSmtp(config, sink, { n: 500, perProtocol: 100, concurrency, name: 'deliver-100' });
    const srokMailsPerSec = n / srok.seconds;
    const rawMailsPerSec = n / raw.seconds;
    return {
      n,
      concurrency,
      maxConnections,
      srokMailsPerSec,
      rawMailsPerSec,
      ratio: srokMailsPerSec / rawMailsPerSec,
      srokBytes: srok.bytes,
      rawBytes: raw.bytes,
      srokMsPerMail: (srok.seconds * 1000) / n,
      rawMsPerMail: (raw.seconds * 1000) / n,
      perStepMs: { protocolOf10, protocolOf100 },
      threads: threadCount,
      other: other !== null ? { threads: other, mailsPerSec: n / otherSide.seconds, ratio: n / otherSide.seconds / rawMailsPerSec } : null,
    };
  } finally {
    await sink.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchDeliver());
}
