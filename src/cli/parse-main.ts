import { commanderWords, HELP_HINT, russianHelp } from './commander-words.js';
import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { EXIT, processIo, type CliIo } from './io.js';
import { registerParseCommand } from './parse.js';

/**
 * The light entry for `srok parse`: the same command as in the full CLI, without loading the
 * queue, the mail, the store or the HTTP server, so that reading one document starts fast.
 */
export async function mainParse(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = russianHelp(new Command('srok')
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(commanderWords(text)) })
    .exitOverride()
    .showHelpAfterError(HELP_HINT));
  registerParseCommand(program, io, (c) => {
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
