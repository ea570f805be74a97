/**
 * `npm run eval`: every document of test/corpus/<set>/ parsed in-process by the very
 * function `srok parse --json` prints, scored against its answer key by src/eval/score.ts
 * (the rules of ../shared/eval/score.py), printed, written to bench/eval.json and held
 * against the floor in test/corpus/floor.json.
 *
 *   npm run eval [-- --set NAME ...] [--dir PATH ...] [--quiet] [--json] [--out FILE]
 *   npm run eval -- --update-floor [--force]
 *   npm run eval -- --compare-reference ../shared/eval/score.py [--no-build]
 *
 * Exit: 0 fine; 1 a figure below its floor (or the reference scorer disagrees);
 * 2 bad usage or config.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseJsonText } from '../src/cli/parse-json.js';
import { formatConfigErrors, loadConfig } from '../src/config/index.js';
import type { SrokConfig } from '../src/config/types.js';
import { ConfigErrors, InputError } from '../src/errors.js';
import { docFor, findSets, goldStems, isTextDoc, readGold, stripProvenance, type CorpusSet } from '../src/eval/corpus.js';
import {
  checkFloor,
  describeBreach,
  raiseFloor,
  type FloorBreach,
  type FloorChange,
  type FloorFile,
} from '../src/eval/floor.js';
import type { Json } from '../src/eval/py.js';
import { documentLines, evalJson, setEntry, summaryLines, totalsOf, type DocEntry, type SetEntry } from '../src/eval/report.js';
import { figures, referenceSummary, scoreDocument, scoreFailure } from '../src/eval/score.js';
import { readProtocol } from '../src/read-protocol.js';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const CORPUS = path.join(ROOT, 'test', 'corpus');
const FLOOR = path.join(CORPUS, 'floor.json');
const OUT = path.join(ROOT, 'bench', 'eval.json');
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/') || '.';

const USAGE = `usage: npm run eval -- [options]
  --set NAME               only this set of test/corpus/ (repeatable); default: every set there
  --dir PATH               also score the set(s) in PATH, named by their path (a set folder, or a folder of sets; repeatable)
  --quiet                  totals only, no per-document lines
  --json                   print bench/eval.json's content instead of the text report
  --out FILE               write the JSON there (default bench/eval.json, written on full runs only)
  --update-floor           raise test/corpus/floor.json to the measured figures (rounded down to 2 decimals)
  --force                  with --update-floor: lower figures too
  --compare-reference PY   run PY (score.py) with --cmd 'node bin/srok.js' on each set and compare its totals
  --no-build               with --compare-reference: use dist/ as it is (default: npm run build first)
  -c, --config DIR         config folder (default: $SROK_CONFIG_DIR or ./config, as srok parse)`;

interface Options {
  sets: string[];
  dirs: string[];
  quiet: boolean;
  json: boolean;
  out: string | undefined;
  updateFloor: boolean;
  force: boolean;
  reference: string | undefined;
  build: boolean;
  config: string | undefined;
}

function options(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      set: { type: 'string', multiple: true },
      dir: { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      'update-floor': { type: 'boolean' },
      force: { type: 'boolean' },
      'compare-reference': { type: 'string' },
      'no-build': { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (values.force && !values['update-floor']) throw new UsageError('--force goes with --update-floor');
  return {
    sets: values.set ?? [],
    dirs: values.dir ?? [],
    quiet: values.quiet ?? false,
    json: values.json ?? false,
    out: values.out,
    updateFloor: values['update-floor'] ?? false,
    force: values.force ?? false,
    reference: values['compare-reference'],
    build: !(values['no-build'] ?? false),
    config: values.config,
  };
}

class UsageError extends Error {}

function selectSets(opts: Options): CorpusSet[] {
  const corpus = findSets(CORPUS, '');
  const extra: CorpusSet[] = [];
  for (const d of opts.dirs) {
    const found = findSets(path.resolve(d), rel(path.resolve(d)));
    if (found.length === 0) throw new UsageError(`--dir ${d}: no set there (a folder with gold/NNN.json, or a folder of such folders)`);
    extra.push(...found.filter((s) => ![...corpus, ...extra].some((c) => path.resolve(c.goldDir) === path.resolve(s.goldDir))));
  }
  if (opts.sets.length === 0) return [...corpus, ...extra];
  const chosen = corpus.filter((s) => opts.sets.includes(s.name));
  const unknown = opts.sets.filter((n) => !corpus.some((s) => s.name === n));
  if (unknown.length > 0) throw new UsageError(`no set ${unknown.join(', ')} in ${rel(CORPUS)} (sets: ${corpus.map((s) => s.name).join(', ')})`);
  return [...chosen, ...extra];
}

function loadSrokConfig(opts: Options): SrokConfig {
  const dir = path.resolve(opts.config ?? process.env['SROK_CONFIG_DIR'] ?? 'config');
  try {
    return loadConfig(dir);
  } catch (e) {
    if (e instanceof ConfigErrors) throw new UsageError(`the config in ${rel(dir)} is invalid:\n${formatConfigErrors(e)}`);
    throw e;
  }
}

/** What `srok parse FILE --json` prints, parsed back: text documents from a copy without provenance lines, as score.py does. */
async function parseAsCli(file: string, config: SrokConfig, scratch: string): Promise<Json> {
  let target = path.resolve(file);
  if (isTextDoc(file)) {
    target = path.join(scratch, path.basename(file));
    writeFileSync(target, stripProvenance(readFileSync(file)), 'utf8');
  }
  const parsed = await readProtocol(target, config);
  return JSON.parse(parseJsonText(parsed)) as Json;
}

