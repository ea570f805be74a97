import type { Assignment, Deadline, ItemKind, ParseWarning } from '../domain.js';

/**
 * Words of the review step:
 * - review gate:  `import.review` — whether an imported protocol waits for an operator
 *                 before anything of it is queued (off | warnings | all).
 * - waiting:      stored and planned, its plan visible, nothing queued.
 * - approval:     an operator's word that what srok understood is right; it queues the
 *                 protocol (steps whose time passed while it waited are caught up).
 * - correction:   an operator's change to what srok understood of one item or line
 *                 (executor, deadline, kind, recommendation, not an assignment, an
 *                 assignment made from an item or line); kept apart from the parsed
 *                 document and laid over it whenever it is read, so a re-import keeps it.
 * - stale:        a correction whose item changed in a re-imported file: not applied,
 *                 listed for review again.
 * - alias:        an executor phrase an operator asked srok to remember («запомнить»)
 *                 for a directory entry; later protocols route the phrase to it.
 */
export interface ReviewState {
  state: 'waiting' | 'approved';
  /** The protocol's version this state is about. */
  version: number;
  /** When it began to wait (the import), ISO. */
  since: string;
  /** Why it waits: the warnings of what srok understood, after the corrections. */
  reasons: ParseWarning[];
  /** Who approved it and when (state approved). */
  by: string | null;
  at: string | null;
}

export type CorrectionChange =
  /** Route an executor: the one written as `phrase`, or (null) every unmatched one, or the only one. */
  | { what: 'executor'; phrase: string | null; ref: string; name: string }
  | { what: 'deadline'; deadline: Deadline }
  | { what: 'not-assignment' }
  /** An assignment made from an item or a line srok did not take. */
  | { what: 'assignment'; assignment: Assignment }
  | { what: 'kind'; kind: ItemKind }
  | { what: 'recommendation'; value: boolean };

export type CorrectionWhat = CorrectionChange['what'];

export interface Correction {
  /** '<item or L<line>>|<what>[|<phrase>]': a second correction of the same thing replaces the first. */
  id: string;
  item: string | null;
  line: number;
  /** The item's text (or the line's, without an item) when it was corrected: a re-import applies it only to the same text. */
  text: string;
  change: CorrectionChange;
  /** What srok had understood before, for the history. */
  before: unknown;
  by: string;
  at: string;
  /** Set by a re-import whose file changed the item: the correction is not applied and waits for review. */
  stale?: string;
}

export interface AliasRecord {
  /** The phrase as written in the protocol. */
  phrase: string;
  /** Directory id it routes to. */
  entry: string;
  by: string;
  at: string;
}
