import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DeliveryDeps } from '../delivery/deps.js';
import type { Scheduler } from './scheduler.js';

/** What the jobs run with: delivery's needs, the queue and the scheduler. Built once per worker process. */
export interface WorkerDeps extends DeliveryDeps {
  /** The store's connection: the runtime duplicates it to hear of config changes. */
  redis: Redis;
  prefix: string;
  queue: Queue;
  scheduler: Scheduler;
}
