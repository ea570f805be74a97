import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadline, findSetDays, parseDeadline } from '../../src/deadline/index.js';

const seed = (name: string): string => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
/** The paragraph (one source line) of a seed that holds `snippet`. */
const paragraph = (name: string, snippet: string): string => {
  const line = seed(name)
    .split(/\r?\n/u)
    .find((l) => l.includes(snippet));
  if (line === undefined) throw new Error(`${name} has no line with «${snippet}»`);
  return line;
};

const SEED_000 = '000_12c0b910ab9569f9.txt';
const SEED_001 = '001_4c2d8d8cedb7b5a3.txt';
const SEED_002 = '002_cea077b6f9d77646.txt';
const SEED_004 = '004_f307fc0c0e58b4a0.txt';

describe('findDeadline in an item without a «Срок» line', () => {
  it('takes «в срок до 28.10.2015г.» as the due date', () => {
    const d = findDeadline('Представить информацию в срок до 28.10.2015г.', { documentDate: '2015-10-01' });
    expect(d).toMatchObject({ kind: 'date', date: '2015-10-28', text: 'в срок до 28.10.2015г.' });
  });

  it('reads a quarterly term that governs «направлять»', () => {
    const d = findDeadline(
      'Органам местного самоуправления информацию направлять ежеквартально, до 5 числа месяца, следующего за отчетным кварталом.',
      { documentDate: '2021-02-01' },
    );
    expect(d).toMatchObject({
      kind: 'recurring',
      text: 'ежеквартально, до 5 числа месяца, следующего за отчетным кварталом',
      rule: { freq: 'quarterly', day: 5, month: null, after: 'period', starts: null, until: null },
      firstDue: '2021-04-05',
    });
  });

  it('reads a frequency word that comes before its verb', () => {
    const d = findDeadline('Ежемесячно, до 10 числа месяца, следующего за отчетным, представлять сведения в Министерство.', { documentDate: '2021-02-01' });
    expect(d).toMatchObject({ kind: 'recurring', rule: { freq: 'monthly', day: 10, after: 'period' }, firstDue: '2021-03-10' });
  });

  it('counts «в течение 10 рабочих дней со дня подписания протокола» from the day after the document', () => {
    const d = findDeadline('Представить предложения в течение 10 рабочих дней со дня подписания протокола.', { documentDate: '2023-03-14' });
    expect(d).toMatchObject({ kind: 'relative', date: '2023-03-28', text: 'в течение 10 рабочих дней со дня подписания протокола' });
  });

  it('reads «обеспечить постоянно» as continuous', () => {
    expect(findDeadline('Министерству образования обеспечить контроль за ходом работ постоянно.', { documentDate: null })).toMatchObject({
      kind: 'continuous',
      text: 'постоянно',
    });
  });

  it('reads a «Срок:» line inside the text as the deadline phrase', () => {
    const text = `${paragraph(SEED_000, '1.2. Рекомендовать')} Срок: до 25 ноября 2019 года.`;
    expect(findDeadline(text, { documentDate: '2019-10-30' })).toMatchObject({ kind: 'date', date: '2019-11-25', text: 'до 25 ноября 2019 года' });
  });

  it('prefers a dated term to a vague one beside it', () => {
    const d = findDeadline('Направить информацию в кратчайшие сроки, но не позднее 1 марта 2021 года.', { documentDate: '2021-02-01' });
    expect(d).toMatchObject({ kind: 'date', date: '2021-03-01' });
  });

  it('reports a vague term as unparsed with deadline_vague', () => {
    const d = findDeadline('Доложить о результатах в кратчайшие сроки.', { documentDate: '2021-02-01' });
    expect(d).toMatchObject({ kind: 'unparsed', text: 'в кратчайшие сроки', date: null, warning: { code: 'deadline_vague' } });
  });

  it('reads «во II квартале 2021 года» as a period', () => {
    expect(findDeadline('Обеспечить проведение работ во II квартале 2021 года.', { documentDate: '2021-01-10' })).toMatchObject({
      kind: 'period',
      date: '2021-06-30',
    });
  });

  it('takes a yearless «к 1 апреля» and «включительно» with the date', () => {
    expect(findDeadline('Направить кандидатуры к 1 апреля.', { documentDate: '2021-03-15' })).toMatchObject({ kind: 'date', date: '2021-04-01', text: 'к 1 апреля' });
    expect(findDeadline('Управлению в срок до 01.04.2021 включительно представить сведения.', { documentDate: '2021-03-15' })).toMatchObject({
      kind: 'date',
      date: '2021-04-01',
      text: 'в срок до 01.04.2021 включительно',
    });
  });

  it('takes the real deadline next to a cited act', () => {
    const text = 'Министерству во исполнение пункта 3 протокола от 20.12.2020 № 14 подготовить проект постановления до 1 апреля 2021 года.';
    expect(findDeadline(text, { documentDate: '2021-03-15' })).toMatchObject({ kind: 'date', date: '2021-04-01', text: 'до 1 апреля 2021 года' });
  });

  it('returns null for text with no deadline', () => {
    expect(findDeadline(paragraph(SEED_000, '1.1. Принять к сведению'), { documentDate: '2019-10-30' })).toBeNull();
    expect(findDeadline('', { documentDate: null })).toBeNull();
  });
});

