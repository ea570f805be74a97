import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markDone } from '../../src/follow-up/operations.js';
import { showAssignment } from '../../src/follow-up/show.js';
import { BackupError, exportState, readBackup, restoreState, writeBackup, type BackupFile } from '../../src/store/backup.js';
import { depsOf, ref } from '../follow-up/support.js';
import { clearPrefix } from '../support/redis.js';
import { SEED, startPipeline, type Pipeline } from '../support/pipeline.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

/** Keys with their values; TTLs only as "has one" since time passes between the two reads. */
function comparable(b: BackupFile): unknown[] {
  return b.keys.map((k) => ({ ...k, ttlMs: k.ttlMs === null ? null : 'ttl' }));
}

async function pendingJobIds(p: Pipeline): Promise<string[]> {
  const jobs = await p.runtime.queue.getJobs(['delayed', 'waiting', 'prioritized']);
  return jobs.map((j) => j.id ?? '').filter((id) => !id.startsWith('repeat:')).sort();
}

describe('export and restore', () => {
  it('restores every key of the seeds after a done mark, with the same show result and the pending steps back', async () => {
    const p = await startPipeline('backup', { day: '2019-10-30', time: '10:00' });
    pipeline = p;
    for (const file of Object.values(SEED)) expect((await p.import(file)).ok).toBe(true);
    await p.runUntil('2019-11-12');
    p.clock.advanceTo(p.at('2019-11-12', '12:00'));
    const deps = depsOf(p);
    await markDone(deps, ref('4/2019 п.1.2', { executor: 'khmao-surgut' }), { actor: 'cli:ivanova', reason: 'письмо № 15-01' });
    const shownBefore = await showAssignment(deps, ref('4/2019 п.1.2'));
    const jobsBefore = await pendingJobIds(p);
    expect(jobsBefore.length).toBeGreaterThan(0);

    const redis = p.runtime.deps.redis;
    const before = await exportState(redis, p.prefix, p.clock.now());
    expect(before.keys.some((k) => k.key.includes(':bull:'))).toBe(false);
    expect(before.counts).toMatchObject({ doc: 4, state: expect.any(Number), audit: 4, tracks: expect.any(Number), protocols: 1, ledger: expect.any(Number), thread: expect.any(Number) });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'srok-backup-'));
    const file = path.join(dir, 'backup.json');
    await writeBackup(file, before);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // A prefix that holds state is not overwritten without force.
    const read = await readBackup(file);
    await expect(restoreState(redis, p.prefix, read, { force: false })).rejects.toThrow(/already holds \d+ keys; restore with --force/);

    await p.runtime.queue.obliterate({ force: true });
    await clearPrefix(p.prefix);
    expect(await redis.keys(`${p.prefix}:*`)).toEqual([]);

    const restored = await restoreState(redis, p.prefix, read, { force: false, batch: 7 });
    expect(restored.keys).toBe(before.keys.length);
    const after = await exportState(redis, p.prefix, p.clock.now());
    expect(comparable(after)).toEqual(comparable(before));

    await p.runtime.deps.scheduler.replanAll();
    expect(await pendingJobIds(p)).toEqual(jobsBefore);
    expect(await showAssignment(deps, ref('4/2019 п.1.2'))).toEqual(shownBefore);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('says what is wrong with a file that is not a backup', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'srok-backup-'));
    const bad = path.join(dir, 'bad.json');
    await fs.writeFile(bad, JSON.stringify({ format: 9, prefix: 'x', keys: [{ key: 'x:a', type: 'blob' }] }));
    await expect(readBackup(bad)).rejects.toThrow(BackupError);
    await expect(readBackup(bad)).rejects.toThrow(/bad\.json: is not a valid srok backup:\n {2}format: /);
    await fs.writeFile(bad, '{not json');
    await expect(readBackup(bad)).rejects.toThrow(/bad\.json: is not JSON/);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
