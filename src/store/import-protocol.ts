import { z } from 'zod';
import type { ParsedDocument, ParseWarning } from '../domain.js';
import { protocolKey as slugKey } from '../records/protocol-key.js';
import { appliedOf, applyOutgoing } from './apply-outgoing.js';
import { opsOnTarget, outgoingRecords, type Writer } from './closes.js';
import { execPipeline, type StoreContext } from './context.js';
import { decodeDoc, encodeDoc, type DocHeader } from './doc-codec.js';
import { identityOf, type ProtocolIdentity } from './identity.js';
import { hasOutgoing, importNew, sameDayWarning, type FirstRead } from './import-new.js';
import { primeDecoded, protocolWithStateOf, queueProtocolWithState, type ProtocolWithState } from './protocol-catalog.js';
import { decodeWriteReply, encodeOps, type StateOp } from './state-records.js';
import type { AppliedRecord, AuditEntry, ImportOptions, ImportResult, PendingRecord, StoredProtocol } from './types.js';

/**
 * Import a parsed document as a protocol. The same content twice is one protocol
 * ('unchanged'); another file with the same identity is a corrected version ('updated',
 * version + 1, every state record kept).
 *
 * The steps, and what a crash between them leaves:
 *  1. read: the content's and the identity's index entries, the stored document, the
 *     records waiting for this act, the other unnumbered acts of its issuer that day
 *     (one round-trip);
 *  2. write the protocol's own keys in one Lua step: the document, its audit entry, the
 *     waiting records applied (one round-trip);
 *  3. apply this document's closes and extensions to the acts they name, or file them
 *     as waiting (see applyOutgoing);
 *  4. write the global indexes, the `sha:` entry last (one round-trip).
 * A first import of a protocol that closes nothing takes three round-trips this way;
 * importAndRead makes it one (import-new.ts: steps 1, 2 and 4 in one Lua step, when
 * nothing is known of the act yet), and takes these steps otherwise.
 * Every step after 2 is idempotent. A crash after 2 leaves the document stored without
 * its `sha:` entry; the next import of the file finds it, writes nothing twice, and
 * runs 3 and 4 again, returning the status the interrupted import would have.
 */
export async function importProtocol(ctx: StoreContext, doc: ParsedDocument, options: ImportOptions): Promise<ImportResult> {
  return (await importAndRead(ctx, doc, options)).result;
}

/**
 * The import, and the protocol as a plan of it starts from (getProtocolWithState, with
 * its tracks) read in the import's last round-trip, after every write of it: the
 * scheduling that follows an import need not read it again. `read` is null when the
 * import wrote nothing (unchanged) or wrote again after that read (records that arrived
 * late). `meanwhile` is work on the protocol done while Redis stores an act seen for the
 * first time (a first plan of it); its result comes back as importNew says.
 */
export async function importAndRead<T = never>(
  ctx: StoreContext,
  doc: ParsedDocument,
  options: ImportOptions,
  meanwhile?: (stored: StoredProtocol) => T,
): Promise<{ result: ImportResult; read: ProtocolWithState | null; meanwhile?: T }> {
  // An act seen for the first time, closing nothing: one round-trip (import-new.ts).
  let first: FirstRead | undefined;
  if (!hasOutgoing(doc)) {
    const step = await importNew(ctx, doc, options, meanwhile);
    if (step.kind === 'imported') return { result: step.result, read: step.read, ...(step.meanwhile !== undefined ? { meanwhile: step.meanwhile } : {}) };
    first = step.read;
  }
  // Another import of the same act between our read and our write makes the write
  // refuse; reading again sees it. Every round one of the competing imports wins, so n
  // imports at once need at most n rounds; more than MAX_ATTEMPTS is not a workload.
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const steps = importSteps(ctx, doc, options, attempt === 1 ? first : undefined);
    const step = await steps.writeProtocol();
    if (step.kind === 'conflict') continue;
    if (step.kind === 'unchanged') return { result: step.result, read: null };
    return steps.writeIndexesAndRead(step.written);
  }
  throw new Error(`${doc.source.file}: ${MAX_ATTEMPTS} concurrent imports of the same protocol in a row; try again`);
}

const MAX_ATTEMPTS = 16;

