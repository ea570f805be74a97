import type { Ladder, LadderPatch } from '../config/schema.js';
import type { SrokConfig } from '../config/types.js';
import type { Assignment, ParsedDocument } from '../domain.js';
import { findIssuer, type IssuerRule } from './issuer.js';

/**
 * The ladder one part of an assignment follows. Patches apply in order, each over the
 * last: default ← kind rule (recommendation, a daily report, then optional) ← issuer ← executor (a
 * group's rule, then the member's own). An optional assignment («при наличии») owes
 * nothing, so its overdue notice, escalation and repeat always stay as `kinds.optional`
 * sets them: an issuer or executor rule cannot start chasing it.
 */
export function resolveLadder(doc: ParsedDocument, assignment: Assignment, partRef: string | null, config: SrokConfig): Ladder {
  const issuer = findIssuer(doc, config.ladders.issuers, config.directory);
  return ladderFor(assignment, issuer, partRef, config);
}

/**
 * What of an assignment its ladder depends on: two assignments of one protocol with the
 * same kind get the same ladder for the same part. Kept beside ladderFor, which reads
 * exactly these fields.
 */
export function ladderKind(assignment: Pick<Assignment, 'recommendation' | 'optional' | 'deadline'>): string {
  return `${assignment.recommendation ? 'r' : '-'}${assignment.optional ? 'o' : '-'}${isDaily(assignment) ? 'd' : '-'}`;
}

function isDaily(assignment: Pick<Assignment, 'deadline'>): boolean {
  return assignment.deadline.kind === 'recurring' && assignment.deadline.rule?.freq === 'daily';
}

/** resolveLadder with the issuer found once per protocol. */
export function ladderFor(assignment: Assignment, issuer: IssuerRule | null, partRef: string | null, config: SrokConfig): Ladder {
  const { ladders, directory } = config;
  let ladder: Ladder = { ...ladders.default };
  if (assignment.recommendation) ladder = patch(ladder, ladders.kinds.recommendation);
  if (isDaily(assignment)) ladder = patch(ladder, ladders.kinds.daily);
  if (assignment.optional) ladder = patch(ladder, ladders.kinds.optional);
  if (issuer) ladder = patch(ladder, issuer.ladder);
  if (partRef !== null) {
    const own = ladders.executors.filter((rule) => rule.ref === partRef);
    const groups = ladders.executors.filter(
      (rule) => rule.ref !== partRef && directory.get(rule.ref)?.kind === 'group' && directory.parts(rule.ref).some((e) => e.id === partRef),
    );
    for (const rule of [...groups, ...own]) ladder = patch(ladder, rule.ladder);
  }
  if (assignment.optional) {
    const { overdue, escalate, repeat } = ladders.kinds.optional;
    ladder = patch(ladder, { overdue, escalate, repeat });
  }
  return ladder;
}

function patch(ladder: Ladder, changes: LadderPatch): Ladder {
  const next: Ladder = { ...ladder };
  if (changes.before !== undefined) next.before = changes.before;
  if (changes.overdue !== undefined) next.overdue = changes.overdue;
  if (changes.escalate !== undefined) next.escalate = changes.escalate;
  if (changes.repeat !== undefined) next.repeat = changes.repeat;
  if (changes.maxRepeats !== undefined) next.maxRepeats = changes.maxRepeats;
  if (changes.sendAt !== undefined) next.sendAt = changes.sendAt;
  if (changes.moveDeadline !== undefined) next.moveDeadline = changes.moveDeadline;
  return next;
}
