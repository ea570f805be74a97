import type { ParsedDocument } from '../domain.js';
import type { PlanState } from '../plan/state.js';
import { planStateOf } from '../plan/state.js';
import { execPipeline, type StoreContext } from './context.js';
import { decodeDoc, decodeHeader, type DocHeader } from './doc-codec.js';
import { findLookup, normalizeName } from './identity.js';
import { decodeState } from './state-records.js';
import { decodeTracks } from './tracks.js';
import type { ProtocolSummary, StoredProtocol, TrackNext } from './types.js';

/** Reading protocols back: one, all, or those a reference names. */

export async function getProtocol(ctx: StoreContext, key: string): Promise<StoredProtocol | null> {
  const value = await ctx.redis.getBuffer(ctx.keys.doc(key));
  return value ? storedOf(key, value) : null;
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
  remember(decodedId(key, header, value.length), storedFrom(key, header, doc));
}

function storedFrom(key: string, header: DocHeader, doc: ParsedDocument): StoredProtocol {
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
}

/** A protocol, its state and (when asked) its tracks, in one round-trip: what a plan of it starts from. */
export async function getProtocolWithState(ctx: StoreContext, key: string, options: { tracks: boolean }): Promise<ProtocolWithState> {
  const read = ctx.redis.pipeline();
  read.getBuffer(ctx.keys.doc(key));
  read.hgetall(ctx.keys.state(key));
  if (options.tracks) read.hgetall(ctx.keys.tracks(key));
  const [value, state, tracks] = await execPipeline(read);
  return {
    stored: Buffer.isBuffer(value) ? storedOf(key, value) : null,
    state: planStateOf(decodeState(state as Record<string, string>)),
    tracks: options.tracks ? decodeTracks(tracks as Record<string, string>) : new Map(),
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

/** Stored protocols of `keys` in one round-trip; keys whose document is gone are left out. */
export async function readMany(ctx: StoreContext, keys: readonly string[]): Promise<StoredProtocol[]> {
  if (keys.length === 0) return [];
  const read = ctx.redis.pipeline();
  for (const key of keys) read.getBuffer(ctx.keys.doc(key));
  const values = await execPipeline(read);
  return keys.flatMap((key, i) => {
    const value = values[i];
    return Buffer.isBuffer(value) ? [storedOf(key, value)] : [];
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
