import type { MailContext, MailLine, RenderedMail } from '../mail/types.js';
import { ASSIGNMENTS, countOf, type PluralForms } from '../mail/index.js';
import { protocolName } from '../mail/view.js';
import { ruDate } from '../mail/russian-dates.js';
import { digestModeFor, foldGroups, foldSlot, recipientKey } from '../plan/mail-budget.js';
import type { PlannedStep } from '../plan/index.js';
import { deliver, deliverDeps, type DeliveryOutcome } from './deliver.js';
import { shortHashOf } from './mail-context.js';
import type { DeliveryDeps } from './deps.js';

/**
 * Folding (mail.digest): a recipient gets one mail per protocol per working day, not
 * one per step. A step due to fold is kept, as the mail it would have been, in the
 * recipient's buffer of the day; the day's `digest` job turns the buffer into mails —
 * a lone step as its own mail, several as one mail with a block per assignment (its
 * deadline, links and calendar event) — at most `maxPerDay` of them.
 *
 * The send guarantee holds per mail: each goes through the ledger under an id derived
 * from the recipient, the day and the group. How the day's steps are grouped is fixed
 * the first time the job runs, so a job retried after a crash sends the same mails
 * (the ledger answers «already sent» for those that went) and no step lands in two.
 * A step leaves the buffer, and is marked as sent in the folded-steps hash, only once
 * the mail that carries it is sent.
 */

/** What the buffer keeps for one step: the mail it would have been on its own. */
interface FoldEntry {
  stepId: string;
  protocolKey: string;
  kind: PlannedStep['kind'];
  context: MailContext;
}

/** Count a planned mail sent to `to` on the local `day`. */
export async function countMail(deps: Pick<DeliveryDeps, 'store'>, to: readonly string[], day: string): Promise<void> {
  await deps.store.buffers.countMail(recipientKey(to), day);
}

/** Keep a step for its recipient's mail of the day, and make sure that day's job is waiting. */
export async function addToDigest(step: PlannedStep, context: MailContext, deps: DeliveryDeps): Promise<void> {
  const config = deps.config();
  const slot = foldSlot(new Date(step.at), config);
  const recipients = recipientKey(step.recipients.to);
  const entry: FoldEntry = { stepId: step.id, protocolKey: step.protocol.key, kind: step.kind, context: { ...context, threadRoot: null } };
  await deps.store.buffers.keepForDigest(recipients, slot.day, step.id, JSON.stringify(entry));
  await deps.scheduler.queueDigest(step.recipients.to, slot.day, slot.at, step.id);
}

/** A group as fixed at the job's first run. */
interface FixedGroup {
  key: string;
  stepIds: string[];
}

export interface DigestRun {
  mails: Array<{ mailId: string; steps: number; outcome: DeliveryOutcome }>;
}

/** The day's `digest` job of one recipient: the buffer as mails, each sent once. */
export async function runDigest(to: readonly string[], day: string, deps: DeliveryDeps): Promise<DigestRun> {
  const config = deps.config();
  const digest = config.settings.mail.digest;
  const recipients = recipientKey(to);
  const raw = await deps.store.buffers.digest(recipients, day);
  const entries = new Map(Object.entries(raw).map(([id, json]) => [id, JSON.parse(json) as FoldEntry]));
  const run: DigestRun = { mails: [] };
  if (entries.size === 0) return run;

  // Fixed once: a retry after a crash groups as the first run did, whatever was sent since.
  const fixed = await deps.store.buffers.fixDigestGroups(recipients, day, async () => {
    const sentToday = await deps.store.buffers.mailsOfDay(recipients, day);
    const mode = digestModeFor(digest, to);
    const items = [...entries.values()].map((entry) => ({ id: entry.stepId, protocolKey: entry.protocolKey }));
    const groups: FixedGroup[] = foldGroups(items, mode === 'separate' ? 'protocol' : mode, digest.maxPerDay - sentToday).map((group) => ({
      key: group.key,
      stepIds: group.items.map((item) => item.id),
    }));
    return JSON.stringify(groups);
  });
  const groups = JSON.parse(fixed) as FixedGroup[];
  // A step kept after the grouping was fixed (it came late) goes as its own mail: a group that depends on when a run
  // read the buffer could differ between two runs, and a step must never ride in two mails.
  const grouped = new Set(groups.flatMap((group) => group.stepIds));
  for (const id of [...entries.keys()].filter((stepId) => !grouped.has(stepId)).sort()) groups.push({ key: `late-${id}`, stepIds: [id] });

  for (const group of groups) {
    const members = group.stepIds.flatMap((id) => {
      const entry = entries.get(id);
      return entry ? [entry] : [];
    });
    if (members.length === 0) continue;
    const mailId = members.length === 1 && group.stepIds.length === 1 ? members[0]!.stepId : `digest.${shortHashOf(recipients)}.${day}.${group.key === 'all' ? 'all' : shortHashOf(group.key)}`;
    const mail = await foldedMail(mailId, members, to, day, deps);
    const outcome = await deliver(mail, deliverDeps(deps, mail.headers['X-Srok-Kind'] ?? 'digest'));
    if (outcome === 'sent') await countMail(deps, to, day);
    // Sent (now or before a crash) or failed for good: its steps are done with.
    await deps.store.buffers.markFolded(members.map((member) => member.stepId), mailId);
    await deps.store.buffers.dropDigest(recipients, day, Object.fromEntries(members.map((member) => [member.stepId, raw[member.stepId]!])));
    run.mails.push({ mailId, steps: members.length, outcome });
    deps.log.info({ recipients, day, mail: mailId, steps: members.length, outcome }, 'folded mail');
  }
  return run;
}

