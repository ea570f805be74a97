import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What every command shares, kept apart from the command table so that a light entry
 * (`srok parse`) can use it without loading the worker, the mail and the HTTP server.
 */

/** Where the CLI writes and what it reads from its surroundings; tests hand in their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** The clock: the default `--now`. */
  now(): Date;
  isTTY: boolean;
}

let pipeWatched = false;

/**
 * A reader that stops early (`srok plan … | head -1`) closes the pipe: the next write
 * fails with EPIPE. That is the reader's choice, not an error: srok ends quietly, as
 * other command-line tools do, instead of printing a stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  if (pipeWatched) return;
  pipeWatched = true;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export function processIo(): CliIo {
  endQuietlyOnClosedPipe();
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    now: () => new Date(),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Exit codes: 0 fine; 1 input could not be read; 2 bad usage or config. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

export function configDirOf(opts: { config?: string }, io: CliIo): string {
  return path.resolve(opts.config ?? io.env['SROK_CONFIG_DIR'] ?? 'config');
}

/**
 * The configuration folder shipped with srok (`config/` beside its package.json), found from this module's place
 * whether it runs from `src/`, `dist/` or a bundle; null when the package's own folder has none.
 */
export function packagedConfigDir(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'config', 'srok.yaml'))) return path.join(dir, 'config');
    dir = path.dirname(dir);
  }
  return null;
}

/**
 * `srok parse` reads a document and changes nothing: run outside a srok folder (no --config, no $SROK_CONFIG_DIR, no
 * ./config), it takes the configuration shipped with srok instead of refusing.
 */
export function readOnlyConfigDirOf(opts: { config?: string }, io: CliIo): { dir: string; packaged: boolean } {
  const dir = configDirOf(opts, io);
  if (opts.config !== undefined || io.env['SROK_CONFIG_DIR'] !== undefined || existsSync(dir)) return { dir, packaged: false };
  const shipped = packagedConfigDir();
  return shipped ? { dir: shipped, packaged: true } : { dir, packaged: false };
}
