import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { tenPageProtocol } from './parse.js';

/**
 * A command as a user runs it: a new Node process of the installed CLI (bin/srok.js on the
 * compiled dist/), wall time from spawn to exit and the process's peak resident memory,
 * beside a bare `node -e 0` measured the same way in the same run. The median of `runs`.
 */
export interface StartupFigure {
  wallMs: number;
  maxRssMiB: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RSS = new URL('./rss-at-exit.mjs', import.meta.url).href;

function measure(args: string[], runs: number): StartupFigure {
  const walls: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', RSS, ...args], { cwd: ROOT, encoding: 'utf8' });
    walls.push(performance.now() - start);
    const kib = /srok-bench-max-rss-kib=(\d+)/u.exec(r.stderr ?? '');
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench startup: ${args.join(' ')} ended with ${r.status}: ${r.stderr}`);
    if (kib) rss.push(Number(kib[1]) / 1024);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { wallMs: median(walls), maxRssMiB: median(rss) };
}

export function benchStartup(runs = 7): { node: StartupFigure; parse: StartupFigure } {
  const dir = mkdtempSync(join(tmpdir(), 'srok-bench-startup-'));
  try {
    const file = join(dir, 'protocol-10-pages.md');
    writeFileSync(file, `${tenPageProtocol()}\n`);
    const node = measure(['-e', '0'], runs);
    const parse = measure(['bin/srok.js', 'parse', file], runs);
    return { node, parse };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
