import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../src/config/schema.js';
import { createDirectory } from '../../src/directory/create-directory.js';
import { routeParts } from '../../src/directory/route-parts.js';
import { shippedDirectory } from './shipped-directory.js';

const OPERATOR = 'operator@srok.example';
const directory = shippedDirectory();

const body = (id: string, name: string, emails: string[] = []): DirectoryEntry => ({ id, kind: 'body', name, aliases: [], emails, members: [] });
const group = (id: string, name: string, members: string[]): DirectoryEntry => ({ id, kind: 'group', name, aliases: [], emails: [], members });

describe('a group executor gives one part per member', () => {
  it('splits seed 000’s «органам местного самоуправления …» into the 22 municipalities', () => {
    const parts = routeParts(null, 'органам местного самоуправления Ханты-Мансийского автономного округа – Югры', directory, OPERATOR);
    expect(parts).toHaveLength(22);
    expect(new Set(parts.map((part) => part.ref)).size).toBe(22);
    expect(parts.every((part) => part.ref?.startsWith('khmao-') && part.name.startsWith('Администрация '))).toBe(true);
    expect(parts.every((part) => part.emails.length === 1 && !part.unmatched && !part.noEmail)).toBe(true);
    expect(parts.find((part) => part.ref === 'khmao-surgut')).toEqual({
      ref: 'khmao-surgut',
      name: 'Администрация города Сургута',
      emails: ['office@surgut.hmao.example'],
      unmatched: false,
      noEmail: false,
    });
  });

  it('splits the addressees of seed 004 the same way', () => {
    const parts = routeParts(null, 'Руководителям органов местного самоуправления муниципальных образований Ханты-Мансийского автономного округа – Югры', directory, OPERATOR);
    expect(parts.map((part) => part.ref).sort()).toEqual([...(directory.get('khmao-omsu')?.members ?? [])].sort());
  });

  it('follows nested groups once per member', () => {
    const nested = createDirectory([
      group('all', 'все органы', ['north', 'south']),
      group('north', 'северные органы', ['a', 'b']),
      group('south', 'южные органы', ['b', 'c']),
      body('a', 'Администрация А', ['a@a.example']),
      body('b', 'Администрация Б', ['b@b.example']),
      body('c', 'Администрация В', ['c@c.example']),
    ]);
    expect(routeParts('all', 'всем органам', nested, OPERATOR).map((part) => part.ref)).toEqual(['a', 'b', 'c']);
  });
});

describe('a body or person gives one part', () => {
  it('routes seed 002’s ministry to its own address', () => {
    expect(routeParts(null, 'Министерству информационных технологий, связи и цифрового развития Челябинской области', directory, OPERATOR)).toEqual([
      {
        ref: 'chel-mininform',
        name: 'Министерство информационных технологий, связи и цифрового развития Челябинской области',
        emails: ['mininform@gov74.example'],
        unmatched: false,
        noEmail: false,
      },
    ]);
  });

  it('uses the id the parser routed to, even when the phrase says it differently', () => {
    expect(routeParts('chel-ugs', 'Управлению госслужбы', directory, OPERATOR).map((part) => part.ref)).toEqual(['chel-ugs']);
  });

  it('matches the phrase again when the routed id is gone from the directory', () => {
    expect(routeParts('chel-old-id', 'Министерству информационных технологий, связи и цифрового развития Челябинской области', directory, OPERATOR).map((part) => part.ref)).toEqual(['chel-mininform']);
  });
});

describe('nothing is dropped', () => {
  it('sends an executor that matches nothing to the operator, named in the nominative', () => {
    expect(routeParts(null, 'Министерству цифрового развития, связи и массовых коммуникаций Российской Федерации', directory, OPERATOR)).toEqual([
      {
        ref: null,
        name: 'Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации',
        emails: [OPERATOR],
        unmatched: true,
        noEmail: false,
      },
    ]);
  });

  it('sends the mail of an entry without an address to the operator, flagged', () => {
    const bare = createDirectory([body('minfin', 'Министерство финансов Челябинской области')]);
    expect(routeParts(null, 'Министерству финансов Челябинской области', bare, OPERATOR)).toEqual([
      { ref: 'minfin', name: 'Министерство финансов Челябинской области', emails: [OPERATOR], unmatched: false, noEmail: true },
    ]);
  });

  it('keeps a group whose members are all missing as one part for the operator', () => {
    const hollow = createDirectory([group('oiv', 'органы исполнительной власти Челябинской области', ['gone'])]);
    expect(routeParts(null, 'Органам исполнительной власти Челябинской области', hollow, OPERATOR)).toEqual([
      { ref: 'oiv', name: 'органы исполнительной власти Челябинской области', emails: [OPERATOR], unmatched: false, noEmail: true },
    ]);
  });

  it('does not hand out the directory’s own address list to be changed', () => {
    const [part] = routeParts('chel-mininform', '', directory, OPERATOR);
    part?.emails.push('someone@else.example');
    expect(directory.get('chel-mininform')?.emails).toEqual(['mininform@gov74.example']);
  });
});
