import { readSentinel, sentinelUrl } from '../config/env.js';
import type { Log } from '../log.js';
import { locateRedis, NoRedisError, type RedisLocation } from '../worker/embedded-redis.js';
import type { CliIo } from './io.js';

/** The Redis a command uses (REDIS_URL, REDIS_SENTINELS, or the local one); its problems printed in Russian (then null). */
export async function locateOrReport(io: CliIo, log: Log): Promise<RedisLocation | null> {
  const problems: string[] = [];
  const get = (name: string) => io.env[name]?.trim() || null;
  const sentinel = readSentinel(get('REDIS_SENTINELS'), get('REDIS_SENTINEL_NAME'), (name, reason) => problems.push(`${name}: ${reason}`));
  if (sentinel !== null && get('REDIS_URL') !== null) problems.push('REDIS_URL: задана вместе с REDIS_SENTINELS; оставьте одно');
  if (problems.length > 0) {
    io.err(`srok: переменные окружения Redis заданы неверно:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    return null;
  }
  try {
    return await locateRedis({ url: sentinel ? sentinelUrl(sentinel) : get('REDIS_URL'), varDir: 'var', log });
  } catch (e) {
    if (e instanceof NoRedisError) {
      io.err(`srok: ${e.message}\n`);
      return null;
    }
    throw e;
  }
}

