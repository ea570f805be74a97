import type { Redis } from 'ioredis';
import type { ParsedDocument } from '../domain.js';
import type { Closure, PlanState, Postponement, StateRecords, StateScope } from '../records/state.js';
import { DEL_IF_EQUALS, type StoreContext } from './context.js';
import { defineScript } from './define-script.js';
import { deleteProtocol } from './delete-protocol.js';
import { importAndRead, importProtocol, importSteps, type ImportSteps } from './import-protocol.js';
import { IMPORT_NEW_SCRIPT } from './import-new.js';
import { storeKeys, type StoreKeys } from './keys.js';
import { findProtocol, getProtocol, getProtocolWithState, getRouting, listProtocols, readMany, type ProtocolWithState } from './protocol-catalog.js';
import type { ProtocolRouting } from '../records/routing.js';
import { appendAudit, getAudit, getPlanState, getStateRecords, recordClosure, recordPostponement, type RecordedBy } from './protocol-state.js';
import { DEFAULT_LEDGER_TTL_MS, SendLedger } from './send-ledger.js';
import { LinkUses } from './link-uses.js';
import { MailBuffers } from './mail-buffers.js';
import { readMailCounters } from './mail-counters.js';
import { QueueNotes } from './queue-notes.js';
import { OnceMarks } from './once-marks.js';
import { PostponementRequests } from './postponement-requests.js';
import { defineProtocolWrite } from './state-records.js';
import { threadRoot } from './thread-roots.js';
import type { DirectoryEntry } from '../config/schema.js';
import type { AliasRecord, Correction, ReviewState } from '../corrections/types.js';
import { getAliases, getEntries, getFixes, getReview, getText, listWaiting, putEntry, putFixes, reviewsOf, setAlias, setReview, setText } from './review-records.js';
import { dueBefore, getTracks, nextDue, replaceTracks, setTracksNext, setTracksNextWithJobs, type TrackUpdates } from './tracks.js';
import type { AuditEntry, DueEntry, ImportOptions, ImportResult, ProtocolSummary, StoredProtocol, TrackNext } from './types.js';

export interface StoreOptions {
  /** How long ledger entries and thread roots are kept after their last change. Default 400 days. */
  ledgerTtlMs?: number;
}

/**
 * The store of record: protocols, what has happened to their assignments, the next step
 * of every track, what was sent. Redis holds it all (see keys.ts for the layout);
 * several workers share it.
 */
export class Store {
  readonly keys: StoreKeys;
  /** What was sent: claim before SMTP, markSent after (send-ledger.ts states the guarantee). */
  readonly ledger: SendLedger;
  /** The buffers catch-up and digest mails are gathered in. */
  readonly buffers: MailBuffers;
  /** Jobs noted for a simulated clock, and which jobs of the queue still exist. */
  readonly queueNotes: QueueNotes;
  /** Single use of the signed links in mails. */
  readonly links: LinkUses;
  /** Import receipts sent once, and the lease on a polled mailbox. */
  readonly once: OnceMarks;
  /** Postponement requests and their one decision. */
  readonly requests: PostponementRequests;
  private readonly ctx: StoreContext;
  private readonly ledgerTtlMs: number;

  constructor(redis: Redis, prefix: string, options: StoreOptions = {}) {
    this.keys = storeKeys(prefix);
    this.ledgerTtlMs = options.ledgerTtlMs ?? DEFAULT_LEDGER_TTL_MS;
    this.ctx = {
      redis,
      keys: this.keys,
      protocolWrite: defineProtocolWrite(redis),
      importNew: defineScript(redis, IMPORT_NEW_SCRIPT.name, null, IMPORT_NEW_SCRIPT.lua),
      delIfEquals: defineScript(redis, 'srokDelIfEquals', 1, DEL_IF_EQUALS),
    };
    this.ledger = new SendLedger(redis, this.keys, this.ledgerTtlMs);
    this.buffers = new MailBuffers(redis, this.keys);
    this.queueNotes = new QueueNotes(redis, this.keys);
    this.links = new LinkUses(redis, this.keys);
    this.once = new OnceMarks(redis, this.keys);
    this.requests = new PostponementRequests(redis, this.keys);
  }

