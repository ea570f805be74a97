import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * The imports of src/ and jobs/, read with TypeScript's own pre-processor (static
 * imports and re-exports, type-only ones included, and dynamic `import('…')`), and the
 * rules the folders' READMEs state about them.
 *
 * A unit is a folder of src/ (`src/plan/…` → `plan`), a file at the top of src/
 * (`src/domain.ts` → `domain.ts`), or `jobs`.
 */
export interface ImportEdge {
  /** Repository-relative path of the importing file. */
  from: string;
  /** Repository-relative path of the imported file, or the package name. */
  to: string;
  package: boolean;
}

export interface ImportGraph {
  root: string;
  files: string[];
  edges: ImportEdge[];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; `node:fs` stays. */
function packageOf(spec: string): string {
  if (spec.startsWith('@')) return spec.split('/').slice(0, 2).join('/');
  return spec.split('/')[0]!;
}

function resolveRelative(fromFile: string, spec: string, root: string): string {
  const base = path.resolve(path.dirname(fromFile), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base.replace(/\.js$/, '.ts');
  return path.relative(root, found).split(path.sep).join('/');
}

/** The import graph of `dirs` (relative to `root`), from `extraFiles` too when given (a scratch file). */
export function readImportGraph(root: string, dirs: readonly string[] = ['src', 'jobs'], sources: ReadonlyMap<string, string> = new Map()): ImportGraph {
  const files = dirs.flatMap((d) => walk(path.join(root, d))).map((f) => path.relative(root, f).split(path.sep).join('/'));
  for (const extra of sources.keys()) if (!files.includes(extra)) files.push(extra);
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const text = sources.get(file) ?? readFileSync(path.join(root, file), 'utf8');
    const info = ts.preProcessFile(text, true, true);
    for (const ref of info.importedFiles) {
      const spec = ref.fileName;
      if (spec.startsWith('.')) edges.push({ from: file, to: resolveRelative(path.join(root, file), spec, root), package: false });
      else edges.push({ from: file, to: packageOf(spec), package: true });
    }
  }
  return { root, files, edges };
}

/** The unit a repository-relative path belongs to, or null outside src/ and jobs/. */
export function unitOf(file: string): string | null {
  const parts = file.split('/');
  if (parts[0] === 'jobs') return 'jobs';
  if (parts[0] !== 'src' || parts.length < 2) return null;
  return parts.length === 2 ? parts[1]! : parts[1]!;
}

/** Unit → the units it imports, each with the file edges that make the dependency. */
export function unitGraph(graph: ImportGraph): Map<string, Map<string, ImportEdge[]>> {
  const units = new Map<string, Map<string, ImportEdge[]>>();
  for (const file of graph.files) {
    const unit = unitOf(file);
    if (unit !== null && !units.has(unit)) units.set(unit, new Map());
  }
  for (const edge of graph.edges) {
    if (edge.package) continue;
    const a = unitOf(edge.from);
    const b = unitOf(edge.to);
    if (a === null || b === null || a === b) continue;
    const out = units.get(a)!;
    out.set(b, [...(out.get(b) ?? []), edge]);
  }
  return units;
}

/** Strongly connected components of more than one unit (Tarjan): each is an import cycle between units. */
export function cyclesOf(units: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of units.get(v)?.keys() ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of units.keys()) if (!indexOf.has(v)) visit(v);
  return cycles;
}

/** The backticked names of a «May import:» statement; «nothing» is none. */
export function parseAllowed(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, '').replace(/^src\//, ''));
}

export interface UnitRules {
  /** Unit → the units it may import, as its README says; a unit without a rule is missing. */
  allowed: Map<string, string[]>;
  /** The pure core, as src/README.md lists it. */
  core: string[];
  /** Files outside the core the core may import (pure helpers), as src/README.md lists them. */
  coreMayUse: string[];
  /** Packages the core must never reach, directly or through what it imports. */
  forbiddenPackages: string[];
  /** A cycle src/README.md names as known and to be removed: its units, sorted. */
  knownCycle: string[];
}

