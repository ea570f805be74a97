import type { Assignment, ItemOutline, ParsedDocument, ParseWarning } from '../domain.js';
import type { AliasRecord, Correction, CorrectionChange } from './types.js';

/** Case, «ё», quotes and spaces do not tell two phrases or texts apart. */
export function normText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"„“”']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function correctionId(item: string | null, line: number, change: CorrectionChange): string {
  const where = item ?? `L${line}`;
  return change.what === 'executor' && change.phrase !== null ? `${where}|executor|${normText(change.phrase)}` : `${where}|${change.what}`;
}

/** The deadline warnings a corrected deadline answers. */
const DEADLINE_CODES = new Set(['deadline_vague', 'deadline_unparsed', 'date_invalid', 'deadline_past', 'relative_needs_relaxed_calendar']);

/** The lines an item spans: from its line to the next item's (exclusive). */
function spanOf(doc: ParsedDocument, line: number): { from: number; to: number } {
  const next = doc.items.map((i) => i.line).filter((l) => l > line);
  return { from: line, to: next.length > 0 ? Math.min(...next) : Number.POSITIVE_INFINITY };
}

function within(w: ParseWarning, span: { from: number; to: number }): boolean {
  return w.line !== null && w.line >= span.from && w.line < span.to;
}

function findAssignment(doc: ParsedDocument, c: Pick<Correction, 'item' | 'line'>): number {
  return c.item !== null ? doc.assignments.findIndex((a) => a.item === c.item) : doc.assignments.findIndex((a) => a.line === c.line);
}

function findItem(doc: ParsedDocument, c: Pick<Correction, 'item' | 'line'>): number {
  return c.item !== null ? doc.items.findIndex((i) => i.item === c.item) : doc.items.findIndex((i) => i.line === c.line);
}

/**
 * The document as operators corrected it: every correction that still fits laid over
 * what srok understood, and the warnings it answers dropped. A stale correction (its
 * item changed in a re-imported file) is not applied: it becomes a warning at the
 * item's line, so the protocol waits for review again. Pure; `doc` is not changed.
 */
export function applyCorrections(doc: ParsedDocument, corrections: readonly Correction[]): { doc: ParsedDocument; applied: Correction[]; stale: Correction[] } {
  if (corrections.length === 0) return { doc, applied: [], stale: [] };
  const out: ParsedDocument = structuredClone(doc);
  const applied: Correction[] = [];
  const stale: Correction[] = [];
  // An assignment is made before it is routed or given a deadline.
  const order: Record<CorrectionChange['what'], number> = { assignment: 0, kind: 1, 'not-assignment': 2, executor: 3, deadline: 4, recommendation: 5 };
  const sorted = [...corrections].sort((a, b) => order[a.change.what] - order[b.change.what] || a.at.localeCompare(b.at));
  for (const c of sorted) {
    if (c.stale !== undefined) {
      stale.push(c);
      out.warnings.push({ line: c.line, code: 'correction_stale', message: c.stale });
      continue;
    }
    if (applyOne(out, c)) applied.push(c);
  }
  out.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { doc: out, applied, stale };
}

function applyOne(doc: ParsedDocument, c: Correction): boolean {
  const change = c.change;
  const at = findAssignment(doc, c);
  const assignment = at >= 0 ? doc.assignments[at] : undefined;
  switch (change.what) {
    case 'assignment': {
      if (assignment) return true;
      doc.assignments.push(structuredClone(change.assignment));
      doc.assignments.sort((a, b) => a.line - b.line);
      const item = findItem(doc, c);
      if (item >= 0) doc.items[item]!.kind = 'assignment';
      return true;
    }
    case 'kind': {
      const item = findItem(doc, c);
      if (item >= 0) doc.items[item]!.kind = change.kind;
      if (change.kind !== 'assignment' && assignment) dropAssignment(doc, at);
      return item >= 0 || assignment !== undefined;
    }
    case 'not-assignment': {
      if (!assignment) return false;
      dropAssignment(doc, at);
      const item = findItem(doc, c);
      if (item >= 0 && doc.items[item]!.kind === 'assignment') doc.items[item]!.kind = 'other';
      return true;
    }
    case 'executor': {
      if (!assignment) return false;
      const entry = { ref: change.ref, name: change.name };
      const span = spanOf(doc, assignment.line);
      const phrase = change.phrase === null ? null : normText(change.phrase);
      const targets = assignment.executors.filter((e) => (phrase !== null ? normText(e.text) === phrase || normText(e.name) === phrase : e.ref === null));
      const was = new Set(targets.map((e) => e.name));
      if (targets.length === 0 && phrase === null) assignment.executors = [{ role: 'executor', text: change.name, name: change.name, ref: change.ref }];
      else if (targets.length === 0) return false;
      for (const e of targets) Object.assign(e, entry);
      doc.warnings = doc.warnings.filter((w) => !(w.code === 'executor_unmatched' && within(w, span) && (was.size === 0 || [...was].some((n) => w.message.includes(`«${n}»`)))));
      return true;
    }
    case 'deadline': {
      if (!assignment) return false;
      assignment.deadline = structuredClone(change.deadline);
      const span = spanOf(doc, assignment.line);
      doc.warnings = doc.warnings.filter((w) => !(DEADLINE_CODES.has(String(w.code)) && within(w, span)));
      return true;
    }
    case 'recommendation': {
      if (!assignment) return false;
      assignment.recommendation = change.value;
      return true;
    }
  }
}