  /** Every worker's delivery counters, as written (mail-counters.ts). */
  mailCounters(): Promise<Record<string, string>> {
    return readMailCounters(this.ctx.redis, this.keys.prefix);
  }

  /** How many mails failed for good and are still in the ledger. */
  failedCount(): Promise<number> {
    return this.ctx.redis.zcard(this.keys.failed);
  }

  /** Whether Redis answers (for /health). */
  async ping(): Promise<boolean> {
    return (await this.ctx.redis.ping()) === 'PONG';
  }

  /**
   * Hear of config changes another process announced: `listener` runs on each. The
   * subscription takes a connection of its own; `close` ends it.
   */
  async onConfigChange(listener: () => void): Promise<{ close(): void }> {
    const subscriber = this.ctx.redis.duplicate();
    await subscriber.subscribe(this.keys.configChanged);
    subscriber.on('message', () => listener());
    return { close: () => subscriber.disconnect() };
  }

  /** Tell every worker the config changed (as a SIGHUP would): they reload it. */
  async announceConfigChange(at: Date): Promise<void> {
    await this.ctx.redis.publish(this.keys.configChanged, at.toISOString());
  }

  // Protocols

  importProtocol(doc: ParsedDocument, options: ImportOptions): Promise<ImportResult> {
    return importProtocol(this.ctx, doc, options);
  }

  /**
   * The import, and the protocol read back in its last round-trip for the scheduling that follows (null: read it again).
   * `meanwhile` runs while Redis stores an act seen for the first time; what it returns comes back when nothing was
   * recorded under the protocol's key before (what a first plan assumes: import-new.ts).
   */
  importAndRead<T = never>(
    doc: ParsedDocument,
    options: ImportOptions,
    meanwhile?: (stored: StoredProtocol) => T,
  ): Promise<{ result: ImportResult; read: ProtocolWithState | null; meanwhile?: T }> {
    return importAndRead(this.ctx, doc, options, meanwhile);
  }

  /** The import's steps one by one, for tests that stop between them as a crash would. */
  importSteps(doc: ParsedDocument, options: ImportOptions): ImportSteps {
    return importSteps(this.ctx, doc, options);
  }

  getProtocol(key: string): Promise<StoredProtocol | null> {
    return getProtocol(this.ctx, key);
  }

  /** The protocol, its plan state and, when asked, its tracks, in one round-trip. */
  getProtocolWithState(key: string, options: { tracks: boolean }): Promise<ProtocolWithState> {
    return getProtocolWithState(this.ctx, key, options);
  }

  /** Stored protocols of `keys` in one round-trip; keys whose document is gone are left out. */
  getProtocols(keys: readonly string[]): Promise<StoredProtocol[]> {
    return readMany(this.ctx, keys);
  }

  listProtocols(): Promise<ProtocolSummary[]> {
    return listProtocols(this.ctx);
  }

  findProtocol(ref: { number: string; date?: string | null; body?: string | null }): Promise<string[]> {
    return findProtocol(this.ctx, ref);
  }

  deleteProtocol(key: string): Promise<boolean> {
    return deleteProtocol(this.ctx, key);
  }

  // State

  /** False when an equal or earlier closure of the scope is recorded already. */
  recordClosure(key: string, scope: StateScope, closure: Closure, recordedBy?: RecordedBy): Promise<boolean> {
    return recordClosure(this.ctx, key, scope, closure, recordedBy);
  }

  /**
   * The recorded postponement, its sequence the highest of every postponement overlapping
   * its scope + 1, so no part-occurrence gets a sequence (step ids '.v<n>', .ics SEQUENCE)
   * it had before. The same decision again changes nothing.
   */
  recordPostponement(key: string, scope: StateScope, p: Omit<Postponement, 'sequence'>, recordedBy?: RecordedBy): Promise<Postponement> {
    return recordPostponement(this.ctx, key, scope, p, recordedBy);
  }

  getPlanState(key: string): Promise<PlanState> {
    return getPlanState(this.ctx, key);
  }

  getStateRecords(key: string): Promise<StateRecords> {
    return getStateRecords(this.ctx, key);
  }

