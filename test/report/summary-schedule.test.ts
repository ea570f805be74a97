import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localDay, localTime } from '../../src/calendar/index.js';
import { systemClock } from '../../src/clock.js';
import { silentLog } from '../../src/log.js';
import { createOutboxTransport } from '../../src/mail/index.js';
import { createRuntime, type Runtime } from '../../src/worker/worker.js';
import { clearPrefix, REDIS_URL, testPrefix } from '../support/redis.js';
import { ZONE } from './support.js';

let runtime: Runtime | null = null;
let prefix: string | null = null;
afterEach(async () => {
  await runtime?.close();
  if (prefix) await clearPrefix(prefix);
  runtime = null;
  prefix = null;
});

describe('the worker’s job schedulers', () => {
  it('runs the controller summary by its cron pattern in the office zone beside the daily re-plan, and drops it when the config switches it off', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-summary-worker-'));
    await cp('config', dir, { recursive: true });
    prefix = testPrefix('summary-worker');
    runtime = await createRuntime({
      configDir: dir,
      redisUrl: REDIS_URL,
      clock: systemClock,
      log: silentLog(),
      process: true,
      autorun: false,
      prefix,
      transport: createOutboxTransport(path.join(dir, 'outbox')),
    });

    const schedulers = await runtime.queue.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.name, s.pattern, s.tz]).sort()).toEqual([
      ['controller-summary', 'controller-summary', '0 0 9 * * 1', ZONE],
      ['replan-daily', 'replan', '0 30 6 * * *', ZONE],
      ['review-waiting', 'review-waiting', '0 0 9 * * *', ZONE],
    ]);
    const next = new Date(schedulers.find((s) => s.key === 'controller-summary')!.next!);
    expect(new Date(`${localDay(next, ZONE)}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(localTime(next, ZONE)).toBe('09:00');

    const file = path.join(dir, 'srok.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/(controllerSummary:[\s\S]*?)enabled: true/, '$1enabled: false'));
    await runtime.reloadConfig();
    expect((await runtime.queue.getJobSchedulers()).map((s) => s.key).sort()).toEqual(['replan-daily', 'review-waiting']);
  });
});
