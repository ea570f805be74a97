import { localDay } from '../calendar/index.js';
import type { MailContext, RenderedMail } from '../mail/index.js';
import type { PlannedStep } from '../plan/index.js';
import { folds } from '../plan/mail-budget.js';
import type { ProtocolRouting } from '../records/routing.js';
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
  /** The protocol's kept routing (Routings): a summary's rows are its parts. */
  routing: ProtocolRouting | null,
  links: MailContext['links'],
  deps: DeliveryDeps,
): Promise<{ outcome: DeliveryOutcome | 'digested'; counted: Promise<void> | null }> {
  const config = deps.config();
  const now = deps.clock.now();
  if (folds(step, config)) {
    await addToDigest(step, stepMailContext({ step, doc: stored.doc, state, routing, config, now, threadRoot: null, links }), deps);
    return { outcome: 'digested', counted: null };
  }
  // The thread root and the ledger's claim of the mail (its id is the step's) in one round-trip.
  const delivery = deliverDeps(deps, step.kind);
  const [thread, claim] = await Promise.allSettled([
    deps.store.threadRoot(threadKeyOf(step), deps.renderer.messageIdOf(step.id)),
    delivery.ledger.claim(step.id, { owner: delivery.owner, leaseMs: delivery.leaseMs, now: deps.clock.now() }),
  ]);
  if (claim.status === 'rejected') throw claim.reason;
  const claimed = claim.value;
  let mail: RenderedMail;
  try {
    if (thread.status === 'rejected') throw thread.reason;
    mail = deps.renderer.render(stepMailContext({ step, doc: stored.doc, state, routing, config, now, threadRoot: thread.value.first ? null : thread.value.root, links }));
  } catch (e) {
    // Nothing was sent: the claim goes back, so the job's retry is not kept waiting for the lease.
    if (claimed === 'claimed') await delivery.ledger.release(step.id, delivery.owner);
    throw e;
  }
  const outcome = await deliver(mail, mail.mailId === step.id ? { ...delivery, claimed } : delivery);
  // The caller awaits the count beside its own next write: the two are independent.
  const counted = outcome === 'sent' ? countMail(deps, step.recipients.to, localDay(now, config.settings.timezone)) : null;
  return { outcome, counted };
}
