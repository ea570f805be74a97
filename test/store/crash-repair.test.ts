import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import type { ParsedDocument } from '../../src/domain.js';
import { IMPORT, PROTOCOLS, readFixture, SEEDS, useTestRedis } from './store-setup.js';

const t = useTestRedis('crash');

/** An import that dies after writing the protocol's own keys, before the indexes. */
async function crashAfterProtocolStep(store: Store, doc: ParsedDocument): Promise<string> {
  const step = await store.importSteps(doc, IMPORT).writeProtocol();
  if (step.kind !== 'written') throw new Error(`expected the protocol to be written, got ${step.kind}`);
  return step.written.key;
}

describe('an import cut off between the protocol and the indexes', () => {
  it('leaves the protocol stored but not indexed, and the next import finishes it without writing anything twice', async () => {
    const store = t.store();
    const doc = await readFixture(SEEDS['002']);
    const key = await crashAfterProtocolStep(store, doc);
    expect((await store.getProtocol(key))?.version).toBe(1);
    expect(await store.listProtocols()).toEqual([]);
    expect(await t.redis().get(store.keys.sha(doc.source.sha256))).toBeNull();

    const repaired = await store.importProtocol(await readFixture(SEEDS['002']), IMPORT);
    // The status the interrupted import would have given, so its caller's work (scheduling) is done too.
    expect(repaired).toMatchObject({ status: 'new', version: 1, protocolKey: key });
    expect((await store.listProtocols()).map((p) => p.key)).toEqual([key]);
    expect(await t.redis().get(store.keys.sha(doc.source.sha256))).toBe(key);
    expect((await store.getAudit(key)).filter((e) => e.action === 'import')).toHaveLength(1);
    expect((await store.importProtocol(await readFixture(SEEDS['002']), IMPORT)).status).toBe('unchanged');
  });

  it('applies the closes of a closing protocol cut off before them when it is imported again', async () => {
    const store = t.store();
    const target = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    await crashAfterProtocolStep(store, await readFixture(SEEDS['000']));
    expect((await store.getStateRecords(target.protocolKey)).closures.size).toBe(0);

    const again = await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    expect(again.status).toBe('new');
    expect(again.applied).toHaveLength(6);
    expect((await store.getStateRecords(target.protocolKey)).closures.size).toBe(6);
  });

  it('does not apply waiting closes twice when the target’s import is cut off after applying them', async () => {
    const store = t.store();
    await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const key = await crashAfterProtocolStep(store, await readFixture(PROTOCOLS.wg3));
    // Applied with the protocol, in its step; the waiting copies are still there.
    expect((await store.getStateRecords(key)).closures.size).toBe(6);
    expect((await t.keysUnder(store.keys.prefix)).filter((k) => k.includes(':pending:'))).toHaveLength(1);

    const again = await store.importProtocol(await readFixture(PROTOCOLS.wg3), IMPORT);
    expect(again).toMatchObject({ status: 'new', applied: [] });
    expect((await t.keysUnder(store.keys.prefix)).filter((k) => k.includes(':pending:'))).toEqual([]);
    expect((await store.getAudit(key)).filter((e) => e.action === 'close')).toHaveLength(6);
  });

  it('finishes a corrected version cut off before its indexes as that version', async () => {
    const store = t.store();
    await store.importProtocol(await readFixture(SEEDS['000']), IMPORT);
    const key = await crashAfterProtocolStep(store, await readFixture(PROTOCOLS.wg4corrected));
    const again = await store.importProtocol(await readFixture(PROTOCOLS.wg4corrected), IMPORT);
    expect(again).toMatchObject({ status: 'updated', version: 2, protocolKey: key });
    expect((await store.getAudit(key)).filter((e) => e.action === 'import')).toHaveLength(2);
  });
});
