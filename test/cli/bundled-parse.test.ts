import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

function script(entry: string, args: string[]): string {
  return `const { mainParse } = await import(${JSON.stringify(entry)}); process.exitCode = await mainParse(${JSON.stringify(args)});`;
}

async function parseWith(entry: string, file: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script(entry, ['parse', '--json', file])], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/** What a start of the bundle loads before it runs: parse-main.js and the chunks it imports statically, transitively. */
function staticallyLoaded(): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const code = readFileSync(`${ROOT}dist/parse/${name}`, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*\{[^}]*\}\s*from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)) visit((m[1] ?? m[2]) as string);
  };
  visit('parse-main.js');
  return [...seen];
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

  it('reads through bin/srok.js as the unbundled entry does, with nothing on stderr (the V8 flag it sets is known)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'srok-bin-parse-'));
    try {
      const file = 'test/fixtures/seeds/000_12c0b910ab9569f9.txt';
      const env = { ...process.env, SROK_CACHE_DIR: join(root, 'cache') };
      const installed = await run(process.execPath, ['bin/srok.js', 'parse', '--json', file], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
      expect(installed.stderr).toBe('');
      expect(JSON.parse(installed.stdout)).toEqual(await parseWith(PLAIN, file));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('run outside a srok folder (no ./config, no --config, no $SROK_CONFIG_DIR), takes the configuration shipped with srok and says so', async () => {
    const root = mkdtempSync(join(tmpdir(), 'srok-bin-elsewhere-'));
    try {
      const file = `${ROOT}test/fixtures/seeds/000_12c0b910ab9569f9.txt`;
      const env: NodeJS.ProcessEnv = { ...process.env, SROK_CACHE_DIR: join(root, 'cache') };
      delete env['SROK_CONFIG_DIR'];
      const json = await run(process.execPath, [`${ROOT}bin/srok.js`, 'parse', '--json', file], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
      expect(json.stderr).toBe('');
      expect(JSON.parse(json.stdout)).toEqual(await parseWith(PLAIN, file));
      const text = await run(process.execPath, [`${ROOT}bin/srok.js`, 'parse', file], { cwd: root, env });
      expect(text.stderr).toBe(`srok: папки config здесь нет — взяты настройки из поставки srok (${ROOT}config)\n`);
      // A folder named on the command line that does not exist is still an error, not a silent fallback.
      const wrong = await run(process.execPath, [`${ROOT}bin/srok.js`, 'parse', '--config', join(root, 'nowhere'), file], { cwd: root, env }).then(
        () => 0,
        (e: { code: number }) => e.code,
      );
      expect(wrong).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('starts without the YAML parser, the schemas, every code page or every stemmer: they are loaded when needed', () => {
    const loaded = staticallyLoaded();
    const code = loaded.map((name) => readFileSync(`${ROOT}dist/parse/${name}`, 'utf8')).join('\n');
    expect(loaded).toContain('parse-main.js');
    // zod's error class, the yaml package's syntax error, cron-parser's and luxon's classes, iconv-lite's CJK tables, snowball's other languages.
    for (const marker of ['ZodError', 'YAMLParseError', 'CronExpressionParser', 'Invalid DateTime', 'cp936', 'english:', 'german:']) expect(code.includes(marker), marker).toBe(false);
    expect(code.includes('russian:')).toBe(true);
  });

  it('reports a config with problems as the unbundled entry does, and never caches it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'srok-bundle-config-'));
    try {
      const dir = join(root, 'config');
      cpSync(`${ROOT}config`, dir, { recursive: true });
      appendFileSync(join(dir, 'ladders.yaml'), '\nbogus: [\n');
      const env = { ...process.env, SROK_CACHE_DIR: join(root, 'cache') };
      const args = ['parse', '--config', dir, 'test/fixtures/seeds/000_12c0b910ab9569f9.txt'];
      const outcome = (entry: string) =>
        run(process.execPath, ['--input-type=module', '-e', script(entry, args)], { cwd: ROOT, env }).then(
          () => ({ code: 0, stderr: '' }),
          (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
        );
      const bundled = await outcome(BUNDLE);
      expect(bundled.code).toBe(2);
      expect(bundled.stderr).toContain('ladders.yaml');
      expect(await outcome(PLAIN)).toEqual(bundled);
      expect(await outcome(BUNDLE)).toEqual(bundled);
      expect(existsSync(join(root, 'cache'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
