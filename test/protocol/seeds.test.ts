import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import type { Assignment, ParsedDocument } from '../../src/domain.js';
import { readProtocol } from '../../src/read-protocol.js';

const SEEDS = 'test/fixtures/seeds';
let config: SrokConfig;
const parsed: Record<string, ParsedDocument> = {};

beforeAll(async () => {
  config = loadConfig('config');
  for (const name of ['000', '001', '002', '004']) {
    const file = {
      '000': '000_12c0b910ab9569f9.txt',
      '001': '001_4c2d8d8cedb7b5a3.txt',
      '002': '002_cea077b6f9d77646.txt',
      '004': '004_f307fc0c0e58b4a0.txt',
    }[name]!;
    parsed[name] = await readProtocol(`${SEEDS}/${file}`, config);
  }
});

function assignment(doc: ParsedDocument, item: string | null): Assignment {
  const a = doc.assignments.find((x) => x.item === item);
  if (!a) throw new Error(`no assignment ${item} in ${doc.source.file}`);
  return a;
}

const KHMAO_OMSU = 'органы местного самоуправления Ханты-Мансийского автономного округа – Югры';
const CHEL_MINIT = 'Министерство информационных технологий, связи и цифрового развития Челябинской области';

describe('seed 000: protocol 4/2019 of the KhMAO working group', () => {
  it('reads the header: number, date in words, issuing body in the nominative, chair from two lines', () => {
    expect(parsed['000']!.protocol).toEqual({
      kind: 'protocol',
      title: null,
      number: '4/2019',
      date: '2019-10-30',
      body: 'Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры',
      chair: 'Ципорин П.И.',
      signatory: 'Ципорин П.И.',
    });
  });

  it('finds four questions, each with a noted item and an assignment, and the closing item 4.1', () => {
    const outline = parsed['000']!.items.map((i) => [i.item, i.kind, i.parent, i.line]);
    expect(outline).toEqual([
      ['1', 'question', null, 30],
      ['1.1', 'noted', '1', 38],
      ['1.2', 'assignment', '1', 40],
      ['2', 'question', null, 44],
      ['2.1', 'noted', '2', 51],
      ['2.2', 'assignment', '2', 53],
      ['3', 'question', null, 57],
      ['3.1', 'noted', '3', 63],
      ['3.2', 'assignment', '3', 65],
      ['4', 'question', null, 69],
      ['4.1', 'closes', '4', 75],
    ]);
    expect(parsed['000']!.noted).toEqual(['1.1', '2.1', '3.1']);
  });

  it('item 1.2 is an optional recommendation to the 22 municipalities, results to SolnovaKV@admhmao.ru by 25 November 2019', () => {
    const a = assignment(parsed['000']!, '1.2');
    expect(a.line).toBe(40);
    expect(a.recommendation).toBe(true);
    expect(a.optional).toBe(true);
    expect(a.executors).toEqual([
      {
        role: 'executor',
        text: 'органам местного самоуправления Ханты-Мансийского автономного округа – Югры',
        name: KHMAO_OMSU,
        ref: 'khmao-omsu',
      },
    ]);
    expect(config.directory.parts('khmao-omsu')).toHaveLength(22);
    expect(a.sendTo).toHaveLength(1);
    expect(a.sendTo[0]).toMatchObject({ text: 'в Депинформтехнологий Югры', name: 'Депинформтехнологий Югры', email: 'SolnovaKV@admhmao.ru' });
    expect(a.sendTo[0]!.ref).not.toBeNull();
    expect(a.emails).toEqual(['SolnovaKV@admhmao.ru']);
    expect(a.deadline).toMatchObject({ kind: 'date', text: 'до 25 ноября 2019 года', date: '2019-11-25', time: null, rule: null });
    expect(a.text).toContain('Срок: до 25 ноября 2019 года.');
    expect(a.text.startsWith('Рекомендовать органам местного самоуправления')).toBe(true);
  });

  it('items 2.2 and 3.2 are due 7 November 2019; only 2.2 says «при наличии»', () => {
    const a22 = assignment(parsed['000']!, '2.2');
    const a32 = assignment(parsed['000']!, '3.2');
    expect(a22.deadline.date).toBe('2019-11-07');
    expect(a32.deadline.date).toBe('2019-11-07');
    expect(a22.optional).toBe(true);
    expect(a32.optional).toBe(false);
    expect(a22.emails).toEqual(['RaduzhanAA@admhmao.ru']);
    expect(a32.emails).toEqual(['RaduzhanAA@admhmao.ru']);
  });

  it('closes the six items of protocol 3/2019 named in item 4.1, as done, of the same issuer', () => {
    const a = assignment(parsed['000']!, '4.1');
    expect(a.executors).toEqual([]);
    expect(a.deadline.kind).toBe('none');
    expect(a.closes).toEqual([
      {
        protocol: { number: '3/2019', date: '2019-07-27', title: null, body: null },
        items: ['1.2.1', '1.2.2', '3.2', '4.2.1', '4.2.2', '5.2'],
        done: true,
      },
    ]);
  });

  it('names no controller and has no extensions', () => {
    expect(parsed['000']!.controller).toBeNull();
    expect(parsed['000']!.extensions).toEqual([]);
  });
});

