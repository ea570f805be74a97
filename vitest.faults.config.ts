import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: the fault tests (test/faults/*.fault.ts), apart from `npm test`.
 * Each case starts its own redis-server and worker processes; they run one at a time.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.fault.ts'],
    testTimeout: 600_000,
    globalSetup: ['test/support/temp-root.ts'],
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
