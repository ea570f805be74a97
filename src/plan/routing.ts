import type { EscalationTarget } from '../config/schema.js';
import { normText } from '../corrections/corrections.js';
import { entryOf, partsOfRouted, type Directory } from '../directory/index.js';
import type { Assignment, ExecutorRef as Executor, ParsedDocument, WarningCode } from '../domain.js';
import { keptEntry, type ProtocolRouting } from '../records/routing.js';
import { shortHash } from '../records/slug.js';
import { addresseeOf, type Addressee, type AddresseeEnv } from './addressee.js';
import type { Fallback } from './escalation-target.js';
import { partSegment } from './step-id.js';
import type { PlannedPart, PlannedStep } from './types.js';

/**
 * Routing: an assignment's executors to its parts — directory entries, one part per
 * member of a group, the operator standing in for what cannot be routed — with the
 * addresses each part's steps go to. Pure: the directory and the operator come in.
 */
/** One part of an assignment as routed, with what its steps need. */
export interface PartRoute {
  part: PlannedPart;
  /** Where its reminders go: the entry's addresses, or the operator's. */
  emails: string[];
  /** The same, as step recipients (shared by all the part's reminders). */
  recipients: Recipients;
  /** Escalation targets as addressed for this part, each worked out once. */
  escalations: Map<EscalationTarget, Addressed>;
  /** The executor's own directory id (the group, for a group member), when the parser routed it. */
  executorRef: string | null;
  /** The executor's entry as routed (the parser's, or matched from its phrase); undefined: not routed yet, match the phrase when needed. */
  executorEntry?: string | null;
  /** The executor's phrase, to find its entry when the parser did not. */
  executorText: string;
  /** The part's id segment, which is also its key in the state. */
  segment: string;
  /** Who its reminders reach: the part, or the operator standing in for it. */
  addressee: Addressee;
}

export type Recipients = PlannedStep['recipients'];

/** An escalation target as addressed for one part. */
export interface Addressed {
  recipients: Recipients;
  /** Who the level reaches, without the level. */
  addressee: Addressee;
  /** The level would reach the part itself (the controller is the executor): it is skipped. */
  self: boolean;
  fallback: Fallback | null;
  /** Whether the fallback is already in the plan's warnings. */
  reported: boolean;
}

/** What routing reads: the directory, the operator who stands in, and where its warnings go. */
export interface RoutingEnv {
  directory: Directory;
  operatorEmail: string;
  addressees: AddresseeEnv;
  warn(line: number | null, code: WarningCode, message: string): void;
}

/**
 * Routing a whole protocol, once: each executor's directory entry (null: none). This is
 * what is kept with the protocol and read by every plan of it; it is done again only
 * when its basis changes (a new version of the document, a correction, the directory,
 * the operator's address), or when a remembered phrase (an alias) now names an executor.
 *
 * An executor the parser did not route is looked up among the remembered phrases
 * (normalised text → entry id) before the directory is matched.
 */
export function routeProtocol(doc: ParsedDocument, directory: Directory, aliases: ReadonlyMap<string, string> = new Map()): ProtocolRouting['entries'] {
  return doc.assignments.map((a) => a.executors.map((e) => entryOf(e.ref ?? aliasOf(e, aliases), e.text, directory)?.id ?? null));
}

function aliasOf(executor: Executor, aliases: ReadonlyMap<string, string>): string | null {
  if (aliases.size === 0) return null;
  return aliases.get(normText(executor.text)) ?? aliases.get(normText(executor.name)) ?? null;
}

/** The executors a remembered phrase names among those of a document the parser did not route. */
export function namesAlias(doc: ParsedDocument, phrases: readonly string[]): boolean {
  const wanted = new Set(phrases.map(normText));
  return doc.assignments.some((a) => a.executors.some((e) => e.ref === null && (wanted.has(normText(e.text)) || wanted.has(normText(e.name)))));
}

const directoryPrints = new WeakMap<Directory, string>();

/**
 * What a protocol's routing depends on, as one short string: the document's version and
 * import, its corrections, the directory's entries and the operator's address. Equal
 * bases mean the stored routing stands.
 */
export function routingBasis(stored: { version: number; importedAt: string; corrections?: readonly unknown[] }, directory: Directory, operatorEmail: string): string {
  let print = directoryPrints.get(directory);
  if (print === undefined) {
    print = shortHash(JSON.stringify(directory.entries), 16);
    directoryPrints.set(directory, print);
  }
  const fixes = stored.corrections !== undefined && stored.corrections.length > 0 ? JSON.stringify(stored.corrections) : '-';
  // Kept with every protocol: a short hash of the parts, not the parts.
  return shortHash(`${stored.version}|${stored.importedAt}|${fixes}|${print}|${operatorEmail.toLowerCase()}`, 12);
}

/**
 * Executors → parts, one per group member; whatever cannot be routed goes to the
 * operator, with a warning. With `only`, the parts whose segment is another are
 * skipped before anything is built for them. `entries` is the assignment's stored
 * routing (routeProtocol): given, no phrase is matched against the directory again.
 */
