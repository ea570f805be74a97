import { normalizeText } from '../directory/words.js';
import type { ConfigProblem } from './config-problem.js';
import { unknownIdMessage } from './did-you-mean.js';
import type { DirectoryEntry } from './schema.js';

/** An entry's kind in words, for messages: «'chel-minfin' — орган». */
const KIND_WORDS: Record<string, string> = { body: 'орган (kind: body)', person: 'должностное лицо (kind: person)', group: 'группа (kind: group)' };

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
    else problems.push({ path: ['entries', index, 'id'], message: `id '${entry.id}' уже занят записью entries[${first}]; id не должны повторяться` });
  });
  const ids = [...firstIndex.keys()];
  const byId = new Map(entries.map((entry) => [entry.id, entry] as const));
  const unknown = (id: string): string => unknownIdMessage(id, ids);

  problems.push(...checkNames(entries));

  entries.forEach((entry, index) => {
    if (entry.head !== undefined) {
      if (entry.head === entry.id) problems.push({ path: ['entries', index, 'head'], message: `'${entry.id}' не может быть руководителем самого себя; укажите в head вышестоящий орган` });
      else if (!byId.has(entry.head)) problems.push({ path: ['entries', index, 'head'], message: unknown(entry.head) });
    }

    if (entry.kind === 'group') {
      if (entry.members.length === 0) {
        problems.push({ path: ['entries', index], message: `в группе '${entry.id}' нет участников; перечислите их id в 'members' или напишите kind: body` });
      }
      if (entry.emails.length > 0) {
        problems.push({
          path: ['entries', index, 'emails'],
          message: `у группы '${entry.id}' есть адреса, но группе пишут через её участников, каждому — его часть поручения; перенесите адреса в записи участников`,
        });
      }
    } else if (entry.members.length > 0) {
      problems.push({
        path: ['entries', index, 'members'],
        message: `участники (members) бывают только у группы, а '${entry.id}' — ${KIND_WORDS[entry.kind] ?? entry.kind}; напишите kind: group или уберите 'members'`,
      });
    }

    const listed = new Set<string>();
    entry.members.forEach((member, memberIndex) => {
      const path = ['entries', index, 'members', memberIndex];
      if (listed.has(member)) problems.push({ path, message: `'${member}' указан в участниках '${entry.id}' дважды; оставьте одну запись` });
      listed.add(member);
      if (member === entry.id) problems.push({ path, message: `группа '${entry.id}' не может быть участником самой себя; уберите её id из 'members'` });
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
        problems.push({ path, message: `'${name}' уже называет '${previous.id}' (entries[${previous.index}]); название или синоним должны указывать на одну запись — уберите лишнее` });
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
        message: `группа '${entry.id}' входит сама в себя: ${cycle.join(' → ')}; уберите одно из звеньев цепочки`,
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
    problems.push({ path: ['entries', index, 'head'], message: `цепочка руководителей возвращается к '${entry.id}': ${cycle.join(' → ')}; эскалации ходили бы по кругу — исправьте head в одной из записей` });
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
