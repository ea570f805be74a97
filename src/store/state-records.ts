import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Closure, Postponement, StateRecords, StateScope } from '../records/state.js';
import { scopeField } from '../records/state.js';
import { defineScript, type Script } from './define-script.js';
import type { AuditEntry } from './types.js';

/**
 * State records (closures, postponements) live in the protocol's `state` hash, one field
 * per scope and kind: 'c|<scopeField>' → Closure, 'p|<scopeField>' → Postponement. Every
 * change and its audit entry are written by one Lua script, so a record never exists
 * without its audit line, and the rules are applied where no other writer can
 * interleave:
 * - a closure is kept only when no equal or earlier closure of the scope exists (the
 *   earliest counts, and recording the same closure twice changes nothing);
 * - a postponement gets the highest sequence of every postponement that overlaps its
 *   scope (one that overrides it or is overridden by it on some part-occurrence: the
 *   assignment's, the part's, the occurrence's, the part-occurrences') + 1. A
 *   part-occurrence's step ids carry the sequence of the record that moves it ('.v2'),
 *   so a sequence taken from the scope alone could repeat one that part-occurrence
 *   already had under another record, and the send ledger would block the new ladder;
 *   the .ics SEQUENCE must rise too. The same decision (same `by`, same `to`) recorded
 *   again changes nothing.
 */

export type StateOp =
  | { kind: 'closure'; scope: StateScope; closure: Closure; audit: AuditEntry }
  | { kind: 'postponement'; scope: StateScope; postponement: Omit<Postponement, 'sequence'>; audit: AuditEntry };

export type StateOpResult =
  | { kind: 'closure'; scope: StateScope; changed: boolean; closure: Closure }
  | { kind: 'postponement'; scope: StateScope; changed: boolean; postponement: Postponement };

/**
 * KEYS: doc, state, audit. ARGV: mode ('import' | 'state'), expected version, document
 * value or '', import audit entry or '', ops (JSON).
 * 'import' writes the document only when its stored version is the expected one (two
 * imports of one protocol at once: the second retries); 'state' needs the document to
 * exist. Returns {'ok', changed1, record1, changed2, record2, …}, {'conflict'} or {'missing'}.
 */
const PROTOCOL_WRITE = `
local raw = redis.call('GET', KEYS[1])
local version = 0
if raw then
  local nl = string.find(raw, '\\n', 1, true)
  version = tonumber(cjson.decode(string.sub(raw, 1, nl - 1)).v)
end
if ARGV[1] == 'import' then
  if version ~= tonumber(ARGV[2]) then return {'conflict'} end
  if ARGV[3] ~= '' then redis.call('SET', KEYS[1], ARGV[3]) end
  if ARGV[4] ~= '' then redis.call('RPUSH', KEYS[3], ARGV[4]) end
elseif not raw then
  return {'missing'}
end
-- 'a|<item>', 'p|<item>|<part>', 'o|<item>|<occurrence>', 'po|<item>|<part>|<occurrence>' → its segments.
local function scopeOf(field)
  local s = {}
  for piece in (field .. '|'):gmatch('([^|]*)|') do s[#s + 1] = piece end
  if s[1] == 'a' then return {item = s[2]} end
  if s[1] == 'p' then return {item = s[2], part = s[3]} end
  if s[1] == 'o' then return {item = s[2], occ = s[3]} end
  if s[1] == 'po' then return {item = s[2], part = s[3], occ = s[4]} end
  return nil
end
-- Two scopes overlap when some part-occurrence lies in both.
local function overlaps(a, op)
  if a == nil or a.item ~= op.i then return false end
  if a.part ~= nil and op.pt ~= nil and a.part ~= op.pt then return false end
  if a.occ ~= nil and op.oc ~= nil and a.occ ~= op.oc then return false end
  return true
end
local function highestSequence(op)
  local highest = 0
  local flat = redis.call('HGETALL', KEYS[2])
  for i = 1, #flat, 2 do
    local name = flat[i]
    if string.sub(name, 1, 2) == 'p|' and overlaps(scopeOf(string.sub(name, 3)), op) then
      local n = tonumber(cjson.decode(flat[i + 1]).sequence) or 0
      if n > highest then highest = n end
    end
  end
  return highest
end
local out = {'ok'}
for _, op in ipairs(cjson.decode(ARGV[5])) do
  local field = op.t .. '|' .. op.f
  local cur = redis.call('HGET', KEYS[2], field)
  if op.t == 'c' then
    if cur and cjson.decode(cur).at <= op.at then
      out[#out + 1] = '0'
      out[#out + 1] = cur
    else
      redis.call('HSET', KEYS[2], field, op.r)
      redis.call('RPUSH', KEYS[3], op.a)
      out[#out + 1] = '1'
      out[#out + 1] = op.r
    end
  else
    local same = false
    if cur then
      local prev = cjson.decode(cur)
      same = prev.by == op.by and prev.to == op.to
    end
    if same then
      out[#out + 1] = '0'
      out[#out + 1] = cur
    else
      local rec = cjson.decode(op.r)
      local sequence = highestSequence(op) + 1
      rec.sequence = sequence
      local encoded = cjson.encode(rec)
      redis.call('HSET', KEYS[2], field, encoded)
      local entry = cjson.decode(op.a)
      if type(entry.detail) ~= 'table' then entry.detail = {} end
      entry.detail.sequence = sequence
      redis.call('RPUSH', KEYS[3], cjson.encode(entry))
      out[#out + 1] = '1'
      out[#out + 1] = encoded
    end
  end
end
return out
`;

