import { ConfigError, ConfigErrors } from '../errors.js';
import { CHARACTERS, CHARACTERS_GENITIVE, countOf, LISTED, plural, TOKENS } from '../mail/plural.js';

/**
 * The settings srok takes from the environment: secrets and where things run, which
 * never go into the YAML tree (it is committed and shown in diffs).
 */
export interface EnvSettings {
  /** REDIS_URL; redis://127.0.0.1:6379 when unset. */
  redisUrl: string;
  /** REDIS_SENTINELS and REDIS_SENTINEL_NAME: a primary with replicas under Sentinel; null when unset. */
  redisSentinel: SentinelSettings | null;
  /** SROK_SMTP_URL with SROK_SMTP_USER / SROK_SMTP_PASSWORD; null when unset (mail goes to the outbox). */
  smtp: SmtpSettings | null;
  /** SROK_CONFIG_DIR; 'config' when unset. */
  configDir: string;
  /** SROK_API_TOKENS: bearer tokens that may read and change through the HTTP API. */
  apiTokens: string[];
  /** SROK_API_READ_TOKENS: bearer tokens that may only read (reports, dashboard, metrics). */
  apiReadTokens: string[];
  /**
   * SROK_API_CONTROLLER_TOKENS: `name:token` where `name` is the directory id of a controller;
   * such a token sees and answers (postponement requests) only what that controller controls.
   */
  apiControllerTokens: string[];
  /** SROK_LINK_SECRET: signs the links in mails ("mark done"); null disables such links. */
  linkSecret: string | null;
  /** SROK_IMAP_PASSWORD: the password of the mailbox `inbox.imap` watches; null when unset. */
  imapPassword: string | null;
}

export interface SentinelSettings {
  /** The Sentinels asked where the primary is, in the order given. */
  sentinels: Array<{ host: string; port: number }>;
  /** The primary's name, as in `sentinel monitor <name> …`. */
  name: string;
}

export interface SmtpSettings {
  /** smtp://host:587 (STARTTLS) or smtps://host:465, without credentials. */
  url: string;
  user: string | null;
  password: string | null;
}

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_CONFIG_DIR = 'config';
/** Shorter tokens and secrets can be guessed; 32 hex digits are 128 bits. */
export const MIN_TOKEN_LENGTH = 32;
/** A controller's token: `<directory id>:<token>`. */
export const CONTROLLER_TOKEN = new RegExp(`^([A-Za-z0-9._-]{1,80}):([^:\\s]{${MIN_TOKEN_LENGTH},})$`);

const SOURCE = 'переменные окружения';

/**
 * Reads and checks srok's environment variables. Pure: the environment is a parameter
 * (pass `process.env`). Every malformed variable is reported at once, as a
 * ConfigErrors whose file is 'environment' and whose path is the variable; secret
 * values are never repeated in a message.
 */
