import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Run alone after the rest: vitest.ocr.config.ts.
    exclude: [...configDefaults.exclude, 'test/**/*.ocr.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['test/support/temp-root.ts'],
    hookTimeout: 60_000,
  },
});
