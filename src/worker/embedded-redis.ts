import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Log } from '../log.js';

/**
 * Where srok finds its Redis. REDIS_URL when set; otherwise a Redis already listening
 * on 127.0.0.1:6379; otherwise srok starts its own `redis-server` with AOF under
 * ./var/redis (durable, never evicting) and says so; otherwise it says how to get one.
 */
const DEFAULT_EMBEDDED_PORT = 6390;

export class NoRedisError extends Error {
  override name = 'NoRedisError';
}

function listening(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface RedisLocation {
  url: string;
  /** What the operator is told. */
  how: string;
  /** Stops an embedded server (no-op otherwise). */
  stop(): Promise<void>;
}

export async function locateRedis(options: {
  url: string | null;
  varDir: string;
  log: Log;
  /** Where a local Redis is looked for; 6379 unless a test says otherwise. */
  localPort?: number;
  /** Where srok's own redis-server listens. */
  embeddedPort?: number;
}): Promise<RedisLocation> {
  const localPort = options.localPort ?? 6379;
  const EMBEDDED_PORT = options.embeddedPort ?? DEFAULT_EMBEDDED_PORT;
  if (options.url?.startsWith('sentinel://')) {
    const [hosts, name] = options.url.slice('sentinel://'.length).split('/');
    return { url: options.url, how: `Redis «${name ?? ''}» через Sentinel ${hosts ?? ''} (REDIS_SENTINELS)`, stop: async () => {} };
  }
  if (options.url) return { url: options.url, how: `Redis по адресу ${redact(options.url)} (REDIS_URL)`, stop: async () => {} };
  if (await listening('127.0.0.1', localPort)) {
    return { url: `redis://127.0.0.1:${localPort}`, how: `уже запущенный Redis на 127.0.0.1:${localPort}`, stop: async () => {} };
  }
  if (await listening('127.0.0.1', EMBEDDED_PORT)) {
    return { url: `redis://127.0.0.1:${EMBEDDED_PORT}`, how: `собственный redis-server srok на 127.0.0.1:${EMBEDDED_PORT}`, stop: async () => {} };
  }
  if (!hasRedisServer()) {
    throw new NoRedisError(
      'no Redis: REDIS_URL is not set, nothing listens on 127.0.0.1:6379, and redis-server is not installed. ' +
        'Install it (Debian: apt-get install redis-server), start one, or set REDIS_URL=redis://host:port.',
    );
  }
  const dir = path.resolve(options.varDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    'redis-server',
    ['--port', String(EMBEDDED_PORT), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--maxmemory-policy', 'noeviction', '--daemonize', 'no'],
    { stdio: 'ignore', detached: false },
  );
  for (let i = 0; i < 100 && !(await listening('127.0.0.1', EMBEDDED_PORT, 100)); i += 1) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const how = `started srok's own redis-server on 127.0.0.1:${EMBEDDED_PORT} with AOF in ${path.relative(process.cwd(), dir) || dir}`;
  options.log.info({ dir, port: EMBEDDED_PORT }, how);
  return {
    url: `redis://127.0.0.1:${EMBEDDED_PORT}`,
    how,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
