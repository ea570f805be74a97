import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { SrokConfig } from '../../src/config/types.js';
import { createDirectory } from '../../src/directory/index.js';
import type { AssignmentReport } from '../../src/follow-up/show.js';
import { createAccess } from '../../src/http/access.js';
import { buildHttpServer } from '../../src/http/server.js';
import type { ReportRow } from '../../src/report/types.js';
import { fixProtocol, type ReviewDeps } from '../../src/review/operations.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { startPipeline, type Pipeline } from '../support/pipeline.js';

/**
 * Executors are routed once, when a version of a protocol is imported, and kept with it
 * in Redis; every plan reads that routing. They are routed again exactly when a
 * correction, a remembered phrase or the directory changes what they route to.
 * `scheduler.routings` counts the protocols this runtime routed: its scheduler, steps,
 * mails, pages and reports share one kept routing.
 */
let pipeline: Pipeline | null = null;
let dir: string | null = null;
let app: FastifyInstance | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  await pipeline?.close();
  pipeline = null;
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  dir = null;
});

const FIRST = 'test/fixtures/review/2-2026.txt';
/** Item 2 reworded: a new version of the same protocol. */
const ITEM2 = 'test/fixtures/review/2-2026-item2.txt';
const FUND = 'Фонду поддержки цифровых инициатив Южного Урала';

/** A pipeline with protocol 2/2026 and a second one, 5/2026, that names the same fund; each routed once, at its import. */
async function twoProtocols(name: string) {
  const started = await startPipeline(name, { day: '2026-03-11', time: '10:00' });
  pipeline = started;
  const r = started.runtime;
  const { scheduler, store } = r.deps;
  const deps: ReviewDeps = { store, scheduler, config: r.deps.config, clock: started.clock, log: r.deps.log, refreshDirectory: () => r.refreshDirectory() };
  dir = await mkdtemp(path.join(tmpdir(), 'srok-routing-'));
  const other = path.join(dir, '5-2026.txt');
  await writeFile(other, (await readFile(FIRST, 'utf8')).replace('№ 2/2026', '№ 5/2026').replace('«10» марта', '«12» марта'));
  const a = await started.import(FIRST);
  const b = await started.import(other);
  if (!a.ok || !b.ok) throw new Error('not imported');
  expect(scheduler.routings).toBe(2);
  return { p: started, r, scheduler, store, deps, keyA: a.result.protocolKey, keyB: b.result.protocolKey };
}

