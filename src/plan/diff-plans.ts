import type { Plan, PlanDiff, PlannedStep } from './types.js';

/**
 * What changes between two plans — after a config change, a postponement, a re-import
 * — matched by step id: steps only in `after` are added, only in `before` removed, and
 * in both but at another time or to other recipients moved (the step itself is the
 * same mail, so a send ledger keyed by id still knows whether it went).
 */
export function diffPlans(before: Plan[], after: Plan[]): PlanDiff {
  const old = byId(before);
  const now = byId(after);
  const added: PlannedStep[] = [];
  const removed: PlannedStep[] = [];
  const moved: PlanDiff['moved'] = [];
  for (const [id, step] of now) {
    const was = old.get(id);
    if (!was) added.push(step);
    else if (was.at !== step.at || !sameRecipients(was, step)) moved.push({ before: was, after: step });
  }
  for (const [id, step] of old) if (!now.has(id)) removed.push(step);
  added.sort(byTime);
  removed.sort(byTime);
  moved.sort((a, b) => byTime(a.after, b.after));
  return { added, removed, moved };
}

function byId(plans: Plan[]): Map<string, PlannedStep> {
  const steps = new Map<string, PlannedStep>();
  for (const plan of plans) for (const step of plan.steps) steps.set(step.id, step);
  return steps;
}

function sameRecipients(a: PlannedStep, b: PlannedStep): boolean {
  return sameList(a.recipients.to, b.recipients.to) && sameList(a.recipients.cc, b.recipients.cc);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function byTime(a: PlannedStep, b: PlannedStep): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
