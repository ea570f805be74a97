import { commanderWords, HELP_HINT } from './commander-words.js';
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

export { configDirOf, EXIT, loadConfigOrReport, processIo, type CliIo } from './io.js';

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('srok')
    .description('srok (срок): reads meeting protocols, finds every assignment and its deadline, reminds and escalates.')
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(commanderWords(text)) })
    .exitOverride()
    .showHelpAfterError(HELP_HINT);

  const configOption = () =>
    new Option('-c, --config <dir>', 'config folder (default: $SROK_CONFIG_DIR or ./config)');

  registerParseCommand(program, io, setExit);

  program
    .command('plan')
    .description('print the whole future timeline of reminders, overdue notices and escalations; sends nothing')
    .argument('<files...>', 'documents or folders of documents')
    .option('--now <date>', "plan as if it were this moment: 'YYYY-MM-DD' (local midnight) or an ISO instant")
    .option('--until <date>', 'plan up to this day (default: a year after --now)')
    .option('--json', 'print the steps as JSON')
    .option('--diff <configdir>', 'compare the plan under another config folder with the current one')
    .option('--stats', 'the mail budget: mails per recipient per week and the busiest recipient-days (with --diff: before and after)')
    .addOption(configOption())
    .action(async (files: string[], opts: PlanCliOptions) => {
      setExit(await commandPlan(files, opts, io));
    });

  program
    .command('import')
    .description('store protocols in Redis and schedule their steps (atomic and idempotent: twice is once)')
    .argument('<inputs...>', 'documents or folders of documents')
    .option('--json', 'print the summary as JSON')
    .option('--pretty', 'human-readable logs on stderr')
    .addOption(configOption())
    .action(async (inputs: string[], opts: { json?: boolean; pretty?: boolean; config?: string }) => {
      setExit(await commandImport(inputs, opts, io));
    });

  program
    .command('worker')
    .description('run the jobs and watch the inbox folder until SIGTERM/SIGINT; SIGHUP re-reads the config')
    .option('--no-inbox', 'do not watch the inbox folder')
    .option('--no-imap', 'do not watch the IMAP mailbox of inbox.imap')
    .option('--pretty', 'human-readable logs instead of JSON lines')
    .option('--clock-start <instant>', 'rehearsal: run on a clock that reads this ISO instant at start and then runs at real speed')
    .addOption(configOption())
    .action(async (opts: { inbox?: boolean; imap?: boolean; pretty?: boolean; config?: string; clockStart?: string }) => {
      setExit(await commandWorker(opts, io));
    });

  program
    .command('replan')
    .description('re-plan every stored protocol now (the daily repair) and tell running workers')
    .option('--json', 'print the summary as JSON')
    .addOption(configOption())
    .action(async (opts: { json?: boolean; config?: string }) => {
      setExit(await commandReplan(opts, io));
    });

  program
    .command('demo')
    .description('import the sample protocols and run the real pipeline on a simulated clock; mails go to an outbox folder')
    .argument('[inputs...]', 'documents or folders', ['test/fixtures/seeds'])
    .option('--until <date>', 'simulate up to this day', '2021-06-30')
    .option('--outbox <dir>', 'where the .eml files go', 'var/demo/outbox')
    .option('--json', 'print the summary as JSON')
    .option('--pretty', 'human-readable logs on stderr')
    .addOption(configOption())
    .action(async (inputs: string[], opts: { until: string; outbox: string; json?: boolean; pretty?: boolean; config?: string }) => {
      setExit(await commandDemo(opts, io, inputs));
    });

  registerFollowUpCommands(program, io, setExit);
  registerReviewCommands(program, io, setExit);
  registerReportCommands(program, io, setExit);
  registerHttpCommands(program, io, setExit);
  registerBackupCommands(program, io, setExit);

  const config = program.command('config').description('check and apply the config tree');
  config
    .command('apply')
    .description('validate the config, then re-plan every protocol under it and tell running workers to reload')
    .addOption(configOption())
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { config?: string; json?: boolean }) => {
      setExit(await commandConfigApply(opts, io));
    });
  config
    .command('check')
    .description('validate every file of the config folder and print a summary')
    .addOption(configOption())
    .option('--json', 'print the summary as JSON')
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
