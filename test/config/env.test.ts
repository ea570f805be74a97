import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.js';
import { ConfigErrors } from '../../src/errors.js';

const TOKEN_A = 'a'.repeat(32);
const TOKEN_B = '0123456789abcdef0123456789abcdef';

/** The messages readEnv refuses `env` with; fails the test when it accepts it. */
function refusal(env: NodeJS.ProcessEnv): string[] {
  try {
    readEnv(env);
  } catch (error) {
    if (error instanceof ConfigErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('the environment was accepted, but it should have been refused');
}

describe('readEnv', () => {
  it('runs against a local Redis with the outbox and config/ when nothing is set', () => {
    expect(readEnv({})).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      redisSentinel: null,
      smtp: null,
      configDir: 'config',
      apiTokens: [],
      apiReadTokens: [],
      apiControllerTokens: [],
      linkSecret: null,
      imapPassword: null,
    });
  });

  it('keeps the IMAP password as given, spaces included, and takes an empty one for unset', () => {
    expect(readEnv({ SROK_IMAP_PASSWORD: ' s3cret ' }).imapPassword).toBe(' s3cret ');
    expect(readEnv({ SROK_IMAP_PASSWORD: '' }).imapPassword).toBeNull();
  });

  it('takes an empty variable for an unset one', () => {
    expect(readEnv({ REDIS_URL: '', SROK_SMTP_URL: '  ', SROK_CONFIG_DIR: '' })).toMatchObject({ redisUrl: 'redis://127.0.0.1:6379', smtp: null, configDir: 'config' });
  });

  it('reads every variable it knows', () => {
    expect(
      readEnv({
        REDIS_URL: 'rediss://redis.internal.example:6380/2',
        SROK_SMTP_URL: 'smtps://mail.srok.example:465',
        SROK_SMTP_USER: 'srok',
        SROK_SMTP_PASSWORD: 'p@ss:word',
        SROK_CONFIG_DIR: '/etc/srok',
        SROK_API_TOKENS: ` ${TOKEN_A} , ${TOKEN_A},`,
        SROK_API_READ_TOKENS: TOKEN_B,
        SROK_LINK_SECRET: TOKEN_B,
        SROK_IMAP_PASSWORD: 'imap-secret',
      }),
    ).toEqual({
      redisUrl: 'rediss://redis.internal.example:6380/2',
      redisSentinel: null,
      smtp: { url: 'smtps://mail.srok.example:465', user: 'srok', password: 'p@ss:word' },
      configDir: '/etc/srok',
      apiTokens: [TOKEN_A],
      apiReadTokens: [TOKEN_B],
      apiControllerTokens: [],
      linkSecret: TOKEN_B,
      imapPassword: 'imap-secret',
    });
  });

  it('takes SMTP credentials from the URL and keeps them out of it', () => {
    expect(readEnv({ SROK_SMTP_URL: 'smtp://srok:se%40cret@mail.srok.example:587' }).smtp).toEqual({
      url: 'smtp://mail.srok.example:587',
      user: 'srok',
      password: 'se@cret',
    });
  });

  it('reports every malformed variable at once, with what to write', () => {
    expect(
      refusal({
        REDIS_URL: 'localhost:6379',
        SROK_SMTP_URL: 'mail.srok.example',
        SROK_API_TOKENS: `${TOKEN_A},short`,
        SROK_LINK_SECRET: 'too-short',
      }),
    ).toEqual([
      "переменные окружения: REDIS_URL: 'localhost:6379' — не адрес Redis; напишите redis://host:6379 (или rediss:// для TLS), например redis://127.0.0.1:6379",
      "переменные окружения: SROK_SMTP_URL: 'mail.srok.example' — не адрес SMTP; напишите smtp://host:587 (STARTTLS) или smtps://host:465 (TLS)",
      "переменные окружения: SROK_API_TOKENS: длина токена № 2 — 5 знаков; перечислите токены через запятую, каждый без пробелов и не короче 32 знаков, например из 'openssl rand -hex 32'",
      "переменные окружения: SROK_LINK_SECRET: длина 9 знаков, а нужно не меньше 32; возьмите, например, вывод 'openssl rand -hex 32'",
    ]);
  });

  it('never repeats a password or a token in a message', () => {
    const messages = refusal({ SROK_SMTP_URL: 'http://srok:hunter2hunter2@mail.srok.example', SROK_API_READ_TOKENS: 'tok3n-that-is-too-short' });
    expect(messages.join('\n')).not.toMatch(/hunter2|tok3n/);
    expect(messages[0]).toBe("переменные окружения: SROK_SMTP_URL: 'http://srok:***@mail.srok.example/' — не адрес SMTP; напишите smtp://host:587 (STARTTLS) или smtps://host:465 (TLS)");
  });

  it('refuses SMTP credentials without a server, and a password without a user', () => {
    expect(refusal({ SROK_SMTP_PASSWORD: 'secret' })).toEqual([
      'переменные окружения: SROK_SMTP_URL: не задана, а SROK_SMTP_USER или SROK_SMTP_PASSWORD задана; напишите smtp://host:587 или smtps://host:465',
    ]);
    expect(refusal({ SROK_SMTP_URL: 'smtp://mail.srok.example', SROK_SMTP_PASSWORD: 'secret' })).toEqual([
      'переменные окружения: SROK_SMTP_USER: не задана, а пароль задан; напишите имя пользователя, которому принадлежит пароль',
    ]);
  });

  it('refuses credentials given both in the URL and beside it', () => {
    expect(refusal({ SROK_SMTP_URL: 'smtp://a:b@mail.srok.example', SROK_SMTP_USER: 'c' })).toEqual([
      'переменные окружения: SROK_SMTP_URL: содержит имя и пароль, а SROK_SMTP_USER / SROK_SMTP_PASSWORD тоже заданы; оставьте их в одном месте',
    ]);
  });

  it('refuses a token that is both read-only and not', () => {
    expect(refusal({ SROK_API_TOKENS: TOKEN_A, SROK_API_READ_TOKENS: `${TOKEN_B},${TOKEN_A}` })).toEqual([
      'переменные окружения: SROK_API_READ_TOKENS: 1 токен указан и в SROK_API_TOKENS; токен либо только для чтения, либо нет — укажите его в одной переменной',
    ]);
  });

  it('refuses controller tokens without a controller or with another role, the count agreed', () => {
    expect(refusal({ SROK_API_CONTROLLER_TOKENS: `${TOKEN_A},${TOKEN_B}` })).toEqual([
      'переменные окружения: SROK_API_CONTROLLER_TOKENS: в токенах № 1, 2 не указан контролёр; пишите каждый как <id записи справочника>:<токен>, например chel-mininform:$(openssl rand -hex 32)',
    ]);
    expect(refusal({ SROK_API_TOKENS: `${TOKEN_A},${TOKEN_B}`, SROK_API_CONTROLLER_TOKENS: `chel-minfin:${TOKEN_A},chel-minzdrav:${TOKEN_B}` })).toEqual([
      'переменные окружения: SROK_API_CONTROLLER_TOKENS: 2 токена указаны и в SROK_API_TOKENS или SROK_API_READ_TOKENS; у токена одна роль — укажите его в одной переменной',
    ]);
  });

  it('refuses a token with a space inside', () => {
    expect(refusal({ SROK_API_TOKENS: `${TOKEN_A.slice(0, 16)} ${TOKEN_A}` })).toEqual([
      "переменные окружения: SROK_API_TOKENS: в токене № 1 есть пробел; перечислите токены через запятую, каждый без пробелов и не короче 32 знаков, например из 'openssl rand -hex 32'",
    ]);
  });
});

