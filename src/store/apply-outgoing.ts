import type { ParsedDocument, ParseWarning } from '../domain.js';
import { opsOnTarget, type OutgoingRecord, type Writer } from './closes.js';
import { execPipeline, type StoreContext } from './context.js';
import { decodeDoc } from './doc-codec.js';
import { normalizeName } from './identity.js';
import { readMany } from './protocol-catalog.js';
import { decodeWriteReply, encodeOps, type StateOp, type StateOpResult } from './state-records.js';
import type { AppliedRecord, PendingRecord } from './types.js';

export interface OutgoingOutcome {
  applied: AppliedRecord[];
  pending: PendingRecord[];
  warnings: ParseWarning[];
}

/**
 * Apply a document's closes and extensions to the acts they name: at once when the act
 * is stored, else filed under `pending:<its identity>` for its import to apply.
 *
 * Round-trips: one to look every target up (one more to read the candidates of a
 * reference without a date), one to read the target documents, one to write every
 * target's records (one Lua call per target, pipelined); for waiting records, one to
 * file them and one to look their targets up again. That second look is a handshake:
 * a record filed while its target is being imported is not lost, because this side
 * looks the target up after filing, and the target's import reads `pending:` after
 * writing its own identity, so at least one of the two sees the other (both applying
 * is harmless: the records are idempotent).
 */
export async function applyOutgoing(ctx: StoreContext, outgoing: readonly OutgoingRecord[], writer: Writer): Promise<OutgoingOutcome> {
  const outcome: OutgoingOutcome = { applied: [], pending: [], warnings: [] };
  if (outgoing.length === 0) return outcome;

  const found = await resolveTargets(ctx, outgoing, outcome.warnings);
  const resolved = outgoing.flatMap((o, i) => (typeof found[i] === 'string' ? [{ o, key: found[i] as string }] : []));
  const unknown = outgoing.filter((_, i) => found[i] === null);

  await applyResolved(ctx, resolved, writer, outcome);

  if (unknown.length > 0) {
    const { redis, keys } = ctx;
    const file = redis.pipeline();
    for (const o of unknown) file.hset(keys.pending(pendingId(o)), o.field, JSON.stringify(o.record));
    await execPipeline(file);
    // Looked up again after filing: the handshake with a target imported meanwhile.
    const again = await resolveTargets(ctx, unknown, []);
    const late = unknown.flatMap((o, i) => (typeof again[i] === 'string' ? [{ o, key: again[i] as string }] : []));
    if (late.length > 0) {
      // The target arrived while this document was being imported: apply now, then drop the filed copies.
      await applyResolved(ctx, late, writer, outcome);
      const drop = redis.pipeline();
      for (const { o } of late) drop.hdel(keys.pending(pendingId(o)), o.field);
      await execPipeline(drop);
    }
    const lateFields = new Set(late.map(({ o }) => o.field));
    outcome.pending.push(...unknown.filter((o) => !lateFields.has(o.field)).map((o) => o.record));
  }
  return outcome;
}

/**
 * Per reference: the target's key, null when it is not stored yet, undefined when it
 * cannot be told (warned). One round-trip, and one more to read the candidates of a
 * reference without a date, told apart by their issuer.
 */
async function resolveTargets(ctx: StoreContext, outgoing: readonly OutgoingRecord[], warnings: ParseWarning[]): Promise<Array<string | null | undefined>> {
  const lookups = ctx.redis.pipeline();
  for (const o of outgoing) {
    if (o.lookup.how === 'exact') lookups.get(ctx.keys.ident(o.lookup.id));
    else if (o.lookup.how === 'loose') lookups.smembers(ctx.keys.alias(o.lookup.set));
    // An unclear reference still queues a command, so replies stay aligned.
    else lookups.echo('unclear');
  }
  const replies = await execPipeline(lookups);
  const candidates = new Set<string>();
  outgoing.forEach((o, i) => {
    if (o.lookup.how === 'loose' && o.lookup.issuer !== null) for (const key of replies[i] as string[]) candidates.add(key);
  });
  const issuers = new Map<string, string>();
  for (const p of await readMany(ctx, [...candidates])) issuers.set(p.key, normalizeName(p.doc.protocol.body));
  return outgoing.map((o, i) => pickTarget(o, replies[i], issuers, warnings));
}

