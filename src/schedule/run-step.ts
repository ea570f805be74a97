import { addToCatchUp } from '../delivery/catch-up.js';
import { stepLine } from '../delivery/mail-context.js';
import { sendStep } from '../delivery/step-mail.js';
import { linkSettings, mailLinks } from '../follow-up/links.js';
import { planTrack, type PlannedStep } from '../plan/index.js';
import type { StepPayload } from './queue.js';
import type { WorkerDeps } from './worker-deps.js';

/** How far past the step a job first plans its track (see runStep). */
const STEP_WINDOW_MS = 45 * 24 * 3600 * 1000;

export type StepOutcome = 'sent' | 'already-sent' | 'failed' | 'skipped' | 'caught-up' | 'digested' | 'protocol-gone';


/**
 * A step's job fires: re-read the protocol and its state (closed? postponed?
 * reassigned?), send the step — or skip it, or fold it into a catch-up mail when the
 * worker was down — and make the track's next step its one pending job.
 */
export async function runStep(payload: StepPayload, deps: WorkerDeps): Promise<StepOutcome> {
  const { store, scheduler, clock, log } = deps;
  const config = deps.config();
  const now = clock.now();
  const { stored, state, review, routing: kept } = await store.getProtocolWithState(payload.protocolKey, { tracks: false });
  if (!stored) {
    await store.setTrackNext(payload.protocolKey, payload.track, null);
    return 'protocol-gone';
  }
  if (review?.state === 'waiting') {
    // A new version waits for review: nothing of it goes until it is approved, which plans it again.
    await store.setTrackNext(payload.protocolKey, payload.track, null);
    log.info({ protocol: payload.protocolKey, step: payload.stepId }, 'protocol waits for review; step not sent');
    return 'skipped';
  }
  // The stored routing; routed again only when the directory, a correction or the document changed since.
  const { routing, fresh } = await scheduler.routingOf(stored, kept);
  const routed = fresh ? store.setRouting(payload.protocolKey, routing) : null;
  const plannedAt = Date.parse(payload.at);
  const from = Math.min(plannedAt, now.getTime());
  const trackSteps = (lookaheadMs?: number) =>
    planTrack(stored, config, state, new Date(from), { item: payload.item, track: payload.track }, lookaheadMs, routing).steps;
  // A track's steps come days apart, and escalations repeat until the part is closed: a
  // plan of the next weeks holds this step and the one after it. Only when it holds
  // nothing after now is the track planned as far as the scheduler looks.
  let steps = trackSteps(Math.max(plannedAt, now.getTime()) - from + STEP_WINDOW_MS);
  if (!steps.some((s) => Date.parse(s.at) > now.getTime())) steps = trackSteps();
  const step = steps.find((s) => s.id === payload.stepId) ?? null;
  const lateMs = step ? now.getTime() - Date.parse(step.at) : 0;
  const stale = step !== null && lateMs > config.settings.schedule.catchUpAfterMinutes * 60_000;

  let outcome: StepOutcome;
  let next: PlannedStep | null;
  let counted: Promise<void> | null = null;
  const fields = { protocol: payload.protocolKey, item: payload.item, track: payload.track, step: payload.stepId };
  if (!step) {
    // Closed, postponed (new ids) or changed since it was scheduled: nothing to send for it.
    outcome = 'skipped';
    next = steps.find((s) => Date.parse(s.at) >= now.getTime()) ?? null;
    deps.counters.skipped('no-longer-planned');
    log.info(fields, 'step no longer planned; skipped');
  } else if (stale) {
    // The worker was down: the latest step that came due stands for all the missed ones
    // (a reminder whose deadline has passed gives way to the overdue notice).
    const due = steps.filter((s) => Date.parse(s.at) <= now.getTime());
    const latest = due[due.length - 1] ?? step;
    await addToCatchUp(latest, stepLine(latest, stored.doc, config, now), deps);
    outcome = 'caught-up';
    next = steps.find((s) => Date.parse(s.at) > now.getTime()) ?? null;
    log.info({ ...fields, lateMinutes: Math.round(lateMs / 60_000), standsFor: latest.id }, 'late step folded into a catch-up mail');
  } else {
    // «Исполнено» / «Прошу перенести срок» for the part, when SROK_LINK_SECRET and http.publicUrl are set.
    const links = mailLinks(step, linkSettings(config.settings.http, deps.linkSecret), now);
    // The recipient's mail of the day carries it when it folds (see delivery/digest.ts).
    const sent = await sendStep(step, stored, state, routing, links, deps);
    outcome = sent.outcome;
    // The day's mail count is written beside the next step's scheduling, below: the two are independent.
    counted = sent.counted;
    if (outcome !== 'digested') log.info({ ...fields, kind: step.kind, to: step.recipients.to, outcome }, 'step delivered');
    const index = steps.indexOf(step);
    next = steps[index + 1] ?? null;
  }

  await Promise.all([scheduler.setNext(payload.protocolKey, payload.track, next), counted, routed]);
  // A recurring assignment rolls forward: each of its steps brings the occurrences that
  // entered the horizon into the schedule (the daily re-plan does the same for all).
  if (stored.doc.assignments.some((a) => a.item === payload.item && a.deadline.kind === 'recurring')) {
    await scheduler.scheduleProtocol(payload.protocolKey, { item: payload.item });
  }
  return outcome;
}
