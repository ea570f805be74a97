export { Store, type StoreOptions } from './store.js';
export { connectRedis, deletePrefix, describeRedis, type ConnectOptions, type RedisDescription } from './redis.js';
export { bullPrefix, storeKeys, type StoreKeys } from './keys.js';
export { sharedCounters, type SharedCounters } from './mail-counters.js';
export type { MailBuffers } from './mail-buffers.js';
export type { QueueNotes } from './queue-notes.js';
export type { LinkUses } from './link-uses.js';
export type { OnceMarks } from './once-marks.js';
export type { PostponementRequests } from './postponement-requests.js';
export { SendLedger, DEFAULT_LEDGER_TTL_MS, type ClaimResult, type LedgerEntry, type LedgerState } from './send-ledger.js';
export type { RecordedBy } from './protocol-state.js';
export type { TrackUpdates } from './tracks.js';
export type { ImportSteps, ProtocolStep, WrittenProtocol } from './import-protocol.js';
export type { ProtocolWithState } from './protocol-catalog.js';
export type {
  AppliedRecord,
  AuditEntry,
  DueEntry,
  ImportOptions,
  ImportResult,
  ImportStatus,
  PendingRecord,
  ProtocolSummary,
  StoredProtocol,
  TrackNext,
} from './types.js';
