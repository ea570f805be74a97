import { processIo, type CliIo } from './io.js';
import { runLightCommand } from './light-entry.js';
import { registerShowCommand } from './show-command.js';

/**
 * The light entry for `srok show`: the same command as in the full CLI, loading the config
 * (from its cache), the store and ioredis, not the queue, the mail or the HTTP server.
 */
export function mainShow(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  return runLightCommand(argv, io, registerShowCommand);
}