export function defineProtocolWrite(redis: Redis): Script {
  return defineScript(redis, 'srokProtocolWrite', 3, PROTOCOL_WRITE);
}

/** The ops as the script reads them: the record and the audit entry pre-encoded, the compared fields beside them. */
export function encodeOps(ops: readonly StateOp[]): string {
  return JSON.stringify(
    ops.map((op) =>
      op.kind === 'closure'
        ? { t: 'c', f: scopeField(op.scope), at: op.closure.at, r: JSON.stringify(op.closure), a: JSON.stringify(op.audit) }
        : {
            t: 'p',
            f: scopeField(op.scope),
            // The scope's segments as scopeField writes them, for the overlap test; an absent part or occurrence is left out (nil in Lua).
            i: op.scope.item ?? '-',
            pt: op.scope.part,
            oc: op.scope.occurrence,
            by: op.postponement.by,
            to: op.postponement.to,
            r: JSON.stringify(op.postponement),
            a: JSON.stringify(op.audit),
          },
    ),
  );
}

export type WriteReply = { status: 'ok'; results: StateOpResult[] } | { status: 'conflict' | 'missing' };

export function decodeWriteReply(reply: unknown, ops: readonly StateOp[]): WriteReply {
  if (!Array.isArray(reply) || typeof reply[0] !== 'string') throw new Error(`unexpected reply from srokProtocolWrite: ${String(reply)}`);
  const status = reply[0];
  if (status === 'conflict' || status === 'missing') return { status };
  const results = ops.map((op, i): StateOpResult => {
    const changed = reply[1 + 2 * i] === '1';
    const record = String(reply[2 + 2 * i]);
    return op.kind === 'closure'
      ? { kind: 'closure', scope: op.scope, changed, closure: parseClosure(record) }
      : { kind: 'postponement', scope: op.scope, changed, postponement: parsePostponement(record) };
  });
  return { status: 'ok', results };
}

const closureSchema = z.object({
  at: z.string(),
  how: z.enum(['done', 'closed', 'cancelled']),
  by: z.string(),
  reason: z.string().nullable(),
});

const postponementSchema = z.object({
  to: z.string(),
  sequence: z.number().int(),
  at: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
});

export function parseClosure(json: string): Closure {
  return closureSchema.parse(JSON.parse(json));
}

export function parsePostponement(json: string): Postponement {
  return postponementSchema.parse(JSON.parse(json));
}

/** The `state` hash read back into records keyed by scopeField, as planStateOf wants them. */
export function decodeState(hash: Record<string, string>): StateRecords {
  const records: StateRecords = { closures: new Map(), postponements: new Map() };
  for (const [field, value] of Object.entries(hash)) {
    if (field.startsWith('c|')) records.closures.set(field.slice(2), parseClosure(value));
    else if (field.startsWith('p|')) records.postponements.set(field.slice(2), parsePostponement(value));
  }
  return records;
}

/** ISO instants are compared as strings (in Lua too), so every stored one has the same form. */
export function canonicalInstant(text: string, what: string): string {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`${what} ${JSON.stringify(text)} is not an ISO instant`);
  return new Date(ms).toISOString();
}

export function closureAudit(scope: StateScope, closure: Closure, who: { at: string; actor: string }): AuditEntry {
  return { at: who.at, actor: who.actor, action: 'close', scope, detail: { how: closure.how, at: closure.at, by: closure.by, reason: closure.reason } };
}

export function postponementAudit(scope: StateScope, p: Omit<Postponement, 'sequence'>, who: { at: string; actor: string }): AuditEntry {
  return { at: who.at, actor: who.actor, action: 'postpone', scope, detail: { to: p.to, at: p.at, by: p.by, reason: p.reason } };
}