describe('findDeadline does not take citations for deadlines', () => {
  it('skips «от 17.11.2020 г. № 952-рп» in items 3, 4 and 5 of seed 002', () => {
    for (const item of ['3. Органам', '4. Органам', '5. Органам']) {
      expect(findDeadline(paragraph(SEED_002, item), { documentDate: '2020-11-26' }), item).toBeNull();
    }
  });

  it('skips «от 9.04.2015 г. № 343-р» in item 9 of seed 002', () => {
    expect(findDeadline(paragraph(SEED_002, '9. Рекомендовать'), { documentDate: '2020-11-26' })).toBeNull();
  });

  it('skips «пунктом 2.2 протокола заседания Комиссии от 25.03.2020 № 35» and its «в 2020 году» in seed 004', () => {
    expect(findDeadline(paragraph(SEED_004, 'Между тем, пунктом 2.2'), { documentDate: '2020-03-27' })).toBeNull();
  });

  it('skips «№ 3/2019 от 27 июля 2019 года» in the closing item 4.1 of seed 000', () => {
    expect(findDeadline(paragraph(SEED_000, '4.1. Считать исполненными'), { documentDate: '2019-10-30' })).toBeNull();
  });

  it('skips the date of an act cited after «во исполнение протокола от»', () => {
    expect(findDeadline('Во исполнение протокола от 1 марта 2021 года № 5 подготовить предложения.', { documentDate: '2021-04-01' })).toBeNull();
  });
});

describe('findDeadline does not take narrative frequency words for terms', () => {
  it('finds no deadline anywhere in the information note of seed 001', () => {
    const note = seed(SEED_001);
    expect(findDeadline(note, { documentDate: '2023-01-20' })).toBeNull();
    for (const line of note.split(/\r?\n/u)) expect(findDeadline(line, { documentDate: '2023-01-20' }), line).toBeNull();
  });

  it('skips «ежегодно участвует в конкурсе» and «планируется ежеквартально обсуждать»', () => {
    expect(findDeadline(paragraph(SEED_001, 'ежегодно участвует'), { documentDate: '2023-01-20' })).toBeNull();
    expect(findDeadline(paragraph(SEED_001, 'планируется ежеквартально'), { documentDate: '2023-01-20' })).toBeNull();
  });

  it('skips «Департамент … ежегодно представляет в Министерство» in seed 004', () => {
    expect(findDeadline(paragraph(SEED_004, 'ежегодно представляет'), { documentDate: '2020-03-27' })).toBeNull();
  });

  it('skips a narrative frequency even when a date follows it', () => {
    expect(findDeadline('Департамент ежегодно до 1 марта представляет доклад Губернатору.', { documentDate: '2021-01-10' })).toBeNull();
  });

  it('skips a frequency told with a present-tense verb («проводятся», «представляется»)', () => {
    expect(findDeadline('Заседания Комиссии проводятся ежеквартально.', { documentDate: '2021-03-15' })).toBeNull();
    expect(findDeadline('Отчет представляется ежемесячно до 5 числа.', { documentDate: '2021-03-15' })).toBeNull();
  });

  it('does not take «в 2021 году» alone for a term in free text', () => {
    expect(findDeadline('Провести мероприятия в 2021 году.', { documentDate: '2021-01-10' })).toBeNull();
  });
});

