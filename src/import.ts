import type { Clock } from './clock.js';
import type { SrokConfig } from './config/types.js';
import { partsOfRouted, type RoutedPart } from './directory/index.js';
import type { MailContents } from './document/index.js';
import type { ParsedDocument } from './domain.js';
import { InputError } from './errors.js';
import type { Log } from './log.js';
import { documentLines, readInput, readProtocol, type InputRead } from './read-protocol.js';
import { reviewImported, routeByAliases, type ImportReview } from './review/review-import.js';
import type { Rescheduler } from './follow-up/rescheduler.js';
import type { Store } from './store/index.js';
import { titleOf } from './review/title.js';
import type { ImportResult } from './store/types.js';

/**
 * Import a protocol — the story in one place:
 *   read → parse (readProtocol) → store (one Lua step) → route (kept beside it) → plan → schedule
 * and re-plan the earlier protocols whose assignments it closed or extended. A mail
 * (.eml) is read into the documents it carries, each imported on its own.
 */
export interface ImportDeps {
  config: () => SrokConfig;
  store: Store;
  scheduler: Rescheduler;
  clock: Clock;
  log: Log;
  /** Who imports: 'cli:<user>', 'inbox', 'api:<token>'. */
  actor: string;
}

export type FileImport =
  | {
      file: string;
      ok: true;
      result: ImportResult;
      scheduled: number;
      parts: number;
      /** The review gate's word and what needs a look; absent for an import made elsewhere (a test's). */
      review?: ImportReview;
      /** Executor phrases no directory entry matched. */
      unmatched?: string[];
      /** «протокол № 2/2026 от 10.03.2026, Комиссия …» and how an operator names it («2/2026», else its key). */
      title?: string;
      ref?: string;
    }
  | { file: string; ok: false; error: string; line: number | null };

export interface ImportSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  assignments: number;
  parts: number;
  scheduled: number;
  files: FileImport[];
}

export async function importFile(file: string, deps: ImportDeps): Promise<FileImport> {
  let parsed;
  try {
    parsed = await readProtocol(file, deps.config());
  } catch (e) {
    if (e instanceof InputError) return failed(file, e, deps.log);
    throw e;
  }
  return importParsed(file, parsed, deps);
}

function failed(file: string, e: InputError, log: Log): FileImport {
  log.warn({ file, err: e.reason, line: e.line }, 'document could not be read; nothing imported');
  return { file, ok: false, error: e.message, line: e.line };
}

/** Store and schedule a document already read and parsed. */
export async function importParsed(file: string, parsed: ParsedDocument, deps: ImportDeps): Promise<FileImport> {
  const { store, scheduler, clock, log } = deps;
  const config = deps.config();
  const lines = documentLines(parsed);
  // Route → store → review gate → schedule: a protocol that waits for review is planned, not queued.
  const routed = await routeByAliases(parsed, store, config);
  const now = clock.now();
  // A protocol seen for the first time is planned while Redis stores it.
  const { result, read, meanwhile: first } = await store.importAndRead(routed.doc, { now, actor: deps.actor }, (stored) => scheduler.firstPlan(stored, now));
  const review = await reviewImported(result, lines, routed.routed, { store, config, now: clock.now(), actor: deps.actor });
  // What the import read back stands unless the review step wrote what a plan reads (corrections, the review state).
  const untouched = read !== null && !review.waits && review.corrections === 0 && read.review?.state !== 'waiting';
  const schedule = await scheduler.scheduleProtocol(result.protocolKey, undefined, untouched ? { read, ...(first !== undefined ? { first } : {}) } : {});
  // Closes and extensions change other protocols' plans: re-plan each of them once.
  const others = new Set(result.applied.map((r) => r.protocolKey).filter((k) => k !== result.protocolKey));
  for (const key of others) await scheduler.scheduleProtocol(key);
  const [stored, routing] = await Promise.all([store.getProtocol(result.protocolKey), store.getRouting(result.protocolKey)]);
  const effective = stored?.doc ?? routed.doc;
  // The routing the scheduling kept: the import's figures read it rather than match every phrase again.
  const executors = executorParts(effective, config, routing?.entries ?? null);
  const parts = executors.reduce((n, e) => n + e.parts.length, 0);
  const unmatched = [...new Set(executors.filter((e) => e.parts.some((p) => p.unmatched)).map((e) => e.name))];
  log.info(
    {
      file,
      protocol: result.protocolKey,
      status: result.status,
      version: result.version,
      assignments: result.assignments,
      parts,
      tracks: schedule.tracks,
      applied: result.applied.length,
      pending: result.pending.length,
      unmatched,
      warnings: review.reasons.map((w) => ({ line: w.line, code: w.code, message: w.message })),
      waitsForReview: review.waits,
    },
    review.waits ? 'protocol imported; waits for review' : 'protocol imported',
  );
  return {
    file,
    ok: true,
    result: { ...result, assignments: effective.assignments.length },
    scheduled: schedule.tracks,
    parts,
    review,
    unmatched,
    title: titleOf(effective),
    ref: effective.protocol.number ?? result.protocolKey,
  };
}

/** One input imported: a document, or every document of a mail. */
export interface InputImport {
  file: string;
  mail: MailContents | null;
  files: FileImport[];
  /** What was understood in each document imported, by its `file`. */
  parsed: Map<string, ParsedDocument>;
}

export async function importInput(file: string, deps: ImportDeps): Promise<InputImport> {
  return importRead(await readInput(file, deps.config()), deps);
}

/** Import what readInput (or a mail read from IMAP) gave. */
export async function importRead(read: InputRead, deps: ImportDeps): Promise<InputImport> {
  const out: InputImport = { file: read.file, mail: read.mail, files: [], parsed: new Map() };
  for (const result of read.results) {
    if (result.error !== null) {
      out.files.push(failed(result.file, result.error, deps.log));
      continue;
    }
    out.files.push(await importParsed(result.file, result.parsed, deps));
    out.parsed.set(result.file, result.parsed);
  }
  return out;
}

/** Each executor with its parts (a group of 22 municipalities gives 22), from the stored routing when it fits the document. */
function executorParts(doc: ParsedDocument, config: SrokConfig, entries: ReadonlyArray<ReadonlyArray<string | null>> | null): Array<{ name: string; parts: RoutedPart[] }> {
  const operator = config.settings.operator.email;
  const fits = entries !== null && entries.length === doc.assignments.length;
  return doc.assignments.flatMap((a, i) =>
    a.executors.map((e, j) => {
      return { name: e.name, parts: partsOfRouted(fits ? entries[i]?.[j] : undefined, e.ref, e.text, config.directory, operator) };
    }),
  );
}

export async function importFiles(files: readonly string[], deps: ImportDeps, onFile?: (f: FileImport, index: number) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, assignments: 0, parts: 0, scheduled: 0, files: [] };
  let index = 0;
  for (const file of files) {
    // A mail counts each of its documents.
    for (const f of (await importInput(file, deps)).files) {
      summary.files.push(f);
      if (f.ok) {
        summary[f.result.status] += 1;
        summary.assignments += f.result.assignments;
        summary.parts += f.parts;
        summary.scheduled += f.scheduled;
      } else summary.failed += 1;
      onFile?.(f, index);
      index += 1;
    }
  }
  return summary;
}
