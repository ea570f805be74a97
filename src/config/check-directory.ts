import { normalizeText } from '../directory/words.js';
import type { ConfigProblem } from './config-problem.js';
import { unknownIdMessage } from './did-you-mean.js';
import type { DirectoryEntry } from './schema.js';

/**
 * What makes a directory unusable, with paths inside directory.yaml: duplicate ids
 * and names, heads and members that name no entry, groups without members or with
 * addresses of their own, members of a body or person, and groups or head chains
 * that come back to themselves.
 */
export function checkDirectory(entries: readonly DirectoryEntry[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = firstIndex.get(entry.id);
    if (first === undefined) firstIndex.set(entry.id, index);
    else problems.push({ path: ['entries', index, 'id'], message: `id '${entry.id}' is already used by entries[${first}]; ids must be unique` });
  });
  const ids = [...firstIndex.keys()];
  const byId = new Map(entries.map((entry) => [entry.id, entry] as const));
  const unknown = (id: string): string => unknownIdMessage(id, ids);

  problems.push(...checkNames(entries));

  entries.forEach((entry, index) => {
    if (entry.head !== undefined) {
      if (entry.head === entry.id) problems.push({ path: ['entries', index, 'head'], message: `'${entry.id}' cannot be its own head; name the body one level up` });
      else if (!byId.has(entry.head)) problems.push({ path: ['entries', index, 'head'], message: unknown(entry.head) });
    }

    if (entry.kind === 'group') {
      if (entry.members.length === 0) {
        problems.push({ path: ['entries', index], message: `group '${entry.id}' has no members; list their ids under 'members', or make it kind: body` });
      }
      if (entry.emails.length > 0) {
        problems.push({
          path: ['entries', index, 'emails'],
          message: `group '${entry.id}' has addresses, but a group is mailed through its members, one part each; move the addresses to the member entries`,
        });
      }
    } else if (entry.members.length > 0) {
      problems.push({
        path: ['entries', index, 'members'],
        message: `only a group has members, and '${entry.id}' is a ${entry.kind}; write kind: group or remove 'members'`,
      });
    }

    const listed = new Set<string>();
    entry.members.forEach((member, memberIndex) => {
      const path = ['entries', index, 'members', memberIndex];
      if (listed.has(member)) problems.push({ path, message: `'${member}' is listed twice in the members of '${entry.id}'` });
      listed.add(member);
      if (member === entry.id) problems.push({ path, message: `group '${entry.id}' cannot be a member of itself` });
      else if (!byId.has(member)) problems.push({ path, message: unknown(member) });
    });
  });

  problems.push(...checkGroupCycles(entries, byId), ...checkHeadCycles(entries, byId));
  return problems;
}

/** Two entries answering to one name would make routing a coin toss. */
function checkNames(entries: readonly DirectoryEntry[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const owner = new Map<string, { id: string; index: number }>();
  entries.forEach((entry, index) => {
    const names: [string, (string | number)[]][] = [
      [entry.name, ['entries', index, 'name']],
      ...entry.aliases.map((alias, aliasIndex): [string, (string | number)[]] => [alias, ['entries', index, 'aliases', aliasIndex]]),
    ];
    for (const [name, path] of names) {
      const key = normalizeText(name);
      const previous = owner.get(key);
      if (previous && previous.id !== entry.id) {
        problems.push({ path, message: `'${name}' also names '${previous.id}' (entries[${previous.index}]); a name or alias must name one entry` });
      } else if (!previous) {
        owner.set(key, { id: entry.id, index });
      }
    }
  });
  return problems;
}

/** A member group that contains the group it is listed in; each cycle is reported once, at its first group. */
function checkGroupCycles(entries: readonly DirectoryEntry[], byId: ReadonlyMap<string, DirectoryEntry>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const reported = new Set<string>();
  entries.forEach((entry, index) => {
    if (entry.kind !== 'group') return;
    entry.members.forEach((member, memberIndex) => {
      if (member === entry.id) return; // reported as "a member of itself"
      const chain = pathBack(member, entry.id, (id) => {
        const group = byId.get(id);
        return group?.kind === 'group' ? group.members : [];
      });
      if (!chain) return;
      const cycle = [entry.id, ...chain];
      const key = [...new Set(cycle)].sort().join(' ');
      if (reported.has(key)) return;
      reported.add(key);
      problems.push({
        path: ['entries', index, 'members', memberIndex],
        message: `group '${entry.id}' contains itself: ${cycle.join(' → ')}; a group cannot contain itself`,
      });
    });
  });
  return problems;
}

/** A head chain that loops would escalate in circles. */
function checkHeadCycles(entries: readonly DirectoryEntry[], byId: ReadonlyMap<string, DirectoryEntry>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const reported = new Set<string>();
  entries.forEach((entry, index) => {
    if (entry.head === undefined || entry.head === entry.id) return;
    const chain = pathBack(entry.head, entry.id, (id) => {
      const head = byId.get(id)?.head;
      return head === undefined ? [] : [head];
    });
    if (!chain) return;
    const cycle = [entry.id, ...chain];
    const key = [...new Set(cycle)].sort().join(' ');
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ path: ['entries', index, 'head'], message: `the head chain comes back to '${entry.id}': ${cycle.join(' → ')}; escalations would go round in circles` });
  });
  return problems;
}

/** The ids from `from` to `target` along `next`, or null when `target` cannot be reached. */
function pathBack(from: string, target: string, next: (id: string) => readonly string[]): string[] | null {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (id === target) {
      const chain: string[] = [];
      for (let at: string | null | undefined = id; at != null; at = previous.get(at)) chain.unshift(at);
      return chain;
    }
    for (const following of next(id)) {
      if (!previous.has(following)) {
        previous.set(following, id);
        queue.push(following);
      }
    }
  }
  return null;
}
