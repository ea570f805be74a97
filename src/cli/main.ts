import { commanderWords, HELP_HINT, russianHelp } from './commander-words.js';
import { Command, CommanderError, Option } from 'commander';
import { pathToFileURL } from 'node:url';
import { InputError } from '../errors.js';
import { EXIT, processIo, type CliIo } from './io.js';
import { registerBackupCommands } from './backup-commands.js';
import { commandConfigCheck } from './config-check.js';
import { registerFollowUpCommands } from './follow-up-commands.js';
import { registerHttpCommands } from './http-commands.js';
import { registerParseCommand } from './parse.js';
import { commandPlan } from './plan.js';
import { registerReportCommands } from './report-commands.js';
import { registerReviewCommands } from './review-commands.js';
import { commandConfigApply, commandDemo, commandImport, commandReplan, commandWorker } from './runtime-commands.js';

export { configDirOf, EXIT, processIo, type CliIo } from './io.js';
export { loadConfigOrReport } from './config-or-report.js';

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = russianHelp(new Command('srok'))
    .description('srok (срок): читает протоколы заседаний, находит каждое поручение и его срок, напоминает исполнителям и сообщает о просрочках.')
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(commanderWords(text)) })
    .exitOverride()
    .showHelpAfterError(HELP_HINT);

  const configOption = () =>
    new Option('-c, --config <dir>', 'папка конфигурации (по умолчанию: $SROK_CONFIG_DIR или ./config)');

  registerParseCommand(program, io, setExit);

  program
    .command('plan')
    .description('вывести весь будущий план напоминаний, уведомлений о просрочке и эскалаций; ничего не отправляет')
    .argument('<files...>', 'документы или папки с документами')
    .option('--now <date>', "строить план так, будто сейчас этот момент: 'ГГГГ-ММ-ДД' (полночь по местному времени) или момент в формате ISO")
    .option('--until <date>', 'строить план до этого дня (по умолчанию: год после --now)')
    .option('--json', 'вывести шаги в JSON')
    .option('--diff <configdir>', 'сравнить план по другой папке конфигурации с нынешним')
    .option('--stats', 'почтовая нагрузка: писем на получателя в неделю и самые загруженные дни получателей (с --diff: до и после)')
    .addOption(configOption())
    .action(async (files: string[], opts: PlanCliOptions) => {
      setExit(await commandPlan(files, opts, io));
    });

  program
    .command('import')
    .description('сохранить протоколы в Redis и поставить их шаги в расписание (атомарно; повторный импорт ничего не меняет)')
    .argument('<inputs...>', 'документы или папки с документами')
    .option('--json', 'вывести итог в JSON')
    .option('--pretty', 'журнал в удобном для чтения виде в stderr')
    .addOption(configOption())
    .action(async (inputs: string[], opts: { json?: boolean; pretty?: boolean; config?: string }) => {
      setExit(await commandImport(inputs, opts, io));
    });

  program
    .command('worker')
    .description('выполнять задания и следить за папкой входящих до SIGTERM/SIGINT; по SIGHUP перечитывает конфигурацию')
    .option('--no-inbox', 'не следить за папкой входящих')
    .option('--no-imap', 'не следить за почтовым ящиком IMAP из inbox.imap')
    .option('--pretty', 'журнал в удобном для чтения виде вместо строк JSON')
    .option('--clock-start <instant>', 'репетиция: часы при запуске показывают этот момент (ISO), дальше идут с обычной скоростью')
    .addOption(configOption())
    .action(async (opts: { inbox?: boolean; imap?: boolean; pretty?: boolean; config?: string; clockStart?: string }) => {
      setExit(await commandWorker(opts, io));
    });

  program
    .command('replan')
    .description('заново построить план каждого сохранённого протокола сейчас (ежедневная сверка) и сообщить запущенным обработчикам')
    .option('--json', 'вывести итог в JSON')
    .addOption(configOption())
    .action(async (opts: { json?: boolean; config?: string }) => {
      setExit(await commandReplan(opts, io));
    });

  program
    .command('demo')
    .description('импортировать примеры протоколов и прогнать настоящую обработку на ускоренных часах; письма складываются в папку')
    .argument('[inputs...]', 'документы или папки', ['test/fixtures/seeds'])
    .option('--until <date>', 'моделировать до этого дня', '2021-06-30')
    .option('--outbox <dir>', 'куда складывать файлы .eml', 'var/demo/outbox')
    .option('--json', 'вывести итог в JSON')
    .option('--pretty', 'журнал в удобном для чтения виде в stderr')
    .addOption(configOption())
    .action(async (inputs: string[], opts: { until: string; outbox: string; json?: boolean; pretty?: boolean; config?: string }) => {
      setExit(await commandDemo(opts, io, inputs));
    });

  registerFollowUpCommands(program, io, setExit);
  registerReviewCommands(program, io, setExit);
  registerReportCommands(program, io, setExit);
  registerHttpCommands(program, io, setExit);
  registerBackupCommands(program, io, setExit);

  const config = program.command('config').description('проверить и применить конфигурацию');
  config
    .command('apply')
    .description('проверить конфигурацию, заново построить по ней план каждого протокола и велеть запущенным обработчикам перечитать её')
    .addOption(configOption())
    .option('--json', 'вывести итог в JSON')
    .action(async (opts: { config?: string; json?: boolean }) => {
      setExit(await commandConfigApply(opts, io));
    });
  config
    .command('check')
    .description('проверить каждый файл папки конфигурации и вывести сводку')
    .addOption(configOption())
    .option('--json', 'вывести итог в JSON')
    .action((opts: { config?: string; json?: boolean }) => {
      setExit(commandConfigCheck(opts, io));
    });

  return program;
}

export interface PlanCliOptions {
  now?: string;
  until?: string;
  json?: boolean;
  diff?: string;
  stats?: boolean;
  config?: string;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof InputError) {
      io.err(`srok: ${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
