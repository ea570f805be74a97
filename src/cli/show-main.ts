import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { commanderWords, HELP_HINT } from './commander-words.js';
import { EXIT, processIo, type CliIo } from './io.js';
import { registerShowCommand } from './show-command.js';

/**
 * The light entry for `srok show`: the same command as in the full CLI, loading the config
 * (from its cache), the store and ioredis, not the queue, the mail or the HTTP server.
 */
export async function mainShow(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('srok')
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(commanderWords(text)) })
    .exitOverride()
    .showHelpAfterError(HELP_HINT);
  registerShowCommand(program, io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof InputError) {
      io.err(`srok: ${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
}
