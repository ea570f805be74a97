import type { WorkerDeps } from '../schedule/worker-deps.js';
import type { Access } from './access.js';

/**
 * What the HTTP layer runs with: the runtime's parts (store, scheduler, queue, renderer,
 * transport, config, clock — the same the CLI and the worker use), who may come in, and
 * the secret of the one-click links (null: links are off).
 */
export interface HttpDeps {
  runtime: WorkerDeps;
  access: Access;
  linkSecret: string | null;
  /** After the review page created a directory entry: the process's directory takes it in (Runtime.refreshDirectory). */
  refreshDirectory?: () => Promise<void>;
}