describe('findDeadline in the letter of seed 004', () => {
  it('reads the ask for regular informing as continuous', () => {
    const ask = paragraph(SEED_004, 'прошу принять меры');
    expect(findDeadline(ask, { documentDate: '2020-03-27' })).toMatchObject({ kind: 'continuous', text: 'по регулярному информированию', date: null });
  });

  it('finds only that continuous ask in the whole letter', () => {
    expect(findDeadline(seed(SEED_004), { documentDate: '2020-03-27' })).toMatchObject({ kind: 'continuous' });
  });
});

describe('findDeadline: a term counted from an event named before it', () => {
  it('«о возникновении аварийных ситуаций … информировать … незамедлительно … в течение суток»: from the accident, not the letter', () => {
    const d = findDeadline(
      '- о возникновении аварийных ситуаций на объектах теплоснабжения и водоснабжения информировать дежурного Министерства незамедлительно по телефону (8142) 59-95-33 с последующим направлением письменной информации в течение суток.',
      { documentDate: '2016-05-27' },
    );
    expect(d?.kind).toBe('unparsed');
    expect(findDeadline('В случае подтоплений представить информацию в течение 2 часов в ЕДДС района.', { documentDate: '2016-05-27' })?.kind).not.toBe('relative');
  });
});

describe('findDeadline: what a term in the sentence is not', () => {
  const ctx = { documentDate: '2018-06-06' };
  it('a period inside a relative clause tells about those named; an event-counted term is the ask\'s', () => {
    const d = findDeadline('Ответственным исполнителям поручений, сроки исполнения которых истекают в июле 2018 года, представить информацию о ходе исполнения не позднее чем за 5 рабочих дней до истечения срока.', ctx);
    expect(d?.kind).toBe('unparsed');
    // (A relative clause that asks itself keeps its term: «…, в который направить до 30 мая 2005 года отзывы».)
    expect(findDeadline('Назначить ответственным Комитет по делам ветеранов, в который направить до 30 мая 2005 года отзывы, предложения и замечания.', ctx)?.date).toBe('2005-05-30');
  });
  it('«информацию о готовности учреждений к 1 сентября 2007 года не позднее 27 августа 2007 г.»: the day the readiness is for is no term', () => {
    expect(findDeadline('представить в администрацию района информацию о готовности учреждений к 1 сентября 2007 года не позднее 27 августа 2007 г.', ctx)?.date).toBe('2007-08-27');
  });
  it('«… с еженедельным представлением информации … по пятницам»: the report\'s frequency', () => {
    const d = findDeadline('Обеспечить технический надзор за ходом строительства с еженедельным представлением информации в главное управление по пятницам.', { documentDate: '2009-07-21' });
    expect(d).toMatchObject({ kind: 'recurring', rule: { freq: 'weekly', day: 5 } });
  });
});

describe('«со дня его подписания»: whose signing the pronoun names', () => {
  const find = (text: string) => findDeadline(text, { documentDate: '2024-11-28' }, { ask: true });
  it('another paper the sentence names: not counted from this text', () => {
    expect(find('Отделу опубликовать заключение о результатах публичных слушаний в газете в течение 10 дней со дня его подписания.')?.kind).toBe('unparsed');
    expect(find('Управлению направить соглашение сторонам в течение 5 рабочих дней со дня его подписания.')?.kind).toBe('unparsed');
  });
  it('this text, called «настоящий …», or the protocol itself: counted from its date', () => {
    expect(find('Опубликовать настоящее постановление в газете в течение 10 дней со дня его подписания.')?.date).toBe('2024-12-08');
    expect(find('Направить протокол членам комиссии в течение 3 дней со дня его подписания.')?.kind).toBe('relative');
  });
});

describe('a frequency adjective parted from its noun by the schedule', () => {
  it('«обеспечить еженедельное, по понедельникам до 12.00 (мск), начиная с 4 марта 2013 г., представление …»', () => {
    const d = findDeadline('Просим органы ветеринарии обеспечить еженедельное, по понедельникам до 12.00 (мск), начиная с 4 марта 2013 г., представление в Россельхознадзор информации о проведенных мероприятиях.', { documentDate: '2013-02-26' }, { ask: true });
    expect(d).toMatchObject({ kind: 'recurring', rule: { freq: 'weekly', day: 1, starts: '2013-03-04' } });
  });
  it('«организовать ежемесячное, до 5 числа, направление отчетов»', () => {
    const d = findDeadline('Отделу организовать ежемесячное, до 5 числа, направление отчетов в министерство.', { documentDate: '2024-02-01' }, { ask: true });
    expect(d).toMatchObject({ kind: 'recurring', rule: { freq: 'monthly', day: 5 } });
  });
});

