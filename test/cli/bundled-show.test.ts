import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, startPipeline, type Pipeline } from '../support/pipeline.js';
import { REDIS_URL } from '../support/redis.js';

/**
 * `srok show` as installed: bin/srok.js runs the light entry bundled by `npm run build`
 * (dist/show/), which must print exactly what the full CLI prints, and loads neither the
 * queue (BullMQ) nor the mail (MJML, nodemailer) nor the HTTP server.
 */
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = `${ROOT}dist/show/show-main.js`;
const PLAIN = `${ROOT}dist/src/cli/show-main.js`;
const FULL = `${ROOT}dist/src/cli/main.js`;

let pipeline: Pipeline;
let configDir: string;

beforeAll(async () => {
  pipeline = await startPipeline('cli-bundled-show', { day: '2019-11-12', time: '12:00' }, { autorun: false });
  await pipeline.import(SEED['000']);
  configDir = await mkdtemp(path.join(tmpdir(), 'srok-bundled-show-'));
  await cp('config', configDir, { recursive: true });
  const settings = path.join(configDir, 'srok.yaml');
  await writeFile(settings, (await readFile(settings, 'utf8')).replace(/^ {2}prefix: srok$/m, `  prefix: ${pipeline.prefix}`));
});

afterAll(async () => {
  await pipeline?.close();
  if (configDir) await rm(configDir, { recursive: true, force: true });
});

async function show(entry: string, name: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const script = `const m = await import(${JSON.stringify(entry)}); process.exitCode = await m[${JSON.stringify(name)}](${JSON.stringify(['show', ...args])});`;
  return run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, REDIS_URL, SROK_CONFIG_DIR: configDir }, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
}

/** The report as JSON without the moment it was made. */
function report(out: string): unknown {
  const json = JSON.parse(out) as Record<string, unknown>;
  delete json['now'];
  return json;
}

describe('srok show from the bundle', () => {
  it('is built by npm run build', () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build`).toBe(true);
  });

  it('prints what the full CLI prints, as text and as JSON', async () => {
    const ref = ['4/2019', 'п.1.2'];
    const [bundled, plain, full] = await Promise.all([show(BUNDLE, 'mainShow', ref), show(PLAIN, 'mainShow', ref), show(FULL, 'main', ref)]);
    expect(full.code).toBe(0);
    expect(full.out).toContain('Протокол № 4/2019 от 30.10.2019');
    expect(bundled).toEqual(full);
    expect(plain).toEqual(full);
    const json = await Promise.all([show(BUNDLE, 'mainShow', [...ref, '--json']), show(FULL, 'main', [...ref, '--json'])]);
    expect(report(json[0].out)).toEqual(report(json[1].out));
  }, 60_000);

  it('says what is not stored, and a bad reference, as the full CLI does', async () => {
    for (const ref of [['9/2031', 'п.1'], ['п.1.2']]) {
      const [bundled, full] = await Promise.all([show(BUNDLE, 'mainShow', ref), show(FULL, 'main', ref)]);
      expect(full.code).not.toBe(0);
      expect(bundled).toEqual(full);
    }
  }, 60_000);

  it('loads no queue, mail or HTTP server at start', () => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const code = readFileSync(`${ROOT}dist/show/${name}`, 'utf8');
      for (const m of code.matchAll(/(?:import|export)\s*\{[^}]*\}\s*from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)) visit((m[1] ?? m[2]) as string);
    };
    visit('show-main.js');
    const code = [...seen].map((name) => readFileSync(`${ROOT}dist/show/${name}`, 'utf8')).join('\n');
    // BullMQ (an error text of its job locks; «bull:» alone is also a key name of the store), MJML's parser,
    // nodemailer's SMTP client, fastify.
    for (const marker of ['Missing lock for job', 'mj-column', 'SMTPConnection', 'FST_ERR_']) expect(code.includes(marker), marker).toBe(false);
    expect(code.includes('ioredis') || code.includes('Redis')).toBe(true);
  });
});
