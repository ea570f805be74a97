/**
 * The corpus scorer: an answer key (test/corpus/<set>/gold/NNN.json) and what
 * `srok parse --json` printed for its document → what was right and what was not.
 *
 * Pure (no files, no clock) and rule for rule the reference scorer
 * ../shared/eval/score.py, whose figures it must reproduce exactly (`npm run eval --
 * --compare-reference` checks that): greedy pairing by item number, then deadline
 * and text; executors by overlap of 5-letter stems ≥ 0.6; deadlines by kind and date
 * (relative_ok, first_due / first_due_any, frequency sets); closes; noted items;
 * header number (norm_num) and date; controller; extensions; e-mails (emails_any);
 * «(при наличии)»; wrong deadlines stated as if sure; max_assignments.
 */
import {
  cpSlice,
  get,
  isObject,
  list,
  pyEq,
  pyFixed2,
  pyIn,
  pyRepr,
  pySorted,
  pyStr,
  pyStrip,
  pyStripChars,
  PY_WS,
  truthy,
  type Json,
  type JsonObject,
} from './py.js';

export type { Json, JsonObject } from './py.js';

const LAT = 'aeopcxyABEKMHOPCTX';
const CYR = 'аеорсхуАВЕКМНОРСТХ';
const LAT2CYR = new Map([...LAT].map((ch, i) => [ch, CYR.charAt(i)] as const));

function translateLatin(s: string): string {
  let out = '';
  for (const ch of s) out += LAT2CYR.get(ch) ?? ch;
  return out;
}

const ITEM_JUNK = new RegExp(`[${PY_WS})(]`, 'g');
const NUM_JUNK = new RegExp(`[${PY_WS}№]`, 'g');
const SQUASH = new RegExp(`[${PY_WS}«»"'.,;:–—-]+`, 'g');
const WORD = /[а-яёa-z]{4,}/g;

function text(x: Json | undefined): string {
  if (typeof x === 'string') return x;
  return truthy(x) ? pyStr(x) : '';
}

/** An item number as compared: lower case, Latin look-alikes as Cyrillic, no spaces, brackets or outer dots. */
export function normItem(s: Json | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = pyStrip(pyStr(s)).toLowerCase();
  return pyStripChars(translateLatin(t).replace(ITEM_JUNK, ''), '.');
}

/** The 5-letter stems of the words of four letters or more. */
export function stems(s: Json | undefined): Set<string> {
  return new Set([...text(s).toLowerCase().matchAll(WORD)].map((m) => m[0].slice(0, 5)));
}

/** Share of the stems of `a` found in `b` (0 when `a` has none). */
export function overlap(a: Json | undefined, b: Json | undefined): number {
  const sa = stems(a);
  if (sa.size === 0) return 0;
  const sb = stems(b);
  let common = 0;
  for (const s of sa) if (sb.has(s)) common += 1;
  return common / sa.size;
}

export function squash(s: Json | undefined): string {
  return pyStrip(text(s).toLowerCase().replace(SQUASH, ' '));
}

/** A controller or executor given as a string or as {text, name, ref}. */
export function asName(x: Json | undefined): string {
  if (isObject(x)) return joinTruthy([get(x, 'name'), get(x, 'text')]);
  return text(x);
}

function joinTruthy(parts: Json[]): string {
  return parts
    .filter(truthy)
    .map((p) => pyStr(p))
    .join(' ');
}

/** A document number as compared: no spaces or «№», lower case, Latin look-alikes as Cyrillic; null when empty. */
export function normNum(s: Json | undefined): string | null {
  const raw = truthy(s) ? pyStr(s as Json) : '';
  return translateLatin(raw.replace(NUM_JUNK, '').toLowerCase()) || null;
}

const FREQS = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;

/** The frequencies a gold recurring deadline accepts, or null when it fixes none. */
export function freqOf(goldDl: JsonObject): Set<string> | null {
  const freq = get(goldDl, 'freq');
  if (truthy(freq)) return new Set([pyStr(freq)]);
  const rule = truthy(get(goldDl, 'rule')) ? get(goldDl, 'rule') : '';
  if (isObject(rule)) return truthy(get(rule, 'freq')) ? new Set([pyStr(get(rule, 'freq'))]) : null;
  const r = text(rule).toLowerCase();
  for (const f of FREQS) if (r.startsWith(f)) return r.includes('half') ? new Set([f, 'halfyearly']) : new Set([f]);
  return null;
}

/**
 * Whether a predicted deadline is right. `g` is the gold deadline with the
 * assignment's `relative_ok` merged in (as score.py does).
 */
