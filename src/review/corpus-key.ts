import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Assignment, ParsedDocument } from '../domain.js';
import type { StoredProtocol } from '../store/types.js';
import type { ReviewState } from '../corrections/types.js';

/**
 * A reviewed protocol as an answer key in the corpus format of test/corpus/ (see
 * test/corpus/regional/README.md): what srok understood with the operators'
 * corrections laid over, marked `"origin": "review"`. Such keys were made with srok's
 * help, so they live apart (test/corpus-reviewed/) and never count toward the corpus
 * or its floor.
 */
export interface ReviewedKey {
  origin: 'review';
  reviewed: { protocol: string; version: number; by: string | null; at: string | null; corrections: number };
  protocol: { kind: string; title: string | null; number: string | null; date: string | null; body: string | null; signatory: string | null; chair: string | null };
  noted: string[];
  controller?: string;
  assignments: Array<Record<string, unknown>>;
  other_items: Array<{ item: string | null; kind: string }>;
  extensions: Array<{ item: string | null; to: string; protocol: string | null; date: string | null; items: string[] }>;
}

function deadlineKey(a: Assignment): Record<string, unknown> {
  const d = a.deadline;
  // The contract's `unparsed` is the corpus's `none` with the phrase kept.
  const kind = d.kind === 'unparsed' ? 'none' : d.kind === 'relative' ? 'date' : d.kind;
  const out: Record<string, unknown> = { kind, text: d.text };
  if (d.date !== null) out['date'] = d.date;
  if (d.rule !== null) {
    Object.assign(out, { freq: d.rule.freq, day: d.rule.day, month: d.rule.month, after: d.rule.after, starts: d.rule.starts, until: d.rule.until, first_due: d.firstDue });
  }
  return out;
}

export function reviewedKey(stored: StoredProtocol, review: ReviewState | null): ReviewedKey {
  const doc: ParsedDocument = stored.doc;
  const h = doc.protocol;
  const key: ReviewedKey = {
    origin: 'review',
    reviewed: { protocol: stored.key, version: stored.version, by: review?.by ?? null, at: review?.at ?? null, corrections: (stored.corrections ?? []).filter((c) => c.stale === undefined).length },
    protocol: { kind: h.kind, title: h.title, number: h.number, date: h.date, body: h.body, signatory: h.signatory, chair: h.chair },
    noted: doc.noted,
    assignments: doc.assignments.map((a) => ({
      item: a.item,
      responsible: a.executors.filter((e) => e.role === 'executor').map((e) => e.name),
      co_executors: a.executors.filter((e) => e.role === 'co-executor').map((e) => e.name),
      deadline: deadlineKey(a),
      recommendation: a.recommendation,
      emails: a.emails,
      optional: a.optional,
      closes: a.closes.map((c) => ({ protocol: c.protocol.number, date: c.protocol.date, items: c.items, title: c.protocol.title, done: c.done })),
    })),
    other_items: doc.items.filter((i) => i.kind === 'controller' || i.kind === 'approval' || i.kind === 'other').map((i) => ({ item: i.item, kind: i.kind === 'other' ? 'procedural' : i.kind })),
    extensions: doc.extensions.map((e) => ({ item: e.item, to: e.to, protocol: e.protocol.number, date: e.protocol.date, items: e.items })),
  };
  if (doc.controller !== null) key.controller = doc.controller.name;
  return key;
}

export class CorpusPlaceError extends Error {
  override readonly name = 'CorpusPlaceError';
}

/** Write `docs/NNN.txt` (provenance lines, then the text as read) and `gold/NNN.json` under `dir`, NNN the next free number. */
export async function writeReviewedKey(dir: string, lines: readonly string[], key: ReviewedKey, now: Date): Promise<{ doc: string; gold: string }> {
  const corpus = path.resolve('test/corpus');
  const target = path.resolve(dir);
  if (target === corpus || target.startsWith(`${corpus}${path.sep}`)) {
    throw new CorpusPlaceError(`${dir}: ключи, сделанные при проверке, не кладутся в test/corpus/ — они не считаются в корпус и его пороги; укажите отдельную папку, например --out test/corpus-reviewed`);
  }
  const docs = path.join(target, 'docs');
  const gold = path.join(target, 'gold');
  await mkdir(docs, { recursive: true });
  await mkdir(gold, { recursive: true });
  const taken = new Set([...(await readdir(docs)), ...(await readdir(gold))].map((n) => n.replace(/\..*$/u, '')));
  let n = 1;
  while (taken.has(String(n).padStart(3, '0'))) n += 1;
  const stem = String(n).padStart(3, '0');
  const docFile = path.join(docs, `${stem}.txt`);
  const goldFile = path.join(gold, `${stem}.json`);
  const provenance = [`# source: srok review ${key.reviewed.protocol} (редакция ${key.reviewed.version}${key.reviewed.by ? `, одобрил ${key.reviewed.by}` : ''})`, `# retrieved: ${now.toISOString().slice(0, 10)}`];
  await writeFile(docFile, `${[...provenance, ...lines].join('\n')}\n`);
  await writeFile(goldFile, `${JSON.stringify(key, null, 1)}\n`);
  return { doc: docFile, gold: goldFile };
}
