import type { Queue } from 'bullmq';
import type { DeliveryDeps } from '../delivery/deps.js';
import type { Scheduler } from './scheduler.js';

/** What the jobs run with: delivery's needs, the queue and the scheduler. Built once per worker process. */
export interface WorkerDeps extends DeliveryDeps {
  queue: Queue;
  scheduler: Scheduler;
}
