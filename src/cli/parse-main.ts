import { processIo, type CliIo } from './io.js';
import { runLightCommand } from './light-entry.js';
import { registerParseCommand } from './parse.js';

/**
 * The light entry for `srok parse`: the same command as in the full CLI, without loading the
 * queue, the mail, the store or the HTTP server, so that reading one document starts fast.
 */
export function mainParse(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  return runLightCommand(argv, io, registerParseCommand);
}
