import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../deps.js';

/** Bull Board, the queue dashboard, at /admin/queues; its scope is guarded for operators (server.ts). */
export const BOARD_PATH = '/admin/queues';

export async function boardRoutes(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const adapter = new FastifyAdapter();
  adapter.setBasePath(BOARD_PATH);
  // The dashboard can retry and remove jobs: that is the operator's, never a read-only token's.
  createBullBoard({ queues: [new BullMQAdapter(deps.runtime.queue)], serverAdapter: adapter, options: { uiConfig: { boardTitle: 'srok' } } });
  await app.register(adapter.registerPlugin(), { prefix: BOARD_PATH });
}
