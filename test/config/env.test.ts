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
      "environment: REDIS_URL: 'localhost:6379' is not a Redis URL; write redis://host:6379 (or rediss:// for TLS), e.g. redis://127.0.0.1:6379",
      "environment: SROK_SMTP_URL: 'mail.srok.example' is not an SMTP URL; write smtp://host:587 (STARTTLS) or smtps://host:465 (TLS)",
      "environment: SROK_API_TOKENS: token 2 is 5 characters long; write comma-separated tokens of at least 32 characters without spaces, e.g. from 'openssl rand -hex 32'",
      "environment: SROK_LINK_SECRET: is 9 characters long; use at least 32, e.g. the output of 'openssl rand -hex 32'",
    ]);
  });

  it('never repeats a password or a token in a message', () => {
    const messages = refusal({ SROK_SMTP_URL: 'http://srok:hunter2hunter2@mail.srok.example', SROK_API_READ_TOKENS: 'tok3n-that-is-too-short' });
    expect(messages.join('\n')).not.toMatch(/hunter2|tok3n/);
    expect(messages[0]).toBe("environment: SROK_SMTP_URL: 'http://srok:***@mail.srok.example/' is not an SMTP URL; write smtp://host:587 (STARTTLS) or smtps://host:465 (TLS)");
  });

  it('refuses SMTP credentials without a server, and a password without a user', () => {
    expect(refusal({ SROK_SMTP_PASSWORD: 'secret' })).toEqual([
      'environment: SROK_SMTP_URL: is not set, but SROK_SMTP_USER or SROK_SMTP_PASSWORD is; set it to smtp://host:587 or smtps://host:465',
    ]);
    expect(refusal({ SROK_SMTP_URL: 'smtp://mail.srok.example', SROK_SMTP_PASSWORD: 'secret' })).toEqual([
      'environment: SROK_SMTP_USER: is not set, but a password is; set the user name the password belongs to',
    ]);
  });

  it('refuses credentials given both in the URL and beside it', () => {
    expect(refusal({ SROK_SMTP_URL: 'smtp://a:b@mail.srok.example', SROK_SMTP_USER: 'c' })).toEqual([
      'environment: SROK_SMTP_URL: has credentials, and SROK_SMTP_USER / SROK_SMTP_PASSWORD are set too; keep them in one place',
    ]);
  });

  it('refuses a token that is both read-only and not', () => {
    expect(refusal({ SROK_API_TOKENS: TOKEN_A, SROK_API_READ_TOKENS: `${TOKEN_B},${TOKEN_A}` })).toEqual([
      'environment: SROK_API_READ_TOKENS: 1 token(s) are also in SROK_API_TOKENS; a token is either read-only or not, list it once',
    ]);
  });

  it('refuses a token with a space inside', () => {
    expect(refusal({ SROK_API_TOKENS: `${TOKEN_A.slice(0, 16)} ${TOKEN_A}` })).toEqual([
      "environment: SROK_API_TOKENS: token 1 contains a space; write comma-separated tokens of at least 32 characters without spaces, e.g. from 'openssl rand -hex 32'",
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
      expect.stringMatching(/^environment: REDIS_SENTINELS: '10\.0\.0\.6' — не host:port; '10\.0\.0\.7:99999' — не host:port; перечислите Sentinel через запятую как host:port с портом от 1 до 65535, например REDIS_SENTINELS=/),
    ]);
    expect(refusal({ REDIS_SENTINELS: '10.0.0.5:26379' })).toEqual([expect.stringMatching(/^environment: REDIS_SENTINEL_NAME: не задана, а REDIS_SENTINELS задана; напишите имя первичного сервера, как в sentinel\.conf/)]);
    expect(refusal({ REDIS_SENTINEL_NAME: 'srok' })).toEqual([expect.stringMatching(/^environment: REDIS_SENTINELS: не задана, а REDIS_SENTINEL_NAME задана/)]);
    expect(refusal({ REDIS_SENTINELS: '10.0.0.5:26379', REDIS_SENTINEL_NAME: 'my master' })).toEqual([expect.stringMatching(/^environment: REDIS_SENTINEL_NAME: 'my master' — не имя первичного сервера Sentinel/)]);
    expect(refusal({ REDIS_SENTINELS: '10.0.0.5:26379', REDIS_SENTINEL_NAME: 'srok', REDIS_URL: 'redis://10.0.0.9:6379' })).toEqual([expect.stringMatching(/^environment: REDIS_URL: задана вместе с REDIS_SENTINELS; оставьте одно/)]);
  });
});