describe('terms in letters written in the brief’s forms', () => {
  it('a weekday is the first such day after the document’s: «в срок до 17.00 пятницы», «не позднее среды текущей недели»', () => {
    expect(findDeadline('Прошу в срок до 17.00 пятницы направить в управление образования списки победителей школьного этапа.', { documentDate: '2025-10-14' })).toMatchObject({ kind: 'date', date: '2025-10-17', time: '17:00' });
    expect(findDeadline('Сведения о готовности пунктов обогрева представить не позднее среды текущей недели.', { documentDate: '2025-12-05' })).toMatchObject({ kind: 'date', date: '2025-12-10' });
    // (On the day itself the next one: a letter of Friday asking «до пятницы» means the week after.)
    expect(findDeadline('Прошу до пятницы представить график дежурств.', { documentDate: '2025-10-17' })).toMatchObject({ kind: 'date', date: '2025-10-24' });
  });
  it('a term counted from this very letter is counted from it, whatever event the sentence names («при проведении олимпиады», «в случае отказа»)', () => {
    expect(findDeadline('Заявления родителей о создании специальных условий при проведении олимпиады направить в течение двух рабочих дней с даты настоящего письма.', { documentDate: '2025-10-14' })).toMatchObject({ kind: 'relative', date: '2025-10-16' });
    expect(findDeadline('При выявлении нарушений представить пояснения в течение 5 дней со дня подписания настоящего письма.', { documentDate: '2025-03-03' })).toMatchObject({ kind: 'relative', date: '2025-03-08' });
  });
  it('a span in the opening adverbial before the verb that asks is what the request is about («в связи с … подъемом воды в период с 20 апреля по 10 мая 2025 года прошу …»)', () => {
    expect(findDeadline('В связи с прогнозируемым подъемом уровня воды в реках Кама и Сылва в период с 20 апреля по 10 мая 2025 года прошу представить следующую информацию:', { documentDate: '2025-04-14' }, { ask: true })).toBeNull();
    expect(findDeadline('Во исполнение решения комиссии от 03.03.2025 № 2 о проведении месячника с 1 по 30 апреля 2025 года прошу представить план мероприятий до 25 марта 2025 года.', { documentDate: '2025-03-10' }, { ask: true })).toMatchObject({ kind: 'date', date: '2025-03-25' });
  });
  it('a relative clause that ends the sentence tells of those named («…, в отношении которых паспорта … оформлены до 1 января 2020 года.»), a noun in «-ости» being no verb', () => {
    expect(findDeadline('Просим в течение I полугодия 2026 года провести обследование объектов учреждений культуры, в отношении которых паспорта доступности оформлены до 1 января 2020 года.', { documentDate: '2025-10-13' }, { ask: true })).toMatchObject({ kind: 'period', date: '2026-06-30' });
    expect(findDeadline('Обеспечить до 1 марта 2025 года замену огнетушителей в учреждениях, у которых срок годности истек до 1 января 2025 года.', { documentDate: '2025-01-20' })).toMatchObject({ kind: 'date', date: '2025-03-01' });
  });
});

describe('a span of dates cut after its first day', () => {
  it('«23 сентября 2004 года - 3» (a plan cell whose last words went on the next line) and «с 01.04.2025 - 1» are unparsed, not the first day; whole spans stay periods', () => {
    expect(parseDeadline('23 сентября 2004 года - 3', { documentDate: '2004-09-15' }).kind).toBe('unparsed');
    expect(parseDeadline('01.04.2025 – 1', { documentDate: '2025-03-15' }).kind).toBe('unparsed');
    expect(parseDeadline('23 сентября 2004 года - 3 октября 2004 года', { documentDate: '2004-09-15' })).toMatchObject({ kind: 'period', date: '2004-10-03' });
  });
});

