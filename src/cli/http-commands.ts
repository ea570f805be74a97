import { Command, Option } from 'commander';
import { systemClock } from '../clock.js';
import { formatConfigErrors, readEnv } from '../config/index.js';
import { ConfigErrors } from '../errors.js';
import { buildHttpServer, createAccess } from '../http/index.js';
import { createLog } from '../log.js';
import { locateOrReport } from './runtime-commands.js';
import { RedisPolicyError } from '../worker/redis-policy.js';
import { createRuntime } from '../worker/worker.js';
import { configDirOf, EXIT, loadConfigOrReport, type CliIo } from './main.js';

/**
 * `srok serve`: the HTTP API, the web pages, the one-click links, /health, /metrics and
 * the queue dashboard, on the runtime without a job loop (`process: false`): workers
 * run the jobs, this process answers people. It stops cleanly on SIGTERM/SIGINT.
 */
export interface ServeOptions {
  port?: string;
  host?: string;
  pretty?: boolean;
  config?: string;
}

const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';

const HELP = `
Токены берутся из переменных окружения: SROK_API_TOKENS (операторы: чтение и
изменения), SROK_API_READ_TOKENS (только чтение) и SROK_API_CONTROLLER_TOKENS
(контролёры: <id записи справочника>:<токен>), через запятую, каждый не короче
32 знаков (например, 'openssl rand -hex 32'); с 'имя:<токен>' в истории будет
'api:имя'. Программы присылают заголовок 'Authorization: Bearer <токен>'; браузер
входит по HTTP Basic с любым именем пользователя и токеном вместо пароля.
SROK_LINK_SECRET включает ссылки «в один щелчок» в письмах (/l/<токен>).

Примеры:
  SROK_API_TOKENS=$(openssl rand -hex 32) srok serve --port 8080
  curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/api/report?kind=overdue`;

export function registerHttpCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('обслуживать HTTP API, веб-страницы, ссылки из писем, /health, /metrics и /admin/queues до SIGTERM/SIGINT')
    .option('--port <n>', `порт (по умолчанию: http.port из конфигурации, иначе ${DEFAULT_PORT}; 0 — любой свободный)`)
    .option('--host <address>', `адрес, на котором слушать (по умолчанию: http.host из конфигурации, иначе ${DEFAULT_HOST})`)
    .option('--pretty', 'журнал в удобном для чтения виде вместо строк JSON')
    .addOption(new Option('-c, --config <dir>', 'папка конфигурации (по умолчанию: $SROK_CONFIG_DIR или ./config)'))
    .addHelpText('after', HELP)
    .action(async (opts: ServeOptions) => {
      setExit(await commandServe(opts, io));
    });
}

/** `stop`: what ends the server (tests hand in their own); by default the first SIGTERM or SIGINT. */
export async function commandServe(opts: ServeOptions, io: CliIo, stop?: Promise<unknown>): Promise<number> {
  let env;
  try {
    env = readEnv(io.env);
  } catch (e) {
    if (e instanceof ConfigErrors) return usage(io, `переменные окружения заданы неверно:\n${formatConfigErrors(e)}`);
    throw e;
  }
  if (env.apiTokens.length + env.apiReadTokens.length === 0) {
    return usage(
      io,
      "для работы srok serve нужны токены API, а переменная SROK_API_TOKENS не задана: задайте в ней токены операторов через запятую, каждый не короче 32 знаков, например SROK_API_TOKENS=$(openssl rand -hex 32); SROK_API_READ_TOKENS добавляет токены только для чтения",
    );
  }
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!config) return EXIT.usage;
  const unknown = env.apiControllerTokens.map((written) => written.slice(0, written.indexOf(':'))).filter((id) => config.directory.get(id) === undefined);
  if (unknown.length > 0) {
    return usage(io, `SROK_API_CONTROLLER_TOKENS называет ${unknown.map((id) => `'${id}'`).join(', ')}, а в ${config.dir}/directory.yaml такой записи нет; пишите каждый токен как <код из справочника>:<токен> с кодом контролирующего органа (например, khmao-depit)`);
  }
  const portText = opts.port ?? String(config.settings.http.port ?? DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText.trim()) || port > 65535) return usage(io, `--port '${opts.port ?? ''}' — не порт; напишите число от 0 до 65535, например --port 8080`);
  const host = opts.host?.trim() || config.settings.http.host || DEFAULT_HOST;

  const log = createLog({ pretty: Boolean(opts.pretty) });
  const where = await locateOrReport(io, log);
  if (!where) return EXIT.usage;
  try {
    // Mails are counted in Redis by every runtime: /metrics here reports the workers' mails.
    const runtime = await createRuntime({ configDir: config.dir, config, redisUrl: where.url, clock: systemClock, log, process: false, smtp: env.smtp, linkSecret: env.linkSecret, dailyReplan: false });
    const app = await buildHttpServer({ runtime: runtime.deps, access: createAccess(env), linkSecret: env.linkSecret, refreshDirectory: () => runtime.refreshDirectory() });
    try {
      const address = await app.listen({ port, host });
      if (env.linkSecret === null) log.warn('SROK_LINK_SECRET is not set: the one-click links of mails are refused');
      log.info({ address, operatorTokens: env.apiTokens.length, readTokens: env.apiReadTokens.length, controllerTokens: env.apiControllerTokens.length, redis: where.how }, 'srok serve listening');
      io.err(`srok serve: слушает ${address}\n`);
      await (stop ?? signalled());
      log.info('stopping: finishing open requests');
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        io.err(`srok: не удаётся слушать ${host}:${port} (${code}); выберите другой --port или --host\n`);
        return EXIT.usage;
      }
      throw e;
    } finally {
      await app.close();
      await runtime.close();
    }
    log.info('srok serve stopped');
    return EXIT.ok;
  } catch (e) {
    if (e instanceof RedisPolicyError) return usage(io, e.message);
    if (e instanceof ConfigErrors) return usage(io, `конфигурация неверна:\n${formatConfigErrors(e)}`);
    throw e;
  } finally {
    await where.stop();
  }
}

/** Resolves on the first SIGTERM or SIGINT. */
function signalled(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string) => () => {
      process.off('SIGTERM', term);
      process.off('SIGINT', int);
      resolve(signal);
    };
    const term = on('SIGTERM');
    const int = on('SIGINT');
    process.once('SIGTERM', term);
    process.once('SIGINT', int);
  });
}

function usage(io: CliIo, message: string): number {
  io.err(`srok: ${message}\n(справка: srok serve --help)\n`);
  return EXIT.usage;
}
