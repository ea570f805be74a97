import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { protocolKey } from '../../src/plan/index.js';
import { Store } from '../../src/store/index.js';
import { decodeDoc } from '../../src/store/doc-codec.js';
import { IMPORT, NOW, PROTOCOLS, readFixture, REDIS_URL, SEEDS, useTestRedis } from './store-setup.js';

const t = useTestRedis('import');

describe('importing a protocol', () => {
  it.each(Object.entries(SEEDS))('imports seed %s as a new protocol, and the same file again as unchanged', async (_, file) => {
    const store = t.store();
    const doc = await readFixture(file);
    const first = await store.importProtocol(doc, IMPORT);
    expect(first).toMatchObject({ status: 'new', version: 1, protocolKey: protocolKey(doc), assignments: doc.assignments.length });

    const again = await store.importProtocol(await readFixture(file), { now: new Date('2019-11-02T00:00:00Z'), actor: 'inbox' });
    expect(again).toEqual({ status: 'unchanged', protocolKey: first.protocolKey, version: 1, assignments: doc.assignments.length, warnings: [], applied: [], pending: [] });

    expect(await store.listProtocols()).toHaveLength(1);
    const audit = await store.getAudit(first.protocolKey);
    expect(audit.filter((e) => e.action === 'import')).toEqual([
      { at: NOW.toISOString(), actor: 'cli:test', action: 'import', detail: { status: 'new', version: 1, sha256: doc.source.sha256, file } },
    ]);
  });

  it('gives back the document exactly as parsed, with its version, hash and import time', async () => {
    const store = t.store();
    const doc = await readFixture(SEEDS['002']);
    const { protocolKey: key } = await store.importProtocol(doc, IMPORT);
    expect(await store.getProtocol(key)).toEqual({ key, version: 1, sha256: doc.source.sha256, importedAt: NOW.toISOString(), file: SEEDS['002'], doc });
    expect(await store.getProtocol('no-such-protocol')).toBeNull();
  });

  it.each(Object.entries(SEEDS))('stores seed %s so that it decodes to the very document the import hands on to scheduling', async (_, file) => {
    const store = t.store();
    const doc = await readFixture(file);
    const { protocolKey: key } = await store.importProtocol(doc, IMPORT);
    const value = await t.redis().getBuffer(store.keys.doc(key));
    expect(value).not.toBeNull();
    const decoded = decodeDoc(value!);
    expect(decoded.doc).toStrictEqual(doc);
    expect((await store.getProtocol(key))?.doc).toStrictEqual(decoded.doc);
    expect((await store.getProtocolWithState(key, { tracks: true })).stored?.doc).toStrictEqual(decoded.doc);
  });

  it('keeps a protocol under its own hash tag: doc, audit and state share it, the indexes lie outside', async () => {
    const store = t.store();
    const doc = await readFixture(SEEDS['000']);
    const { protocolKey: key } = await store.importProtocol(doc, IMPORT);
    await store.recordClosure(key, { item: '1.2' }, { at: '2019-11-20T10:00:00.000Z', how: 'done', by: 'cli:ivanov', reason: null });
    await store.setTrackNext(key, 'p1-2.khmao-surgut.once', { stepId: `${key}.p1-2.khmao-surgut.once.r-5wd`, at: '2019-11-18T04:00:00.000Z' });
    const p = store.keys.prefix;
    const tagged = (await t.keysUnder(p)).filter((k) => k.includes('{'));
    expect(tagged).toEqual([`${p}:{p:${key}}:audit`, `${p}:{p:${key}}:doc`, `${p}:{p:${key}}:state`, `${p}:{p:${key}}:tracks`]);
    const untagged = (await t.keysUnder(p)).filter((k) => !k.includes('{'));
    expect(untagged.map((k) => k.slice(p.length + 1).replace(/:[0-9a-f]{32,64}$/, ':<hash>')).sort()).toEqual([
      'alias:<hash>', // the protocols numbered 4/2019
      'due',
      'ident:<hash>',
      'pending:<hash>', // item 4.1 waits for protocol 3/2019
      'protocols',
      'sha:<hash>',
    ]);
  });

  it('takes a corrected copy (same header, one deadline changed) as version 2 of the same protocol and keeps its state', async () => {
    const store = t.store();
    const original = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const closure = { at: '2019-11-05T06:00:00.000Z', how: 'done' as const, by: 'cli:ivanov', reason: 'предложения получены' };
    expect(await store.recordClosure(original.protocolKey, { item: '3.2' }, closure)).toBe(true);

    const corrected = await readFixture(PROTOCOLS.wg4corrected);
    const later = new Date('2019-11-03T08:00:00.000Z');
    const result = await store.importProtocol(corrected, { now: later, actor: 'inbox' });
    expect(result).toMatchObject({ status: 'updated', version: 2, protocolKey: original.protocolKey, applied: [] });

    const stored = await store.getProtocol(original.protocolKey);
    expect(stored?.version).toBe(2);
    expect(stored?.importedAt).toBe(later.toISOString());
    expect(stored?.doc.assignments.find((a) => a.item === '2.2')?.deadline.date).toBe('2019-11-14');
    expect((await store.getPlanState(original.protocolKey)).closure('3.2', 'khmao-surgut', 'once')).toEqual(closure);
    expect((await store.getAudit(original.protocolKey)).map((e) => [e.action, e.detail?.['version'] ?? null])).toEqual([
      ['import', 1],
      ['close', null],
      ['import', 2],
    ]);
    expect(await store.listProtocols()).toHaveLength(1);

    // Importing the first file once more is another correction, not a step back in silence.
    const back = await store.importProtocol(await readFixture(SEEDS['000']), { now: later, actor: 'inbox' });
    expect(back).toMatchObject({ status: 'updated', version: 3 });
  });

  it('takes an issuer written with ё, other quotes, dashes and spacing as the same issuer', async () => {
    const store = t.store();
    const doc = await readFixture(SEEDS['000']);
    const first = await store.importProtocol(doc, IMPORT);
    const retyped = await readFixture(SEEDS['000']);
    retyped.protocol.body = '  рабочая  группа по координации цифрового развития муниципальных образований «Ханты-Мансийского» автономного округа - Югры. ';
    retyped.protocol.number = '№ 4 / 2019';
    retyped.source.sha256 = 'f'.repeat(64);
    const second = await store.importProtocol(retyped, IMPORT);
    expect(second).toMatchObject({ status: 'updated', version: 2, protocolKey: first.protocolKey });
  });

  it('keeps two unnumbered protocols of one issuer on one day with different titles apart, and says so', async () => {
    const store = t.store();
    const health = await store.importProtocol(await readFixture(PROTOCOLS.chelHealth), IMPORT);
    expect(health.warnings).toEqual([]);
    const education = await store.importProtocol(await readFixture(PROTOCOLS.chelEducation), IMPORT);
    expect(education.status).toBe('new');
    expect(education.protocolKey).not.toBe(health.protocolKey);
    expect(education.warnings).toEqual([
      { line: null, code: 'same_day_unnumbered', message: expect.stringContaining(`protocol ${health.protocolKey} of the same issuer on 2021-03-03`) },
    ]);
    expect((await store.listProtocols()).map((p) => p.title).sort()).toEqual([
      'О цифровой трансформации здравоохранения Челябинской области',
      'О цифровой трансформации образования Челябинской области',
    ]);
  });

  it('lists the stored protocols with their header and number of assignments, in order of import', async () => {
    const store = t.store();
    await store.importProtocol(await readFixture(SEEDS['002']), IMPORT);
    await store.importProtocol(await readFixture(SEEDS['000']), { now: new Date('2019-11-01T10:00:00.000Z'), actor: 'cli:test' });
    expect(await store.listProtocols()).toEqual([
      {
        key: expect.any(String),
        version: 1,
        importedAt: NOW.toISOString(),
        number: null,
        date: '2020-11-26',
        body: 'Комиссия по цифровому развитию Челябинской области',
        title: null,
        assignments: 8,
      },
      {
        key: expect.any(String),
        version: 1,
        importedAt: '2019-11-01T10:00:00.000Z',
        number: '4/2019',
        date: '2019-10-30',
        body: 'Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры',
        title: null,
        assignments: 4,
      },
    ]);
  });

  it('finds a protocol by number and date, by number and issuer, and by number alone', async () => {
    const store = t.store();
    const { protocolKey: key4 } = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const { protocolKey: key3 } = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    const group = 'РАБОЧАЯ ГРУППА по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа — Югры';
    expect(await store.findProtocol({ number: '4/2019', date: '2019-10-30', body: group })).toEqual([key4]);
    expect(await store.findProtocol({ number: '3/2019', body: group })).toEqual([key3]);
    expect(await store.findProtocol({ number: '№ 4/2019' })).toEqual([key4]);
    expect(await store.findProtocol({ number: '3/2019', date: '2019-07-27' })).toEqual([key3]);
    expect(await store.findProtocol({ number: '3/2019', date: '2019-07-28' })).toEqual([]);
    expect(await store.findProtocol({ number: '4/2019', date: '2019-10-30', body: 'Комиссия по цифровому развитию Челябинской области' })).toEqual([]);
  });

  it('makes one protocol of the same new file imported by two workers at once', async () => {
    const store = t.store();
    const other = new Redis(REDIS_URL);
    try {
      const twin = new Store(other, store.keys.prefix);
      const results = await Promise.all([
        store.importProtocol(await readFixture(SEEDS['002']), IMPORT),
        twin.importProtocol(await readFixture(SEEDS['002']), IMPORT),
      ]);
      expect(new Set(results.map((r) => r.protocolKey)).size).toBe(1);
      expect(results.map((r) => r.version)).toEqual([1, 1]);
      const key = results[0]!.protocolKey;
      expect((await store.getAudit(key)).filter((e) => e.action === 'import')).toHaveLength(1);
      expect(await store.listProtocols()).toHaveLength(1);
    } finally {
      other.disconnect();
    }
  });

  it('numbers ten corrected files of one protocol imported at once 2 to 11, each once', async () => {
    const store = t.store();
    const { protocolKey: key } = await store.importProtocol(await readFixture(SEEDS['002']), IMPORT);
    const clients = Array.from({ length: 10 }, () => new Redis(REDIS_URL));
    try {
      const results = await Promise.all(
        clients.map(async (client, i) => {
          const corrected = await readFixture(SEEDS['002']);
          corrected.source.sha256 = i.toString(16).repeat(64);
          return new Store(client, store.keys.prefix).importProtocol(corrected, IMPORT);
        }),
      );
      expect(results.every((r) => r.status === 'updated' && r.protocolKey === key)).toBe(true);
      expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect((await store.getAudit(key)).filter((e) => e.action === 'import')).toHaveLength(11);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });

  it('deletes a protocol with its index entries, its due tracks and the records it left waiting', async () => {
    const store = t.store();
    const { protocolKey: key } = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    await store.setTrackNext(key, 'p1-2.khmao-surgut.once', { stepId: 'x', at: '2019-11-18T04:00:00.000Z' });
    expect(await store.deleteProtocol(key)).toBe(true);
    expect(await t.keysUnder(store.keys.prefix)).toEqual([]);
    expect(await store.deleteProtocol(key)).toBe(false);
    // And it can be imported afresh.
    expect(await store.importProtocol(await readFixture(SEEDS['000']), IMPORT)).toMatchObject({ status: 'new', version: 1 });
  });

  it('gives a protocol whose key another act already holds a key of its own', async () => {
    const store = t.store();
    const first = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    // «№ 4-2019» is another number than «№ 4/2019», but makes the same slug.
    const lookalike = await readFixture(SEEDS['000']);
    lookalike.protocol.number = '4-2019';
    lookalike.source.sha256 = 'b'.repeat(64);
    expect(protocolKey(lookalike)).toBe(first.protocolKey);
    const second = await store.importProtocol(lookalike, IMPORT);
    expect(second.status).toBe('new');
    expect(second.protocolKey).toMatch(new RegExp(`^${first.protocolKey}-[0-9a-f]{6}$`));
    expect((await store.getProtocol(first.protocolKey))?.doc.protocol.number).toBe('4/2019');
    expect((await store.getProtocol(second.protocolKey))?.doc.protocol.number).toBe('4-2019');
    const corrected = structuredClone(lookalike);
    corrected.source.sha256 = 'c'.repeat(64);
    expect(await store.importProtocol(corrected, IMPORT)).toMatchObject({ status: 'updated', version: 2, protocolKey: second.protocolKey });
  });
});
