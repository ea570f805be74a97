import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * `srok parse` as installed: bin/srok.js runs the reader bundled by `npm run build`
 * (dist/parse/). The bundle must read every format exactly as the unbundled compiled entry
 * it was made from (dist/src/cli/parse-main.js) — also the formats whose readers sit in
 * chunks of their own (.doc, .eml) or outside the bundle (pdfjs-dist).
 */
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = `${ROOT}dist/parse/parse-main.js`;
const PLAIN = `${ROOT}dist/src/cli/parse-main.js`;

async function parseWith(entry: string, file: string): Promise<unknown> {
  const script = `const { mainParse } = await import(${JSON.stringify(entry)}); process.exitCode = await mainParse(['parse', '--json', ${JSON.stringify(file)}]);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

describe('srok parse from the bundle', () => {
  it('is built by npm run build (npm ci runs it)', () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build`).toBe(true);
  });

  const files = [
    'test/fixtures/seeds/000_12c0b910ab9569f9.txt',
    'test/fixtures/seeds/004_f307fc0c0e58b4a0.txt',
    'test/fixtures/formats/chelyabinsk-health.docx',
    'test/fixtures/formats/chelyabinsk-health.doc',
    'test/fixtures/formats/chelyabinsk-education.pdf',
    'test/fixtures/formats/chelyabinsk-education.rtf',
    'test/fixtures/formats/chelyabinsk-education.odt',
  ];
  it.each(files)('reads %s as the unbundled entry does', async (file) => {
    const [bundled, plain] = await Promise.all([parseWith(BUNDLE, file), parseWith(PLAIN, file)]);
    expect(bundled).toEqual(plain);
    expect(JSON.stringify(bundled)).toContain('"assignments"');
  }, 60_000);
});