function dropAssignment(doc: ParsedDocument, index: number): void {
  const [gone] = doc.assignments.splice(index, 1);
  if (!gone) return;
  const span = spanOf(doc, gone.line);
  // What was said of it no longer needs a look; a warning of the whole document stays.
  doc.warnings = doc.warnings.filter((w) => !within(w, span) || w.code === 'no_assignments');
}

/**
 * After a re-import: each correction finds its item again by number and text (or, for
 * a line without a number, the same text on the nearest line). One that fits follows
 * its item to its new line; one whose item changed or is gone turns stale.
 */
export function reconcileCorrections(doc: ParsedDocument, lines: readonly string[] | null, corrections: readonly Correction[]): Correction[] {
  return corrections.map((c) => {
    const { stale: _stale, ...fresh } = c;
    if (c.item !== null) {
      const item: ItemOutline | undefined = doc.items.find((i) => i.item === c.item);
      const sameText = item !== undefined && normText(item.text) === normText(c.text);
      if (item && sameText) return { ...fresh, line: item.line };
      const why = item === undefined ? 'пункта больше нет в протоколе' : 'текст пункта изменился';
      return { ...fresh, stale: `исправление пункта ${c.item} (${describeChange(c.change)}) не применено: ${why} — проверьте пункт заново` };
    }
    const want = normText(c.text);
    const found = (lines ?? [])
      .map((l, i) => ({ line: i + 1, same: normText(l) === want }))
      .filter((l) => l.same)
      .sort((a, b) => Math.abs(a.line - c.line) - Math.abs(b.line - c.line))[0];
    if (found) {
      const moved: Correction = { ...fresh, line: found.line };
      if (moved.change.what === 'assignment') moved.change = { what: 'assignment', assignment: { ...moved.change.assignment, line: found.line } };
      return moved;
    }
    return { ...fresh, stale: `исправление строки ${c.line} (${describeChange(c.change)}) не применено: такой строки больше нет — проверьте её заново` };
  });
}

/** «исполнитель → Департамент …», «срок → до 15.05.2026», in the words of the page. */
export function describeChange(change: CorrectionChange): string {
  switch (change.what) {
    case 'executor':
      return `исполнитель${change.phrase ? ` «${change.phrase}»` : ''} → ${change.name}`;
    case 'deadline':
      return `срок → ${change.deadline.text || change.deadline.date || 'без срока'}`;
    case 'not-assignment':
      return 'не поручение';
    case 'assignment':
      return 'сделано поручением';
    case 'kind':
      return `вид пункта → ${KIND_WORDS[change.kind] ?? change.kind}`;
    case 'recommendation':
      return change.value ? 'рекомендация' : 'не рекомендация';
  }
}

export const KIND_WORDS: Record<string, string> = {
  assignment: 'поручение',
  noted: 'принято к сведению',
  closes: 'снятие с контроля',
  controller: 'контроль',
  other: 'прочее',
  question: 'вопрос',
  extension: 'продление срока',
  approval: 'утверждение',
};

/**
 * Executors no entry matched whose phrase an operator remembered: routed to the
 * remembered entry, and the warning about them dropped. Pure.
 */
export function applyAliases(doc: ParsedDocument, aliases: ReadonlyMap<string, AliasRecord>, names: (id: string) => string | null): { doc: ParsedDocument; routed: number } {
  if (aliases.size === 0) return { doc, routed: 0 };
  let routed = 0;
  const out: ParsedDocument = structuredClone(doc);
  const routedNames: Array<{ line: number; name: string; to: number }> = [];
  for (const a of out.assignments) {
    const span = spanOf(out, a.line);
    for (const e of a.executors) {
      if (e.ref !== null) continue;
      const alias = aliases.get(normText(e.text)) ?? aliases.get(normText(e.name));
      const name = alias ? names(alias.entry) : null;
      if (!alias || name === null) continue;
      routedNames.push({ line: span.from, to: span.to, name: e.name });
      e.ref = alias.entry;
      e.name = name;
      routed += 1;
    }
  }
  out.warnings = out.warnings.filter(
    (w) => !(w.code === 'executor_unmatched' && routedNames.some((r) => w.line !== null && w.line >= r.line && w.line < r.to && w.message.includes(`«${r.name}»`))),
  );
  return { doc: out, routed };
}

/** An assignment made by hand from an item or a line: its text, its number, no executor yet. */
export function assignmentFrom(input: { item: string | null; line: number; text: string; page?: number }, deadline: Assignment['deadline']): Assignment {
  return {
    item: input.item,
    line: input.line,
    ...(input.page !== undefined ? { page: input.page } : {}),
    text: input.text,
    recommendation: false,
    executors: [],
    sendTo: [],
    deadline,
    emails: [...new Set(input.text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])],
    optional: false,
    closes: [],
  };
}
