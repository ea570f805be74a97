import type { Command } from 'commander';
import { systemClock } from '../clock.js';
import { silentLog } from '../log.js';
import { BackupError, exportState, readBackup, restoreState, writeBackup } from '../store/backup.js';
import { createRuntime } from '../worker/worker.js';
import { configDirOf, EXIT, loadConfigOrReport, type CliIo } from './main.js';
import { envOrReport, withRedis } from './runtime-commands.js';

/** `srok export [--out FILE]` and `srok restore FILE [--force]`: a portable JSON backup of the state under the configured prefix. */
export function registerBackupCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('export')
    .description('записать все ключи srok под настроенным префиксом (кроме очереди) в резервную копию JSON')
    .option('--out <file>', 'файл резервной копии (по умолчанию: srok-backup-<время>.json)')
    .option('-c, --config <dir>', 'папка конфигурации (по умолчанию: $SROK_CONFIG_DIR или ./config)')
    .action(async (opts: { out?: string; config?: string }) => {
      setExit(await commandExport(opts, io));
    });
  program
    .command('restore')
    .description('записать резервную копию из srok export под настроенный префикс и заново построить план, чтобы восстановить очередь')
    .argument('<file>', 'файл резервной копии')
    .option('--force', 'заменить всё, что сейчас хранится под префиксом')
    .option('-c, --config <dir>', 'папка конфигурации (по умолчанию: $SROK_CONFIG_DIR или ./config)')
    .action(async (file: string, opts: { force?: boolean; config?: string }) => {
      setExit(await commandRestore(file, opts, io));
    });
}

async function commandExport(opts: { out?: string; config?: string }, io: CliIo): Promise<number> {
  const env = envOrReport(io);
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!env || !config) return EXIT.usage;
  const now = io.now();
  const out = opts.out ?? `srok-backup-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  return withRedis(io, silentLog(), async (where) => {
    const runtime = await createRuntime({ configDir: config.dir, config, redisUrl: where.url, clock: systemClock, log: silentLog(), process: false, smtp: env.smtp, linkSecret: env.linkSecret });
    try {
      const backup = await exportState(runtime.deps.redis, runtime.deps.prefix, now);
      await writeBackup(out, backup);
      const counts = Object.entries(backup.counts).map(([k, n]) => `${k} ${n}`).join(', ');
      io.out(`выгружено ключей с префиксом '${backup.prefix}': ${backup.keys.length}, в ${out}${counts ? ` (${counts})` : ''}\n`);
      return EXIT.ok;
    } finally {
      await runtime.close();
    }
  });
}

async function commandRestore(file: string, opts: { force?: boolean; config?: string }, io: CliIo): Promise<number> {
  const env = envOrReport(io);
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!env || !config) return EXIT.usage;
  let backup;
  try {
    backup = await readBackup(file);
  } catch (e) {
    if (e instanceof BackupError) {
      io.err(`srok: ${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
  return withRedis(io, silentLog(), async (where) => {
    const runtime = await createRuntime({ configDir: config.dir, config, redisUrl: where.url, clock: systemClock, log: silentLog(), process: false, smtp: env.smtp, linkSecret: env.linkSecret });
    try {
      const { keys } = await restoreState(runtime.deps.redis, runtime.deps.prefix, backup, { force: Boolean(opts.force) });
      // The queue is derived: a re-plan recreates every track's pending job.
      const s = await runtime.deps.scheduler.replanAll();
      io.out(`восстановлено ключей под '${runtime.deps.prefix}' из ${file}: ${keys}; перепланировано протоколов: ${s.protocols}, запланировано писем: ${s.added}\n`);
      return EXIT.ok;
    } catch (e) {
      if (e instanceof BackupError) {
        io.err(`srok: ${e.message}\n`);
        return EXIT.usage;
      }
      throw e;
    } finally {
      await runtime.close();
    }
  });
}
