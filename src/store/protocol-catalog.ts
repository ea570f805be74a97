import type { ChainableCommander } from 'ioredis';
import type { ParsedDocument } from '../domain.js';
import { decodeRouting, type ProtocolRouting } from '../records/routing.js';
import type { PlanState } from '../records/state.js';
import { planStateOf } from '../records/state.js';
import { execPipeline, type StoreContext } from './context.js';
import { decodeDoc, decodeHeader, type DocHeader } from './doc-codec.js';
import { findLookup, normalizeName } from './identity.js';
import { decodeState } from './state-records.js';
import { decodeTracks } from './tracks.js';
import { applyCorrections } from '../corrections/corrections.js';
import type { ReviewState } from '../corrections/types.js';
import { decodeFixes, decodeReview } from './review-records.js';
import type { ProtocolSummary, StoredProtocol, TrackNext } from './types.js';

/** Reading protocols back: one, all, or those a reference names. */

export async function getProtocol(ctx: StoreContext, key: string): Promise<StoredProtocol | null> {
  const [value, fixes] = await execPipeline(ctx.redis.pipeline().getBuffer(ctx.keys.doc(key)).hgetall(ctx.keys.fixes(key)));
  return Buffer.isBuffer(value) ? corrected(storedOf(key, value), fixes) : null;
}

/** Documents with their corrections laid over, by the raw document and the corrections' JSON. */
const correctedMemo = new Map<string, { raw: StoredProtocol; stored: StoredProtocol }>();

/**
 * What an operator corrected, laid over what srok understood (src/corrections/corrections.ts).
 * Every reader of a protocol — plan, steps, reports, pages — sees the corrected one; the
 * raw document stays as imported, so a re-import keeps the corrections.
 */
function corrected(raw: StoredProtocol, fixesReply: unknown): StoredProtocol {
  const fixes = decodeFixes(fixesReply as Record<string, string> | null);
  if (fixes.length === 0) return raw;
  const id = `${raw.key}\u0000${raw.version}\u0000${raw.importedAt}\u0000${JSON.stringify(fixes)}`;
  const hit = correctedMemo.get(id);
  if (hit && hit.raw === raw) return hit.stored;
  const { doc } = applyCorrections(raw.doc, fixes);
  const stored: StoredProtocol = { ...raw, doc, raw: raw.doc, corrections: fixes };
  if (correctedMemo.size >= MAX_DECODED) correctedMemo.delete(correctedMemo.keys().next().value as string);
  correctedMemo.set(id, { raw, stored });
  return stored;
}

/**
 * Decoded documents by key, version and import instant: every job of a protocol reads
 * its document, and inflating and parsing a 100-assignment protocol costs more than
 * the rest of a step. A version is written once and never changed in place (a corrected
 * file is the next version), so a hit is the same document. Callers treat it as read-only.
 */
const decoded = new Map<string, StoredProtocol>();
const MAX_DECODED = 256;

function decodedId(key: string, header: DocHeader, length: number): string {
  return `${key}\u0000${header.v}\u0000${header.at}\u0000${length}`;
}

function remember(id: string, stored: StoredProtocol): void {
  if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value as string);
  decoded.set(id, stored);
}

/**
 * The document an import has just written, as a read of it would decode it: the
 * scheduling that follows every import then does not inflate what it wrote. `doc`
 * must be plain JSON data (a parsed document is) and is not changed afterwards.
 */
export function primeDecoded(key: string, header: DocHeader, value: Buffer, doc: ParsedDocument): void {
  primeStored(storedFrom(key, header, doc), header, value);
}

/** As primeDecoded, with the protocol as a read of it gives it made already (storedFrom): later reads give this very object. */
export function primeStored(stored: StoredProtocol, header: DocHeader, value: Buffer): void {
  remember(decodedId(stored.key, header, value.length), stored);
}

export function storedFrom(key: string, header: DocHeader, doc: ParsedDocument): StoredProtocol {
  return { key, version: header.v, sha256: doc.source.sha256, importedAt: header.at, file: doc.source.file, doc };
}

function storedOf(key: string, value: Buffer): StoredProtocol {
  const header = decodeHeader(value);
  const id = decodedId(key, header, value.length);
  const hit = decoded.get(id);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    decoded.delete(id);
    decoded.set(id, hit);
    return hit;
  }
  const stored = storedFrom(key, header, decodeDoc(value).doc);
  remember(id, stored);
  return stored;
}