describe('terms of the brief’s municipal acts and departmental orders', () => {
  it('a day more than a year before the document qualifies what the clause names when another term is there («домов, признанных аварийными до 1 января 2017 года»; «… построенных до 1 января 1990 года»)', () => {
    expect(findDeadline('Отделу ЖКХ в течение марта 2025 года провести обследование многоквартирных домов, признанных аварийными до 1 января 2017 года, и сформировать реестр.', { documentDate: '2025-02-20' })).toMatchObject({ kind: 'period', date: '2025-03-31' });
    expect(findDeadline('Управлению образования в I квартале 2025 года обследовать здания школ, построенных до 1 января 1990 года.', { documentDate: '2025-02-20' })).toMatchObject({ kind: 'period', date: '2025-03-31' });
    // (A day a few weeks before the text is still read: a late act keeps its written term.)
    expect(findDeadline('Отделу культуры представить отчет до 1 февраля 2025 года.', { documentDate: '2025-02-20' })).toMatchObject({ kind: 'date', date: '2025-02-01' });
  });
  it('two days with their months and one year after the second are a span due on its last day («24 апреля – 9 мая 2026 г.», «30 декабря – 10 января 2026 г.»)', () => {
    expect(parseDeadline('24 апреля – 9 мая 2026 г.', { documentDate: '2026-02-16' })).toMatchObject({ kind: 'period', date: '2026-05-09' });
    expect(parseDeadline('30 декабря – 10 января 2026 г.', { documentDate: '2025-12-01' })).toMatchObject({ kind: 'period', date: '2026-01-10' });
  });
  it('«до 5 числа месяца, следующего за отчетным» with no «ежемесячно» is a monthly term however far its verb (an order, and a paraphrase with a quarter)', () => {
    const ctx = { documentDate: '2024-01-15' };
    expect(findDeadline('МИАЦ обеспечить формирование сводной информации о ходе диспансеризации на основании данных региональной системы до 5 числа месяца, следующего за отчетным.', ctx)).toMatchObject({ kind: 'recurring', rule: { freq: 'monthly', day: 5 } });
    expect(findDeadline('Отделу экономики обеспечить подготовку сводного отчета о ходе реализации программы не позднее 10 числа месяца, следующего за отчетным кварталом.', ctx)).toMatchObject({ kind: 'recurring', rule: { freq: 'quarterly', day: 10 } });
  });
});

describe('a part of a school year', () => {
  it('«до конца I полугодия 2025/2026 учебного года», «во II четверти учебного года» are not the calendar’s halves or quarters: not dated; «до конца I полугодия 2025 года» still is', () => {
    const ctx = { documentDate: '2025-10-22' };
    expect(parseDeadline('до конца I полугодия 2025/2026 учебного года', ctx).kind).toBe('unparsed');
    expect(parseDeadline('во II четверти учебного года', ctx).kind).toBe('unparsed');
    expect(parseDeadline('до конца I полугодия 2025 года', { documentDate: '2025-02-10' })).toMatchObject({ kind: 'period', date: '2025-06-30' });
  });
});

describe('a cited act’s year is no period', () => {
  it('«в сроки, установленные Федеральным законом от 2 мая 2006 г. № 59-ФЗ» and «в порядке, предусмотренном постановлением от 12.03.2019 г. № 88» are not dated', () => {
    expect(parseDeadline('в сроки, установленные Федеральным законом от 2 мая 2006 г. № 59-ФЗ «О порядке рассмотрения обращений»', { documentDate: '2023-10-31' }).kind).toBe('unparsed');
    expect(parseDeadline('в сроки, предусмотренные постановлением Правительства области от 12.03.2019 г. № 88', { documentDate: '2023-10-31' }).date).toBeNull();
  });
});

describe('a frequency word of a name in quotes', () => {
  it('«ежедневной», «регулярный», «ежемесячный» inside a cited title or a newspaper’s name make no term; the ask’s own word after it still does', () => {
    const ctx = { documentDate: '2010-12-13' };
    expect(findDeadline('Письмо «О передаче ежедневной информации по заболеваемости гриппом» Служба просит обеспечить представление информации по форме.', ctx)).toBeNull();
    expect(findDeadline('Во исполнение приказа «О ежемесячном мониторинге цен» отделу торговли подготовить обзор.', ctx)).toBeNull();
    expect(findDeadline('Обеспечить публикацию сведений в газете «Регулярный вестник».', ctx)).toBeNull();
    expect(findDeadline('Письмо «О передаче ежедневной информации» Служба просит обеспечить ежедневное (со вторника по пятницу) представление информации до 13.00 начиная с 14.12.2010.', ctx)).toMatchObject({
      kind: 'recurring',
      rule: { freq: 'daily', starts: '2010-12-14' },
    });
  });
});