export function readEnv(env: NodeJS.ProcessEnv): EnvSettings {
  const errors: ConfigError[] = [];
  const fail = (name: string, reason: string): void => {
    errors.push(new ConfigError(SOURCE, name, reason));
  };
  // An empty variable (`SROK_SMTP_URL=` in a unit file) means unset.
  const get = (name: string): string | null => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? null : value;
  };

  const redisUrl = get('REDIS_URL') ?? DEFAULT_REDIS_URL;
  const redis = parseUrl(redisUrl);
  if (!redis || (redis.protocol !== 'redis:' && redis.protocol !== 'rediss:')) {
    fail('REDIS_URL', `'${redacted(redisUrl)}' — не адрес Redis; напишите redis://host:6379 (или rediss:// для TLS), например ${DEFAULT_REDIS_URL}`);
  }
  const redisSentinel = readSentinel(get('REDIS_SENTINELS'), get('REDIS_SENTINEL_NAME'), fail);
  if (redisSentinel !== null && get('REDIS_URL') !== null) {
    fail('REDIS_URL', 'задана вместе с REDIS_SENTINELS; оставьте одно: REDIS_SENTINELS и REDIS_SENTINEL_NAME для Redis под Sentinel или REDIS_URL для одного сервера');
  }

  const smtp = readSmtp(get('SROK_SMTP_URL'), get('SROK_SMTP_USER'), get('SROK_SMTP_PASSWORD'), fail);

  const configDir = get('SROK_CONFIG_DIR') ?? DEFAULT_CONFIG_DIR;

  const apiTokens = readTokens('SROK_API_TOKENS', get('SROK_API_TOKENS'), fail);
  const apiReadTokens = readTokens('SROK_API_READ_TOKENS', get('SROK_API_READ_TOKENS'), fail);
  const both = apiReadTokens.filter((token) => apiTokens.includes(token));
  if (both.length > 0) {
    fail('SROK_API_READ_TOKENS', `${countOf(both.length, TOKENS)} ${plural(both.length, LISTED)} и в SROK_API_TOKENS; токен либо только для чтения, либо нет — укажите его в одной переменной`);
  }
  const apiControllerTokens = readTokens('SROK_API_CONTROLLER_TOKENS', get('SROK_API_CONTROLLER_TOKENS'), fail);
  const unnamed = apiControllerTokens.flatMap((token, i) => (CONTROLLER_TOKEN.test(token) ? [] : [i + 1]));
  if (unnamed.length > 0) {
    fail('SROK_API_CONTROLLER_TOKENS', `${unnamed.length === 1 ? 'в токене' : 'в токенах'} № ${unnamed.join(', ')} не указан контролёр; пишите каждый как <id записи справочника>:<токен>, например chel-mininform:$(openssl rand -hex 32)`);
  }
  const shared = apiControllerTokens.filter((written) => {
    const token = written.slice(written.indexOf(':') + 1);
    return [...apiTokens, ...apiReadTokens].some((other) => other === token || other.endsWith(`:${token}`));
  });
  if (shared.length > 0) {
    fail('SROK_API_CONTROLLER_TOKENS', `${countOf(shared.length, TOKENS)} ${plural(shared.length, LISTED)} и в SROK_API_TOKENS или SROK_API_READ_TOKENS; у токена одна роль — укажите его в одной переменной`);
  }

  const linkSecret = get('SROK_LINK_SECRET');
  if (linkSecret !== null && linkSecret.length < MIN_TOKEN_LENGTH) {
    fail('SROK_LINK_SECRET', `длина ${countOf(linkSecret.length, CHARACTERS)}, а нужно не меньше ${MIN_TOKEN_LENGTH}; возьмите, например, вывод 'openssl rand -hex 32'`);
  }

  // Not trimmed: a password may begin or end with a space. Empty still means unset.
  const imapPassword = env['SROK_IMAP_PASSWORD'] === undefined || env['SROK_IMAP_PASSWORD'] === '' ? null : env['SROK_IMAP_PASSWORD'];

  if (errors.length > 0) throw new ConfigErrors(errors);
  return { redisUrl, redisSentinel, smtp, configDir, apiTokens, apiReadTokens, apiControllerTokens, linkSecret, imapPassword };
}

const SENTINEL_EXAMPLE = 'например REDIS_SENTINELS=10.0.0.5:26379,10.0.0.6:26379,10.0.0.7:26379';
const SENTINEL_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * REDIS_SENTINELS (comma-separated host:port) and REDIS_SENTINEL_NAME (the primary's
 * name in sentinel.conf): both or neither. Errors in Russian, naming the bad entry.
 */
