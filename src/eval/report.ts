/**
 * What `npm run eval` prints and writes: each document's misses, extras and wrong
 * deadlines (only where something is wrong), the totals per set, apart for holdout
 * sets, overall, and bench/eval.json (stable key order).
 */
import { get, isObject, pyFixed2, pyStr, truthy, type Json } from './py.js';
import { figures, sumCounts, type Counts, type DocResult, type Figures } from './score.js';

export interface DocEntry {
  stem: string;
  /** The document, relative to the project (null when none was found). */
  file: string | null;
  result: DocResult;
}

export interface SetEntry {
  name: string;
  holdout: boolean;
  docs: DocEntry[];
  counts: Counts;
}

export interface Totals {
  sets: SetEntry[];
  /** All sets but the holdout ones (present when there is a holdout set). */
  development: Counts | null;
  /** The holdout sets together (null when there are none). */
  holdout: Counts | null;
  overall: Counts;
}

export function setEntry(name: string, holdout: boolean, docs: DocEntry[]): SetEntry {
  return { name, holdout, docs, counts: sumCounts(docs.map((d) => d.result.counts)) };
}

export function totalsOf(sets: SetEntry[]): Totals {
  const dev = sets.filter((s) => !s.holdout);
  const hold = sets.filter((s) => s.holdout);
  return {
    sets,
    development: hold.length > 0 ? sumCounts(dev.map((s) => s.counts)) : null,
    holdout: hold.length > 0 ? sumCounts(hold.map((s) => s.counts)) : null,
    overall: sumCounts(sets.map((s) => s.counts)),
  };
}

const itemOf = (x: Json) => (x === null ? '—' : pyStr(x));
const quote = (raw: string, max = 70) => {
  const s = raw.replace(/\s+/g, ' ').trim();
  return `«${s.length > max ? `${s.slice(0, max - 1)}…` : s}»`;
};

/** A deadline of an answer key (flat recurring fields) or of the parse output (rule{}, firstDue). */
export function describeDeadline(d: Json): string {
  if (!isObject(d)) return '—';
  const parts: string[] = [pyStr(get(d, 'kind'))];
  const rule = get(d, 'rule');
  const freq = get(d, 'freq') ?? (isObject(rule) ? get(rule, 'freq') : rule);
  if (truthy(freq)) parts.push(pyStr(freq));
  if (truthy(get(d, 'date'))) parts.push(pyStr(get(d, 'date')));
  const first = get(d, 'first_due') ?? get(d, 'firstDue');
  if (truthy(first)) parts.push(`first due ${pyStr(first)}`);
  if (truthy(get(d, 'first_due_any'))) parts.push(`first due one of ${pyStr(get(d, 'first_due_any'))}`);
  if (truthy(get(d, 'time'))) parts.push(pyStr(get(d, 'time')));
  if (truthy(get(d, 'text'))) parts.push(quote(pyStr(get(d, 'text')), 60));
  return parts.join(' ');
}

const short = (x: Json) => {
  const s = (typeof x === 'string' ? x : JSON.stringify(x)).replace(/\s+/g, ' ');
  return s.length > 160 ? `${s.slice(0, 159)}…` : s;
};

/** The lines of one document, empty when everything in it is right. */
export function documentLines(set: string, d: DocEntry): string[] {
  const r = d.result;
  const out: string[] = [];
  const row = (what: string, item: string, rest: string) => out.push(`  ${what.padEnd(9)} ${item.padEnd(7)} ${rest}`);
  if (r.failure !== null) row('failed', '', r.failure);
  if (r.overLimit) row('too many', '', `${r.overLimit.predicted} assignments where at most ${pyStr(r.overLimit.limit)} expected (a hard negative)`);
  for (const m of r.misses)
    row('missed', itemOf(m.item), [m.deadline ? quote(m.deadline, 60) : '(no deadline)', m.responsible.join('; ')].filter(Boolean).join('  '));
  for (const x of r.deadlines)
    row('deadline', itemOf(x.item), `want ${describeDeadline(x.expected)}; got ${describeDeadline(x.got)}${x.silent ? '  ← stated as if sure' : ''}`);
  for (const e of r.extras) row('extra', itemOf(e.item), quote(e.text));
  for (const e of r.executors)
    row('executor', itemOf(e.item), `want ${e.expected.map((n) => quote(n, 60)).join(', ')}; got ${e.got.map((n) => quote(n, 60)).join(', ') || '—'}`);
  for (const f of r.fields) out.push(`  ${f.field}: want ${short(f.expected)}; got ${short(f.got)}`);
  if (out.length === 0) return [];
  return [`${set}/${d.stem}${d.file ? ` (${d.file})` : ''}`, ...out];
}

