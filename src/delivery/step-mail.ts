import { localDay } from '../calendar/index.js';
import type { MailContext } from '../mail/index.js';
import type { PlannedStep } from '../plan/index.js';
import { folds } from '../plan/mail-budget.js';
import type { PlanState } from '../records/state.js';
import type { StoredProtocol } from '../store/types.js';
import { deliver, deliverDeps, type DeliveryOutcome } from './deliver.js';
import type { DeliveryDeps } from './deps.js';
import { addToDigest, countMail } from './digest.js';
import { stepMailContext, threadKeyOf } from './mail-context.js';

/**
 * A step that came due, as a mail: rendered from the stored protocol and its state at
 * send time and sent once under the ledger — or kept for the recipient's mail of the
 * day when it folds (mail.digest, see digest.ts).
 */
export async function sendStep(
  step: PlannedStep,
  stored: StoredProtocol,
  state: PlanState,
  links: MailContext['links'],
  deps: DeliveryDeps,
): Promise<DeliveryOutcome | 'digested'> {
  const config = deps.config();
  const now = deps.clock.now();
  if (folds(step, config)) {
    await addToDigest(step, stepMailContext({ step, doc: stored.doc, state, config, now, threadRoot: null, links }), deps);
    return 'digested';
  }
  const thread = await deps.store.threadRoot(threadKeyOf(step), deps.renderer.messageIdOf(step.id));
  const mail = deps.renderer.render(stepMailContext({ step, doc: stored.doc, state, config, now, threadRoot: thread.first ? null : thread.root, links }));
  const outcome = await deliver(mail, deliverDeps(deps, step.kind));
  if (outcome === 'sent') await countMail(deps, step.recipients.to, localDay(now, config.settings.timezone));
  return outcome;
}
