import { spawn } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, writeFile, utimes } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it, onTestFinished as after } from 'vitest';
import { importFile, importInput } from '../../src/import.js';
import { silentLog } from '../../src/log.js';
import { locateRedis } from '../../src/worker/embedded-redis.js';
import { Inbox, safeName } from '../../src/worker/inbox.js';
import { RedisPolicyError } from '../../src/worker/redis-policy.js';
import { createRuntime } from '../../src/worker/worker.js';
import { SEED, startPipeline, type Pipeline } from '../support/pipeline.js';
import { clearPrefix, REDIS_URL, testPrefix } from '../support/redis.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

describe('finding Redis', () => {
  it('starts its own redis-server with AOF and noeviction when none is running, and stops it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-embedded-'));
    const where = await locateRedis({ url: null, varDir: dir, log: silentLog(), localPort: await freePort(), embeddedPort: await freePort() });
    expect(where.how).toMatch(/started srok's own redis-server on 127\.0\.0\.1:\d+ with AOF/);
    const redis = new Redis(where.url);
    try {
      expect(await redis.ping()).toBe('PONG');
      expect(await redis.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await redis.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await readdir(path.join(dir, 'redis'))).toContain('appendonlydir');
    } finally {
      redis.disconnect();
      await where.stop();
    }
  });

  it('uses REDIS_URL as given', async () => {
    const where = await locateRedis({ url: 'redis://user:secret@10.0.0.9:6380', varDir: 'var', log: silentLog() });
    expect(where.url).toBe('redis://user:secret@10.0.0.9:6380');
    expect(where.how).not.toContain('secret');
  });

  it('refuses to run on a Redis that evicts keys, naming the setting', async () => {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru'], { stdio: 'ignore' });
    try {
      const probe = new Redis(`redis://127.0.0.1:${port}`, { retryStrategy: (n) => (n > 50 ? null : 20) });
      probe.on('error', () => undefined); // refused until the server is up
      await probe.ping();
      probe.disconnect();
      await expect(
        createRuntime({ configDir: 'config', redisUrl: `redis://127.0.0.1:${port}`, clock: { now: () => new Date() }, log: silentLog(), process: false, prefix: 'policy-test' }),
      ).rejects.toThrow(RedisPolicyError);
      await expect(
        createRuntime({ configDir: 'config', redisUrl: `redis://127.0.0.1:${port}`, clock: { now: () => new Date() }, log: silentLog(), process: false, prefix: 'policy-test' }),
      ).rejects.toThrow(/maxmemory-policy is 'allkeys-lru'.*noeviction/);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('closes from a later protocol', () => {
  it('seed 000 item 4.1 ends the six closed items of protocol 3/2019 and leaves its open item 2.2 running', async () => {
    pipeline = await startPipeline('closes', { day: '2019-07-29', time: '10:00' });
    const earlier = await pipeline.import('test/fixtures/protocols/working-group-3-2019.txt');
    expect(earlier.ok).toBe(true);
    const key = earlier.ok ? earlier.result.protocolKey : '';
    const tracksBefore = [...(await pipeline.runtime.deps.store.getTracks(key)).keys()];
    expect(tracksBefore.some((t) => t.includes('.p1-2-1.'))).toBe(true);
    pipeline.clock.advanceTo(pipeline.at('2019-10-30', '10:00'));
    const later = await pipeline.import(SEED['000']);
    expect(later.ok && later.result.applied.length).toBeGreaterThanOrEqual(6);
    const tracksAfter = [...(await pipeline.runtime.deps.store.getTracks(key)).keys()];
    for (const item of ['p1-2-1', 'p1-2-2', 'p3-2', 'p4-2-1', 'p4-2-2', 'p5-2']) {
      expect(tracksAfter.filter((t) => t.includes(`.${item}.`))).toEqual([]);
    }
    expect(tracksAfter.some((t) => t.includes('.p2-2.'))).toBe(true);
  });
});

describe('the inbox folder', () => {
  it('imports a settled file once, moves it to processed/, and a broken one to failed/ with the reason', async () => {
    pipeline = await startPipeline('inbox', { day: '2020-11-26', time: '10:00' });
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-inbox-'));
    let now = new Date('2020-11-26T05:00:00Z');
    const deps = pipeline.runtime.deps;
    const make = (owner: string) =>
      new Inbox({
        dir,
        owner,
        now: () => now,
        log: silentLog(),
        importFile: (file) => importInput(file, { config: deps.config, store: deps.store, scheduler: deps.scheduler, clock: pipeline!.clock, log: deps.log, actor: 'inbox' }),
      });
    const a = make('worker-a');
    const b = make('worker-b');
    for (const box of [a, b]) await box.start().then(() => box.stop());
    await copyFile(SEED['002'], path.join(dir, 'protocol-002.txt'));
    await writeFile(path.join(dir, 'broken.docx'), 'not a zip at all');
    const old = new Date('2020-11-26T04:00:00Z');
    await utimes(path.join(dir, 'protocol-002.txt'), old, old);
    await utimes(path.join(dir, 'broken.docx'), old, old);

    // First look: the files are noted, not taken (they might still be being written).
    expect(await a.scan()).toEqual([]);
    expect(await b.scan()).toEqual([]);
    // Second look: both workers race for them; each file is imported exactly once.
    const [ra, rb] = await Promise.all([a.scan(), b.scan()]);
    const all = [...ra, ...rb];
    expect(all.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await deps.store.listProtocols()).toHaveLength(1);
    const processed = await readdir(path.join(dir, 'processed'));
    expect(processed.filter((n) => n.endsWith('protocol-002.txt'))).toHaveLength(1);
    const failed = await readdir(path.join(dir, 'failed'));
    const errorFile = failed.find((n) => n.endsWith('broken.docx.error.txt'));
    expect(errorFile).toBeDefined();
    expect(await readFile(path.join(dir, 'failed', errorFile!), 'utf8')).toMatch(/broken\.docx: .*zip/i);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['processing', 'processed', 'failed']));
    expect((await readdir(dir)).filter((n) => !['processing', 'processed', 'failed'].includes(n))).toEqual([]);
    now = new Date(now.getTime() + 1000);
  });

  it('a file still growing is not read half-way', async () => {
    pipeline = await startPipeline('inbox-growing', { day: '2020-11-26', time: '10:00' });
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-inbox-'));
    const deps = pipeline.runtime.deps;
    const imported: string[] = [];
    const box = new Inbox({
      dir,
      owner: 'w',
      // A file's mtime can run a little ahead of Date.now(); the looks decide here, not the age.
      now: () => new Date(Date.now() + 60_000),
      settleMs: 0,
      log: silentLog(),
      importFile: async (file) => {
        imported.push(file);
        return importInput(file, { config: deps.config, store: deps.store, scheduler: deps.scheduler, clock: pipeline!.clock, log: deps.log, actor: 'inbox' });
      },
    });
    await box.start();
    await box.stop();
    const text = await readFile(SEED['002'], 'utf8');
    const file = path.join(dir, 'growing.txt');
    await writeFile(file, text.slice(0, 500));
    expect(await box.scan()).toEqual([]);
    await writeFile(file, text); // it grew between the two looks
    expect(await box.scan()).toEqual([]);
    expect(imported).toEqual([]);
    const done = await box.scan();
    expect(done).toHaveLength(1);
    expect(done[0]!.ok).toBe(true);
  });

  it('a file left in processing/ by a worker that died is returned to the inbox and imported by the next one', async () => {
    pipeline = await startPipeline('inbox-abandoned', { day: '2020-11-26', time: '10:00' });
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-inbox-'));
    const deps = pipeline.runtime.deps;
    const now = new Date('2020-11-26T05:00:00Z');
    const dead = path.join(dir, 'processing', 'dead-worker');
    await mkdir(dead, { recursive: true });
    await copyFile(SEED['002'], path.join(dead, 'protocol-002.txt'));
    const old = new Date('2020-11-26T04:00:00Z');
    await utimes(path.join(dead, 'protocol-002.txt'), old, old);
    await utimes(dead, old, old);
    const box = new Inbox({
      dir,
      owner: 'next-worker',
      now: () => now,
      log: silentLog(),
      importFile: (file) => importInput(file, { config: deps.config, store: deps.store, scheduler: deps.scheduler, clock: pipeline!.clock, log: deps.log, actor: 'inbox' }),
    });
    await box.start();
    await box.stop();
    expect(await readdir(path.join(dir, 'processing'))).not.toContain('dead-worker');
    expect(await readdir(dir)).toContain('protocol-002.txt');
    // start() already had its first look at the returned file; this second look takes it.
    const done = await box.scan();
    expect(done.map((r) => [r.file, r.ok])).toEqual([[expect.stringContaining('protocol-002.txt'), true]]);
    expect(await deps.store.listProtocols()).toHaveLength(1);
  });

  it('file names cannot lead out of the inbox', () => {
    expect(safeName('../../etc/passwd')).toBe('passwd');
    expect(safeName('..')).toBe('_');
    expect(safeName('a\nb.txt')).toBe('a_b.txt');
  });
});

describe('a changed config', () => {
  it('is validated, swapped in and re-planned: pending steps move to the new send time; an invalid one keeps the old', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-reload-'));
    await cp('config', dir, { recursive: true });
    const prefix = testPrefix('reload');
    after(() => clearPrefix(prefix));
    const clock = { now: () => new Date('2020-11-26T05:00:00Z') };
    const runtime = await createRuntime({ configDir: dir, redisUrl: REDIS_URL, clock, log: silentLog(), process: false, prefix });
    after(() => runtime.close());
    const deps = runtime.deps;
    const imported = await importFile(SEED['002'], { config: deps.config, store: deps.store, scheduler: deps.scheduler, clock, log: deps.log, actor: 'test' });
    const key = imported.ok ? imported.result.protocolKey : '';
    const before = [...(await deps.store.getTracks(key)).values()];
    expect(before.every((n) => n.at.endsWith('T05:00:00.000Z'))).toBe(true); // 10:00 in Yekaterinburg

    const ladders = await readFile(path.join(dir, 'ladders.yaml'), 'utf8');
    await writeFile(path.join(dir, 'ladders.yaml'), ladders.replace(/sendAt: '10:00'/, "sendAt: '11:30'"));
    await runtime.reloadConfig();
    const after1 = [...(await deps.store.getTracks(key)).values()];
    expect(after1.every((n) => n.at.endsWith('T06:30:00.000Z'))).toBe(true);
    expect(await runtime.queue.getDelayedCount()).toBe(after1.length);

    await writeFile(path.join(dir, 'ladders.yaml'), ladders.replace(/sendAt: '10:00'/, "sendAt: 'завтра'"));
    await expect(runtime.reloadConfig()).rejects.toThrow(/sendAt/);
    expect(deps.config().ladders.default.sendAt).toBe('11:30');
  });
});

describe('the worker process', () => {
  it('starts, runs, and stops gracefully on SIGTERM with exit code 0', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-worker-'));
    await cp('config', dir, { recursive: true });
    const prefix = testPrefix('worker-process');
    const settings = await readFile(path.join(dir, 'srok.yaml'), 'utf8');
    await writeFile(path.join(dir, 'srok.yaml'), settings.replace(/prefix: srok/, `prefix: ${prefix}`));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--no-inbox', '--config', dir], {
      env: { ...process.env, REDIS_URL: REDIS_URL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    after(() => clearPrefix(prefix));
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (out.includes('srok worker running')) {
          child.stdout.off('data', check);
          resolve();
        }
      };
      child.stdout.on('data', check);
      child.once('exit', (code) => reject(new Error(`worker exited early with ${code}: ${out}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('srok worker stopped');
  });
});
