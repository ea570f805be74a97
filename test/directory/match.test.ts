import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../src/config/schema.js';
import { createDirectory } from '../../src/directory/create-directory.js';
import { sameWord, termsOf } from '../../src/directory/words.js';
import { KHMAO_MUNICIPALITIES, shippedDirectory } from './shipped-directory.js';

const directory = shippedDirectory();
const routed = (phrase: string): string | null => directory.match(phrase)?.entry.id ?? null;

const entry = (id: string, name: string, aliases: string[] = []): DirectoryEntry => ({
  id,
  kind: 'body',
  name,
  aliases,
  emails: [],
  members: [],
});

describe('every executor, co-executor, controller and addressee of the seeds reaches its entry', () => {
  it.each([
    // seed 000, items 1.2, 2.2, 3.2
    ['органам местного самоуправления Ханты-Мансийского автономного округа – Югры', 'khmao-omsu'],
    // seed 002
    ['Министерству информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform'],
    [
      'Органам исполнительной власти Челябинской области, оказывающим государственные услуги, утвержденные распоряжением Правительства Челябинской области от 17.11.2020 г. № 952-рп «О перечне приоритетных государственных услуг, оказываемых органами исполнительной власти Челябинской области»',
      'chel-oiv',
    ],
    ['Органам исполнительной власти Челябинской области', 'chel-oiv'],
    ['совместно с Министерством информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform'],
    ['с Министерством информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform'],
    ['совместно с руководителями цифровой трансформации органов исполнительной власти Челябинской области', 'chel-oiv-cdto'],
    ['Заместителям руководителей органов исполнительной власти Челябинской области, ответственным за цифровую трансформацию', 'chel-oiv-digital-deputies'],
    ['совместно с Управлением государственной службы и противодействия коррупции Правительства Челябинской области', 'chel-ugs'],
    ['за Министерством информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform'],
    ['Первый заместитель Губернатора Челябинской области В.В. Мамин', 'chel-first-deputy-governor'],
    // seed 004: the addressees, the protocol it cites, the sender
    ['Руководителям органов местного самоуправления муниципальных образований Ханты-Мансийского автономного округа – Югры', 'khmao-omsu'],
    ['органам местного самоуправления муниципальных образований автономного округа', 'khmao-omsu'],
    ['ДЕПАРТАМЕНТ ОБЩЕСТВЕННЫХ И ВНЕШНИХ СВЯЗЕЙ ХАНТЫ-МАНСИЙСКОГО АВТОНОМНОГО ОКРУГА – ЮГРЫ', 'khmao-depobs'],
  ])('%s → %s', (phrase, id) => {
    expect(routed(phrase)).toBe(id);
  });
});

describe('where results are sent, when asked, is found too', () => {
  it.each([
    ['в Депинформтехнологий Югры', 'khmao-depit'],
    ['в Министерство информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform'],
    ['в адрес Министерства информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform'],
    ['в Департамент информационных технологий и цифрового развития автономного округа', 'khmao-depit'],
    ['Департамент информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры', 'khmao-depit'],
  ])('%s → %s', (phrase, id) => {
    expect(routed(phrase)).toBe(id);
  });
});

describe('look-alike bodies stay apart', () => {
  it('does not take the executive bodies of the region for its IT ministry, nor the other way round', () => {
    const oiv = entry('oiv', 'органы исполнительной власти Челябинской области');
    const ministry = entry('ministry', 'Министерство информационных технологий, связи и цифрового развития Челябинской области');
    expect(createDirectory([ministry]).match('Органам исполнительной власти Челябинской области')).toBeNull();
    expect(createDirectory([oiv]).match('Министерству информационных технологий, связи и цифрового развития Челябинской области')).toBeNull();
  });

  it('does not route a federal ministry to the regional one that shares most of its words', () => {
    expect(routed('Министерству информационных технологий, связи и цифрового развития Российской Федерации')).toBeNull();
    expect(routed('Министерству цифрового развития, связи и массовых коммуникаций Российской Федерации')).toBeNull();
    expect(routed('Министерству экономического развития Российской Федерации')).toBeNull();
  });

  it('tells the city from the district of the same name', () => {
    expect(routed('администрации Нефтеюганского района')).toBe('khmao-nefteyugansky-district');
    expect(routed('администрации города Нефтеюганска')).toBe('khmao-nefteyugansk');
    expect(routed('Сургутскому району')).toBe('khmao-surgutsky-district');
    expect(routed('Сургуту')).toBe('khmao-surgut');
  });

  it('does not take the okrug for its capital', () => {
    expect(routed('Ханты-Мансийскому автономному округу – Югре')).toBeNull();
    expect(routed('городу Ханты-Мансийску')).toBe('khmao-khanty-mansiysk');
  });

  it('routes the co-executor of the regional executive bodies to their digital leads, not to the bodies', () => {
    expect(routed('руководителями цифровой трансформации органов исполнительной власти Челябинской области')).toBe('chel-oiv-cdto');
  });

  it('leaves a bare title that fits no entry unrouted', () => {
    expect(routed('Губернатору')).toBeNull();
    expect(routed('на заместителя Губернатора')).toBeNull();
    expect(routed('')).toBeNull();
  });
});