export function deadlineOk(g: JsonObject, p: Json | undefined): boolean {
  const gk = get(g, 'kind');
  const pk = get(p ?? null, 'kind');
  if (gk === 'date') {
    const kinds = truthy(get(g, 'relative_ok')) ? ['date', 'relative'] : ['date'];
    if (!pyIn(pk, kinds) || !pyEq(get(p, 'date'), get(g, 'date'))) return false;
    if (!truthy(get(g, 'time'))) return true;
    const pt = get(p, 'time');
    return pyEq((truthy(pt) ? pyStr(pt) : '').replaceAll('-', ':'), get(g, 'time'));
  }
  if (gk === 'period') return pyIn(pk, ['period', 'date']) && pyEq(get(p, 'date'), get(g, 'date'));
  if (gk === 'recurring') {
    if (pk !== 'recurring') return false;
    const freqs = freqOf(g);
    const rule = get(p, 'rule');
    const pf = get(truthy(rule) ? rule : {}, 'freq');
    if (freqs && freqs.size > 0 && !(typeof pf === 'string' && freqs.has(pf))) return false;
    const first = truthy(get(g, 'first_due')) ? get(g, 'first_due') : get(g, 'firstDue');
    const any = get(g, 'first_due_any');
    const firsts: Json[] = truthy(any) ? (Array.isArray(any) ? any : [any]) : truthy(first) ? [first] : [];
    return firsts.length === 0 || pyIn(get(p, 'firstDue'), firsts);
  }
  if (gk === 'none') return pyIn(pk, ['none', 'unparsed']);
  if (gk === 'continuous') return pk === 'continuous';
  return false;
}

function sortedItems(items: Json | undefined): (string | null)[] {
  return pySorted(list(items ?? null).map(normItem));
}

function sameItems(a: Json | undefined, b: Json | undefined): boolean {
  const sa = sortedItems(a);
  const sb = sortedItems(b);
  return sa.length === sb.length && sa.every((x, i) => x === sb[i]);
}

/** Whether a gold close is among the predicted closes (number, date and the same items). */
export function closesOk(gc: Json, pcs: readonly Json[]): boolean {
  return pcs.some((pc) => {
    const pp = truthy(get(pc, 'protocol')) ? get(pc, 'protocol') : {};
    return (
      normNum(get(pp, 'number')) === normNum(get(gc, 'protocol')) &&
      pyEq(get(pp, 'date'), get(gc, 'date')) &&
      sameItems(get(pc, 'items'), get(gc, 'items'))
    );
  });
}

function executorNames(p: Json): string[] {
  return list(get(p, 'executors')).map((e) => joinTruthy([get(e, 'name'), get(e, 'text')]));
}

/** Every gold executor is found (stem overlap ≥ 0.6) among the predicted ones. */
export function executorsOk(g: Json, p: Json): boolean {
  const names = executorNames(p);
  return list(get(g, 'responsible')).every((r) => names.some((n) => overlap(r, n) >= 0.6));
}

/** How well a predicted assignment fits a gold one; -1 when their item numbers differ. */
export function pairScore(g: Json, p: Json): number {
  let s = 0.0;
  const gi = normItem(get(g, 'item'));
  const pi = normItem(get(p, 'item'));
  if (gi !== null) {
    if (gi !== pi) return -1;
    s += 3;
  } else if (pi === null) {
    s += 1; // both unnumbered: a clause with nothing else to match on still pairs
  }
  const gd = truthy(get(g, 'deadline')) ? get(g, 'deadline') : {};
  const pd = truthy(get(p, 'deadline')) ? get(p, 'deadline') : {};
  if (truthy(get(gd, 'date')) && pyEq(get(gd, 'date'), get(pd, 'date'))) s += 2;
  const gt = squash(get(gd, 'text'));
  const pt = squash(`${text(get(pd, 'text'))} ${text(get(p, 'text'))}`);
  const pdt = cpSlice(squash(get(pd, 'text')), 20);
  if (gt && (pt.includes(cpSlice(gt, 25)) || (pdt && gt.includes(pdt)))) s += 1;
  const names = executorNames(p);
  const overlaps = list(get(g, 'responsible')).flatMap((r) => names.map((n) => overlap(r, n)));
  s += overlaps.length > 0 ? Math.max(...overlaps) : 0;
  if (truthy(get(g, 'closes')) && truthy(get(p, 'closes'))) s += 2;
  return s;
}

