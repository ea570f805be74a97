import path from 'node:path';
import { RunningClock, systemClock, type Clock } from '../clock.js';
import { missingCalendarMessage, missingYearsAhead } from '../calendar/index.js';
import { loadConfig, readEnv, formatConfigErrors } from '../config/index.js';
import { runDemo } from '../demo.js';
import { ConfigErrors } from '../errors.js';
import { READABLE_LIST } from '../document/index.js';
import { importFiles, importInput, type FileImport, type ImportDeps } from '../import.js';
import { imapIntakeFor, sendFileReceipt } from '../intake/index.js';
import { createLog, silentLog, type Log } from '../log.js';
import { expandInputsReporting } from '../read-protocol.js';
import { fileReport, fileReportText, summaryText } from './import-report.js';
import type { RedisLocation } from '../worker/embedded-redis.js';
import { Inbox } from '../worker/inbox.js';
import { RedisPolicyError } from '../worker/redis-policy.js';
import { createRuntime, type Runtime } from '../worker/worker.js';
import { configDirOf, EXIT, loadConfigOrReport, type CliIo } from './main.js';
import { locateOrReport } from './redis-location.js';

export { locateOrReport } from './redis-location.js';
import { ASSIGNMENTS, countOf, FILES, MAILS, PROTOCOLS } from '../mail/plural.js';
import { ruDate } from '../plan/subject.js';
import type { IsoDate } from '../domain.js';

/**
 * The commands that talk to Redis: import, worker, replan, config apply, demo. Each
 * finds its Redis (REDIS_URL, a local one, or srok's own), and fails with a message
 * that says what to do — never a stack trace.
 */
interface Common {
  config?: string;
  pretty?: boolean;
  json?: boolean;
}

/** REDIS_SENTINELS, else REDIS_URL, else a Redis on 127.0.0.1:6379, else srok's own; null (having said what to do) when there is none. */
export async function withRedis<T>(io: CliIo, log: Log, fn: (where: RedisLocation) => Promise<T>): Promise<T | number> {
  const where = await locateOrReport(io, log);
  if (!where) return EXIT.usage;
  try {
    return await fn(where);
  } catch (e) {
    if (e instanceof RedisPolicyError) {
      io.err(`srok: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof ConfigErrors) {
      io.err(`srok: конфигурация неверна:\n${formatConfigErrors(e)}\n`);
      return EXIT.usage;
    }
    throw e;
  } finally {
    await where.stop();
  }
}

/**
 * A runtime on the configured Redis for a command that reads or changes the store (follow-up, review), on the CLI's
 * clock and a silent log. `handle` turns the command's own errors into an exit code (null: not its own); any other
 * failure — Redis gone mid-way, a broken record — is a message and an exit code, never a stack trace.
 */
export async function withCliRuntime(io: CliIo, opts: { config?: string }, fn: (runtime: Runtime, clock: Clock, log: Log) => Promise<number>, handle: (e: unknown) => number | null): Promise<number> {
  const env = envOrReport(io);
  if (!env) return EXIT.usage;
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!config) return EXIT.usage;
  const log = silentLog();
  const clock: Clock = { now: () => io.now() };
  return withRedis(io, log, async (where) => {
    try {
      const runtime = await createRuntime({ configDir: config.dir, config, redisUrl: where.url, clock, log, process: false, smtp: env.smtp, linkSecret: env.linkSecret, dailyReplan: false });
      try {
        return await fn(runtime, clock, log);
      } finally {
        await runtime.close();
      }
    } catch (e) {
      const handled = handle(e);
      if (handled !== null) return handled;
      if (e instanceof RedisPolicyError || e instanceof ConfigErrors) throw e;
      io.err(`srok: ${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT.input;
    }
  });
}

export function envOrReport(io: CliIo) {
  try {
    return readEnv(io.env);
  } catch (e) {
    if (e instanceof ConfigErrors) {
      io.err(`srok: переменные окружения заданы неверно:\n${formatConfigErrors(e)}\n`);
      return null;
    }
    throw e;
  }
}

export async function commandImport(inputs: string[], opts: Common, io: CliIo): Promise<number> {
  const env = envOrReport(io);
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!env || !config) return EXIT.usage;
  const log = opts.pretty ? createLog({ pretty: true }) : silentLog();
  const { files, skipped } = await expandInputsReporting(inputs);
  if (files.length === 0 && skipped.length === 0) {
    io.err(`srok: среди входных файлов нет ни одного, который srok читает (${READABLE_LIST}); импортировать нечего\n`);
    return EXIT.input;
  }
  const result = await withRedis(io, log, async (where) => {
    // The shell's clock: the system's, or a test's.
    const clock: Clock = { now: () => io.now() };
    const runtime = await createRuntime({ configDir: config.dir, config, redisUrl: where.url, clock, log, process: false, smtp: env.smtp, linkSecret: env.linkSecret });
    try {
      const deps = { config: runtime.deps.config, store: runtime.deps.store, scheduler: runtime.deps.scheduler, clock, log, actor: `cli:${io.env['USER'] ?? 'operator'}` };
      // Each file is told as it is done: what was understood, what needs a look, whether it waits.
      const summary = await importFiles(files, deps, (f) => {
        if (!opts.json) io.out(fileReportText(fileReport(f)));
      });
      // A file of a format srok does not read is a failed file too, with why.
      for (const s of skipped) {
        const f: FileImport = { file: s.file, ok: false, error: `${s.file}: ${s.reason}`, line: null };
        summary.files.push(f);
        summary.failed += 1;
        if (!opts.json) io.out(fileReportText(fileReport(f)));
      }
      const reports = summary.files.map(fileReport);
      const waiting = reports.filter((r) => r.waitsForReview).length;
      const totals = { new: summary.new, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed, waitingForReview: waiting, assignments: summary.assignments, parts: summary.parts, nextStepsScheduled: summary.scheduled };
      if (opts.json) io.out(`${JSON.stringify({ ...totals, files: reports }, null, 2)}\n`);
      else io.out(summaryText(summary, waiting));
      for (const f of summary.files) if (!f.ok) io.err(`srok: ${f.error}\n`);
      return summary.failed > 0 ? EXIT.input : EXIT.ok;
    } finally {
      await runtime.close();
    }
  });
  return result;
}