describe('seed 002: protocol of the Chelyabinsk digital development commission', () => {
  it('reads the date with the day in quotes, the commission as body, the chair and the approving signatory', () => {
    expect(parsed['002']!.protocol).toEqual({
      kind: 'protocol',
      title: null,
      number: null,
      date: '2020-11-26',
      body: 'Комиссия по цифровому развитию Челябинской области',
      chair: 'Мамин В.В.',
      signatory: 'Мамин В.В.',
    });
  });

  it('item 1 approves, items 2–9 assign, item 10 names the controller', () => {
    const kinds = parsed['002']!.items.map((i) => [i.item, i.kind]);
    expect(kinds).toEqual([
      ['1', 'approval'],
      ['2', 'assignment'],
      ['3', 'assignment'],
      ['4', 'assignment'],
      ['5', 'assignment'],
      ['6', 'assignment'],
      ['7', 'assignment'],
      ['8', 'assignment'],
      ['9', 'assignment'],
      ['10', 'controller'],
    ]);
    expect(parsed['002']!.assignments.map((a) => a.item)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('reads every «Срок – …» line as the deadline of the item above it', () => {
    const dates = Object.fromEntries(parsed['002']!.assignments.map((a) => [a.item, a.deadline.date]));
    expect(dates).toEqual({
      '2': '2020-12-18',
      '3': '2020-12-11',
      '4': '2020-12-14',
      '5': null,
      '6': '2020-12-31',
      '7': '2021-02-01',
      '8': '2021-03-01',
      '9': '2021-04-01',
    });
  });

  it('item 5 is monthly, due the 10th of the month after each reported month, from January 2021', () => {
    const a = assignment(parsed['002']!, '5');
    expect(a.deadline).toMatchObject({
      kind: 'recurring',
      text: 'ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 января 2021 года',
      date: null,
      rule: { freq: 'monthly', day: 10, month: null, after: 'period', starts: '2021-01-01', until: null },
      firstDue: '2021-02-10',
    });
    expect(a.sendTo).toHaveLength(1);
    expect(a.sendTo[0]).toMatchObject({
      text: `в ${CHEL_MINIT}`,
      name: CHEL_MINIT,
      email: null,
    });
    const ministry = config.directory.match(CHEL_MINIT)?.entry.id;
    expect(ministry).toBeDefined();
    expect(a.sendTo[0]!.ref).toBe(ministry);
  });

  it('the citation of order 952-рп of 17.11.2020 is part of the executor, not a deadline', () => {
    const a = assignment(parsed['002']!, '3');
    expect(a.executors).toHaveLength(1);
    expect(a.executors[0]!.role).toBe('executor');
    expect(a.executors[0]!.text).toContain('№ 952-рп');
    expect(a.executors[0]!.name.startsWith('Органы исполнительной власти Челябинской области, оказывающие')).toBe(true);
    expect(a.deadline.date).toBe('2020-12-11');
    expect(a.closes).toEqual([]);
  });

  it('«совместно с Министерством …» makes the ministry a co-executor of item 6', () => {
    const a = assignment(parsed['002']!, '6');
    expect(a.executors.map((e) => [e.role, e.name])).toEqual([
      ['executor', 'Органы исполнительной власти Челябинской области'],
      ['co-executor', CHEL_MINIT],
    ]);
    expect(a.executors.every((e) => e.ref !== null)).toBe(true);
  });

  it('item 7: the ministry with the heads of digital transformation as co-executors', () => {
    const a = assignment(parsed['002']!, '7');
    expect(a.executors.map((e) => [e.role, e.name])).toEqual([
      ['executor', CHEL_MINIT],
      ['co-executor', 'руководители цифровой трансформации органов исполнительной власти Челябинской области'],
    ]);
  });

  it('item 8 sends its result «в адрес Министерства …»', () => {
    const a = assignment(parsed['002']!, '8');
    expect(a.executors[0]!.name).toBe(
      'Заместители руководителей органов исполнительной власти Челябинской области, ответственные за цифровую трансформацию',
    );
    expect(a.sendTo.map((s) => s.name)).toEqual([CHEL_MINIT]);
  });

  it('item 9 is a recommendation; the citation of 343-р of 9.04.2015 is neither a deadline nor a close', () => {
    const a = assignment(parsed['002']!, '9');
    expect(a.recommendation).toBe(true);
    expect(a.executors.map((e) => e.role)).toEqual(['executor', 'co-executor']);
    expect(a.executors[1]!.name).toBe('Управление государственной службы и противодействия коррупции Правительства Челябинской области');
    expect(a.deadline.date).toBe('2021-04-01');
    expect(a.closes).toEqual([]);
  });

  it('«Контроль … оставить за Министерством …» names the controller', () => {
    const c = parsed['002']!.controller;
    expect(c).toMatchObject({ text: `за Министерством информационных технологий, связи и цифрового развития Челябинской области`, name: CHEL_MINIT });
    expect(c!.ref).toBe(config.directory.match(CHEL_MINIT)?.entry.id);
  });

  it('«в Министерство …» is a destination, never an executor', () => {
    for (const a of parsed['002']!.assignments) {
      for (const e of a.executors) expect(e.text.startsWith('в ')).toBe(false);
    }
  });
});

describe('seed 004: a letter of the KhMAO public relations department', () => {
  it('reads the registration number, date, sender from the capitalised letterhead and the signatory', () => {
    expect(parsed['004']!.protocol).toEqual({
      kind: 'letter',
      title: null,
      number: '11-Исх-1373',
      date: '2020-03-27',
      body: 'Департамент общественных и внешних связей Ханты-Мансийского автономного округа – Югры',
      chair: null,
      signatory: 'Деменко А.Е.',
    });
  });

  it('the ask «прошу принять меры по регулярному информированию» goes to the addressees, as a continuous recommendation', () => {
    const asks = parsed['004']!.assignments;
    expect(asks).toHaveLength(1);
    const a = asks[0]!;
    expect(a.item).toBeNull();
    expect(a.line).toBe(39);
    expect(a.recommendation).toBe(true);
    expect(a.deadline.kind).toBe('continuous');
    expect(a.executors).toEqual([
      {
        role: 'executor',
        text: 'Руководителям органов местного самоуправления муниципальных образований Ханты-Мансийского автономного округа – Югры',
        name: 'Руководители органов местного самоуправления муниципальных образований Ханты-Мансийского автономного округа – Югры',
        ref: 'khmao-omsu',
      },
    ]);
  });

  it('the letterhead address is not in the ask, the drafter in «Исполнитель:» is not an executor, and item 2.2 of protocol № 35 is only cited', () => {
    const a = parsed['004']!.assignments[0]!;
    expect(a.emails).toEqual([]);
    expect(JSON.stringify(parsed['004'])).not.toContain('Егоров');
    expect(a.closes).toEqual([]);
    expect(parsed['004']!.extensions).toEqual([]);
  });
});

describe('seed 001: an information note with no assignment', () => {
  it('is kind other with a title, no items, and a no_assignments warning — the ranking lines are not items', () => {
    const p = parsed['001']!;
    expect(p.protocol.kind).toBe('other');
    expect(p.protocol.title).toBe('Об итогах конкурса «Лучший муниципалитет по цифровой трансформации» за 2022 год');
    expect(p.items).toEqual([]);
    expect(p.assignments).toEqual([]);
    expect(p.noted).toEqual([]);
    expect(p.warnings.map((w) => w.code)).toContain('no_assignments');
  });

  it('the narrative «ежегодно» and «ежеквартально» do not become rules', () => {
    expect(JSON.stringify(parsed['001']!)).not.toContain('"recurring"');
  });
});