/** Greedy pairing, best fit first (ties: later gold, then later prediction, as Python sorts): gold index → prediction index. */
export function matchAssignments(golds: readonly Json[], preds: readonly Json[]): Map<number, number> {
  const cand: [number, number, number][] = [];
  golds.forEach((g, gi) => preds.forEach((p, pi) => cand.push([pairScore(g, p), gi, pi])));
  cand.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  for (const [s, gi, pi] of cand) {
    if (s < 1 || pairs.has(gi) || used.has(pi)) continue;
    pairs.set(gi, pi);
    used.add(pi);
  }
  return pairs;
}

/** The counts score.py keeps, plus the header split into number and date and the max_assignments warnings. */
export interface Counts {
  documents: number;
  failed: number;
  gold: number;
  predicted: number;
  matched: number;
  deadlineOk: number;
  silent: number;
  executorsOk: number;
  emailsOk: number;
  optionalOk: number;
  closes: number;
  closesOk: number;
  notedTp: number;
  notedFp: number;
  notedFn: number;
  headerFields: number;
  headerOk: number;
  numberFields: number;
  numberOk: number;
  dateFields: number;
  dateOk: number;
  controllers: number;
  controllerOk: number;
  extensions: number;
  extensionsOk: number;
  overLimit: number;
}

export function emptyCounts(): Counts {
  return {
    documents: 0,
    failed: 0,
    gold: 0,
    predicted: 0,
    matched: 0,
    deadlineOk: 0,
    silent: 0,
    executorsOk: 0,
    emailsOk: 0,
    optionalOk: 0,
    closes: 0,
    closesOk: 0,
    notedTp: 0,
    notedFp: 0,
    notedFn: 0,
    headerFields: 0,
    headerOk: 0,
    numberFields: 0,
    numberOk: 0,
    dateFields: 0,
    dateOk: 0,
    controllers: 0,
    controllerOk: 0,
    extensions: 0,
    extensionsOk: 0,
    overLimit: 0,
  };
}

export function addCounts(into: Counts, c: Counts): Counts {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
  return into;
}

export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce(addCounts, emptyCounts());
}

export interface Miss {
  item: Json;
  deadline: string;
  responsible: string[];
}
export interface Extra {
  item: Json;
  text: string;
}
export interface DeadlineMiss {
  item: Json;
  expected: Json;
  got: Json;
  /** Wrong and not reported as `unparsed`: stated as if sure. */
  silent: boolean;
}
export interface ExecutorMiss {
  item: Json;
  expected: string[];
  got: string[];
}
export interface FieldMiss {
  field: string;
  expected: Json;
  got: Json;
}

export interface DocResult {
  counts: Counts;
  /** Why the document could not be parsed (then everything in it counts as missed). */
  failure: string | null;
  /** A hard negative's limit and the assignments found, when they exceed it. */
  overLimit: { limit: Json; predicted: number } | null;
  misses: Miss[];
  extras: Extra[];
  deadlines: DeadlineMiss[];
  executors: ExecutorMiss[];
  /** Header number/date, controller, closes, noted and extensions that are wrong. */
  fields: FieldMiss[];
  /** What score.py prints for this document with -v, line for line. */
  referenceLines: string[];
}

function newResult(): DocResult {
  const counts = emptyCounts();
  counts.documents = 1;
  return {
    counts,
    failure: null,
    overLimit: null,
    misses: [],
    extras: [],
    deadlines: [],
    executors: [],
    fields: [],
    referenceLines: [],
  };
}

function goldAssignments(gold: Json): Json[] {
  return list(get(gold, 'assignments'));
}

function countGold(r: DocResult, gold: Json): Json[] {
  const golds = goldAssignments(gold);
  r.counts.gold += golds.length;
  r.counts.closes += golds.reduce<number>((n, g) => n + list(get(g, 'closes')).length, 0);
  return golds;
}

/** A document whose parse failed: every assignment and noted item missed (header and controller not counted, as in score.py). */
export function scoreFailure(stem: string, gold: Json, message: string): DocResult {
  const r = newResult();
  countGold(r, gold);
  r.counts.failed = 1;
  r.counts.notedFn += list(get(gold, 'noted')).length;
  r.failure = message;
  r.referenceLines.push(`${stem}: parse failed: ${cpSlice(message, 200)}`);
  return r;
}

