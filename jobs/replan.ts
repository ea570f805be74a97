import { z } from 'zod';
import type { WorkerDeps } from '../src/schedule/worker-deps.js';

/** `replan`: the daily repair — every protocol's tracks made to match its plan again. */
export const replanPayload = z.object({}).passthrough();

export async function handleReplan(data: unknown, deps: WorkerDeps): Promise<string> {
  replanPayload.parse(data ?? {});
  const summary = await deps.scheduler.replanAll();
  return `${summary.protocols} protocols, ${summary.added} steps added, ${summary.removed} removed`;
}
