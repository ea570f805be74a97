import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import type { DocumentText, ParsedDocument } from '../../src/domain.js';
import { parseProtocol } from '../../src/protocol/index.js';

let config: SrokConfig;
beforeAll(() => {
  config = loadConfig('config');
});

function parse(text: string): ParsedDocument {
  const doc: DocumentText = { file: 'invented.txt', format: 'txt', sha256: 'x', encoding: 'utf-8', lines: text.split('\n') };
  return parseProtocol(doc, { directory: config.directory, addWorkingDays: (d, n) => config.calendar.addWorkingDays(d, n) });
}

/** An invented protocol in the seeds' style, with the constructions they do not show. */
const LATER = `ПРОТОКОЛ № 5/2020
заседания рабочей группы
по координации цифрового развития муниципальных образований
Ханты-Мансийского автономного округа – Югры

г. Ханты-Мансийск

14 марта 2023 года

Председательствовал: Ципорин П.И. – директор Депинформтехнологий Югры

РЕШИЛИ:

1. О ходе цифровой трансформации.

1.1. Информацию докладчика принять к сведению.

1.2. Департаменту информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры и Департаменту общественных и внешних связей Ханты-Мансийского автономного округа – Югры подготовить сводный отчет в течение 10 рабочих дней.

1.3. Органам местного самоуправления муниципальных образований Ханты-Мансийского автономного округа – Югры обеспечить:
а) размещение информации на официальных сайтах;
б) направление отчета на адрес электронной почты report@admhmao.ru.

Срок – в двухнедельный срок.

2. Об исполнении ранее принятых решений.

2.1. Продлить срок исполнения поручения, предусмотренного пунктом 3.4 протокола № 6 от 20.12.2022, до 1 июня 2023 года.

2.2. Снять с контроля протокол заседания рабочей группы № 2/2019 от 12 марта 2019 года.

2.3. Считать исполненными и снять с контроля пункты 1.1–1.3 протокола заседания Комиссии по цифровому развитию Челябинской области от 26.11.2020 № 7 и пункт 2 протокола № 8 от 01.12.2020.

3. Департаменту общественных и внешних связей Ханты-Мансийского автономного округа – Югры обеспечить информирование граждан в кратчайшие сроки.

4. Контроль за исполнением настоящего протокола возложить на заместителя Губернатора Ханты-Мансийского автономного округа – Югры.
`;

