import { Worker, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { hostname } from 'node:os';
import path from 'node:path';
import { dispatch } from '../../jobs/index.js';
import type { Clock } from '../clock.js';
import { loadConfig, readEnv } from '../config/index.js';
import { withReviewedEntries } from '../review/directory-entries.js';
import type { SrokConfig } from '../config/types.js';
import type { Log } from '../log.js';
import { createOutboxTransport, createRenderer, createSmtpTransport, type MailTransport, type Renderer } from '../mail/index.js';
import { upsertCronJobs } from '../schedule/cron-ticks.js';
import { bullPrefix, createQueue, QUEUE_NAME } from '../schedule/queue.js';
import { Scheduler } from '../schedule/scheduler.js';
import { KeptRouting } from '../routing/kept-routing.js';
import { sharedCounters } from '../store/mail-counters.js';
import type { DeliveryCounters } from '../delivery/deps.js';
import type { WorkerDeps } from '../schedule/worker-deps.js';
import { connectRedis, Store } from '../store/index.js';
import { checkRedisPolicy } from './redis-policy.js';

/**
 * The assembled runtime: Redis connections, store, queue, renderer, transport,
 * scheduler, and (unless `process: false`) the BullMQ worker that runs the jobs. The
 * CLI's `worker`, `import`, `replan` and `demo` commands all build on it.
 */
export interface RuntimeOptions {
  configDir: string;
  redisUrl: string;
  clock: Clock;
  log: Log;
  /**
   * SROK_LINK_SECRET from the environment as validated at start (readEnv): every step
   * signs its links with it, whatever process.env says later. Left out, the environment
   * is read and validated here, once.
   */
  linkSecret?: string | null;
  /** SMTP settings from the environment, when mail.transport is smtp. */
  smtp?: { url: string; user: string | null; password: string | null } | null;
  /** Run jobs in this process (a worker), or only enqueue them (an import from the CLI). */
  process: boolean;
  /** Start the worker's job loop at once; a simulated run starts it itself. */
  autorun?: boolean;
  concurrency?: number;
  /** Replace the configured transport (tests, benchmarks). */
  transport?: MailTransport;
  /** Replace the configured key prefix (tests, the demo). */
  prefix?: string;
  /** A config already loaded (the demo adjusts it). */
  config?: SrokConfig;
  /** Short BullMQ locks and stalled checks (fault tests). */
  lockMs?: number;
  /** Where mails are counted; by default in Redis, so that /metrics of any process reports every worker's mails. */
  counters?: DeliveryCounters;
  /** Run the cron ticks (the daily re-plan, the controllers' summary) with BullMQ job schedulers; a simulated run fires them itself. */
  dailyReplan?: boolean;
}

export interface Runtime {
  deps: WorkerDeps;
  worker: Worker | null;
  queue: Queue;
  /** Read again the directory entries created while reviewing (another process made one). */
  refreshDirectory(): Promise<void>;
  /** Validate the config folder again and swap it in, then re-plan. Throws ConfigErrors and keeps the old one. */
  reloadConfig(): Promise<void>;
  close(): Promise<void>;
}

/** The link secret of an environment as validated; one that does not validate turns links off (a test's process). */
function linkSecretOf(env: NodeJS.ProcessEnv): string | null {
  try {
    return readEnv(env).linkSecret;
  } catch {
    return null;
  }
}

function messageDomainOf(from: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(from);
  return m?.[1] ?? 'srok.localhost';
}

export async function createTransportFor(config: SrokConfig, smtp: RuntimeOptions['smtp']): Promise<MailTransport> {
  if (config.settings.mail.transport === 'smtp') {
    if (!smtp) {
      throw new Error(`${path.join(config.dir, 'srok.yaml')}: mail.transport is smtp but SROK_SMTP_URL is not set; set it (e.g. smtp://mail.example.org:587) or use transport: outbox`);
    }
    return createSmtpTransport({ url: smtp.url, user: smtp.user, password: smtp.password, threads: config.settings.mail.smtp.threads });
  }
  return createOutboxTransport(path.resolve(config.settings.mail.outboxDir));
}

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  let config = options.config ?? loadConfig(options.configDir);
  const prefix = options.prefix ?? config.settings.redis.prefix;
  const redis: Redis = connectRedis(options.redisUrl, { name: 'srok-store' });
  try {
    await checkRedisPolicy(redis, options.log);
  } catch (e) {
    redis.disconnect();
    throw e;
  }
  const queueRedis: Redis = connectRedis(options.redisUrl, { forQueue: true, name: 'srok-queue' });
  const settings = { ...config.settings, redis: { prefix } };
  const queue = createQueue(queueRedis, settings);
  const store = new Store(redis, prefix);
  // The directory also holds the entries operators created while reviewing.
  let baseConfig = config;
  config = withReviewedEntries(baseConfig, await store.getEntries());
  const renderer: Renderer = await createRenderer({
    templatesDir: path.resolve('email-templates'),
    from: config.settings.mail.from,
    messageDomain: messageDomainOf(config.settings.mail.from),
    zone: config.settings.timezone,
  });
  const transport = options.transport ?? (await createTransportFor(config, options.smtp ?? null));
  let counters: DeliveryCounters;
  if (options.counters) counters = options.counters;
  else {
    const shared = sharedCounters(prefix);
    shared.attach(redis);
    counters = shared;
  }
  // One routing per process: the scheduler, the steps, the mails and the pages read and count the same.
  const routings = new KeptRouting({ store, config: () => config });
  const scheduler = new Scheduler({ store, queue, config: () => config, clock: options.clock, log: options.log, routings });
  const deps: WorkerDeps = {
    redis,
    store,
    routings,
    ledger: store.ledger,
    queue,
    scheduler,
    renderer,
    transport,
    config: () => config,
    clock: options.clock,
    log: options.log,
    linkSecret: options.linkSecret !== undefined ? options.linkSecret : linkSecretOf(process.env),
    owner: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
    prefix,
    counters,
  };

  let worker: Worker | null = null;
  // BullMQ leaves connections it is handed open; srok closes its own.
  const workerRedis = options.process ? connectRedis(options.redisUrl, { forQueue: true, name: 'srok-worker' }) : null;
  if (options.process && workerRedis) {
    const lockMs = options.lockMs ?? config.settings.schedule.lockSeconds * 1000;
    worker = new Worker(QUEUE_NAME, (job) => dispatch(job, deps), {
      connection: workerRedis,
      prefix: bullPrefix(prefix),
      concurrency: options.concurrency ?? config.settings.schedule.concurrency,
      autorun: options.autorun ?? true,
      lockDuration: lockMs,
      stalledInterval: Math.max(1000, Math.floor(lockMs / 2)),
      maxStalledCount: 3,
    });
    // Background loops log and continue; one bad job never stops the worker.
    worker.on('failed', (job, err) => options.log.warn({ job: job?.id, name: job?.name, attempts: job?.attemptsMade, err: err.message }, 'job failed'));
    worker.on('error', (err) => options.log.error({ err: err.message }, 'worker error'));
    if (options.dailyReplan ?? true) {
      await upsertCronJobs(queue, scheduler.cronTicks());
    }
  }

  return {
    deps,
    worker,
    queue,
    async refreshDirectory() {
      config = withReviewedEntries(baseConfig, await store.getEntries());
    },
    async reloadConfig() {
      const next = loadConfig(options.configDir);
      baseConfig = next;
      config = withReviewedEntries(next, await store.getEntries());
      options.log.info({ dir: next.dir }, 'config reloaded; re-planning');
      await scheduler.replanAll();
      // A changed pattern, or a summary switched on or off, takes effect without a restart.
      if (worker && (options.dailyReplan ?? true)) await upsertCronJobs(queue, scheduler.cronTicks());
    },
    async close() {
      if (worker) await worker.close();
      await queue.close();
      await transport.close();
      redis.disconnect();
      queueRedis.disconnect();
      workerRedis?.disconnect();
    },
  };
}