/** Score one document: its answer key against the parse output (the JSON of `srok parse --json`). */
export function scoreDocument(stem: string, gold: Json, out: Json): DocResult {
  const r = newResult();
  const c = r.counts;
  const golds = countGold(r, gold);
  const preds = list(get(out, 'assignments'));
  c.predicted += preds.length;
  if (isObject(gold) && Object.hasOwn(gold, 'max_assignments')) {
    const limit = get(gold, 'max_assignments');
    if (typeof limit === 'number' && preds.length > limit) {
      c.overLimit += 1;
      r.overLimit = { limit, predicted: preds.length };
      r.referenceLines.push(`${stem}: ${preds.length} assignments where at most ${pyStr(limit)} expected`);
    }
  }
  const pairs = matchAssignments(golds, preds);
  const allCloses = [...preds.flatMap((p) => list(get(p, 'closes'))), ...list(get(out, 'closes'))];
  golds.forEach((g, gi) => {
    for (const gc of list(get(g, 'closes'))) {
      if (closesOk(gc, allCloses)) c.closesOk += 1;
      else r.fields.push({ field: `close in item ${pyStr(get(g, 'item'))}`, expected: gc, got: allCloses });
    }
    const pi = pairs.get(gi);
    const p = pi === undefined ? undefined : preds[pi];
    if (p === undefined) {
      const gd = get(g, 'deadline');
      const dtext = isObject(gd) && Object.hasOwn(gd, 'text') ? pyStr(get(gd, 'text')) : '';
      r.misses.push({ item: get(g, 'item'), deadline: dtext, responsible: list(get(g, 'responsible')).map(text) });
      r.referenceLines.push(`${stem}: MISSED item ${pyStr(get(g, 'item'))} ${cpSlice(dtext, 60)}`);
      return;
    }
    c.matched += 1;
    const gdl: JsonObject = { ...(isObject(get(g, 'deadline')) ? (get(g, 'deadline') as JsonObject) : {}) };
    gdl['relative_ok'] = get(g, 'relative_ok');
    const ok = deadlineOk(gdl, get(p, 'deadline'));
    if (ok) c.deadlineOk += 1;
    const silent = !ok && get(get(p, 'deadline'), 'kind') !== 'unparsed';
    if (silent) c.silent += 1;
    const emAny = get(g, 'emails_any');
    const alts = truthy(emAny) ? list(emAny) : [truthy(get(g, 'emails')) ? get(g, 'emails') : []];
    const lowered = (xs: Json) => pySorted(list(xs).map((e) => text(e).toLowerCase()));
    const mine = lowered(get(p, 'emails'));
    if (alts.some((alt) => pyEq(lowered(alt), mine))) c.emailsOk += 1;
    else r.fields.push({ field: `emails of item ${pyStr(get(g, 'item'))}`, expected: alts, got: get(p, 'emails') });
    if (truthy(get(p, 'optional')) === truthy(get(g, 'optional'))) c.optionalOk += 1;
    else r.fields.push({ field: `optional of item ${pyStr(get(g, 'item'))}`, expected: truthy(get(g, 'optional')), got: truthy(get(p, 'optional')) });
    if (executorsOk(g, p)) c.executorsOk += 1;
    else
      r.executors.push({
        item: get(g, 'item'),
        expected: list(get(g, 'responsible')).map(text),
        got: list(get(p, 'executors')).map((e) => text(get(e, 'name')) || text(get(e, 'text'))),
      });
    if (!ok) {
      r.deadlines.push({ item: get(g, 'item'), expected: get(g, 'deadline'), got: get(p, 'deadline'), silent });
      r.referenceLines.push(`${stem}: item ${pyStr(get(g, 'item'))} deadline ${pyRepr(get(g, 'deadline'))} got ${pyRepr(get(p, 'deadline'))}`);
    }
  });
  const paired = new Set(pairs.values());
  preds.forEach((p, pi) => {
    if (paired.has(pi)) return;
    const t = text(get(p, 'text'));
    r.extras.push({ item: get(p, 'item'), text: t });
    r.referenceLines.push(`${stem}: EXTRA item ${pyStr(get(p, 'item'))} ${cpSlice(t, 60)}`);
  });

  const gn = new Set(list(get(gold, 'noted')).map(normItem));
  const pn = new Set(list(get(out, 'noted')).map(normItem));
  for (const x of pn) if (gn.has(x)) c.notedTp += 1;
  for (const x of pn) if (!gn.has(x)) c.notedFp += 1;
  for (const x of gn) if (!pn.has(x)) c.notedFn += 1;
  const wrongNoted = [...pn].filter((x) => !gn.has(x)).length + [...gn].filter((x) => !pn.has(x)).length;
  if (wrongNoted > 0) r.fields.push({ field: 'noted', expected: list(get(gold, 'noted')), got: list(get(out, 'noted')) });

  const pexts = list(get(out, 'extensions'));
  for (const ge of list(get(gold, 'extensions'))) {
    c.extensions += 1;
    const found = pexts.some((pe) => {
      const pp = truthy(get(pe, 'protocol')) ? get(pe, 'protocol') : {};
      return (
        pyEq(get(pe, 'to'), get(ge, 'to')) &&
        normNum(get(pp, 'number')) === normNum(get(ge, 'protocol')) &&
        sameItems(get(pe, 'items'), get(ge, 'items'))
      );
    });
    if (found) c.extensionsOk += 1;
    else r.fields.push({ field: 'extension', expected: ge, got: pexts });
  }

  const gctl = get(gold, 'controller');
  if (truthy(gctl)) {
    c.controllers += 1;
    const name = asName(get(out, 'controller'));
    if (overlap(gctl, name) >= 0.6) c.controllerOk += 1;
    else r.fields.push({ field: 'controller', expected: gctl, got: name || null });
  }

  const gp = truthy(get(gold, 'protocol')) ? get(gold, 'protocol') : {};
  const pp = truthy(get(out, 'protocol')) ? get(out, 'protocol') : {};
  for (const k of ['number', 'date'] as const) {
    const want = get(gp, k);
    if (!truthy(want)) continue;
    const have = get(pp, k);
    const ok = k === 'number' ? normNum(want) === normNum(have) : pyEq(want, have);
    c.headerFields += 1;
    if (k === 'number') c.numberFields += 1;
    else c.dateFields += 1;
    if (ok) {
      c.headerOk += 1;
      if (k === 'number') c.numberOk += 1;
      else c.dateOk += 1;
    } else {
      r.fields.push({ field: `header ${k}`, expected: want, got: have });
    }
  }
  return r;
}

