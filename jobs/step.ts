import { z } from 'zod';
import type { StepPayload } from '../src/schedule/queue.js';
import { runStep, type StepOutcome } from '../src/schedule/run-step.js';
import type { WorkerDeps } from '../src/schedule/worker-deps.js';

/** `step`: the next planned step of one track — send it (or skip it, or fold it into a catch-up) and schedule the following one. */
export const stepPayload = z.strictObject({
  protocolKey: z.string().min(1),
  item: z.string().nullable(),
  track: z.string().min(1),
  stepId: z.string().min(1),
  /** ISO instant the step was planned for. */
  at: z.string().min(1),
}) satisfies z.ZodType<StepPayload>;
export type { StepPayload };

export function handleStep(data: unknown, deps: WorkerDeps): Promise<StepOutcome> {
  return runStep(stepPayload.parse(data), deps);
}