describe('a record’s date is no day of the action', () => {
  it('«Дата принятия: 23.03.2005», «Дата подписания – …», «Опубликовано: …», a signature’s «ознакомлен …» after an order give no set day; a day of the action still does', () => {
    const ctx = { documentDate: null };
    expect(findSetDays('Руководителям подразделений выполнить комплекс мероприятий согласно приложению. Номер: 207 Дата принятия: 23.03.2005', ctx)).toEqual([]);
    expect(findSetDays('Отделу культуры провести смотр самодеятельности. Дата подписания – 12.04.2024', ctx)).toEqual([]);
    expect(findSetDays('Отделу культуры провести смотр самодеятельности. Опубликовано: 12.04.2024', ctx)).toEqual([]);
    expect(findSetDays('Подготовить служебную записку. Ответственный за исполнение в ОУ ознакомлен " 5 " декабря 2025. _______ /', ctx)).toEqual([]);
    expect(findSetDays('Классным руководителям провести инструктаж. С приказом ознакомлена: Петрова А.А. ________ 12.03.2025', ctx)).toEqual([]);
    expect(findSetDays('Разместить объявление. Дата публикации: Пятница, 28 ноября 2025', ctx)).toEqual([]);
    expect(findSetDays('Отделу культуры провести смотр самодеятельности 12.04.2024 в 15.00', ctx)).toMatchObject([{ kind: 'date', date: '2024-04-12' }]);
  });
});

describe('a period a schedule leaves out', () => {
  it('«ежеквартально … (за исключением IV квартала)», «ежемесячно …, кроме декабря» neither start nor end the schedule', () => {
    const ctx = { documentDate: '2026-02-05' };
    expect(parseDeadline('Ежеквартально, в срок до 20 числа месяца, следующего за отчетным кварталом (за исключением IV квартала)', ctx)).toMatchObject({ kind: 'recurring', firstDue: '2026-04-20', rule: { starts: null, until: null } });
    expect(parseDeadline('ежемесячно до 5 числа месяца, следующего за отчетным, кроме декабря', ctx)).toMatchObject({ kind: 'recurring', rule: { freq: 'monthly', starts: null, until: null } });
  });
});

describe('a schedule’s span within one month', () => {
  it('«еженедельно по пятницам до 16.00 в период с 01 по 30 апреля 2025 года» starts on the 1st; «еженедельно по понедельникам с 10 по 31 марта 2025 года» on the 10th', () => {
    const ctx = { documentDate: '2025-03-26' };
    expect(parseDeadline('еженедельно по пятницам до 16.00 в период с 01 по 30 апреля 2025 года', ctx)).toMatchObject({ kind: 'recurring', rule: { starts: '2025-04-01', until: '2025-04-30' }, firstDue: '2025-04-04' });
    expect(parseDeadline('еженедельно по понедельникам с 10 по 31 марта 2025 года', { documentDate: '2025-03-01' })).toMatchObject({ kind: 'recurring', rule: { starts: '2025-03-10', until: '2025-03-31' }, firstDue: '2025-03-10' });
  });
});

describe('a daily report over a span whose last day carries the daily hour', () => {
  it('«ежедневно в период с 15 по 30 сентября 2022 года до 10.00 часов (время местное) представлять информацию …» is due every day of the span by 10:00', () => {
    for (const text of ['ежедневно в период с 15 по 30 сентября 2022 года до 10.00 часов', 'ежедневно в период с 15 по 30 сентября 2022 года до 10.00 часов (время местное) представлять информацию о ходе подключения объектов']) {
      const d = text.length < 80 ? parseDeadline(text, { documentDate: '2022-09-09' }) : findDeadline(text, { documentDate: '2022-09-09' }, { ask: true });
      expect(d, text).toMatchObject({ kind: 'recurring', time: '10:00', rule: { freq: 'daily', starts: '2022-09-15', until: '2022-09-30' }, firstDue: '2022-09-15' });
    }
    // (A one-off term with its hour after the day stays one day.)
    expect(parseDeadline('до 30 сентября 2022 года до 10.00 часов', { documentDate: '2022-09-09' })).toMatchObject({ kind: 'date', date: '2022-09-30' });
  });
});
