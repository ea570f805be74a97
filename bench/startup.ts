import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { tenPageProtocol } from './parse.js';
import { benchPrefix, clearPrefix, REDIS_URL } from './support.js';

/**
 * A command as a user runs it: a new Node process of the installed CLI (bin/srok.js on the
 * compiled dist/), wall time from spawn to exit and the process's peak resident memory,
 * beside a bare `node -e 0` measured the same way in the same run. The median of `runs`,
 * the commands taking turns so that the machine's load falls on each alike.
 *
 * `srok parse` and `srok show` keep the checked config in a cache between starts
 * (SROK_CACHE_DIR, here a folder of the run): the first start of each reads and checks
 * the config in full (`parseCold`, measured apart, a new cache each time), the later ones
 * take it from the cache. `srok show` reads an assignment of the seed protocol 4/2019,
 * imported under a prefix of the benchmark's own on the machine's Redis.
 */
export interface StartupFigure {
  wallMs: number;
  maxRssMiB: number;
}

export interface StartupResult {
  node: StartupFigure;
  parse: StartupFigure;
  parseCold: StartupFigure;
  show: StartupFigure;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RSS = new URL('./rss-at-exit.mjs', import.meta.url).href;

function once(args: string[], env: NodeJS.ProcessEnv): { wallMs: number; maxRssMiB: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`bench startup: ${args.join(' ')} ended with ${r.status}: ${r.stderr}`);
  const kib = /srok-bench-max-rss-kib=(\d+)/u.exec(r.stderr ?? '');
  return { wallMs, maxRssMiB: kib ? Number(kib[1]) / 1024 : Number.NaN };
}

function median(figures: StartupFigure[]): StartupFigure {
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { wallMs: mid(figures.map((f) => f.wallMs)), maxRssMiB: mid(figures.map((f) => f.maxRssMiB)) };
}

export async function benchStartup(runs = 7): Promise<StartupResult> {
  const dir = mkdtempSync(join(tmpdir(), 'srok-bench-startup-'));
  const prefix = benchPrefix('startup');
  try {
    const file = join(dir, 'protocol-10-pages.md');
    writeFileSync(file, `${tenPageProtocol()}\n`);
    const config = join(dir, 'config');
    cpSync(join(ROOT, 'config'), config, { recursive: true });
    const settings = join(config, 'srok.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^ {2}prefix: srok$/mu, `  prefix: ${prefix}`));
    const env = { SROK_CACHE_DIR: join(dir, 'cache'), REDIS_URL };
    once(['bin/srok.js', 'import', '--config', config, join(ROOT, 'test/fixtures/seeds/000_12c0b910ab9569f9.txt')], env);

    const commands = {
      node: ['-e', '0'],
      parse: ['bin/srok.js', 'parse', '--config', config, file],
      show: ['bin/srok.js', 'show', '--config', config, '4/2019', 'п.1.2'],
    };
    // Warm-up: the config cache filled, the files in the page cache.
    for (const args of Object.values(commands)) once(args, env);
    const figures: Record<keyof typeof commands | 'parseCold', StartupFigure[]> = { node: [], parse: [], parseCold: [], show: [] };
    for (let i = 0; i < runs; i += 1) {
      for (const [name, args] of Object.entries(commands) as Array<[keyof typeof commands, string[]]>) figures[name].push(once(args, env));
      figures.parseCold.push(once(commands.parse, { ...env, SROK_CACHE_DIR: join(dir, `cold-${i}`) }));
    }
    return { node: median(figures.node), parse: median(figures.parse), parseCold: median(figures.parseCold), show: median(figures.show) };
  } finally {
    await clearPrefix(prefix);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(await benchStartup());
}