function pickTarget(o: OutgoingRecord, reply: unknown, issuers: ReadonlyMap<string, string>, warnings: ParseWarning[]): string | null | undefined {
  const target = describe(o.record);
  const lookup = o.lookup;
  if (lookup.how === 'unclear') {
    warnings.push({ line: o.line, code: 'close_target_unclear', message: `${o.record.by}: the act it refers to has neither number nor date: ${target}` });
    return undefined;
  }
  if (lookup.how === 'exact') return typeof reply === 'string' ? reply : null;
  const members = (reply as string[]).filter((key) => lookup.issuer === null || issuers.get(key) === lookup.issuer).sort();
  if (members.length === 1) return members[0];
  if (members.length === 0) return null;
  warnings.push({
    line: o.line,
    code: 'close_target_ambiguous',
    message: `${o.record.by}: ${target} may be any of ${members.join(', ')}; nothing applied — apply it by hand`,
  });
  return undefined;
}

async function applyResolved(
  ctx: StoreContext,
  resolved: ReadonlyArray<{ o: OutgoingRecord; key: string }>,
  writer: Writer,
  outcome: OutgoingOutcome,
): Promise<void> {
  if (resolved.length === 0) return;
  const { redis, keys } = ctx;
  const targetKeys = [...new Set(resolved.map((r) => r.key))];
  const read = redis.pipeline();
  for (const key of targetKeys) read.getBuffer(keys.doc(key));
  const values = await execPipeline(read);
  const docs = new Map<string, ParsedDocument>();
  targetKeys.forEach((key, i) => {
    const value = values[i];
    if (Buffer.isBuffer(value)) docs.set(key, decodeDoc(value).doc);
  });

  const opsByTarget = new Map<string, StateOp[]>();
  for (const { o, key } of resolved) {
    const doc = docs.get(key);
    if (!doc) {
      // The index named a protocol deleted meanwhile: say so rather than drop the record unseen.
      outcome.warnings.push({ line: o.line, code: 'close_target_missing', message: `${o.record.by}: protocol ${key} was deleted while this document was imported; nothing applied` });
      continue;
    }
    const { ops, warnings } = opsOnTarget(o.record, { key, doc }, writer, o.line);
    outcome.warnings.push(...warnings);
    opsByTarget.set(key, [...(opsByTarget.get(key) ?? []), ...ops]);
  }
  const targets = [...opsByTarget.entries()].filter(([, ops]) => ops.length > 0);
  if (targets.length === 0) return;
  const write = redis.pipeline();
  for (const [key, ops] of targets) ctx.protocolWrite.queue(write, [keys.doc(key), keys.state(key), keys.audit(key)], ['state', 0, '', '', encodeOps(ops)]);
  const replies = await execPipeline(write);
  targets.forEach(([key, ops], i) => {
    const reply = decodeWriteReply(replies[i], ops);
    if (reply.status === 'ok') outcome.applied.push(...appliedOf(key, reply.results));
    else outcome.warnings.push({ line: null, code: 'close_target_missing', message: `protocol ${key} was deleted while this document was imported; nothing applied there` });
  });
}

export function appliedOf(protocolKey: string, results: readonly StateOpResult[]): AppliedRecord[] {
  return results.flatMap((r): AppliedRecord[] => {
    if (!r.changed) return [];
    return r.kind === 'closure'
      ? [{ kind: 'closure', protocolKey, scope: r.scope, closure: r.closure }]
      : [{ kind: 'postponement', protocolKey, scope: r.scope, postponement: r.postponement }];
  });
}

/** Only exact and loose lookups reach `unknown`: an unclear reference is warned about and never filed. */
function pendingId(o: OutgoingRecord): string {
  if (o.lookup.how === 'unclear') throw new Error(`${o.record.by}: an unclear reference cannot wait for its act`);
  return o.lookup.id;
}

function describe(record: PendingRecord): string {
  const t = record.target;
  return [t.body, t.number !== null ? `№ ${t.number}` : null, t.date !== null ? `от ${t.date}` : null, t.title].filter(Boolean).join(' ');
}
