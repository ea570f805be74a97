import type { SrokConfig } from '../config/types.js';
import { partsOfRouted, toNominative } from '../directory/index.js';
import type { Assignment } from '../domain.js';
import { partKey } from '../plan/index.js';
import { keptEntry } from '../records/routing.js';
import { normalizeName } from '../store/identity.js';
import { FollowUpError } from './follow-up-error.js';

/**
 * The parts of an assignment as the planner routes them, and the parts an operator's
 * `--executor` names. Pure: the directory comes with the config.
 */
export interface AssignmentPart {
  /** The planner's part key (partKey): the directory id, or a key made of an unmatched executor's name. */
  key: string;
  /** Directory id; null for an executor that matches no entry. */
  ref: string | null;
  name: string;
  role: 'executor' | 'co-executor';
  /** Where the part's mail goes: the entry's addresses, or the operator's. */
  emails: string[];
}

/** What the planner calls the part of an assignment that names nobody (its mail goes to the operator). */
const NOBODY = 'исполнитель не указан';

/**
 * Every part of an assignment, in the order of its executors; one named twice counts
 * once, as executor. `entries`: the assignment's kept routing, by executor (null: its
 * phrases are matched, as for a document never kept).
 */
export function partsOf(assignment: Assignment, config: SrokConfig, entries: ReadonlyArray<string | null> | null): AssignmentPart[] {
  const operator = config.settings.operator.email;
  if (assignment.executors.length === 0) return [{ key: partKey(null, NOBODY), ref: null, name: NOBODY, role: 'executor', emails: [operator] }];
  const parts = new Map<string, AssignmentPart>();
  for (const [index, executor] of assignment.executors.entries()) {
    for (const routed of partsOfRouted(keptEntry(entries, index), executor.ref, executor.text, config.directory, operator)) {
      const key = partKey(routed.ref, routed.name);
      const known = parts.get(key);
      if (known) {
        if (executor.role === 'executor') known.role = 'executor';
        continue;
      }
      parts.set(key, { key, ref: routed.ref, name: routed.name, role: executor.role, emails: [...routed.emails] });
    }
  }
  return [...parts.values()];
}

/**
 * The parts `executor` names: a part key or directory id, a group (every member that is
 * a part of the assignment), a name the directory matches, or the name of an executor
 * that matches no entry. Anything else is a not-found error listing the parts.
 */
export function partsNamed(executor: string, parts: readonly AssignmentPart[], config: SrokConfig, what: string): AssignmentPart[] {
  const wanted = executor.trim().replace(/^@/, '');
  if (wanted === '') throw new FollowUpError('bad-request', '--executor пуст; укажите код из справочника, например khmao-surgut, или название');
  const byKey = parts.find((part) => part.key.toLowerCase() === wanted.toLowerCase());
  if (byKey) return [byKey];

  const { directory } = config;
  const entry = directory.get(wanted) ?? directory.match(wanted)?.entry;
  if (entry) {
    const ids = entry.kind === 'group' ? directory.parts(entry.id).map((member) => member.id) : [entry.id];
    const found = parts.filter((part) => part.ref !== null && ids.includes(part.ref));
    if (found.length > 0) return found;
    const how = entry.kind === 'group' ? `ни один участник группы '${entry.id}' (${entry.name}) не` : `'${entry.id}' (${entry.name}) не`;
    throw new FollowUpError('not-found', `${how} исполнитель поручения (${what}); его исполнители: ${listParts(parts)}`);
  }

  // An executor that matches no directory entry is known by its name, as the protocol writes it or in the nominative.
  const names = new Set([normalizeName(wanted), normalizeName(toNominative(wanted))]);
  const unmatched = parts.filter((part) => part.ref === null && (names.has(normalizeName(part.name)) || part.key === partKey(null, wanted)));
  if (unmatched.length > 0) return unmatched;
  throw new FollowUpError('not-found', `у поручения (${what}) нет исполнителя '${executor.trim()}'; его исполнители: ${listParts(parts)}`);
}

/** «khmao-surgut (Администрация города Сургута), …» for messages. */
export function listParts(parts: readonly AssignmentPart[]): string {
  return parts.map((part) => (part.ref !== null ? `${part.key} (${part.name})` : `${part.key} («${part.name}», not in the directory)`)).join(', ');
}
