import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import type { SrokConfig } from '../src/config/types.js';
import type { MailTransport } from '../src/mail/index.js';
import { deletePrefix } from '../src/store/redis.js';

/** The machine's Redis; every benchmark works under its own key prefix and removes it after. */
export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export function benchPrefix(name: string): string {
  return `bench-${name}-${randomBytes(4).toString('hex')}`;
}

/** Remove every key under `prefix:` (SCAN + UNLINK; never FLUSHDB on a shared server). */
export async function clearPrefix(prefix: string, url = REDIS_URL): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  try {
    await deletePrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}

export function seconds(fromMs: number): number {
  return (performance.now() - fromMs) / 1000;
}

/** A transport that must never be used: for runtimes that only schedule. */
export const noTransport: MailTransport = {
  kind: 'outbox',
  send: () => Promise.reject(new Error('this benchmark sends nothing')),
  verify: () => Promise.resolve(),
  close: () => Promise.resolve(),
};

// ——— a Redis of our own ———

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface OwnRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A fresh redis-server on a free port, without persistence, for memory figures no one else disturbs. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--loglevel', 'warning'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  const started = Date.now();
  for (;;) {
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch {
      if (Date.now() - started > 10_000 || child.exitCode !== null) throw new Error(`redis-server did not start on port ${port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  probe.disconnect();
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

// ——— a cheap SMTP sink ———

export interface CountingSink {
  url: string;
  /** Messages accepted. */
  readonly count: number;
  /** Bytes of DATA accepted. */
  readonly bytes: number;
  /** performance.now() when the last message was accepted. */
  readonly lastAt: number;
  /** Resolves when `n` messages in total have been accepted (rejects after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server) that accepts every message and only counts it: no
 * parsing, so the sink costs both sides the same little. It runs in a child process
 * (bench/sink-process.ts), on the machine's other core, as a real SMTP server would
 * run elsewhere: its CPU is not counted against srok nor against raw nodemailer.
 */
export async function startCountingSink(): Promise<CountingSink> {
  let count = 0;
  let bytes = 0;
  let lastAt = 0;
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const child = fork(new URL('./sink-process.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited with ${String(code)} before it listened`)));
    child.on('message', (message: SinkMessage) => {
      if (message.t === 'ready') {
        child.removeAllListeners('exit');
        resolve(message.port);
        return;
      }
      count += 1;
      bytes += message.bytes;
      // The child's epoch instant in this process's performance.now() frame.
      lastAt = message.at - performance.timeOrigin;
      for (let i = waiters.length - 1; i >= 0; i -= 1) {
        if (count >= waiters[i]!.n) waiters.splice(i, 1)[0]!.resolve();
      }
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    get count() {
      return count;
    },
    get bytes() {
      return bytes;
    },
    get lastAt() {
      return lastAt;
    },
    waitFor(n, timeoutMs = 120_000) {
      if (count >= n) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`sink: ${count} of ${n} messages after ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    reset() {
      count = 0;
      bytes = 0;
      lastAt = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
}

type SinkMessage = { t: 'ready'; port: number } | { t: 'accepted'; bytes: number; at: number };

/**
 * The config of the delivery benchmarks: the project's, with every step its own mail
 * (`mail.digest.mode: separate`). The default folds a recipient's steps of a day into
 * one mail per protocol at `digest.at`, so N due steps would not be N mails; the
 * comparison with raw nodemailer is one mail per step on both sides.
 */
export function separateMailConfig(config: SrokConfig): SrokConfig {
  const mail = config.settings.mail;
  const { enabled: _former, ...digest } = mail.digest;
  return { ...config, settings: { ...config.settings, mail: { ...mail, digest: { ...digest, mode: 'separate', recipients: [] } } } };
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/,/g, ' ');
}