/** «по 2 протоколам», «по 21 протоколу». */
const BY_PROTOCOLS: PluralForms = ['протоколу', 'протоколам', 'протоколам'];

const KIND_WORDS: Record<string, string> = {
  reminder: 'напоминание',
  overdue: 'просрочено',
  escalation: 'не исполнено в срок',
  status: 'запрос о ходе исполнения',
  summary: 'сводка исполнения',
  operator: 'нужно действие оператора',
};

/** A lone step as the mail it would have been; several as one mail, a block each. */
async function foldedMail(mailId: string, members: FoldEntry[], to: readonly string[], day: string, deps: DeliveryDeps): Promise<RenderedMail> {
  const first = members[0]!;
  const thread = await deps.store.threadRoot(first.context.threadKey, deps.renderer.messageIdOf(mailId));
  const threadRoot = thread.first ? null : thread.root;
  if (members.length === 1) return deps.renderer.render({ ...first.context, threadRoot, now: deps.clock.now().toISOString() });

  const now = deps.clock.now().toISOString();
  const protocols = new Set(members.map((member) => member.protocolKey));
  const items = new Set(members.map((member) => `${member.protocolKey}\u0000${member.context.assignment?.item ?? ''}`));
  const kinds = [...new Set(members.map((member) => KIND_WORDS[member.kind] ?? member.kind))];
  const count = countOf(items.size, ASSIGNMENTS);
  const dayText = ruDate(day);
  const subject =
    protocols.size === 1
      ? `${protocolName(first.context.protocol)} — ${kinds.join(', ')}: ${count} на ${dayText}`
      : `srok: сводка на ${dayText} — ${kinds.join(', ')}: ${count} по ${countOf(protocols.size, BY_PROTOCOLS)}`;
  const reasons = [...new Set(members.map((member) => member.context.addressee?.reason ?? ''))].filter(Boolean);
  const lines = mergedLines(members.map(lineOf));
  // Each step's own calendar event, once per occurrence.
  const events = new Map<string, NonNullable<RenderedMail['icalEvent']>>();
  for (const member of members) {
    const uid = member.context.occurrence?.uid;
    if (uid === undefined || events.has(uid)) continue;
    const event = deps.renderer.render({ ...member.context, now }).icalEvent;
    if (event !== null) events.set(uid, event);
  }
  const context: MailContext = {
    kind: 'digest',
    mailId,
    threadKey: first.context.threadKey,
    threadRoot,
    to: [...to],
    // Copies stay with a day's lone step: a mail gathering many items goes to its recipient only.
    cc: [],
    subject,
    now,
    protocol: protocols.size === 1 ? first.context.protocol : { number: null, date: null, body: null, title: null, kind: 'other' },
    assignment: null,
    occurrence: null,
    part: null,
    escalation: null,
    addressee: { name: first.context.addressee?.name ?? to.join(', '), reason: reasons.length === 1 ? reasons[0]! : 'Почему вы получаете каждое из поручений, сказано в его блоке.' },
    summary: null,
    lines,
    operatorNote: null,
    links: null,
  };
  const rendered = deps.renderer.render(context);
  return {
    ...rendered,
    headers: { ...rendered.headers, 'X-Srok-Steps': members.map((member) => member.stepId).join(' ') },
    icalEvent: null,
    calendarEvents: [...events.values()],
  };
}

/**
 * One block per assignment and kind: the same step of many parts (a level reached by
 * 22 municipalities' items) is one block naming the parts. Steps with links of their
 * own keep their blocks, each link being one part's.
 */
function mergedLines(lines: MailLine[]): MailLine[] {
  const out: MailLine[] = [];
  const byKey = new Map<string, { line: MailLine; names: string[] }>();
  for (const line of lines) {
    if (line.links !== null && line.links !== undefined) {
      out.push(line);
      continue;
    }
    const key = [line.protocol, line.item ?? '', line.kind, line.deadline ?? '', line.text, line.reason ?? ''].join('\u0000');
    const found = byKey.get(key);
    if (found) {
      if (line.partName !== null && !found.names.includes(line.partName)) found.names.push(line.partName);
      continue;
    }
    const entry = { line: { ...line }, names: line.partName !== null ? [line.partName] : [] };
    byKey.set(key, entry);
    out.push(entry.line);
  }
  for (const { line, names } of byKey.values()) {
    line.partName = names.length > 0 ? names.join(', ') : null;
    line.parts = names.length;
  }
  return out;
}

function lineOf(entry: FoldEntry): MailLine {
  const ctx = entry.context;
  const name = protocolName(ctx.protocol);
  return {
    kind: ctx.kind,
    subject: ctx.subject,
    protocol: ctx.protocol.body ? `${name}, ${ctx.protocol.body}` : name,
    item: ctx.assignment?.item ?? null,
    text: ctx.operatorNote ?? ctx.assignment?.text ?? '',
    deadline: ctx.occurrence?.deadline ?? null,
    // Built when the step came due, the same day: its count of working days still holds.
    daysLeft: ctx.occurrence?.daysLeft ?? null,
    optional: ctx.assignment?.optional ?? false,
    partName: ctx.part?.name ?? null,
    reason: ctx.addressee?.reason ?? null,
    links: ctx.links,
  };
}