describe('the routing of a protocol', () => {
  it('is made at import and at a new version only, kept in Redis, and read by every later plan and step', async () => {
    pipeline = await startPipeline('routing-once', { day: '2026-03-11', time: '10:00' });
    const { scheduler, store } = pipeline.runtime.deps;
    const first = await pipeline.import(FIRST);
    if (!first.ok) throw new Error(first.error);
    const key = first.result.protocolKey;
    expect(scheduler.routings).toBe(1);
    const kept = await store.getRouting(key);
    // Items 2, 3, 4: the ministry, the fund the directory does not know, the ministry.
    expect(kept?.entries).toEqual([['chel-mininform'], [null], ['chel-mininform']]);

    // Plans built again and again, and the steps that fire, read what is kept.
    await scheduler.scheduleProtocol(key);
    await scheduler.scheduleProtocol(key);
    await pipeline.runUntil('2026-03-20');
    expect(pipeline.sink.mails.length).toBeGreaterThan(0);
    expect(scheduler.routings).toBe(1);

    const same = await pipeline.import(FIRST);
    expect(same.ok && same.result.status).toBe('unchanged');
    expect(scheduler.routings).toBe(1);

    const next = await pipeline.import(ITEM2);
    expect(next.ok && [next.result.status, next.result.version]).toEqual(['updated', 2]);
    expect(scheduler.routings).toBe(2);
    await scheduler.scheduleProtocol(key);
    expect(scheduler.routings).toBe(2);
  });

  it('is made again at a correction, and for every protocol naming a phrase an operator remembered', async () => {
    const { p, r, scheduler, store, deps, keyA, keyB } = await twoProtocols('routing-fixes');

    // A deadline corrected: the protocol is routed again (its basis changed), the others are not.
    await fixProtocol(deps, keyA, { item: '3' }, { what: 'deadline', text: '15.05.2026' }, 'cli:operator');
    expect(scheduler.routings).toBe(3);
    await scheduler.scheduleProtocol(keyA);
    expect(scheduler.routings).toBe(3);

    // The fund routed to the Ministry of Finance and the phrase remembered: this protocol by its correction, the other by the phrase.
    await fixProtocol(deps, keyA, { item: '3' }, { what: 'executor', entry: 'chel-minfin', phrase: FUND, remember: true }, 'cli:operator');
    expect(scheduler.routings).toBe(5);
    expect((await store.getRouting(keyA))?.entries[1]).toEqual(['chel-minfin']);
    expect((await store.getRouting(keyB))?.entries[1]).toEqual(['chel-minfin']);
    // The other protocol's plan, read with what is kept, no longer sends the fund's mail to the operator.
    const before = await store.getProtocolWithState(keyB, { tracks: false });
    const plan = scheduler.plan(before.stored!, before.state, p.clock.now(), { routing: before.routing! });
    expect(plan.warnings.filter((w) => w.code === 'executor_unmatched')).toEqual([]);

    await scheduler.scheduleProtocol(keyA);
    await scheduler.scheduleProtocol(keyB);
    await p.runUntil('2026-03-20');
    expect(scheduler.routings).toBe(5);
  });

  it('is made again when the directory changes, once: the next plan routes and keeps it, the one after reads it', async () => {
    pipeline = await startPipeline('routing-directory', { day: '2026-03-11', time: '10:00' });
    const r = pipeline.runtime;
    const imported = await pipeline.import(FIRST);
    if (!imported.ok) throw new Error(imported.error);
    const key = imported.result.protocolKey;
    let config: SrokConfig = r.deps.config();
    const scheduler = new Scheduler({ store: r.deps.store, queue: r.queue, config: () => config, clock: pipeline.clock, log: r.deps.log });
    await scheduler.scheduleProtocol(key);
    expect(scheduler.routings).toBe(0);

    // The fund enters the directory (config apply, a SIGHUP): the basis of every routing changed.
    const fund = { id: 'fond-yu-ural', kind: 'body' as const, name: 'Фонд поддержки цифровых инициатив Южного Урала', aliases: [], emails: ['fond@fond74.example'], members: [] };
    config = { ...config, directory: createDirectory([...config.directory.entries, fund]) };
    await scheduler.scheduleProtocol(key);
    expect(scheduler.routings).toBe(1);
    expect((await r.deps.store.getRouting(key))?.entries[1]).toEqual(['fond-yu-ural']);
    await scheduler.scheduleProtocol(key);
    expect(scheduler.routings).toBe(1);
  });

  it('is read by mails, reports and the follow-up, review, protocol and timeline pages, which route nothing themselves; after a directory change or a correction they show the new routing', async () => {
    // Protocol 5/2026 names the same fund: it is routed to the Ministry of Finance only by the phrase remembered below.
    const { p, r, scheduler, store, deps, keyA, keyB } = await twoProtocols('routing-readers');

    const token = '5e7a9c1b3d2f4e6a8b0c9d7e5f3a1b2c';
    app = await buildHttpServer({ runtime: r.deps, access: createAccess({ apiTokens: [`ivanova:${token}`], apiReadTokens: [], apiControllerTokens: [] }), linkSecret: null });
    const get = async (url: string) => {
      const response = await app!.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      expect(response.statusCode, url).toBe(200);
      return response;
    };
    /** What each reader says item 3 of a protocol (the fund) is routed to. */
    const fundSeen = async (key: string, number: string) => {
      const rows = (await get('/api/report')).json<{ rows: ReportRow[] }>().rows;
      const shown = (await get(`/api/assignment?ref=${encodeURIComponent(`№ ${number} п. 3`)}`)).json<AssignmentReport>();
      const review = (await get(`/review/${key}`)).body;
      // Item 3's deadline is not read («в кратчайшие сроки»): its timeline has the operator's notices only, no part.
      await get(`/api/protocols/${key}/timeline`);
      await get(`/protocols/${key}`);
      return {
        report: [...new Set(rows.filter((row) => row.protocol.key === key && row.item === '3').map((row) => row.part.ref))],
        show: shown.parts.map((part) => part.ref),
        review: /\[([a-z-]+)\] →/.exec(/id="a-3"[\s\S]*?(<li class="executor"[\s\S]*?<\/li>)/.exec(review)?.[1] ?? '')?.[1] ?? null,
      };
    };
    const everywhere = (ref: string | null) => ({ report: [ref], show: [ref], review: ref });

    // Mails sent, and every reader asked twice: nothing is routed again.
    await p.runUntil('2026-03-20');
    expect(p.sink.mails.length).toBeGreaterThan(0);
    expect(await fundSeen(keyA, '2/2026')).toEqual(everywhere(null));
    expect(await fundSeen(keyB, '5/2026')).toEqual(everywhere(null));
    expect(await fundSeen(keyA, '2/2026')).toEqual(everywhere(null));
    expect(scheduler.routings).toBe(2);

    // The fund enters the directory: the first reader of each protocol routes it again and keeps it, once.
    await store.putEntry({ id: 'fond-yu-ural', kind: 'body', name: 'Фонд поддержки цифровых инициатив Южного Урала', aliases: [], emails: ['fond@fond74.example'], members: [] });
    await r.refreshDirectory();
    expect(await fundSeen(keyA, '2/2026')).toEqual(everywhere('fond-yu-ural'));
    expect(await fundSeen(keyB, '5/2026')).toEqual(everywhere('fond-yu-ural'));
    expect(scheduler.routings).toBe(4);
    expect((await store.getRouting(keyB))?.entries[1]).toEqual(['fond-yu-ural']);

    // Protocol 2/2026 corrected, the fund routed to the Ministry of Finance and the phrase remembered: both protocols are routed
    // again at once, and every reader of 5/2026 follows the kept routing, though its phrase alone would still match the fund.
    await fixProtocol(deps, keyA, { item: '3' }, { what: 'executor', entry: 'chel-minfin', phrase: FUND, remember: true }, 'cli:operator');
    expect(scheduler.routings).toBe(6);
    expect(await fundSeen(keyA, '2/2026')).toEqual(everywhere('chel-minfin'));
    expect(await fundSeen(keyB, '5/2026')).toEqual(everywhere('chel-minfin'));
    await p.runUntil('2026-04-20');
    expect(scheduler.routings).toBe(6);
  });
});
