import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../src/config/schema.js';
import { checkDirectory } from '../../src/config/check-directory.js';
import { createDirectory } from '../../src/directory/create-directory.js';
import { shippedEntries } from '../directory/shipped-directory.js';

const entry = (fields: Partial<DirectoryEntry> & Pick<DirectoryEntry, 'id'>): DirectoryEntry => ({
  kind: 'body',
  name: `Орган ${fields.id}`,
  aliases: [],
  emails: [],
  members: [],
  ...fields,
});

describe('checkDirectory', () => {
  it('finds nothing wrong with the shipped directory', () => {
    expect(checkDirectory(shippedEntries())).toEqual([]);
  });

  it('reports a head chain that comes back to where it started, once', () => {
    expect(
      checkDirectory([entry({ id: 'a', head: 'b' }), entry({ id: 'b', head: 'c' }), entry({ id: 'c', head: 'a' })]),
    ).toEqual([{ path: ['entries', 0, 'head'], message: "цепочка руководителей возвращается к 'a': a → b → c → a; эскалации ходили бы по кругу — исправьте head в одной из записей" }]);
  });

  it('reports an entry that is its own head', () => {
    expect(checkDirectory([entry({ id: 'a', head: 'a' })])).toEqual([
      { path: ['entries', 0, 'head'], message: "'a' не может быть руководителем самого себя; укажите в head вышестоящий орган" },
    ]);
  });

  it('reports a group listed among its own members, and a member listed twice', () => {
    expect(checkDirectory([entry({ id: 'g', kind: 'group', members: ['g', 'm', 'm'] }), entry({ id: 'm' })])).toEqual([
      { path: ['entries', 0, 'members', 0], message: "группа 'g' не может быть участником самой себя; уберите её id из 'members'" },
      { path: ['entries', 0, 'members', 2], message: "'m' указан в участниках 'g' дважды; оставьте одну запись" },
    ]);
  });

  it('reports a name that two entries answer to', () => {
    expect(checkDirectory([entry({ id: 'a', name: 'Министерство финансов' }), entry({ id: 'b', aliases: ['министерство  финансов'] })])).toEqual([
      { path: ['entries', 1, 'aliases', 0], message: "'министерство  финансов' уже называет 'a' (entries[0]); название или синоним должны указывать на одну запись — уберите лишнее" },
    ]);
  });

  it('suggests the id meant when a member id is misspelt', () => {
    expect(checkDirectory([entry({ id: 'g', kind: 'group', members: ['khmao-surgt'] }), entry({ id: 'khmao-surgut' })])).toEqual([
      { path: ['entries', 0, 'members', 0], message: "в справочнике нет записи с id 'khmao-surgt'; возможно, имелось в виду 'khmao-surgut'" },
    ]);
  });
});

describe('a directory built despite a cycle', () => {
  it('walks each group once', () => {
    const directory = createDirectory([
      entry({ id: 'a', kind: 'group', members: ['b', 'x'] }),
      entry({ id: 'b', kind: 'group', members: ['a', 'y'] }),
      entry({ id: 'x' }),
      entry({ id: 'y' }),
    ]);
    expect(directory.parts('a').map((part) => part.id).sort()).toEqual(['x', 'y']);
    expect(directory.parts('missing')).toEqual([]);
    expect(directory.parts('x').map((part) => part.id)).toEqual(['x']);
  });
});
