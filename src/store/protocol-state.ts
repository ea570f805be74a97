import { z } from 'zod';
import type { Closure, PlanState, Postponement, StateRecords, StateScope } from '../records/state.js';
import { planStateOf } from '../records/state.js';
import type { StoreContext } from './context.js';
import {
  canonicalInstant,
  closureAudit,
  decodeState,
  decodeWriteReply,
  encodeOps,
  postponementAudit,
  type StateOp,
  type StateOpResult,
} from './state-records.js';
import type { AuditEntry } from './types.js';

/**
 * What has happened to a protocol's assignments (closures, postponements) and its audit
 * trail. Each change and its audit entry are one Lua step (state-records.ts).
 */

/** Who records a change, for its audit entry. Without it: the record's own time and author. */
export interface RecordedBy {
  now: Date;
  actor: string;
}

export async function recordClosure(ctx: StoreContext, key: string, scope: StateScope, closure: Closure, recordedBy?: RecordedBy): Promise<boolean> {
  const record: Closure = { at: canonicalInstant(closure.at, 'closure time'), how: closure.how, by: closure.by, reason: closure.reason ?? null };
  const who = recordedBy ? { at: recordedBy.now.toISOString(), actor: recordedBy.actor } : { at: record.at, actor: record.by };
  const [result] = await writeState(ctx, key, [{ kind: 'closure', scope, closure: record, audit: closureAudit(scope, record, who) }]);
  return result?.changed ?? false;
}

export async function recordPostponement(
  ctx: StoreContext,
  key: string,
  scope: StateScope,
  p: Omit<Postponement, 'sequence'>,
  recordedBy?: RecordedBy,
): Promise<Postponement> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.to)) throw new Error(`postponement date ${JSON.stringify(p.to)} is not YYYY-MM-DD`);
  const record = { to: p.to, at: canonicalInstant(p.at, 'postponement time'), by: p.by, reason: p.reason ?? null };
  const who = recordedBy ? { at: recordedBy.now.toISOString(), actor: recordedBy.actor } : { at: record.at, actor: record.by };
  const [result] = await writeState(ctx, key, [{ kind: 'postponement', scope, postponement: record, audit: postponementAudit(scope, record, who) }]);
  if (result?.kind !== 'postponement') throw new Error('srokProtocolWrite answered a postponement with another record');
  return result.postponement;
}

async function writeState(ctx: StoreContext, key: string, ops: StateOp[]): Promise<StateOpResult[]> {
  const { keys } = ctx;
  const reply = decodeWriteReply(await ctx.protocolWrite.run([keys.doc(key), keys.state(key), keys.audit(key)], ['state', 0, '', '', encodeOps(ops)]), ops);
  if (reply.status === 'missing') throw new Error(`protocol ${key} is not stored; nothing recorded`);
  if (reply.status !== 'ok') throw new Error(`protocol ${key}: state write refused (${reply.status})`);
  return reply.results;
}

export async function getStateRecords(ctx: StoreContext, key: string): Promise<StateRecords> {
  return decodeState(await ctx.redis.hgetall(ctx.keys.state(key)));
}

export async function getPlanState(ctx: StoreContext, key: string): Promise<PlanState> {
  return planStateOf(await getStateRecords(ctx, key));
}

const auditSchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  scope: z.object({ item: z.string().nullable(), part: z.string().optional(), occurrence: z.string().optional() }).optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
});

/** An entry of an action that changes no state record (an operator's note, a resend). */
export async function appendAudit(ctx: StoreContext, key: string, entry: AuditEntry): Promise<void> {
  await ctx.redis.rpush(ctx.keys.audit(key), JSON.stringify(entry));
}

export async function getAudit(ctx: StoreContext, key: string): Promise<AuditEntry[]> {
  const entries = await ctx.redis.lrange(ctx.keys.audit(key), 0, -1);
  return entries.map((json) => auditSchema.parse(JSON.parse(json)) as AuditEntry);
}
