import { Option, type Command } from 'commander';
import { readEnv } from '../config/env.js';
import { ConfigErrors } from '../errors.js';
import { FollowUpError } from '../follow-up/follow-up-error.js';
import { referenceOf, type Reference, type ReferenceOptions } from '../follow-up/reference.js';
import { formatReport, showAssignment } from '../follow-up/show.js';
import { silentLog } from '../log.js';
import { withReviewedEntries } from '../review/directory-entries.js';
import { KeptRouting } from '../routing/kept-routing.js';
import { Store } from '../store/store.js';
import { connectRedis } from '../store/redis.js';
import { checkRedisPolicy, RedisPolicyError } from '../worker/redis-policy.js';
import { loadCachedConfigOrReport } from './cached-config.js';
import { configDirOf, EXIT, type CliIo } from './io.js';
import { locateOrReport } from './redis-location.js';

/**
 * `srok show`: registered by the full CLI and by its light entry (show-main.ts). It reads:
 * the config (from the config cache), the store on Redis, and nothing else — no queue, no
 * mail templates, no transport.
 */
export interface TargetOptions extends ReferenceOptions {
  reason?: string;
  json?: boolean;
  config?: string;
}

const REFERENCE_HELP = `
Поручение называют так же, как в документах:
  4/2019 п.1.2    № 4/2019 п. 1.2    4/2019 1.2    4/2019 от 30.10.2019 п.1.2
  от 26.11.2020 п.2      (протокол без номера — по его дате)
— или --protocol <номер или ключ> --item <пункт> [--date <дата протокола>].
--executor сужает до одного исполнителя: id записи справочника (khmao-surgut),
id группы (khmao-omsu: все её участники) или название («Администрация города Сургута»).
--occurrence сужает повторяющееся поручение до одного периода (2021-03).`;

/** The reference and the options every follow-up command takes. */
export function targetOptions(command: Command): Command {
  return command
    .argument('[ref...]', 'поручение, например 4/2019 п.1.2 (см. ниже)')
    .option('--protocol <protocol>', 'протокол: его номер (4/2019) или ключ')
    .option('--item <item>', 'пункт протокола, например 1.2')
    .option('--date <date>', 'дата протокола, если у двух протоколов один номер (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)')
    .option('--executor <executor>', 'один исполнитель: id записи справочника, id группы (все её участники) или название')
    .option('--occurrence <key>', 'один срок повторяющегося поручения, например 2021-03')
    .option('--json', 'вывести результат в JSON')
    .addOption(new Option('-c, --config <dir>', 'папка конфигурации (по умолчанию: $SROK_CONFIG_DIR или ./config)'))
    .addHelpText('after', REFERENCE_HELP);
}

export function registerShowCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  targetOptions(program.command('show').description('поручение как оно есть: исполнители и их состояние, отправленные письма, следующие шаги, запросы, история'))
    .addHelpText('after', '\nПример:\n  srok show 4/2019 п.1.2\n  srok show --protocol 4/2019 --item 3.2 --json')
    .action(async (words: string[], opts: TargetOptions) => {
      setExit(await commandShow(io, words, opts));
    });
}

async function commandShow(io: CliIo, words: string[], opts: TargetOptions): Promise<number> {
  let ref: Reference;
  try {
    ref = referenceOf(words.length > 0 ? words.join(' ') : null, opts);
  } catch (e) {
    if (e instanceof FollowUpError) return fail(io, e);
    throw e;
  }
  try {
    readEnv(io.env);
  } catch (e) {
    if (e instanceof ConfigErrors) {
      const { formatConfigErrors } = await import('../config/format-config-errors.js');
      return usage(io, `переменные окружения заданы неверно:\n${formatConfigErrors(e)}`);
    }
    throw e;
  }
  const loaded = await loadCachedConfigOrReport(configDirOf(opts, io), io);
  if (!loaded) return EXIT.usage;
  const log = silentLog();
  const where = await locateOrReport(io, log);
  if (!where) return EXIT.usage;
  const redis = connectRedis(where.url, { name: 'srok-show' });
  try {
    await checkRedisPolicy(redis, log);
    const store = new Store(redis, loaded.settings.redis.prefix);
    // The directory also holds the entries operators created while reviewing.
    const config = withReviewedEntries(loaded, await store.getEntries());
    const report = await showAssignment({ store, routings: new KeptRouting({ store, config: () => config }), config: () => config, clock: { now: () => io.now() } }, ref);
    io.out(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return EXIT.ok;
  } catch (e) {
    if (e instanceof FollowUpError) return fail(io, e);
    if (e instanceof RedisPolicyError) return usage(io, e.message);
    // Whatever else went wrong (Redis gone mid-way, a broken record): a message, never a stack trace.
    io.err(`srok: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.input;
  } finally {
    redis.disconnect();
    await where.stop();
  }
}

/** A follow-up error for the operator: not found is an input error, the rest a usage error. */
export function fail(io: CliIo, e: FollowUpError): number {
  io.err(`srok: ${e.message}\n`);
  return e.kind === 'not-found' ? EXIT.input : EXIT.usage;
}

export function usage(io: CliIo, message: string): number {
  io.err(`srok: ${message}\n(справка: --help)\n`);
  return EXIT.usage;
}
