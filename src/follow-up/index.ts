/**
 * Follow-up: what people do to assignments after the import — mark done, postpone,
 * cancel, look — and the one-click links in mails that let executors do it. The CLI
 * calls these functions; the HTTP API will call the same ones.
 *
 *   reference   «4/2019 п.1.2» or --protocol/--item → the assignment, its parts, an occurrence
 *   operations  markDone, postpone, cancel → a state record + audit, then a re-plan
 *   show        an assignment as it stands: parts, mails sent, next steps, history
 *   links       signed single-use links «Исполнено» / «Прошу перенести срок», and the
 *               controller's «Согласовать» / «Отказать» of a request mail
 *   requests    a postponement asked for by an executor, decided by the controller
 */
export { FollowUpError, type FollowUpErrorKind } from './follow-up-error.js';
export { parseReference, referenceOf, resolveAssignment, resolveTarget, parseDay, type Reference, type ReferenceOptions, type ResolvedAssignment, type Target } from './reference.js';
export { partsOf, partsNamed, type AssignmentPart } from './parts.js';
export { occurrencesUntil, type OccurrenceInfo } from './occurrence-list.js';
export { markDone, postpone, cancel, type Change, type FollowUpDeps, type OperationAction, type OperationResult } from './operations.js';
export { showAssignment, assembleReport, formatReport, type AssignmentReport, type CellState, type PartReport, type PendingReport, type SentReport } from './show.js';
export {
  applyLink,
  consumeLink,
  decideByLink,
  linkSettings,
  mailLinks,
  previewLink,
  signLink,
  verifyLink,
  type ApplyInput,
  type DecisionAction,
  type DecisionOutcome,
  type LinkAction,
  type LinkCheck,
  type LinkClaims,
  type LinkOutcome,
  type LinkPreview,
  type LinkRefusal,
  type LinkSettings,
} from './links.js';
export { decidePostponement, getRequest, listRequests, requestPostponement, type Decision, type PostponementRequest, type RequestDeps, type RequestInput } from './requests.js';
