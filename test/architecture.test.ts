import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cyclesOf, readImportGraph, readRules, redisUsesOutsideStore, unitGraph, unitOf, type ImportGraph } from './support/import-graph.js';

/**
 * The layout holds: no import cycle between the folders of src/ (and jobs/), the pure
 * core never reaches Redis, BullMQ, mail transports or HTTP, and each folder imports
 * only what its README allows. The rules are read from the READMEs, so changing a
 * rule means changing what the folder says about itself.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every breach of the rules in a graph, one line each, naming the file that breaks it. */
export function breaches(graph: ImportGraph): string[] {
  const units = unitGraph(graph);
  const rules = readRules(graph.root, units.keys());
  const out: string[] = [];

  const cycles = cyclesOf(units);
  const known = rules.knownCycle.join(',');
  if (known !== '' && !cycles.some((c) => c.join(',') === known)) out.push(`the known cycle ${known} of src/README.md is gone: take it out of the README`);
  for (const cycle of cycles) {
    if (cycle.join(',') === known) continue;
    const edges = cycle.flatMap((a) => cycle.flatMap((b) => (units.get(a)?.get(b) ?? []).slice(0, 2).map((e) => `${e.from} → ${e.to}`)));
    out.push(`import cycle between ${cycle.join(', ')}: ${edges.join('; ')}`);
  }

  for (const [unit, deps] of units) {
    const allowed = rules.allowed.get(unit);
    if (allowed === undefined) {
      out.push(`${unit} has no «May import:» rule (its README.md, or its row in src/README.md)`);
      continue;
    }
    for (const [dep, edges] of deps) {
      if (!allowed.includes(dep)) out.push(`${unit} may not import ${dep}: ${edges[0]!.from} → ${edges[0]!.to}`);
    }
  }

  // The pure core: only other core units (and the pure helpers listed) directly, and no forbidden package at any depth.
  const core = new Set(rules.core);
  const isCore = (file: string) => {
    const unit = unitOf(file);
    return unit !== null && core.has(unit);
  };
  const byFile = new Map<string, typeof graph.edges>();
  for (const edge of graph.edges) byFile.set(edge.from, [...(byFile.get(edge.from) ?? []), edge]);
  const forbidden = (pkg: string) => rules.forbiddenPackages.some((f) => pkg === f || (f.endsWith('/') && pkg.startsWith(f)));
  for (const file of graph.files.filter(isCore)) {
    for (const edge of byFile.get(file) ?? []) {
      if (!edge.package && !isCore(edge.to) && !rules.coreMayUse.includes(edge.to.replace(/^src\//, ''))) {
        out.push(`pure core ${file} imports ${edge.to}, outside the core`);
      }
    }
    // Depth-first through relative imports: the first forbidden package reached, with the way there.
    const seen = new Set<string>([file]);
    const queue: Array<{ at: string; via: string[] }> = [{ at: file, via: [file] }];
    while (queue.length > 0) {
      const { at, via } = queue.shift()!;
      for (const edge of byFile.get(at) ?? []) {
        if (edge.package) {
          if (forbidden(edge.to)) out.push(`pure core ${file} reaches ${edge.to}: ${[...via, edge.to].join(' → ')}`);
        } else if (!seen.has(edge.to)) {
          seen.add(edge.to);
          queue.push({ at: edge.to, via: [...via, edge.to] });
        }
      }
    }
  }
  return [...new Set(out)];
}

describe('the layout of src/', () => {
  const graph = readImportGraph(root);

  it('reads the imports it checks: every folder, and the edges that make the layers', () => {
    const units = unitGraph(graph);
    expect([...units.keys()]).toEqual(expect.arrayContaining(['plan', 'store', 'schedule', 'delivery', 'follow-up', 'http', 'jobs', 'domain.ts']));
    expect(units.get('schedule')?.has('delivery')).toBe(true);
    expect(units.get('delivery')?.has('store')).toBe(true);
    expect(graph.edges.some((e) => e.package && e.to === 'bullmq' && e.from === 'src/schedule/queue.ts')).toBe(true);
  });

  it('states a rule for every folder and names the pure core', () => {
    const units = unitGraph(graph);
    const rules = readRules(root, units.keys());
    expect([...units.keys()].filter((u) => !rules.allowed.has(u))).toEqual([]);
    expect(rules.core).toEqual(expect.arrayContaining(['domain.ts', 'calendar', 'deadline', 'protocol', 'document', 'plan', 'directory', 'records']));
    expect(rules.forbiddenPackages).toEqual(expect.arrayContaining(['ioredis', 'bullmq', 'nodemailer', 'fastify']));
  });

  it('has no import cycle between folders, keeps the pure core pure, and imports only what each README allows', () => {
    expect(breaches(graph)).toEqual([]);
  });

  it('keeps every Redis command behind src/store: no module outside it issues one or makes a client', () => {
    expect(redisUsesOutsideStore(root).map((u) => `${u.file}:${u.line} ${u.what}`)).toEqual([]);
  });

  it('fails on a Redis command outside src/store: a follow-up module reading a key itself, a pipeline, a client made', () => {
    const scratch = new Map([
      ['src/follow-up/scratch-command.ts', "import type { Redis } from 'ioredis';\nexport const read = (deps: { redis: Redis }) => deps.redis.get('srok:request:X');\n"],
      ['src/schedule/scratch-pipeline.ts', "import type { Redis } from 'ioredis';\nexport const write = (redis: Redis) => redis.pipeline().set('a', '1').exec();\n"],
      ['src/http/scratch-client.ts', "import { Redis } from 'ioredis';\nexport const client = new Redis();\n"],
    ]);
    const found = redisUsesOutsideStore(root, ['src', 'jobs'], scratch).filter((u) => scratch.has(u.file)).map((u) => `${u.file}:${u.line} ${u.what}`);
    expect(found).toEqual([
      'src/follow-up/scratch-command.ts:2 deps.redis.get(…)',
      'src/schedule/scratch-pipeline.ts:2 redis.pipeline().set(\'a\', \'1\').exec(…)',
      "src/http/scratch-client.ts:1 import { Redis } from 'ioredis';",
    ]);
  });

  it('fails on a forbidden import: the planner importing the store, a cycle, a core file reaching ioredis', () => {
    const scratch = new Map([
      ['src/plan/scratch-forbidden.ts', "import type { Store } from '../store/index.js';\nexport type S = Store;\n"],
      ['src/calendar/scratch-redis.ts', "import type { Redis } from 'ioredis';\nexport type R = Redis;\n"],
      ['src/store/scratch-cycle.ts', "import { Scheduler } from '../schedule/scheduler.js';\nexport const s = Scheduler;\n"],
    ]);
    const found = breaches(readImportGraph(root, ['src', 'jobs'], scratch));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('plan may not import store: src/plan/scratch-forbidden.ts'),
        expect.stringContaining('pure core src/plan/scratch-forbidden.ts imports src/store/index.ts'),
        expect.stringContaining('pure core src/calendar/scratch-redis.ts reaches ioredis'),
        expect.stringMatching(/^import cycle between .*schedule.*store/),
        expect.stringContaining('store may not import schedule: src/store/scratch-cycle.ts'),
      ]),
    );
  });
});
