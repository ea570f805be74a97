import type { ActRef, IsoDate, ParsedDocument, ParseWarning } from '../domain.js';
import type { Correction } from '../corrections/types.js';
import type { Closure, CloseHow, Postponement, StateScope } from '../records/state.js';

/**
 * Words of the store (the rest are in src/domain.ts):
 * - version:  1 at a protocol's first import, +1 for every corrected file of the same
 *             identity; state records and what was sent survive a new version.
 * - pending:  a close or extension whose target act is not imported yet; it waits
 *             under the target's identity and is applied when the act arrives.
 * - track:    the sequence of steps of one (item, part, occurrence); the scheduler
 *             names it and keeps its next step here.
 * - ledger:   the record, per mail id, of whether a mail was sent.
 */

export type ImportStatus = 'new' | 'updated' | 'unchanged';

export interface ImportOptions {
  now: Date;
  /** Who imports: 'cli:<user>', 'inbox', 'api:<token name>'. */
  actor: string;
}

export interface ImportResult {
  status: ImportStatus;
  protocolKey: string;
  version: number;
  assignments: number;
  /**
   * What the import itself noticed (the parser's own warnings stay in the document):
   * `same_day_unnumbered`, `close_target_missing`, `close_target_ambiguous`,
   * `close_target_unclear`.
   */
  warnings: ParseWarning[];
  /** State records this import changed: closes and extensions of this document, or waiting ones applied to it. */
  applied: AppliedRecord[];
  /** Closes and extensions of this document whose target act is not imported yet. */
  pending: PendingRecord[];
}

export type AppliedRecord =
  | { kind: 'closure'; protocolKey: string; scope: StateScope; closure: Closure }
  | { kind: 'postponement'; protocolKey: string; scope: StateScope; postponement: Postponement };

/** A close («снять с контроля») or an extension («продлить срок») waiting for its target act. */
export interface PendingRecord {
  kind: 'closure' | 'postponement';
  /** The target as the closing document names it; `body` filled with that document's issuer when it leaves it implied. */
  target: ActRef;
  /** Items of the target; [] = every assignment of the act. */
  items: string[];
  /** closure: 'done' («считать исполненными») or 'closed' (only «снять с контроля»). */
  how: CloseHow | null;
  /** postponement: the new due day. */
  to: IsoDate | null;
  /** The instant the record takes effect (the closing document's date). */
  at: string;
  /** 'protocol:<key> п.<item>'. */
  by: string;
  reason: string | null;
  source: { protocolKey: string; item: string | null };
}

export interface StoredProtocol {
  key: string;
  version: number;
  sha256: string;
  importedAt: string;
  file: string;
  /** What srok understood, with the operators' corrections laid over (src/review). */
  doc: ParsedDocument;
  /** The document as parsed, when corrections changed it. */
  raw?: ParsedDocument;
  /** The corrections of this protocol, stale ones included. */
  corrections?: Correction[];
}

export interface ProtocolSummary {
  key: string;
  version: number;
  importedAt: string;
  number: string | null;
  date: IsoDate | null;
  body: string | null;
  title: string | null;
  assignments: number;
}

export interface AuditEntry {
  at: string;
  actor: string;
  /** 'import', 'close', 'postpone', or what an operator's command names. */
  action: string;
  scope?: StateScope;
  detail?: Record<string, unknown>;
}

/** The next planned step of a track. */
export interface TrackNext {
  stepId: string;
  /** ISO instant the step is due. */
  at: string;
}

/** A member of the `due` index: the next step of one track of one protocol. */
export interface DueEntry {
  member: string;
  protocolKey: string;
  track: string;
  /** Epoch ms the step is due. */
  at: number;
}
