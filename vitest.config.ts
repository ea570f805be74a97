import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Run alone after the rest: vitest.ocr.config.ts.
    exclude: [...configDefaults.exclude, 'test/**/*.ocr.test.ts'],
    // End-to-end cases (a pipeline over months of simulated time, real CLI processes) take 10–20 s on a quiet
    // 2-core machine; the limit leaves room for a loaded one.
    testTimeout: 90_000,
    globalSetup: ['test/support/temp-root.ts'],
    hookTimeout: 60_000,
  },
});