describe('constructions the seeds do not show', () => {
  it('two executors joined by «и», each routed; a relative term counted from the day after the document date', () => {
    const p = parse(LATER);
    const a = p.assignments.find((x) => x.item === '1.2')!;
    expect(a.executors.map((e) => e.name)).toEqual([
      'Департамент информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры',
      'Департамент общественных и внешних связей Ханты-Мансийского автономного округа – Югры',
    ]);
    expect(a.executors.every((e) => e.ref !== null)).toBe(true);
    // Tue 14.03.2023 + 10 working days = 28.03.2023 (contract example).
    expect(a.deadline).toMatchObject({ kind: 'relative', date: '2023-03-28', relative: { count: 10, unit: 'working_days', from: 'document_date' } });
  });

  it('lettered sub-items join their parent with a dot; each is a task of the executors the heading names, due by the «Срок» line after the last', () => {
    const p = parse(LATER);
    const lettered = p.items.filter((i) => i.parent === '1.3').map((i) => i.item);
    expect(lettered).toEqual(['1.3.а', '1.3.б']);
    const tasks = p.assignments.filter((x) => x.item?.startsWith('1.3'));
    expect(tasks.map((a) => a.item)).toEqual(['1.3.а', '1.3.б']);
    // «в двухнедельный срок» from Tue 14.03.2023 → 28.03.2023, for both sub-items.
    for (const a of tasks) {
      expect(a.executors[0]?.ref).toBe('khmao-omsu');
      expect(a.deadline).toMatchObject({ kind: 'relative', date: '2023-03-28' });
    }
    expect(p.items.find((i) => i.item === '1.3')?.kind).not.toBe('assignment');
  });

  it('an extension names the new date, the act and its items, and is not an assignment', () => {
    const p = parse(LATER);
    expect(p.extensions).toEqual([
      {
        item: '2.1',
        to: '2023-06-01',
        protocol: { number: '6', date: '2022-12-20', title: null, body: null },
        items: ['3.4'],
      },
    ]);
    expect(p.assignments.find((x) => x.item === '2.1')).toBeUndefined();
    expect(p.items.find((i) => i.item === '2.1')?.kind).toBe('extension');
  });

  it('«снять с контроля» without «исполненными» closes a whole act, not as done', () => {
    const p = parse(LATER);
    const a = p.assignments.find((x) => x.item === '2.2')!;
    expect(a.closes).toEqual([{ protocol: { number: '2/2019', date: '2019-03-12', title: null, body: null }, items: [], done: false }]);
  });

  it('closes items of two acts of another issuer, with an item range expanded', () => {
    const p = parse(LATER);
    const a = p.assignments.find((x) => x.item === '2.3')!;
    expect(a.closes).toEqual([
      {
        protocol: { number: '7', date: '2020-11-26', title: null, body: 'Комиссия по цифровому развитию Челябинской области' },
        items: ['1.1', '1.2', '1.3'],
        done: true,
      },
      { protocol: { number: '8', date: '2020-12-01', title: null, body: null }, items: ['2'], done: true },
    ]);
  });

  it('a vague deadline is unparsed with a warning naming the line, never a guessed date', () => {
    const p = parse(LATER);
    const a = p.assignments.find((x) => x.item === '3')!;
    expect(a.deadline.kind).toBe('unparsed');
    expect(a.deadline.date).toBeNull();
    const w = p.warnings.find((x) => x.code === 'deadline_vague');
    expect(w?.line).toBe(LATER.split('\n').findIndex((l) => l.startsWith('3. Департаменту')) + 1);
  });

  it('«Контроль … возложить на заместителя Губернатора» names the controller in the nominative', () => {
    const p = parse(LATER);
    expect(p.controller).toMatchObject({
      text: 'на заместителя Губернатора Ханты-Мансийского автономного округа – Югры',
      name: 'заместитель Губернатора Ханты-Мансийского автономного округа – Югры',
    });
  });

  it('the header of an invented protocol: number, date, body, chair written after a colon', () => {
    const p = parse(LATER);
    expect(p.protocol).toMatchObject({ kind: 'protocol', number: '5/2020', date: '2023-03-14', chair: 'Ципорин П.И.' });
    expect(p.protocol.body).toBe('Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры');
  });

  it('an executor that matches nothing is reported with its line and kept with ref null', () => {
    const p = parse('ПРОТОКОЛ № 1\nзаседания комиссии\n\n1 февраля 2021 года\n\nРЕШИЛИ:\n\n1. Региональному оператору связи «Пример» провести проверку.\n\nСрок – 1 марта 2021 года.\n');
    const a = p.assignments[0]!;
    expect(a.executors[0]).toMatchObject({ role: 'executor', ref: null, name: 'Региональный оператор связи «Пример»' });
    expect(p.warnings).toContainEqual(expect.objectContaining({ code: 'executor_unmatched', line: 8 }));
  });

  it('a citation «во исполнение пункта 3 протокола № 14» is not a close', () => {
    const p = parse(
      'ПРОТОКОЛ № 2\nзаседания комиссии\n\n1 февраля 2021 года\n\nРЕШИЛИ:\n\n1. Во исполнение пункта 3 протокола № 14 от 10.01.2021 Министерству информационных технологий, связи и цифрового развития Челябинской области подготовить доклад.\n\nСрок – 1 марта 2021 года.\n',
    );
    expect(p.assignments[0]!.closes).toEqual([]);
    expect(p.assignments[0]!.deadline.date).toBe('2021-03-01');
    // The adverbial «Во исполнение … от 10.01.2021» stands before the executor; it is not part of it.
    expect(p.assignments[0]!.executors.map((e) => e.ref)).toEqual(['chel-mininform']);
    expect(p.assignments[0]!.executors[0]!.text).toBe('Министерству информационных технологий, связи и цифрового развития Челябинской области');
  });

  it('Markdown bold marks do not hide the numbering or the header', () => {
    const p = parse('**ПРОТОКОЛ № 9/2021**\n**заседания комиссии**\n\n**1 февраля 2021 года**\n\n**Решили:**\n\n**1. Принять к сведению информацию.**\n');
    expect(p.protocol.number).toBe('9/2021');
    expect(p.noted).toEqual(['1']);
  });

  it('sub-items «1.2.1. направить …» take the executors of their heading «1.2. Рекомендовать органам …:»', () => {
    const p = parse(
      'ПРОТОКОЛ № 3/2019\nзаседания рабочей группы\n\n27 июля 2019 года\n\nРЕШИЛИ:\n\n1.2. Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры:\n\n1.2.1. направить сведения о рабочих местах.\n\nСрок: до 20 августа 2019 года.\n\n1.2.2. обеспечить подключение учреждений.\n\nСрок: до 1 октября 2019 года.\n',
    );
    const subs = p.assignments.filter((a) => a.item?.startsWith('1.2.'));
    expect(subs.map((a) => a.item)).toEqual(['1.2.1', '1.2.2']);
    for (const a of subs) {
      expect(a.recommendation).toBe(true);
      expect(a.executors.map((e) => e.ref)).toEqual(['khmao-omsu']);
    }
    expect(subs.map((a) => a.deadline.date)).toEqual(['2019-08-20', '2019-10-01']);
    expect(p.warnings.filter((w) => w.code === 'executor_missing')).toEqual([]);
  });
});
