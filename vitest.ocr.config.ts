import { defineConfig } from 'vitest/config';

/**
 * The OCR tests (`*.ocr.test.ts`): Tesseract keeps both cores busy for a few seconds a
 * page, so these run after the rest of `npm test`, alone, rather than beside the tests
 * that time a pipeline.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.ocr.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    globalSetup: ['test/support/temp-root.ts'],
  },
});
