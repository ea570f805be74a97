/**
 * A poison inbox file — its import throws something other than an input error — is
 * put back and tried again a bounded number of times, then goes to failed/ with the
 * error; the other files of each scan are imported all the while.
 */
import { copyFile, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInput } from '../../src/import.js';
import { silentLog } from '../../src/log.js';
import { Inbox } from '../../src/worker/inbox.js';
import { startPipeline, type Pipeline } from '../support/pipeline.js';
import { FORMATS_DIR } from '../support/mail-files.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await startPipeline('inbox-poison', { day: '2020-11-26', time: '10:00' }, { autorun: false });
});
afterAll(async () => {
  await pipeline.close();
});

async function aged(dir: string): Promise<void> {
  const old = new Date(Date.now() - 3600_000);
  for (const name of await readdir(dir)) if (/\.(pdf|odt|txt)$/.test(name)) await utimes(path.join(dir, name), old, old);
}

describe('a poison file in the inbox', () => {
  it('goes to failed/ with its error after three tries and never holds up the files beside it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-inbox-poison-'));
    const deps = pipeline.runtime.deps;
    const log = silentLog();
    const tries: string[] = [];
    const box = new Inbox({
      dir,
      owner: 'w',
      settleMs: 0,
      now: () => new Date(Date.now() + 60_000),
      log,
      importFile: async (file) => {
        tries.push(path.basename(file));
        // A bug of the reader on this one file: not an input error, a crash.
        if (path.basename(file) === 'a-poison.txt') throw new TypeError("Cannot read properties of undefined (reading 'cells')");
        return importInput(file, { config: deps.config, store: deps.store, scheduler: deps.scheduler, clock: pipeline.clock, log, actor: 'inbox' });
      },
    });
    await box.start();
    await box.stop();
    await writeFile(path.join(dir, 'a-poison.txt'), 'ПРОТОКОЛ\n');
    await copyFile(path.join(FORMATS_DIR, 'working-group-3-2019.pdf'), path.join(dir, 'b-protocol.pdf'));
    await aged(dir);

    await box.scan();
    const first = await box.scan();
    // The poison file comes first by name; the PDF after it is imported in the same scan.
    expect(first.map((r) => [path.basename(r.file), r.ok])).toEqual([['a-poison.txt', false], ['b-protocol.pdf', true]]);
    expect(await deps.store.listProtocols()).toHaveLength(1);

    await copyFile(path.join(FORMATS_DIR, 'chelyabinsk-health.odt'), path.join(dir, 'c-health.odt'));
    await aged(dir);
    for (let look = 0; look < 4; look += 1) await box.scan();
    expect(tries.filter((t) => t === 'a-poison.txt')).toHaveLength(3);
    expect(await deps.store.listProtocols()).toHaveLength(2);
    expect((await readdir(dir)).filter((n) => !['processing', 'processed', 'failed'].includes(n))).toEqual([]);
    const failed = await readdir(path.join(dir, 'failed'));
    expect(failed.map((n) => n.replace(/^[\dTZ-]+-/, '')).sort()).toEqual(['a-poison.txt', 'a-poison.txt.error.txt']);
    const why = await readFile(path.join(dir, 'failed', failed.find((n) => n.endsWith('.error.txt'))!), 'utf8');
    expect(why).toContain("a-poison.txt: импорт прерывался ошибкой 3 раза подряд, файл отложен: Cannot read properties of undefined (reading 'cells')");
    // Not tried again once it is in failed/.
    await box.scan();
    await box.scan();
    expect(tries.filter((t) => t === 'a-poison.txt')).toHaveLength(3);
  });
});
