import { afterEach, describe, expect, it } from 'vitest';
import { approveProtocol } from '../../src/review/approve.js';
import { fixProtocol, type ReviewDeps } from '../../src/review/operations.js';
import { exportState, restoreState } from '../../src/store/backup.js';
import { deletePrefix } from '../../src/store/redis.js';
import { startPipeline, type Pipeline } from '../support/pipeline.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

const FIRST = 'test/fixtures/review/2-2026.txt';
/** Item 2 reworded: the corrections of items 3 and 4 still fit. */
const ITEM2 = 'test/fixtures/review/2-2026-item2.txt';
/** Items 2 and 4 reworded: the correction of item 4 no longer fits. */
const CORRECTED = 'test/fixtures/review/2-2026-corrected.txt';

async function reviewed(p: Pipeline): Promise<{ key: string; deps: ReviewDeps }> {
  const r = p.runtime;
  const deps: ReviewDeps = { store: r.deps.store, scheduler: r.deps.scheduler, config: r.deps.config, clock: p.clock, log: r.deps.log, refreshDirectory: () => r.refreshDirectory() };
  const imported = await p.import(FIRST);
  if (!imported.ok) throw new Error(imported.error);
  const key = imported.result.protocolKey;
  await fixProtocol(deps, key, { item: '3' }, { what: 'executor', entry: null, remember: true, create: { name: 'Фонд поддержки цифровых инициатив Южного Урала', emails: ['fond@fond74.example'] } }, 'web:operator');
  await fixProtocol(deps, key, { item: '3' }, { what: 'deadline', text: '15.05.2026' }, 'web:operator');
  await fixProtocol(deps, key, { item: '4' }, { what: 'not-assignment' }, 'web:operator');
  await approveProtocol(key, { ...deps, actor: 'web:operator' });
  return { key, deps };
}

describe('corrections last', () => {
  it('survive a re-import of the same file and of a corrected one, matched by item number and text', async () => {
    pipeline = await startPipeline('review-reimport', { day: '2026-03-11', time: '10:00' }, { review: 'warnings' });
    const { key } = await reviewed(pipeline);
    const store = pipeline.runtime.deps.store;
    const view = async () => {
      const doc = (await store.getProtocol(key))!.doc;
      return { items: doc.assignments.map((a) => [a.item, a.executors.map((e) => e.ref).join(','), a.deadline.date]), warnings: doc.warnings.map((w) => w.code) };
    };
    const expected = {
      items: [
        ['2', 'chel-mininform', '2026-04-15'],
        ['3', 'fond-podderzhki-tsifrovykh-initsiativ-yuzhnogo-urala', '2026-05-15'],
      ],
      warnings: [],
    };
    expect(await view()).toEqual(expected);

    const same = await pipeline.import(FIRST);
    expect(same.ok && same.result.status).toBe('unchanged');
    expect(await view()).toEqual(expected);

    const reworded = await pipeline.import(ITEM2);
    expect(reworded.ok && [reworded.result.status, reworded.result.version, reworded.review?.waits]).toEqual(['updated', 2, false]);
    expect(await view()).toEqual(expected);
    expect(await pipeline.runtime.queue.getDelayedCount()).toBeGreaterThan(0);

    // Item 4 changed: its «not an assignment» no longer fits; it is listed for review again and the protocol waits.
    const changed = await pipeline.import(CORRECTED);
    if (!changed.ok) throw new Error(changed.error);
    expect([changed.result.version, changed.review?.waits, changed.review?.stale]).toEqual([3, true, 1]);
    expect(changed.review?.reasons.map((w) => [w.line, w.code, w.message])).toEqual([
      [22, 'correction_stale', 'исправление пункта 4 (не поручение) не применено: текст пункта изменился — проверьте пункт заново'],
    ]);
    expect((await view()).items.map((i) => i[0])).toEqual(['2', '3', '4']);
    expect(await pipeline.runtime.queue.getDelayedCount()).toBe(0);
  });

  it('corrections and remembered phrases are exported and restored with the backup', async () => {
    pipeline = await startPipeline('review-backup', { day: '2026-03-11', time: '10:00' }, { review: 'warnings' });
    const { key } = await reviewed(pipeline);
    const { redis, store, prefix } = pipeline.runtime.deps;
    const backup = await exportState(redis, prefix, pipeline.clock.now());
    expect(Object.keys(backup.counts)).toEqual(expect.arrayContaining(['aliases', 'entries', 'fixes', 'review', 'text']));
    await deletePrefix(redis, prefix);
    expect(await store.getAliases()).toEqual(new Map());
    await restoreState(redis, prefix, backup, { force: false });
    expect([...(await store.getAliases()).values()].map((a) => [a.phrase, a.entry])).toEqual([['Фонду поддержки цифровых инициатив Южного Урала', 'fond-podderzhki-tsifrovykh-initsiativ-yuzhnogo-urala']]);
    expect((await store.getCorrections(key)).map((c) => c.id)).toEqual(['3|deadline', '3|executor', '4|not-assignment']);
    expect((await store.getReview(key))?.state).toBe('approved');
  });
});