/** The internal steps, exposed so a test can stop between them as a crash would. */
export interface ImportSteps {
  /** Steps 1–2. */
  writeProtocol(): Promise<ProtocolStep>;
  /** Steps 3–4. */
  writeIndexes(written: WrittenProtocol): Promise<ImportResult>;
  /** Steps 3–4, and the protocol read back in step 4's round-trip (see importAndRead). */
  writeIndexesAndRead(written: WrittenProtocol): Promise<{ result: ImportResult; read: ProtocolWithState | null }>;
}

export type ProtocolStep =
  | { kind: 'unchanged'; result: ImportResult }
  | { kind: 'written'; written: WrittenProtocol }
  /** Another import of the same act wrote in between: read again. */
  | { kind: 'conflict' };

export interface WrittenProtocol {
  key: string;
  header: DocHeader;
  identity: ProtocolIdentity;
  status: 'new' | 'updated';
  warnings: ParseWarning[];
  applied: AppliedRecord[];
  /** The `pending:` fields applied in step 2, deleted in step 4. */
  consumed: Array<{ id: string; field: string }>;
}

/** `first`: step 1's read, made already by the one-step import of a new act (import-new.ts). */
export function importSteps(ctx: StoreContext, doc: ParsedDocument, options: ImportOptions, first?: FirstRead): ImportSteps {
  const { redis, keys } = ctx;
  const writer: Writer = { now: options.now, actor: options.actor };
  const sha = doc.source.sha256;
  const identity = first?.identity ?? identityOf(doc.protocol);

  const steps: ImportSteps = {
    async writeProtocol() {
      const candidate = first?.candidate ?? slugKey(doc);
      let replies: unknown[];
      if (first !== undefined) {
        replies = first.replies;
      } else {
        const read = redis.pipeline();
        read.get(keys.sha(sha));
        read.get(keys.ident(identity.id));
        read.getBuffer(keys.doc(candidate));
        for (const id of identity.pendingIds) read.hgetall(keys.pending(id));
        if (identity.sameDay !== null) read.smembers(keys.alias(identity.sameDay));
        replies = await execPipeline(read);
      }
      const shaKey = replies[0] as string | null;
      const identKey = replies[1] as string | null;
      const waiting = identity.pendingIds.flatMap((id, i) => waitingRecords(id, replies[3 + i]));
      const sameDay = identity.sameDay !== null ? (replies[3 + identity.pendingIds.length] as string[]) : [];

      const docs = new Map<string, Buffer | null>([[candidate, replies[2] as Buffer | null]]);
      const readDoc = async (key: string): Promise<Buffer | null> => {
        if (!docs.has(key)) docs.set(key, await redis.getBuffer(keys.doc(key)));
        return docs.get(key) ?? null;
      };

      // This very content is stored and its import finished: nothing to do, unless
      // records arrived for it since (a close filed while it was being imported).
      if (shaKey !== null && waiting.length === 0) {
        const value = await readDoc(shaKey);
        const stored = value ? decodeDoc(value) : null;
        if (stored?.doc.source.sha256 === sha) {
          const result: ImportResult = { status: 'unchanged', protocolKey: shaKey, version: stored.header.v, assignments: doc.assignments.length, warnings: [], applied: [], pending: [] };
          return { kind: 'unchanged', result };
        }
      }

      // The act with this identity, else the slug — unless another act holds that slug.
      let key = identKey ?? candidate;
      let value = await readDoc(key);
      let stored = value ? decodeDoc(value) : null;
      for (let length = 6; identKey === null && stored !== null && identityOf(stored.doc.protocol).id !== identity.id; length += 2) {
        key = `${candidate}-${identity.id.slice(0, length)}`;
        value = await readDoc(key);
        stored = value ? decodeDoc(value) : null;
      }
      const previous = stored?.header ?? null;
      // Stored by an import that stopped before its indexes: finish it, write nothing twice.
      const repeat = previous !== null && stored?.doc.source.sha256 === sha;
      const version = repeat ? previous.v : (previous?.v ?? 0) + 1;
      const status = version === 1 ? 'new' : 'updated';
      const header: DocHeader = repeat ? previous : { f: 1, v: version, at: options.now.toISOString() };

      const warnings: ParseWarning[] = sameDay
        .filter((other) => other !== key)
        .sort()
        .map((other) => sameDayWarning(other, doc));
      const ops: StateOp[] = [];
      for (const w of waiting) {
        const made = opsOnTarget(w.record, { key, doc }, writer, null);
        ops.push(...made.ops);
        warnings.push(...made.warnings);
      }

      const audit: AuditEntry = {
        at: options.now.toISOString(),
        actor: options.actor,
        action: 'import',
        detail: { status, version, sha256: sha, file: doc.source.file },
      };
      // The first step's encoding of this document as a first version, when that is what is written.
      const made = first?.encoded;
      const encoded = repeat ? null : made !== undefined && made.header.v === header.v && made.header.at === header.at ? made.value : encodeDoc(header, doc);
      const reply = decodeWriteReply(
        await ctx.protocolWrite.run(
          [keys.doc(key), keys.state(key), keys.audit(key)],
          ['import', previous?.v ?? 0, encoded ?? '', repeat ? '' : JSON.stringify(audit), encodeOps(ops)],
        ),
        ops,
      );
      if (reply.status !== 'ok') return { kind: 'conflict' };
      // The scheduling that follows reads this version back: it need not inflate it.
      if (encoded !== null) primeDecoded(key, header, encoded, doc);
      const written: WrittenProtocol = {
        key,
        header,
        identity,
        status,
        warnings,
        applied: appliedOf(key, reply.results),
        consumed: waiting.map(({ id, field }) => ({ id, field })),
      };
      return { kind: 'written', written };
    },

    async writeIndexes(written) {
      return (await steps.writeIndexesAndRead(written)).result;
    },

    async writeIndexesAndRead(written) {
      const { key, header } = written;
      const outgoing = await applyOutgoing(ctx, outgoingRecords(doc, key, options.now), writer);
      const applied = [...written.applied, ...outgoing.applied];
      const warnings = [...written.warnings, ...outgoing.warnings];

      const index = redis.pipeline();
      index.zadd(keys.protocols, Date.parse(header.at), key);
      index.set(keys.ident(identity.id), key);
      if (identity.alias !== null) index.sadd(keys.alias(identity.alias), key);
      for (const { id, field } of written.consumed) index.hdel(keys.pending(id), field);
      // Read after the identity is written: a close filed by a concurrent import that
      // did not see this act yet is here now (applyOutgoing explains the handshake).
      for (const id of identity.pendingIds) index.hgetall(keys.pending(id));
      // What the scheduling that follows plans from, read after this import's writes.
      const reads = queueProtocolWithState(ctx, index, key, { tracks: true });
      // Last: its presence tells a later import of this file that everything above is
      // done. Records found late are applied below; should that be cut short, they are
      // still waiting, and a later import of this file sees them and applies them.
      index.set(keys.sha(sha), key);
      const replies = await execPipeline(index);
      const readAt = replies.length - 1 - reads;
      const tail = replies.slice(readAt - identity.pendingIds.length, readAt);
      const late = identity.pendingIds.flatMap((id, i) => waitingRecords(id, tail[i]));
      let read: ProtocolWithState | null = protocolWithStateOf(key, replies.slice(readAt, readAt + reads), { tracks: true });
      if (late.length > 0) {
        const ops: StateOp[] = [];
        for (const w of late) {
          const made = opsOnTarget(w.record, { key, doc }, writer, null);
          ops.push(...made.ops);
          warnings.push(...made.warnings);
        }
        const reply = decodeWriteReply(await ctx.protocolWrite.run([keys.doc(key), keys.state(key), keys.audit(key)], ['state', 0, '', '', encodeOps(ops)]), ops);
        if (reply.status === 'ok') applied.push(...appliedOf(key, reply.results));
        // The state changed after the read: the scheduling reads it again.
        read = null;
        const drop = redis.pipeline();
        for (const w of late) drop.hdel(keys.pending(w.id), w.field);
        await execPipeline(drop);
      }

      const result: ImportResult = {
        status: written.status,
        protocolKey: key,
        version: header.v,
        assignments: doc.assignments.length,
        warnings,
        applied,
        pending: outgoing.pending,
      };
      return { result, read };
    },
  };
  return steps;
}

const pendingSchema = z.object({
  kind: z.enum(['closure', 'postponement']),
  target: z.object({ number: z.string().nullable(), date: z.string().nullable(), title: z.string().nullable(), body: z.string().nullable() }),
  items: z.array(z.string()),
  how: z.enum(['done', 'closed', 'cancelled']).nullable(),
  to: z.string().nullable(),
  at: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
  source: z.object({ protocolKey: z.string(), item: z.string().nullable() }),
});

function waitingRecords(id: string, reply: unknown): Array<{ id: string; field: string; record: PendingRecord }> {
  const hash = (reply ?? {}) as Record<string, string>;
  return Object.entries(hash)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, json]) => ({ id, field, record: pendingSchema.parse(JSON.parse(json)) }));
}