describe('the 22 municipalities under their old and new names', () => {
  // The capital is only «город Ханты-Мансийск»: a bare «Ханты-Мансийск…» starts the okrug's name too.
  const phraseFor = (name: string): string => (name === 'Ханты-Мансийск' ? 'город Ханты-Мансийск' : name);

  it.each(KHMAO_MUNICIPALITIES)('%s is a member of the KhMAO group', (name) => {
    const id = routed(phraseFor(name));
    expect(directory.get('khmao-omsu')?.members).toContain(id);
  });

  it('gives each municipality an entry of its own', () => {
    const ids = new Set(KHMAO_MUNICIPALITIES.map((name) => routed(phraseFor(name))));
    expect(ids.size).toBe(22);
  });

  it('routes the districts by their municipal okrug names too', () => {
    expect(routed('Белоярскому муниципальному округу')).toBe('khmao-beloyarsky-district');
    expect(routed('администрации Берёзовского муниципального округа')).toBe('khmao-berezovsky-district');
    expect(routed('Березовскому району')).toBe('khmao-berezovsky-district');
  });

  it('reads city names in any case, also where the stemmer cuts them unevenly', () => {
    expect(routed('Когалыму')).toBe('khmao-kogalym');
    expect(routed('администрации города Когалыма')).toBe('khmao-kogalym');
    expect(routed('городу Ураю')).toBe('khmao-uray');
    expect(routed('Пыть-Яху')).toBe('khmao-pyt-yakh');
    expect(routed('Нягани')).toBe('khmao-nyagan');
  });
});

describe('how a match is reported', () => {
  it('finds an entry by its id, with or without @', () => {
    expect(directory.match('khmao-depit')).toMatchObject({ via: 'id', score: 1, matched: 'khmao-depit' });
    expect(directory.match('@chel-ugs')?.entry.id).toBe('chel-ugs');
  });

  it('says which name or alias matched and how well', () => {
    expect(directory.match('за Министерством информационных технологий, связи и цифрового развития Челябинской области')).toMatchObject({
      via: 'name',
      score: 1,
      matched: 'Министерство информационных технологий, связи и цифрового развития Челябинской области',
    });
    expect(directory.match('в Депинформтехнологий Югры')).toMatchObject({ via: 'alias', score: 1, matched: 'Депинформтехнологий Югры' });
  });

  it('accepts a name with a word left out, at a lower score', () => {
    const group = entry('omsu', 'органы местного самоуправления муниципальных образований Ханты-Мансийского автономного округа – Югры');
    const match = createDirectory([group]).match('органам местного самоуправления Ханты-Мансийского автономного округа – Югры');
    expect(match?.entry.id).toBe('omsu');
    expect(match?.score).toBeCloseTo(0.8);
  });

  it('prefers the longer of two names that both fit', () => {
    const city = entry('city', 'Администрация города Сургута');
    const broad = entry('broad', 'Администрация города');
    expect(createDirectory([broad, city]).match('администрации города Сургута')?.entry.id).toBe('city');
  });
});

describe('word comparison', () => {
  const [organy, organam, kogalym, kogalyma, surguta, surgutskogo] = termsOf('органы органам Когалым Когалыма Сургута Сургутского');

  it('takes uneven stems of one word as the same word', () => {
    expect(organy && organam && sameWord(organy, organam)).toBe(true);
    expect(kogalym && kogalyma && sameWord(kogalym, kogalyma)).toBe(true);
  });

  it('keeps a city and the adjective made from it apart', () => {
    expect(surguta && surgutskogo && sameWord(surguta, surgutskogo)).toBe(false);
  });

  it('drops prepositions, conjunctions and initials and reads ё as е', () => {
    expect(termsOf('совместно с Берёзовским и В.В. Маминым').map((term) => term.word)).toEqual(['березовским', 'маминым']);
  });
});
