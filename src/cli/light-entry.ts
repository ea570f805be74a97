import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { commanderWords, HELP_HINT, russianHelp } from './commander-words.js';
import { EXIT, type CliIo } from './io.js';

/** How a light entry adds its one command to the program: the same function the full CLI uses. */
export type RegisterCommand = (program: Command, io: CliIo, setCode: (code: number) => void) => void;

/**
 * Runs one command outside the full CLI (`srok parse`, `srok show`), with the same Russian help,
 * usage errors and exit codes, loading only what that command uses.
 */
export async function runLightCommand(argv: readonly string[], io: CliIo, register: RegisterCommand): Promise<number> {
  let code: number = EXIT.ok;
  const program = russianHelp(
    new Command('srok')
      .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(commanderWords(text)) })
      .exitOverride()
      .showHelpAfterError(HELP_HINT),
  );
  register(program, io, (c) => {
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
