import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Global setup of the test runs: every temporary directory a test, a worker process or
 * a redis-server of a test makes goes under one directory of the run (TMPDIR, which
 * os.tmpdir() and the children read), removed when the run ends, so a failed or
 * interrupted test leaves nothing behind in the system's /tmp (nor in ~/.cache).
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'srok-test-run-'));
  const before = process.env.TMPDIR;
  const cacheBefore = process.env.SROK_CACHE_DIR;
  process.env.TMPDIR = root;
  // The config cache of the short commands (src/config/config-cache.ts) too, not the user's ~/.cache.
  process.env.SROK_CACHE_DIR = path.join(root, 'cache');
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (cacheBefore === undefined) delete process.env.SROK_CACHE_DIR;
    else process.env.SROK_CACHE_DIR = cacheBefore;
    rmSync(root, { recursive: true, force: true });
  };
}
