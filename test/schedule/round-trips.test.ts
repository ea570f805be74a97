import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeInstant } from '../../src/calendar/index.js';
import { SimulatedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { silentLog } from '../../src/log.js';
import { createOutboxTransport } from '../../src/mail/index.js';
import { DOC_DICTIONARY_1 } from '../../src/store/doc-dictionary.js';
import { createRuntime, type Runtime } from '../../src/worker/worker.js';
import { freePort, startRedisServer, type OwnRedisServer } from '../store/own-redis-server.js';
import { PROTOCOLS, readFixture, SEEDS } from '../store/store-setup.js';

/**
 * What an import and its scheduling cost in round-trips, counted by a redis-server of
 * the test's own (INFO's total_reads_processed: one read of a client's socket per
 * request it sent, its commands pipelined): an act seen for the first time is stored,
 * indexed and read back for its plan in one, its jobs and tracks written in one more;
 * the same file again is known in one. The letter of seed 004 is small enough for each
 * request to be read at once (Redis reads a socket 16 KiB at a time).
 */
let server: OwnRedisServer | null = null;
let admin: Redis | null = null;
let runtime: Runtime | null = null;
let outbox: string | null = null;

beforeAll(async () => {
  server = await startRedisServer(await freePort(), ['--appendonly', 'no']);
  admin = new Redis(server.url);
  const config = loadConfig('config');
  const noReview = { ...config, settings: { ...config.settings, import: { ...config.settings.import, review: 'off' as const } } };
  outbox = await mkdtemp(path.join(tmpdir(), 'srok-round-trips-'));
  runtime = await createRuntime({
    configDir: 'config',
    config: noReview,
    redisUrl: server.url,
    clock: new SimulatedClock(officeInstant('2021-03-01', '09:00', config.settings.timezone)),
    log: silentLog(),
    process: false,
    prefix: 'round-trips',
    transport: createOutboxTransport(outbox),
    dailyReplan: false,
  });
});

afterAll(async () => {
  await runtime?.close();
  admin?.disconnect();
  await server?.stop();
  if (outbox !== null) await rm(outbox, { recursive: true, force: true });
});

/** Requests the server read from clients while `run` ran (the closing INFO itself left out). */
async function requests<T>(run: () => Promise<T>): Promise<{ value: T; reads: number }> {
  const reads = async () => Number(/total_reads_processed:(\d+)/.exec(await admin!.info('stats'))![1]);
  const before = await reads();
  const value = await run();
  return { value, reads: (await reads()) - before - 1 };
}

describe('the round-trips of an import and its scheduling', () => {
  it('stores, indexes and reads back an act seen for the first time in one, and writes its jobs and tracks in one more', async () => {
    const { store, scheduler } = runtime!.deps;
    const now = new Date('2021-03-01T04:00:00.000Z');
    // Another protocol first: the connections' first use of a script sends its whole text, read in pieces.
    const warm = await store.importAndRead(await readFixture(SEEDS['002']), { now, actor: 'cli:test' });
    await scheduler.scheduleProtocol(warm.result.protocolKey, undefined, { read: warm.read! });
    const doc = await readFixture(SEEDS['004']);
    const imported = await requests(() => store.importAndRead(doc, { now, actor: 'cli:test' }));
    expect(imported.reads).toBe(1);
    const { result, read } = imported.value;
    expect(result).toMatchObject({ status: 'new', version: 1, warnings: [], applied: [], pending: [] });
    // What it read back is what a read of it now gives (the plan state is functions over the records: no state recorded).
    const { state: _read, ...readBack } = read!;
    const { state: _now, ...readNow } = await store.getProtocolWithState(result.protocolKey, { tracks: true });
    expect(readBack).toEqual(readNow);
    expect(await store.getStateRecords(result.protocolKey)).toEqual({ closures: new Map(), postponements: new Map() });

    const scheduled = await requests(() => scheduler.scheduleProtocol(result.protocolKey, undefined, { read: read! }));
    // One pipeline, from one client (a MONITOR of the window shows nothing else); on a busy machine the server may read it in
    // two pieces of its socket, seen in full runs on two cores. One request per job would be as many reads as jobs (22 here).
    expect(scheduled.reads).toBeLessThanOrEqual(2);
    expect(scheduled.value.added).toBeGreaterThan(2);
    expect(scheduled.value.added).toBeGreaterThan(0);
    // One job per track, each its track's recorded next step, and the routing of this first plan kept beside them.
    const tracks = await store.getTracks(result.protocolKey);
    expect(tracks.size).toBe(scheduled.value.added);
    const jobs = (await runtime!.queue.getJobs(['delayed', 'wait'], 0, -1, true)).filter((j) => (j.data as { protocolKey: string }).protocolKey === result.protocolKey);
    expect(jobs.map((j) => j.id).sort()).toEqual([...tracks.values()].map((t) => t.stepId).sort());
    expect(await store.getRouting(result.protocolKey)).not.toBeNull();

    const same = await readFixture(SEEDS['004']);
    const again = await requests(() => store.importAndRead(same, { now, actor: 'cli:test' }));
    expect(again.reads).toBe(1);
    expect(again.value).toEqual({ result: { ...result, status: 'unchanged' }, read: null });
  });

  it('plans an act seen for the first time while Redis stores it: the very plan a later re-plan makes, routed once', async () => {
    const { store, scheduler } = runtime!.deps;
    const now = new Date('2021-03-01T04:00:00.000Z');
    const doc = await readFixture(PROTOCOLS.chelHealth);
    const routings = scheduler.routings;
    const { result, read, meanwhile: first } = await store.importAndRead(doc, { now, actor: 'cli:test' }, (stored) => scheduler.firstPlan(stored, now));
    expect(first?.stored).toBe(read?.stored);
    const scheduled = await scheduler.scheduleProtocol(result.protocolKey, undefined, { read: read!, first: first! });
    expect(scheduled.added).toBeGreaterThan(0);
    expect(scheduler.routings).toBe(routings + 1);
    // Planned again from what is stored, nothing is added or removed, and nothing routed again.
    expect(await scheduler.scheduleProtocol(result.protocolKey)).toEqual({ tracks: scheduled.tracks, added: 0, removed: 0 });
    expect(scheduler.routings).toBe(routings + 1);
    // The same file again stores nothing: no first plan comes back.
    const again = await store.importAndRead(await readFixture(PROTOCOLS.chelHealth), { now, actor: 'cli:test' }, (stored) => scheduler.firstPlan(stored, now));
    expect(again.meanwhile).toBeUndefined();
  });

  it('stores the document byte for byte as JSON.stringify and deflate make it, and sends the script again when the server has lost it', async () => {
    const { store, scheduler } = runtime!.deps;
    const now = new Date('2021-03-01T04:00:00.000Z');
    // A restart or SCRIPT FLUSH: the step's EVALSHA is refused, and the script itself goes in a second request.
    await admin!.script('FLUSH');
    const doc = await readFixture(PROTOCOLS.chelEducation);
    const imported = await requests(() => store.importAndRead(doc, { now, actor: 'cli:test' }, (stored) => scheduler.firstPlan(stored, now)));
    expect(imported.reads).toBe(2);
    const { result, read, meanwhile: first } = imported.value;
    expect(result).toMatchObject({ status: 'new', version: 1 });
    expect(first?.stored).toBe(read?.stored);
    const value = await admin!.getBuffer(store.keys.doc(result.protocolKey));
    const body = deflateRawSync(Buffer.from(JSON.stringify(doc), 'utf8'), { level: constants.Z_DEFAULT_COMPRESSION, dictionary: DOC_DICTIONARY_1 });
    expect(value?.equals(Buffer.concat([Buffer.from(`${JSON.stringify({ f: 1, v: 1, at: now.toISOString() })}\n`, 'utf8'), body]))).toBe(true);
    // Known again now: the next act seen for the first time takes one request.
    const other = await readFixture(PROTOCOLS.wg3);
    const next = await requests(() => store.importAndRead(other, { now, actor: 'cli:test' }));
    expect(next.reads).toBe(1);
    expect(next.value.result.status).toBe('new');
  });
});