describe('Redis under Sentinel', () => {
  it('reads the Sentinels and the primary’s name', () => {
    const env = readEnv({ REDIS_SENTINELS: '10.0.0.5:26379, redis-s2.local:26380,[::1]:26381', REDIS_SENTINEL_NAME: 'srok' });
    expect(env.redisSentinel).toEqual({
      sentinels: [
        { host: '10.0.0.5', port: 26379 },
        { host: 'redis-s2.local', port: 26380 },
        { host: '::1', port: 26381 },
      ],
      name: 'srok',
    });
  });

  it('refuses, in Russian, a list with a bad entry, a missing name, a name alone, and REDIS_URL beside them', () => {
    expect(refusal({ REDIS_SENTINELS: '10.0.0.5:26379,10.0.0.6,10.0.0.7:99999', REDIS_SENTINEL_NAME: 'srok' })).toEqual([
      expect.stringMatching(/^переменные окружения: REDIS_SENTINELS: '10\.0\.0\.6' — не host:port; '10\.0\.0\.7:99999' — не host:port; перечислите Sentinel через запятую как host:port с портом от 1 до 65535, например REDIS_SENTINELS=/),
    ]);
    expect(refusal({ REDIS_SENTINELS: '10.0.0.5:26379' })).toEqual([expect.stringMatching(/^переменные окружения: REDIS_SENTINEL_NAME: не задана, а REDIS_SENTINELS задана; напишите имя первичного сервера, как в sentinel\.conf/)]);
    expect(refusal({ REDIS_SENTINEL_NAME: 'srok' })).toEqual([expect.stringMatching(/^переменные окружения: REDIS_SENTINELS: не задана, а REDIS_SENTINEL_NAME задана/)]);
    expect(refusal({ REDIS_SENTINELS: '10.0.0.5:26379', REDIS_SENTINEL_NAME: 'my master' })).toEqual([expect.stringMatching(/^переменные окружения: REDIS_SENTINEL_NAME: 'my master' — не имя первичного сервера Sentinel/)]);
    expect(refusal({ REDIS_SENTINELS: '10.0.0.5:26379', REDIS_SENTINEL_NAME: 'srok', REDIS_URL: 'redis://10.0.0.9:6379' })).toEqual([expect.stringMatching(/^переменные окружения: REDIS_URL: задана вместе с REDIS_SENTINELS; оставьте одно/)]);
  });
});
