import type { WorkerDeps } from '../schedule/worker-deps.js';

/**
 * Whether this srok can do its work: Redis answers, mail can go out (the outbox folder
 * is writable, or the SMTP server takes a login), and the queue keeps up (the oldest
 * step due is not later than the catch-up threshold). Only ok/fail leaves the process;
 * which check failed goes to the log.
 */
export interface HealthResult {
  ok: boolean;
  failed: string[];
}

export interface HealthCheck {
  run(): Promise<HealthResult>;
}

/** An SMTP login per probe would load the server: its result is kept this long. */
const TRANSPORT_TTL_MS = 30_000;
const TIMEOUT_MS = 3_000;

export function healthCheck(deps: Pick<WorkerDeps, 'redis' | 'transport' | 'store' | 'config' | 'clock'>): HealthCheck {
  let transport: { at: number; ok: boolean } | null = null;
  const checks: Record<string, () => Promise<boolean>> = {
    redis: async () => (await deps.redis.ping()) === 'PONG',
    mail: async () => {
      const now = Date.now();
      if (transport !== null && now - transport.at < TRANSPORT_TTL_MS) return transport.ok;
      const ok = await deps.transport.verify().then(
        () => true,
        () => false,
      );
      transport = { at: now, ok };
      return ok;
    },
    queue: async () => {
      const next = await deps.store.nextDue();
      if (next === null) return true;
      const lagMs = deps.clock.now().getTime() - next.at;
      return lagMs <= deps.config().settings.schedule.catchUpAfterMinutes * 60_000;
    },
  };
  return {
    async run() {
      const results = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await withTimeout(check())] as const));
      const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
      return { ok: failed.length === 0, failed };
    },
  };
}

async function withTimeout(check: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  try {
    return await Promise.race([check.catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}
