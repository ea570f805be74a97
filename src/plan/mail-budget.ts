import { addDays, localDay, officeInstant } from '../calendar/index.js';
import type { DigestMode } from '../config/schema.js';
import type { SrokConfig } from '../config/types.js';
import type { IsoDate } from '../domain.js';
import type { PlannedStep } from './types.js';

/**
 * How planned steps become mails: the rule the worker folds by and `srok plan --stats`
 * counts by, in one place. Pure.
 *
 * A recipient (the `to` of a step, as a set of addresses) gets one mail per protocol
 * per working day by default: every step due to them that day about one protocol folds
 * into it, each assignment its own block. A day's lone step goes as its own mail. At
 * most `maxPerDay` mails a day: the mail that reaches the cap carries everything else.
 */

type DigestSettings = SrokConfig['settings']['mail']['digest'];

/** The recipient a fold is keyed by: the step's `to` addresses, lower-cased, sorted, once each. */
export function recipientKey(to: readonly string[]): string {
  return [...new Set(to.map((address) => address.trim().toLowerCase()))].sort().join(',');
}

/** The mode for a recipient: the first `recipients` rule matching one of its addresses (or their domain), else the default. */
export function digestModeFor(digest: DigestSettings, to: readonly string[]): DigestMode {
  const addresses = to.map((address) => address.trim().toLowerCase());
  for (const rule of digest.recipients) {
    const match = rule.match.trim().toLowerCase();
    if (addresses.some((address) => address === match || address.endsWith(`@${match}`))) return rule.mode;
  }
  if (digest.enabled !== undefined) return digest.enabled ? 'daily' : 'separate';
  return digest.mode;
}

/** The day's mail time a step at `at` goes with: the digest time of its day, or of the next working day. */
export function foldSlot(at: Date, config: Pick<SrokConfig, 'settings' | 'calendar'>): { day: IsoDate; at: Date } {
  const zone = config.settings.timezone;
  const time = config.settings.mail.digest.at;
  let day = localDay(at, zone);
  for (let i = 0; i < 400; i += 1) {
    const slot = officeInstant(day, time, zone);
    if (config.calendar.isWorkingDay(day) && slot.getTime() >= at.getTime()) return { day, at: slot };
    day = addDays(day, 1);
  }
  return { day, at: officeInstant(day, time, zone) };
}

/**
 * Whether a step folds into its recipient's mail of the day, or goes at its own time:
 * kinds in `immediate`, recipients who chose separate mails, and a reminder whose
 * deadline would pass before the day's mail go as planned.
 */
export function folds(step: PlannedStep, config: Pick<SrokConfig, 'settings' | 'calendar'>): boolean {
  const digest = config.settings.mail.digest;
  if (digest.immediate.includes(step.kind)) return false;
  if (digestModeFor(digest, step.recipients.to) === 'separate') return false;
  if (step.kind === 'reminder' && step.occurrence !== null) {
    const slot = foldSlot(new Date(step.at), config);
    if (slot.at.getTime() >= Date.parse(step.occurrence.deadlineAt)) return false;
  }
  return true;
}

/** What grouping needs of a folded step. */
export interface Foldable {
  id: string;
  protocolKey: string;
}

export interface FoldGroup<T extends Foldable> {
  /** The protocol's key, or 'all' for the mail that carries several protocols. */
  key: string;
  items: T[];
}

/**
 * One recipient's folded steps of one day as mails: one per protocol ('protocol'), or
 * one for all ('daily'); with room for fewer mails than protocols, the last mail that
 * fits carries all the remaining protocols. Groups come in protocol-key order.
 */
export function foldGroups<T extends Foldable>(items: readonly T[], mode: Exclude<DigestMode, 'separate'>, room: number): Array<FoldGroup<T>> {
  if (items.length === 0) return [];
  const sorted = [...items].sort((a, b) => (a.protocolKey < b.protocolKey ? -1 : a.protocolKey > b.protocolKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (mode === 'daily') return [{ key: 'all', items: sorted }];
  const byProtocol = new Map<string, T[]>();
  for (const item of sorted) byProtocol.set(item.protocolKey, [...(byProtocol.get(item.protocolKey) ?? []), item]);
  const groups = [...byProtocol].map(([key, of]) => ({ key, items: of }));
  const fit = Math.max(1, room);
  if (groups.length <= fit) return groups;
  const own = groups.slice(0, fit - 1);
  return [...own, { key: 'all', items: groups.slice(fit - 1).flatMap((group) => group.items) }];
}

/** One mail as the plan foresees it. */
export interface PlannedMail {
  recipient: string;
  day: IsoDate;
  /** Steps it carries. */
  steps: PlannedStep[];
  folded: boolean;
}

/**
 * The mails a set of plans comes to under the config's digest settings: what the worker
 * will send, recipient by recipient and day by day (the `to` of each mail; copies are
 * not counted).
 */
export function plannedMails(steps: readonly PlannedStep[], config: Pick<SrokConfig, 'settings' | 'calendar'>): PlannedMail[] {
  const digest = config.settings.mail.digest;
  const out: PlannedMail[] = [];
  const gathered = new Map<string, { recipient: string; day: IsoDate; mode: Exclude<DigestMode, 'separate'>; steps: PlannedStep[]; immediate: number }>();
  const bucket = (recipient: string, day: IsoDate, mode: DigestMode) => {
    const key = `${recipient}\u0000${day}`;
    let found = gathered.get(key);
    if (!found) {
      found = { recipient, day, mode: mode === 'separate' ? 'protocol' : mode, steps: [], immediate: 0 };
      gathered.set(key, found);
    }
    return found;
  };
  for (const step of steps) {
    const recipient = recipientKey(step.recipients.to);
    const mode = digestModeFor(digest, step.recipients.to);
    if (!folds(step, config)) {
      const day = localDay(new Date(step.at), config.settings.timezone);
      out.push({ recipient, day, steps: [step], folded: false });
      if (mode !== 'separate') bucket(recipient, day, mode).immediate += 1;
      continue;
    }
    bucket(recipient, foldSlot(new Date(step.at), config).day, mode).steps.push(step);
  }
  for (const { recipient, day, mode, steps: folded, immediate } of gathered.values()) {
    const items = folded.map((step) => ({ id: step.id, protocolKey: step.protocol.key, step }));
    for (const group of foldGroups(items, mode, digest.maxPerDay - immediate)) {
      out.push({ recipient, day, steps: group.items.map((item) => item.step), folded: group.items.length > 1 });
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.recipient < b.recipient ? -1 : a.recipient > b.recipient ? 1 : 0));
}
