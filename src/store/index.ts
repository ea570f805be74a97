export { Store, type StoreOptions } from './store.js';
export { connectRedis, deletePrefix, describeRedis, type ConnectOptions, type RedisDescription } from './redis.js';
export { storeKeys, type StoreKeys } from './keys.js';
export { SendLedger, DEFAULT_LEDGER_TTL_MS, type ClaimResult, type LedgerEntry, type LedgerState } from './send-ledger.js';
export type { RecordedBy } from './protocol-state.js';
export type { TrackUpdates } from './tracks.js';
export type { ImportSteps, ProtocolStep, WrittenProtocol } from './import-protocol.js';
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