  appendAudit(key: string, entry: AuditEntry): Promise<void> {
    return appendAudit(this.ctx, key, entry);
  }

  getAudit(key: string): Promise<AuditEntry[]> {
    return getAudit(this.ctx, key);
  }

  // Tracks

  setTrackNext(key: string, track: string, next: TrackNext | null): Promise<void> {
    return setTracksNext(this.ctx, key, [[track, next]]);
  }

  /** Many tracks of one protocol in one round-trip (an import schedules them all); the protocol's routing with them, when given. */
  setTracksNext(key: string, updates: TrackUpdates, routing: ProtocolRouting | null = null): Promise<void> {
    return setTracksNext(this.ctx, key, updates, routing);
  }

  /**
   * The tracks' next steps (and the routing, when given) and the inserts of their jobs
   * in one round-trip on the queue's connection (`client`, the queue's): `addJobs`
   * queues the inserts on the pipeline it is given, after the tracks' write.
   */
  setTracksNextWithJobs<T>(client: { pipeline(): T }, key: string, updates: TrackUpdates, routing: ProtocolRouting | null, addJobs: (transaction: T) => void): Promise<void> {
    return setTracksNextWithJobs(this.keys, client, key, updates, routing, addJobs);
  }

  // Routing

  /** The protocol's stored routing (null: never routed). */
  getRouting(key: string): Promise<ProtocolRouting | null> {
    return getRouting(this.ctx, key);
  }

  /** Keep the protocol's routing (src/records/routing.ts). */
  setRouting(key: string, routing: ProtocolRouting): Promise<void> {
    return setTracksNext(this.ctx, key, [], routing);
  }

  /** Exactly these tracks (a re-plan): the others are cleared. */
  replaceTracks(key: string, tracks: ReadonlyMap<string, TrackNext>): Promise<void> {
    return replaceTracks(this.ctx, key, tracks);
  }

  getTracks(key: string): Promise<Map<string, TrackNext>> {
    return getTracks(this.ctx, key);
  }

  dueBefore(epochMs: number, limit: number): Promise<DueEntry[]> {
    return dueBefore(this.ctx, epochMs, limit);
  }

  nextDue(): Promise<DueEntry | null> {
    return nextDue(this.ctx);
  }

  // Review

  getReview(key: string): Promise<ReviewState | null> {
    return getReview(this.ctx, key);
  }

  reviewsOf(keys: readonly string[]): Promise<Map<string, ReviewState | null>> {
    return reviewsOf(this.ctx, keys);
  }

  /** Null clears it (a protocol that needs no review). */
  setReview(key: string, state: ReviewState | null): Promise<void> {
    return setReview(this.ctx, key, state);
  }

  /** The protocols waiting for review, oldest first (epoch ms since). */
  listWaiting(): Promise<Array<{ key: string; since: number }>> {
    return listWaiting(this.ctx);
  }

  getCorrections(key: string): Promise<Correction[]> {
    return getFixes(this.ctx, key);
  }

  /** Add or replace corrections (by id). */
  putCorrections(key: string, corrections: readonly Correction[]): Promise<void> {
    return putFixes(this.ctx, key, corrections);
  }

  /** The document's lines as read, kept for review. */
  getText(key: string): Promise<string[] | null> {
    return getText(this.ctx, key);
  }

  setText(key: string, lines: readonly string[]): Promise<void> {
    return setText(this.ctx, key, lines);
  }

  /** Remembered executor phrases, by their normalised text. */
  getAliases(): Promise<Map<string, AliasRecord>> {
    return getAliases(this.ctx);
  }

  setAlias(alias: AliasRecord): Promise<void> {
    return setAlias(this.ctx, alias);
  }

  /** Directory entries created while reviewing. */
  getEntries(): Promise<DirectoryEntry[]> {
    return getEntries(this.ctx);
  }

  putEntry(entry: DirectoryEntry): Promise<void> {
    return putEntry(this.ctx, entry);
  }

  // Threads

  /** The thread's root Message-ID; `first` when this candidate became it. */
  threadRoot(threadKey: string, candidateMessageId: string): Promise<{ root: string; first: boolean }> {
    return threadRoot(this.ctx, this.ledgerTtlMs, threadKey, candidateMessageId);
  }
}
