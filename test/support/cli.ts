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
    env: options.env ?? {},
    now: options.now ?? (() => new Date()),
    isTTY: false,
  };
  const code = await main(args, io);
  return { code, out, err };
}
