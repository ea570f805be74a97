import { main, type CliIo } from '../../src/cli/main.js';

/** Run the `srok` command in this process, as a terminal-less shell would, and keep what it printed. */
export async function runSrok(args: string[], options: { env?: NodeJS.ProcessEnv; now?: () => Date } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    // The run's config cache (test/support/temp-root.ts), unless a test names its own.
    env: { ...(process.env.SROK_CACHE_DIR === undefined ? {} : { SROK_CACHE_DIR: process.env.SROK_CACHE_DIR }), ...(options.env ?? {}) },
    now: options.now ?? (() => new Date()),
    isTTY: false,
  };
  const code = await main(args, io);
  return { code, out, err };
}