const ratio = (ok: number, total: number) => `${ok}/${total}`;

/** Two lines of totals under a label (padded to `width`). */
export function totalsLines(label: string, c: Counts, width = 14): string[] {
  const f = figures(c);
  const w = Math.max(label.length, width);
  const pad = ' '.repeat(w + 2);
  return [
    `${label.padEnd(w)}  ${c.documents} documents  recall ${pyFixed2(f.recall)} (${ratio(c.matched, c.gold)})` +
      `  precision ${pyFixed2(f.precision)} (${ratio(c.matched, c.predicted)})  deadlines right ${pyFixed2(f.deadline)} (${ratio(c.deadlineOk, c.gold)})` +
      `  header ${ratio(c.headerOk, c.headerFields)} (number ${ratio(c.numberOk, c.numberFields)}, date ${ratio(c.dateOk, c.dateFields)})` +
      `  wrong deadlines stated as if sure ${c.silent}`,
    `${pad}closes ${ratio(c.closesOk, c.closes)}  noted tp/fp/fn ${c.notedTp}/${c.notedFp}/${c.notedFn}  controller ${ratio(c.controllerOk, c.controllers)}` +
      `  executors ${ratio(c.executorsOk, c.matched)}  emails ${ratio(c.emailsOk, c.matched)}  optional ${ratio(c.optionalOk, c.matched)}` +
      `  extensions ${ratio(c.extensionsOk, c.extensions)}  failed to parse ${c.failed}  over max_assignments ${c.overLimit}`,
  ];
}

/** Every totals line: each set (holdout sets after the others), the groups, overall (when there is more than one set). */
export function summaryLines(t: Totals): string[] {
  const groups: [string, Counts][] = [];
  for (const s of t.sets.filter((x) => !x.holdout)) groups.push([s.name, s.counts]);
  if (t.development) groups.push(['all but holdout', t.development]);
  const held = t.sets.filter((x) => x.holdout);
  for (const s of held) groups.push([s.name, s.counts]);
  if (t.holdout && held.length > 1) groups.push(['holdout (all)', t.holdout]);
  if (t.sets.length > 1) groups.push(['overall', t.overall]);
  const width = Math.max(14, ...groups.map(([label]) => label.length));
  return groups.flatMap(([label, c]) => totalsLines(label, c, width));
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function figuresJson(c: Counts): Record<keyof Figures, number> {
  const f = figures(c);
  const out = {} as Record<keyof Figures, number>;
  for (const k of Object.keys(f) as (keyof Figures)[]) out[k] = round4(f[k]);
  return out;
}

function group(c: Counts) {
  return { figures: figuresJson(c), counts: { ...c } };
}

/** bench/eval.json: figures and counts per set, per group and overall, then per document. */
export function evalJson(t: Totals): Record<string, unknown> {
  const sets: Record<string, unknown> = {};
  for (const s of t.sets) sets[s.name] = { holdout: s.holdout, ...group(s.counts) };
  const documents: Record<string, unknown> = {};
  for (const s of t.sets) {
    for (const d of s.docs) {
      const r = d.result;
      const f = figuresJson(r.counts);
      documents[`${s.name}/${d.stem}`] = {
        file: d.file,
        figures: { recall: f.recall, precision: f.precision, deadline: f.deadline, header: f.header, silent: f.silent },
        counts: { ...r.counts },
        failure: r.failure,
        overLimit: r.overLimit,
        misses: r.misses,
        extras: r.extras,
        deadlines: r.deadlines,
        executors: r.executors,
        fields: r.fields,
      };
    }
  }
  return {
    about: 'npm run eval: srok parse --json scored against the answer keys of test/corpus (rules of ../shared/eval/score.py)',
    overall: group(t.overall),
    ...(t.development ? { development: group(t.development) } : {}),
    ...(t.holdout ? { holdout: group(t.holdout) } : {}),
    sets,
    documents,
  };
}