function failureMessage(e: unknown): string {
  if (e instanceof InputError) return `srok: ${e.message}`;
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

async function scoreSets(sets: CorpusSet[], config: SrokConfig): Promise<{ entries: SetEntry[]; ms: number }> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'srok-eval-'));
  const started = performance.now();
  try {
    const entries: SetEntry[] = [];
    for (const set of sets) {
      const docs: DocEntry[] = [];
      for (const stem of goldStems(set.goldDir)) {
        const goldFile = path.join(set.goldDir, `${stem}.json`);
        let gold: Json;
        try {
          gold = readGold(goldFile) as Json;
        } catch (e) {
          throw new UsageError(`${rel(goldFile)}: not valid JSON (${failureMessage(e)})`);
        }
        const file = docFor(set.docsDir, stem);
        if (file === null) {
          docs.push({ stem, file: null, result: scoreFailure(stem, gold, `no document ${stem}.<ext> in ${rel(set.docsDir)}`) });
          continue;
        }
        let result;
        try {
          result = scoreDocument(stem, gold, await parseAsCli(file, config, scratch));
        } catch (e) {
          result = scoreFailure(stem, gold, failureMessage(e));
        }
        docs.push({ stem, file: rel(file), result });
      }
      entries.push(setEntry(set.name, set.holdout, docs));
    }
    return { entries, ms: performance.now() - started };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readFloor(): FloorFile {
  if (!existsSync(FLOOR)) return {};
  try {
    return JSON.parse(readFileSync(FLOOR, 'utf8')) as FloorFile;
  } catch (e) {
    throw new UsageError(`${rel(FLOOR)}: not valid JSON (${failureMessage(e)})`);
  }
}

const FLOOR_ABOUT =
  'The least each figure of npm run eval may read (shares; silent_max and failed_max are the most wrong deadlines stated as if sure and documents failing to parse). ' +
  'overall holds for a run over every development set of test/corpus (holdout sets are measured, each against its own floor, and stay out of it); sets.<name> for that set. Raised with npm run eval -- --update-floor (lowered only with --force).';

/** The figures the overall floor holds: the development sets' (all sets when there is no holdout). */
function developmentFigures(entries: SetEntry[]): ReturnType<typeof figures> {
  const totals = totalsOf(entries);
  return figures(totals.development ?? totals.overall);
}

function floorReport(entries: SetEntry[], full: boolean, opts: Options): { breaches: FloorBreach[]; notes: string[] } {
  let floor = readFloor();
  const developmentSets = entries.filter((s) => !s.holdout).map((s) => s.name);
  const notes: string[] = [];
  if (opts.updateFloor) {
    const changes: FloorChange[] = [];
    const sets: Record<string, NonNullable<FloorFile['sets']>[string]> = { ...(floor.sets ?? {}) };
    for (const s of entries) {
      const r = raiseFloor(floor.sets?.[s.name], figures(s.counts), s.name, opts.force);
      sets[s.name] = r.entry;
      changes.push(...r.changes);
    }
    let overall = floor.overall;
    let overallSets = floor.overall_sets;
    if (full) {
      const r = raiseFloor(floor.overall, developmentFigures(entries), 'overall', opts.force);
      overall = r.entry;
      overallSets = developmentSets;
      changes.push(...r.changes);
    } else notes.push('overall floor left as it is: not every set was scored');
    const sortedSets: Record<string, NonNullable<FloorFile['sets']>[string]> = {};
    for (const k of Object.keys(sets).sort()) sortedSets[k] = sets[k]!;
    floor = {
      about: FLOOR_ABOUT,
      ...(overall ? { overall } : {}),
      ...(overallSets ? { overall_sets: overallSets } : {}),
      sets: sortedSets,
    };
    writeFileSync(FLOOR, `${JSON.stringify(floor, null, 2)}\n`);
    const scopes = [...new Set(changes.map((c) => c.scope))];
    for (const scope of scopes) {
      const mine = changes.filter((c) => c.scope === scope);
      const show = (c: FloorChange) => `${c.figure} ${c.from ?? 'unset'} → ${c.to}`;
      const done = mine.filter((c) => !c.refused);
      const refused = mine.filter((c) => c.refused);
      if (done.length > 0) notes.push(`floor ${scope}: ${done.map(show).join(', ')}`);
      if (refused.length > 0) notes.push(`floor ${scope} kept (--force lowers it): ${refused.map(show).join(', ')}`);
    }
    notes.push(changes.length > 0 ? `${rel(FLOOR)} written` : `${rel(FLOOR)}: nothing to raise`);
  }
  const breaches: FloorBreach[] = [];
  for (const s of entries) {
    const f = floor.sets?.[s.name];
    if (!f) notes.push(`set ${s.name} has no floor yet (npm run eval -- --update-floor adds it)`);
    breaches.push(...checkFloor(s.name, figures(s.counts), f));
  }
  if (full) {
    const overall = checkFloor('overall', developmentFigures(entries), floor.overall);
    breaches.push(...overall);
    const names = developmentSets;
    const added = names.filter((n) => floor.overall_sets && !floor.overall_sets.includes(n));
    const gone = (floor.overall_sets ?? []).filter((n) => !names.includes(n));
    if ((added.length > 0 || gone.length > 0) && floor.overall)
      notes.push(
        `the overall floor was measured over ${floor.overall_sets!.join(', ')}; the corpus now ${[
          added.length > 0 ? `also has ${added.join(', ')}` : '',
          gone.length > 0 ? `lacks ${gone.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join(' and ')}` +
          (overall.length > 0 ? ' — if that is why the overall figures fell, npm run eval -- --update-floor --force' : ' (npm run eval -- --update-floor)'),
      );
  }
  return { breaches, notes };
}

/* ---------------------------------------------------------------- reference comparison */

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A line of score.py's output as compared: a parse failure's message is the CLI's, not comparable. */
function comparable(line: string): string {
  const i = line.indexOf(': parse failed: ');
  return i >= 0 ? line.slice(0, i + ': parse failed:'.length) : line;
}

async function compareReference(opts: Options, sets: CorpusSet[], config: SrokConfig): Promise<number> {
  const py = path.resolve(opts.reference!);
  if (!existsSync(py)) throw new UsageError(`--compare-reference ${opts.reference}: no such file`);
  if (opts.build) {
    process.stdout.write('building dist/ (the CLI score.py runs: node bin/srok.js) …\n');
    const b = await run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], process.env);
    if (b.code !== 0) process.stdout.write(`npm run build reported problems (dist/ written anyway):\n${b.stdout}${b.stderr}\n`);
  }
  const { entries } = await scoreSets(sets, config);
  const configDir = path.resolve(opts.config ?? process.env['SROK_CONFIG_DIR'] ?? 'config');
  const env = { ...process.env, SROK_CONFIG_DIR: configDir };
  const jobs = sets.map((set) => async () =>
    run('python3', [py, '--docs', set.docsDir, '--gold', set.goldDir, '--cmd', 'node bin/srok.js', '--cwd', ROOT, '-v'], env),
  );
  // Each CLI run starts a Node process: two sets at a time.
  const results: Awaited<ReturnType<(typeof jobs)[number]>>[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    [0, 1].map(async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  let disagree = 0;
  process.stdout.write(`\nreference comparison: python3 ${rel(py)} --cmd 'node bin/srok.js' -v against src/eval/score.ts (in-process parse)\n`);
  entries.forEach((entry, i) => {
    const r = results[i]!;
    const theirs = r.stdout.split('\n').filter((l) => l !== '');
    if (theirs.length < 6) {
      disagree += 1;
      process.stdout.write(`  ${entry.name}: score.py printed no totals (exit ${r.code})\n${r.stderr.slice(-2000)}\n`);
      return;
    }
    // As printed: a text that holds line breaks spans several lines of score.py's output.
    const ours = [...entry.docs.flatMap((d) => d.result.referenceLines), ...referenceSummary(entry.counts)]
      .join('\n')
      .split('\n')
      .filter((l) => l !== '');
    const a = theirs.map(comparable);
    const b = ours.map(comparable);
    const diffs: string[] = [];
    for (let k = 0; k < Math.max(a.length, b.length); k += 1) {
      if (a[k] !== b[k]) diffs.push(`    line ${k + 1}\n      score.py: ${a[k] ?? '(none)'}\n      eval:     ${b[k] ?? '(none)'}`);
    }
    const summary = referenceSummary(entry.counts);
    const totalsAgree = summary.every((l, k) => theirs[theirs.length - 6 + k] === l);
    if (diffs.length === 0) {
      process.stdout.write(`  ${entry.name}: agree — ${entry.docs.length} documents, ${b.length - 6} document lines and the 6 totals lines identical\n`);
      for (const l of summary) process.stdout.write(`      ${l}\n`);
    } else {
      disagree += 1;
      process.stdout.write(`  ${entry.name}: DISAGREE (${totalsAgree ? 'totals agree; document lines differ' : 'totals differ'})\n${diffs.slice(0, 30).join('\n')}\n`);
    }
  });
  process.stdout.write(
    disagree === 0
      ? `\nthe TypeScript scorer and score.py agree on all ${entries.length} sets\n`
      : `\n${disagree} of ${entries.length} sets disagree (if the reader changed while this ran, run it again)\n`,
  );
  return disagree === 0 ? 0 : 1;
}

/* ---------------------------------------------------------------- main */

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  const sets = selectSets(opts);
  if (sets.length === 0) throw new UsageError(`no set with answer keys under ${rel(CORPUS)}`);
  const config = loadSrokConfig(opts);
  if (opts.reference) return compareReference(opts, sets, config);

  const full = opts.sets.length === 0 && opts.dirs.length === 0;
  const { entries, ms } = await scoreSets(sets, config);
  const totals = totalsOf(entries);
  const json = evalJson(totals);
  const out = opts.out ? path.resolve(opts.out) : full ? OUT : null;
  if (out) writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);

  const { breaches, notes } = floorReport(entries, full, opts);
  if (opts.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else {
    const lines: string[] = [];
    const docCount = entries.reduce((n, s) => n + s.docs.length, 0);
    lines.push(`srok eval: ${docCount} documents in ${entries.length} sets (${entries.map((s) => s.name).join(', ')}), parsed in ${(ms / 1000).toFixed(1)} s`);
    if (!opts.quiet) {
      for (const s of entries) {
        for (const d of s.docs) {
          const dl = documentLines(s.name, d);
          if (dl.length > 0) lines.push('', ...dl);
        }
      }
    }
    lines.push('', ...summaryLines(totals), '');
    if (out) lines.push(`written: ${rel(out)}`);
    else lines.push(`${rel(OUT)} not written (a run over some sets only; --out FILE writes it elsewhere)`);
    for (const n of notes) lines.push(n);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (opts.json) for (const n of notes) process.stderr.write(`eval: ${n}\n`);
  if (breaches.length > 0) {
    process.stderr.write(`\neval: below the floor:\n${breaches.map((b) => `  ${describeBreach(b, rel(FLOOR))}`).join('\n')}\n`);
    return 1;
  }
  if (!opts.json) process.stdout.write(`every figure at or above its floor (${rel(FLOOR)})\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`eval: ${e.message}\n${e instanceof UsageError ? '' : `${USAGE}\n`}`);
      process.exitCode = 2;
      return;
    }
    throw e;
  },
);