export function routeAssignment(assignment: Assignment, only: string | null, env: RoutingEnv, entries: ReadonlyArray<string | null> | null = null): PartRoute[] {
  const { directory, operatorEmail } = env;
  if (assignment.executors.length === 0) {
    const name = 'исполнитель не указан';
    const segment = partSegment(null, name);
    if (only !== null && only !== segment) return [];
    env.warn(assignment.line, 'executor_unmatched', `${assignment.item === null ? 'пункт без номера' : `пункт ${assignment.item}`}: исполнитель не назван — письма по нему пойдут оператору (${operatorEmail})`);
    const emails = [operatorEmail];
    const addressee = addresseeOf({ kind: 'operator', why: `в пункте ${assignment.item ?? 'без номера'} не назван исполнитель` }, env.addressees);
    return [{ part: { ref: null, name, role: 'executor' }, emails, recipients: recipients(emails, []), escalations: new Map(), executorRef: null, executorText: '', segment, addressee }];
  }
  const parts = new Map<string, PartRoute>();
  for (const [index, executor] of assignment.executors.entries()) {
    // The executor's own entry (a group's, for its members), when the stored routing gives it.
    const executorEntry = keptEntry(entries, index);
    const routed = partsOfRouted(executorEntry, executor.ref, executor.text, directory, operatorEmail);
    for (const routedPart of routed) {
      const segment = partSegment(routedPart.ref, routedPart.name);
      if (only !== null && only !== segment) continue;
      if (routedPart.unmatched) {
        env.warn(assignment.line, 'executor_unmatched', `исполнителя «${executor.name || executor.text}» нет в справочнике — письма ему пойдут оператору (${operatorEmail}); добавьте его в config/directory.yaml`);
      } else if (routedPart.noEmail || routedPart.emails.length === 0) {
        env.warn(assignment.line, 'executor_no_email', `у записи справочника «${routedPart.ref ?? routedPart.name}» нет адреса электронной почты — письма пойдут оператору (${operatorEmail}); добавьте адрес в config/directory.yaml`);
      }
      const key = routedPart.ref ?? `name:${routedPart.name}`;
      const existing = parts.get(key);
      if (existing) {
        // Named twice (as executor and co-executor): the executor's role answers for it.
        if (executor.role === 'executor' && existing.part.role === 'co-executor') {
          existing.part = { ...existing.part, role: 'executor' };
          if (existing.addressee.role === 'co-executor') existing.addressee = { ...existing.addressee, role: 'executor' };
          existing.executorRef = executor.ref;
          existing.executorEntry = executorEntry;
          existing.executorText = executor.text;
        }
        continue;
      }
      const emails = routedPart.emails.length > 0 ? unique(routedPart.emails) : [operatorEmail];
      const standsIn = routedPart.unmatched
        ? `исполнитель «${executor.text}» не найден в справочнике`
        : routedPart.emails.length === 0
          ? `у исполнителя «${routedPart.name}» в справочнике нет адреса электронной почты`
          : null;
      parts.set(key, {
        addressee: addresseeOf({ kind: 'part', ref: routedPart.ref, name: routedPart.name, role: executor.role, operator: standsIn }, env.addressees),
        part: { ref: routedPart.ref, name: routedPart.name, role: executor.role },
        emails,
        recipients: recipients(emails, []),
        escalations: new Map(),
        executorRef: executor.ref,
        ...(executorEntry !== undefined ? { executorEntry } : {}),
        executorText: executor.text,
        segment,
      });
    }
  }
  return [...parts.values()];
}

/**
 * Step recipients. Thousands of steps share a handful of recipient lists, so one
 * frozen object serves them all: a later stage that wants another list makes its own.
 */
export function recipients(to: string[], cc: string[]): Recipients {
  // The public type keeps plain string[] (plans are data, serialised as JSON); freezing makes a stray push fail loudly.
  return Object.freeze({ to: Object.freeze([...to]) as string[], cc: Object.freeze([...cc]) as string[] });
}

/** The addresses written in the item, where results go: they get the per-occurrence summary. */
export function namedAddresses(assignment: Assignment): string[] {
  return unique([...assignment.emails, ...assignment.sendTo.flatMap((to) => (to.email !== null ? [to.email] : []))]);
}

/** The addressee of a summary: the names written beside the addresses, else the addresses. */
export function namedName(assignment: Assignment, named: readonly string[]): string {
  const names = unique(assignment.sendTo.flatMap((to) => (to.email !== null && to.name !== null ? [to.name] : [])));
  return names.length > 0 ? names.join(', ') : named.join(', ');
}

/** Addresses once each, first spelling kept (mail addresses compare case-insensitively in practice). */
export function unique(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const email of emails) {
    const key = email.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(email.trim());
  }
  return out;
}

export function sameAddress(a: string, b: string): boolean {
  return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}
