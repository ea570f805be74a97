import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { parseDeadline } from '../../src/deadline/index.js';
import { InputError } from '../../src/errors.js';
import { readProtocol } from '../../src/read-protocol.js';
import { SEED, startPipeline } from '../support/pipeline.js';

const config = loadConfig('config');
let dir = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'srok-hostile-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const header = 'ПРОТОКОЛ\nзаседания комиссии\n\n30 октября 2019 года № 4/2019\n\nг. Ханты-Мансийск\n\n1. О вопросе\n\nРешили:\n';

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
}

async function refusal(file: string): Promise<InputError> {
  const e = await readProtocol(file, config).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  expect((e as InputError).message).toContain(path.basename(file));
  return e as InputError;
}

describe('hostile documents are refused with the file named, or read in bounded work', () => {
  it('refuses a 50 MB text by the input limit, naming the file and the limit', async () => {
    const file = path.join(dir, 'huge.txt');
    const handle = await fs.open(file, 'w');
    const chunk = Buffer.from('Министерству финансов обеспечить. Срок: до 1 декабря 2019 года.\n'.repeat(8000));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) await handle.write(chunk);
    await handle.close();
    const e = await refusal(file);
    expect(e.message).toMatch(/MB|limit|maxBytes/i);
  });

  it('refuses a truncated .docx and random bytes under a .docx name', async () => {
    const good = await fs.readFile('test/fixtures/docx/seed-000-word-numbering.docx');
    await refusal(await write('cut.docx', good.subarray(0, Math.floor(good.length / 2))));
    await refusal(await write('noise.docx', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))));
  });

  it('refuses binary data under a .txt name', async () => {
    await refusal(await write('binary.txt', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 31) % 256))));
  });

  it('reads a protocol with 10 000 items, each of them', async () => {
    // Item numbers run to 999 per level (a bare «1000,00» is an amount), so 100 questions of 100 items each.
    const lines = Array.from({ length: 10_000 }, (_, i) => `${Math.floor(i / 100) + 1}.${(i % 100) + 1}. Министерству финансов представить информацию. Срок: до 25 ноября 2019 года.`);
    const doc = await readProtocol(await write('many.txt', `${header}${lines.join('\n')}\n`), config);
    expect(doc.items.length).toBeGreaterThanOrEqual(10_000);
  });

  it('reads deep numbering such as 1.1.1.1.1.1.1.1 as one item', async () => {
    const doc = await readProtocol(await write('deep.txt', `${header}1.1.1.1.1.1.1.1. Министерству финансов представить информацию. Срок: до 25 ноября 2019 года.\n`), config);
    expect(JSON.stringify(doc.items)).toContain('1.1.1.1.1.1.1.1');
  });

  it('does not invent a date from «31 февраля» nor crash on years 1900 and 2999', () => {
    const feb = parseDeadline('до 31 февраля 2020 года', { documentDate: '2019-10-30' });
    expect(JSON.stringify(feb)).not.toContain('2020-02-31');
    for (const phrase of ['до 1 декабря 1900 года', 'до 1 декабря 2999 года', 'до 01.12.1900', 'до 01.12.2999']) {
      expect(() => parseDeadline(phrase, { documentDate: '2019-10-30' })).not.toThrow();
    }
  });

  it('the deadline grammar never throws on any text, and on any Russian-looking date phrase', () => {
    const words = ['до', 'не позднее', 'в срок до', 'ежемесячно', 'числа', 'месяца', 'следующего за отчетным', 'февраля', 'года', '31', '0', '99999', 'квартал', 'II', 'в течение', 'рабочих дней', '.', '–', '1.1.1'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' '))), (phrase) => {
        parseDeadline(phrase, { documentDate: '2019-10-30' });
      }),
      { numRuns: 2000 },
    );
  });

  it('the parser never throws on protocols of random items, deep numbers and hostile text', async () => {
    const item = fc.tuple(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 10 }), fc.string({ maxLength: 80 })).map(([n, t]) => `${n.join('.')}. ${t}`);
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 40 }), async (items) => {
        const file = await write('random.txt', `${header}${items.join('\n')}\nСрок: до 31 февраля 2999 года.\n`);
        await readProtocol(file, config).catch((e: unknown) => {
          if (!(e instanceof InputError)) throw e;
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('a broken file imported with good ones changes nothing', () => {
  it('stores only the good protocols and names the broken file', async () => {
    const p = await startPipeline('hostile-import', { day: '2019-10-30', time: '10:00' });
    try {
      const broken = await write('broken.docx', Buffer.from('PK\u0003\u0004 not really a zip'));
      const results = [await p.import(SEED['000']), await p.import(broken), await p.import(SEED['001'])];
      expect(results.map((r) => r.ok)).toEqual([true, false, true]);
      const failed = results[1]!;
      expect(failed.ok ? '' : failed.error).toContain('broken.docx');
      expect(await p.runtime.deps.store.listProtocols()).toHaveLength(2);
    } finally {
      await p.close();
    }
  });
});