/** The figures of a total; shares whose denominator is 0 read 1 (nothing to get wrong), as score.py's noted share. */
export interface Figures {
  recall: number;
  precision: number;
  deadline: number;
  header: number;
  number: number;
  date: number;
  executors: number;
  emails: number;
  optional: number;
  noted: number;
  closes: number;
  controller: number;
  extensions: number;
  silent: number;
  failed: number;
  overLimit: number;
}

export function figures(c: Counts): Figures {
  const share = (ok: number, total: number) => (total > 0 ? ok / total : 1);
  const g = Math.max(c.gold, 1);
  const m = Math.max(c.matched, 1);
  const nt = c.notedTp + c.notedFp + c.notedFn;
  return {
    recall: c.matched / g,
    precision: c.predicted ? c.matched / c.predicted : 0.0,
    deadline: c.deadlineOk / g,
    header: share(c.headerOk, c.headerFields),
    number: share(c.numberOk, c.numberFields),
    date: share(c.dateOk, c.dateFields),
    executors: c.executorsOk / m,
    emails: c.emailsOk / m,
    optional: c.optionalOk / m,
    noted: nt ? c.notedTp / nt : 1,
    closes: share(c.closesOk, c.closes),
    controller: share(c.controllerOk, c.controllers),
    extensions: share(c.extensionsOk, c.extensions),
    silent: c.silent,
    failed: c.failed,
    overLimit: c.overLimit,
  };
}

/** The totals as score.py prints them (its last six lines), for the line-by-line comparison. */
export function referenceSummary(c: Counts): string[] {
  const f = figures(c);
  return [
    `documents failed to parse: ${c.failed}`,
    `assignments gold ${c.gold} predicted ${c.predicted} matched ${c.matched}`,
    `executors ok ${c.executorsOk}/${c.matched}  emails ok ${c.emailsOk}/${c.matched}  optional ok ${c.optionalOk}/${c.matched}`,
    `closes ok ${c.closesOk}/${c.closes}  noted tp/fp/fn ${c.notedTp}/${c.notedFp}/${c.notedFn}  header fields ok ${c.headerOk}/${c.headerFields}  controller ok ${c.controllerOk}/${c.controllers}  extensions ok ${c.extensionsOk}/${c.extensions}`,
    `wrong deadlines stated as if sure (not 'unparsed'): ${c.silent}`,
    `recall ${pyFixed2(f.recall)} precision ${pyFixed2(f.precision)} deadline ${pyFixed2(f.deadline)} emails ${pyFixed2(f.emails)} ` +
      `noted ${pyFixed2(f.noted)} closes ${c.closesOk}/${c.closes} silent ${c.silent}`,
  ];
}