export async function commandReplan(opts: Common, io: CliIo): Promise<number> {
  const env = envOrReport(io);
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!env || !config) return EXIT.usage;
  const log = opts.pretty ? createLog({ pretty: true }) : silentLog();
  return withRedis(io, log, async (where) => {
    const runtime = await createRuntime({ configDir: config.dir, config, redisUrl: where.url, clock: systemClock, log, process: false, smtp: env.smtp, linkSecret: env.linkSecret });
    try {
      const s = await runtime.deps.scheduler.replanAll();
      // Workers listening re-read their config too (config apply).
      await runtime.deps.store.announceConfigChange(new Date());
      io.out(opts.json ? `${JSON.stringify(s)}\n` : `Перепланировано протоколов: ${s.protocols}; треков: ${s.tracks}, писем добавлено: ${s.added}, снято: ${s.removed}\n`);
      return EXIT.ok;
    } finally {
      await runtime.close();
    }
  });
}

/** `srok config apply`: validate, then re-plan every protocol under the new config and tell running workers. */
export async function commandConfigApply(opts: Common, io: CliIo): Promise<number> {
  const dir = configDirOf(opts, io);
  try {
    loadConfig(dir);
  } catch (e) {
    if (e instanceof ConfigErrors) {
      io.err(`srok: не применено — конфигурация неверна:\n${formatConfigErrors(e)}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  return commandReplan(opts, io);
}

export async function commandWorker(opts: Common & { inbox?: boolean; imap?: boolean; clockStart?: string }, io: CliIo): Promise<number> {
  const env = envOrReport(io);
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!env || !config) return EXIT.usage;
  const imap = config.settings.inbox.imap;
  const watchImap = imap.enabled && opts.imap !== false;
  if (watchImap && env.imapPassword === null) {
    io.err(
      `srok: в ${path.join(path.relative(process.cwd(), config.dir) || '.', 'srok.yaml')} включён inbox.imap (ящик ${imap.user ?? ''} на ${imap.host ?? ''}), но пароль не задан: ` +
        'задайте переменную окружения SROK_IMAP_PASSWORD или запустите worker с --no-imap\n',
    );
    return EXIT.usage;
  }
  let clock: Clock = systemClock;
  if (opts.clockStart !== undefined) {
    const start = new Date(opts.clockStart);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(opts.clockStart) || Number.isNaN(start.getTime())) {
      io.err(`srok: --clock-start '${opts.clockStart}' — не момент ISO; напишите, например, 2021-03-17T05:00:00Z\n`);
      return EXIT.usage;
    }
    clock = new RunningClock(start);
  }
  const log = createLog({ pretty: Boolean(opts.pretty) });
  return withRedis(io, log, async (where) => {
    log.info({ redis: where.how, ...(opts.clockStart ? { clockStart: clock.now().toISOString() } : {}) }, 'srok worker starting');
    const runtime: Runtime = await createRuntime({ configDir: config.dir, redisUrl: where.url, clock, log, process: true, smtp: env.smtp, linkSecret: env.linkSecret });
    const importDeps = (actor: string): ImportDeps => ({ config: runtime.deps.config, store: runtime.deps.store, scheduler: runtime.deps.scheduler, clock, log, actor });
    const inbox =
      opts.inbox === false
        ? null
        : new Inbox({
            dir: config.settings.inbox.dir,
            owner: runtime.deps.owner,
            now: () => clock.now(),
            log,
            importFile: (file) => importInput(file, importDeps('inbox')),
            // What the receipt says goes to the log and, as a mail, to the operator.
            onImported: (file, imported) =>
              void sendFileReceipt(file, imported, { config: runtime.deps.config, transport: runtime.deps.transport, once: runtime.deps.store.once, log, now: () => clock.now() }),
          });
    await inbox?.start();
    const intake = watchImap
      ? imapIntakeFor(runtime.deps, { password: env.imapPassword ?? '', clock, log })
      : null;
    intake?.start();
    const reload = () =>
      runtime.reloadConfig().catch((e: unknown) => {
        const msg = e instanceof ConfigErrors ? formatConfigErrors(e) : e instanceof Error ? e.message : String(e);
        log.error({ err: msg }, 'config not reloaded; the previous one stays in force');
      });
    const subscriber = await runtime.deps.store.onConfigChange(() => void reload());
    process.on('SIGHUP', () => void reload());
    const stopped = new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        log.info({ signal }, 'stopping: finishing running jobs');
        resolve();
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    const missing = missingYearsAhead(config.calendar, clock.now(), config.settings.timezone);
    if (missing.length > 0) {
      log.warn({ code: 'calendar_year_missing', years: missing }, missingCalendarMessage(missing, path.relative(process.cwd(), path.join(config.dir, config.settings.calendar.dir)) || config.settings.calendar.dir));
    }
    log.info({ inbox: inbox?.dirs.inbox ?? null, imap: watchImap ? `${imap.mailbox} of ${imap.user ?? ''} on ${imap.host ?? ''}` : null, transport: config.settings.mail.transport }, 'srok worker running');
    await stopped;
    await inbox?.stop();
    await intake?.stop();
    subscriber.close();
    await runtime.close();
    log.info('srok worker stopped');
    return EXIT.ok;
  });
}

export async function commandDemo(opts: Common & { until: string; outbox: string }, io: CliIo, inputs: string[]): Promise<number> {
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!config) return EXIT.usage;
  const log = opts.pretty ? createLog({ pretty: true, level: 'info' }) : silentLog();
  return withRedis(io, log, async (where) => {
    const started = process.hrtime.bigint();
    const r = await runDemo({ inputs, configDir: config.dir, redisUrl: where.url, until: opts.until, outboxDir: opts.outbox, prefix: `${config.settings.redis.prefix}-demo`, log });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (opts.json) {
      io.out(`${JSON.stringify({ ...r, byKind: Object.fromEntries(r.byKind), byRecipient: Object.fromEntries(r.byRecipient), failed: Object.fromEntries(r.failed), seconds }, null, 2)}\n`);
      return EXIT.ok;
    }
    const lines: string[] = [];
    const imported = r.imported.new + r.imported.updated;
    lines.push(`srok demo: импортировано ${countOf(imported, PROTOCOLS)} (${countOf(r.imported.assignments, ASSIGNMENTS)}, частей: ${r.imported.parts}); ${where.how}`);
    if (r.approved > 0)
      lines.push(
        `ждали проверки (import.review: ${config.settings.import.review}): ${countOf(r.approved, PROTOCOLS)}; демонстрация одобрила ${r.approved === 1 ? 'его' : 'их'} при импорте, как сделал бы оператор (srok approve)`,
      );
    lines.push(`смоделировано с ${ruDate(r.from.toISOString().slice(0, 10) as IsoDate)} по ${ruDate(r.endedAt.toISOString().slice(0, 10) as IsoDate)} за ${seconds.toFixed(1).replace('.', ',')} с (переводов часов: ${r.ticks})`);
    lines.push(`в папку исходящих отправлено ${countOf(r.mails, MAILS)}, по видам:`);
    for (const [kind, n] of [...r.byKind].sort((a, b) => b[1] - a[1])) lines.push(`  ${kind.padEnd(11)} ${n}`);
    lines.push('по адресатам (первые 12):');
    for (const [who, n] of [...r.byRecipient].sort((a, b) => b[1] - a[1]).slice(0, 12)) lines.push(`  ${String(n).padStart(5)}  ${who}`);
    if (r.busiest)
      lines.push(`больше всего писем одному адресату за день: ${r.busiest.recipient}, ${ruDate(r.busiest.day)} — ${countOf(r.busiest.mails, MAILS)}; одна тема дважды за день: ${r.sameSubjectRepeats}`);
    if (r.failed.size > 0) lines.push(`не отправлено: ${[...r.failed].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    lines.push(`письма: ${path.relative(process.cwd(), r.outboxDir) || r.outboxDir}/*.eml (${countOf(r.outboxFiles, FILES)}; .eml открывает любой почтовый клиент)`);
    io.out(`${lines.join('\n')}\n`);
    return EXIT.ok;
  });
}