export interface ProtocolWithState {
  stored: StoredProtocol | null;
  state: PlanState;
  /** Each track's next step; read only when asked for. */
  tracks: Map<string, TrackNext>;
  /** Whether it waits for review (null: never reviewed, or the gate was off). */
  review: ReviewState | null;
  /** Its executors' routing as last stored (null: never routed); the reader checks its basis. */
  routing: ProtocolRouting | null;
}

/** A protocol, its state and (when asked) its tracks, in one round-trip: what a plan of it starts from. */
export async function getProtocolWithState(ctx: StoreContext, key: string, options: { tracks: boolean }): Promise<ProtocolWithState> {
  const read = ctx.redis.pipeline();
  queueProtocolWithState(ctx, read, key, options);
  return protocolWithStateOf(key, await execPipeline(read), options);
}

/** The reads of getProtocolWithState queued in a pipeline (an import's last one reads them after its writes). */
export function queueProtocolWithState(ctx: StoreContext, read: ChainableCommander, key: string, options: { tracks: boolean }): number {
  read.getBuffer(ctx.keys.doc(key));
  read.hgetall(ctx.keys.state(key));
  read.hgetall(ctx.keys.fixes(key));
  read.get(ctx.keys.review(key));
  read.get(ctx.keys.routing(key));
  if (options.tracks) read.hgetall(ctx.keys.tracks(key));
  return options.tracks ? 6 : 5;
}

/** The replies of the reads queueProtocolWithState queued, in order. */
export function protocolWithStateOf(key: string, replies: readonly unknown[], options: { tracks: boolean }): ProtocolWithState {
  const [value, state, fixes, review, routing, tracks] = replies;
  return {
    stored: Buffer.isBuffer(value) ? corrected(storedOf(key, value), fixes) : null,
    state: planStateOf(decodeState(state as Record<string, string>)),
    tracks: options.tracks ? decodeTracks(tracks as Record<string, string>) : new Map(),
    review: decodeReview((review as string | null) ?? null),
    routing: decodeRouting((routing as string | null) ?? null),
  };
}

/** Every protocol, by the import time of its current version: two round-trips whatever their number. */
export async function listProtocols(ctx: StoreContext): Promise<ProtocolSummary[]> {
  const keys = await ctx.redis.zrange(ctx.keys.protocols, 0, -1);
  const stored = await readMany(ctx, keys);
  return stored.map(({ key, version, importedAt, doc }) => ({
    key,
    version,
    importedAt,
    number: doc.protocol.number,
    date: doc.protocol.date,
    body: doc.protocol.body,
    title: doc.protocol.title,
    assignments: doc.assignments.length,
  }));
}

/** The stored routing of a protocol (null: never routed). */
export async function getRouting(ctx: StoreContext, key: string): Promise<ProtocolRouting | null> {
  return decodeRouting(await ctx.redis.get(ctx.keys.routing(key)));
}

/** Stored protocols of `keys` in one round-trip; keys whose document is gone are left out. */
export async function readMany(ctx: StoreContext, keys: readonly string[]): Promise<StoredProtocol[]> {
  if (keys.length === 0) return [];
  const read = ctx.redis.pipeline();
  for (const key of keys) read.getBuffer(ctx.keys.doc(key)).hgetall(ctx.keys.fixes(key));
  const values = await execPipeline(read);
  return keys.flatMap((key, i) => {
    const value = values[2 * i];
    return Buffer.isBuffer(value) ? [corrected(storedOf(key, value), values[2 * i + 1])] : [];
  });
}

/**
 * The keys of the protocols a reference names: by number + date + issuer; without one
 * of date or issuer, the protocols of that number whose date and issuer match what is
 * given. Names and numbers are normalised as for identity (case, «ё», quotes, spaces).
 */
export async function findProtocol(ctx: StoreContext, ref: { number: string; date?: string | null; body?: string | null }): Promise<string[]> {
  const lookup = findLookup(ref);
  if (lookup.how === 'exact') {
    const key = await ctx.redis.get(ctx.keys.ident(lookup.id));
    return key === null ? [] : [key];
  }
  const members = (await ctx.redis.smembers(ctx.keys.alias(lookup.set))).sort();
  if (lookup.date === null && lookup.issuer === null) return members;
  const stored = await readMany(ctx, members);
  return stored
    .filter((p) => (lookup.date === null || p.doc.protocol.date === lookup.date) && (lookup.issuer === null || normalizeName(p.doc.protocol.body) === lookup.issuer))
    .map((p) => p.key);
}