/**
 * The rules: each folder's README.md has a line `May import: \`a\`, \`b\`.` (or
 * `May import: nothing.`); src/README.md has a table row per top-level file and for
 * `jobs` — `| \`unit\` | what it owns | \`a\`, \`b\` |` — and the lines
 * `Pure core: …`, `The core may also import: …` and `The core never reaches: …`.
 */
export function readRules(root: string, units: Iterable<string>): UnitRules {
  const allowed = new Map<string, string[]>();
  const top = readFileSync(path.join(root, 'src/README.md'), 'utf8');
  for (const line of top.split('\n')) {
    const row = /^\|\s*`([^`]+)`\s*\|[^|]*\|([^|]*)\|\s*$/.exec(line);
    if (row) allowed.set(row[1]!, parseAllowed(row[2]!));
  }
  for (const unit of units) {
    const readme = path.join(root, 'src', unit, 'README.md');
    if (unit.endsWith('.ts') || unit === 'jobs' || !existsSync(readme)) continue;
    const rule = /^May import:(.*)$/m.exec(readFileSync(readme, 'utf8'));
    if (rule) allowed.set(unit, parseAllowed(rule[1]!));
  }
  const listed = (label: string) => {
    const m = new RegExp(`^${label}:(.*)$`, 'm').exec(top);
    return m ? parseAllowed(m[1]!) : [];
  };
  return { allowed, core: listed('Pure core'), coreMayUse: listed('The core may also import'), forbiddenPackages: listed('The core never reaches'), knownCycle: listed('Known cycle, to be removed').filter((u) => !u.includes('.')).sort() };
}

/** A Redis command issued, or a client made, outside src/store. */
export interface RedisUse {
  file: string;
  line: number;
  /** The call as written, shortened: `deps.redis.get(…)`, or `import { Redis } from 'ioredis'`. */
  what: string;
}

/** Client methods that are no Redis command but reach the server all the same. */
const CLIENT_CALLS = new Set(['pipeline', 'duplicate', 'defineCommand', 'sendCommand', 'call', 'callBuffer']);

/**
 * Every place outside src/store that talks to Redis itself: a value import of ioredis
 * (a client made elsewhere), and a call of a Redis command (`@ioredis/commands`' list,
 * its `…Buffer` forms, pipelines and duplicates) on a receiver named for Redis
 * (`redis`, `deps.redis`, `this.redis`, `subscriber`) or on a pipeline. Closing a client
 * (`disconnect`) is no command: a composition root closes the connections it opened.
 */
export function redisUsesOutsideStore(root: string, dirs: readonly string[] = ['src', 'jobs'], sources: ReadonlyMap<string, string> = new Map()): RedisUse[] {
  const commands = new Set<string>((createRequire(import.meta.url)('@ioredis/commands') as { list: string[] }).list);
  const isCommand = (name: string) => CLIENT_CALLS.has(name) || commands.has(name.toLowerCase()) || (name.endsWith('Buffer') && commands.has(name.slice(0, -'Buffer'.length).toLowerCase()));
  const files = dirs.flatMap((d) => walk(path.join(root, d))).map((f) => path.relative(root, f).split(path.sep).join('/'));
  for (const extra of sources.keys()) if (!files.includes(extra)) files.push(extra);
  const out: RedisUse[] = [];
  for (const file of files) {
    if (file.startsWith('src/store/')) continue;
    const text = sources.get(file) ?? readFileSync(path.join(root, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const receiverTalksToRedis = (expr: ts.Expression): boolean => {
      const written = expr.getText(source);
      if (/(^|\.)(redis\w*|\w*Redis|subscriber)$/i.test(written)) return true;
      // A chain on a pipeline: redis.pipeline().get(…).set(…).
      return ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && isCommand(expr.expression.name.text) && receiverTalksToRedis(expr.expression.expression);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === 'ioredis') {
        const clause = node.importClause;
        const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
        if (!typeOnly) out.push({ file, line: lineOf(node), what: node.getText(source).slice(0, 80) });
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && isCommand(node.expression.name.text) && receiverTalksToRedis(node.expression.expression)) {
        out.push({ file, line: lineOf(node), what: `${node.expression.getText(source).slice(0, 80)}(…)` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // A chain is one use: its line once.
  return out.filter((use, i) => out.findIndex((u) => u.file === use.file && u.line === use.line) === i);
}