export function readSentinel(list: string | null, name: string | null, fail: (name: string, reason: string) => void): SentinelSettings | null {
  if (list === null && name === null) return null;
  if (list === null) {
    fail('REDIS_SENTINELS', `не задана, а REDIS_SENTINEL_NAME задана; перечислите Sentinel через запятую как host:port, ${SENTINEL_EXAMPLE}, или уберите REDIS_SENTINEL_NAME`);
    return null;
  }
  const sentinels: SentinelSettings['sentinels'] = [];
  const problems: string[] = [];
  for (const entry of list.split(',').map((e) => e.trim())) {
    const m = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(entry);
    const port = m ? Number(m[2]) : NaN;
    if (!m || port < 1 || port > 65535) {
      problems.push(entry === '' ? 'пустой элемент (две запятые подряд или запятая в конце)' : `'${entry}' — не host:port`);
      continue;
    }
    sentinels.push({ host: m[1]!.replace(/^\[|\]$/g, ''), port });
  }
  if (problems.length > 0) {
    fail('REDIS_SENTINELS', `${problems.join('; ')}; перечислите Sentinel через запятую как host:port с портом от 1 до 65535, ${SENTINEL_EXAMPLE}`);
    return null;
  }
  if (name === null) {
    fail('REDIS_SENTINEL_NAME', 'не задана, а REDIS_SENTINELS задана; напишите имя первичного сервера, как в sentinel.conf (sentinel monitor <имя> …), например REDIS_SENTINEL_NAME=srok');
    return null;
  }
  if (!SENTINEL_NAME.test(name)) {
    fail('REDIS_SENTINEL_NAME', `'${name}' — не имя первичного сервера Sentinel; допустимы латинские буквы, цифры, точка, дефис и подчёркивание, например srok`);
    return null;
  }
  return { sentinels, name };
}

/** The one string srok hands around for a Redis under Sentinel: `sentinel://h1:p1,h2:p2/name` (connectRedis reads it). */
export function sentinelUrl(s: SentinelSettings): string {
  return `sentinel://${s.sentinels.map((x) => (x.host.includes(':') ? `[${x.host}]:${x.port}` : `${x.host}:${x.port}`)).join(',')}/${s.name}`;
}

function readSmtp(
  urlText: string | null,
  user: string | null,
  password: string | null,
  fail: (name: string, reason: string) => void,
): SmtpSettings | null {
  if (urlText === null) {
    if (user !== null || password !== null) {
      fail('SROK_SMTP_URL', 'не задана, а SROK_SMTP_USER или SROK_SMTP_PASSWORD задана; напишите smtp://host:587 или smtps://host:465');
    }
    return null;
  }
  const url = parseUrl(urlText);
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') {
    fail('SROK_SMTP_URL', `'${redacted(urlText)}' — не адрес SMTP; напишите smtp://host:587 (STARTTLS) или smtps://host:465 (TLS)`);
    return null;
  }
  // Credentials may come inside the URL or beside it, not both: two sources would disagree sooner or later.
  const urlUser = url.username === '' ? null : decodeURIComponent(url.username);
  const urlPassword = url.password === '' ? null : decodeURIComponent(url.password);
  if ((urlUser !== null && user !== null) || (urlPassword !== null && password !== null)) {
    fail('SROK_SMTP_URL', 'содержит имя и пароль, а SROK_SMTP_USER / SROK_SMTP_PASSWORD тоже заданы; оставьте их в одном месте');
    return null;
  }
  const finalUser = user ?? urlUser;
  const finalPassword = password ?? urlPassword;
  if (finalPassword !== null && finalUser === null) {
    fail('SROK_SMTP_USER', 'не задана, а пароль задан; напишите имя пользователя, которому принадлежит пароль');
    return null;
  }
  url.username = '';
  url.password = '';
  return { url: url.toString().replace(/\/$/, ''), user: finalUser, password: finalPassword };
}

function readTokens(name: string, text: string | null, fail: (name: string, reason: string) => void): string[] {
  if (text === null) return [];
  const tokens = text
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
  const problems: string[] = [];
  tokens.forEach((token, index) => {
    if (/\s/.test(token)) problems.push(`в токене № ${index + 1} есть пробел`);
    else if (token.length < MIN_TOKEN_LENGTH) problems.push(`длина токена № ${index + 1} — ${countOf(token.length, CHARACTERS)}`);
  });
  if (problems.length > 0) {
    fail(name, `${problems.join('; ')}; перечислите токены через запятую, каждый без пробелов и не короче ${countOf(MIN_TOKEN_LENGTH, CHARACTERS_GENITIVE)}, например из 'openssl rand -hex 32'`);
  }
  return [...new Set(tokens)];
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** A URL for a message, with any password replaced: the message ends up in logs. */
function redacted(text: string): string {
  const url = parseUrl(text);
  if (url && url.password !== '') {
    url.password = '***';
    return url.toString();
  }
  return text.replace(/:[^:@/]*@/, ':***@');
}
