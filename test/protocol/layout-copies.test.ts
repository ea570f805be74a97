import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentText, ParsedDocument } from '../../src/domain.js';
import { normaliseLine } from '../../src/document/text-lines.js';
import { VARIANTS } from '../../src/eval/variants.js';
import { parseProtocol } from '../../src/protocol/index.js';

/**
 * Real documents of the corpus read in the layouts other copies give them (hard-wrapped at a
 * column, a page number between lines, a blank line after every line): the same items, the
 * same deadlines and the same number and date as the copy in the corpus. Each class is shown
 * on two documents, or on one and a paraphrase.
 */

function parseText(text: string): ParsedDocument {
  const doc: DocumentText = { file: 'case.txt', format: 'txt', sha256: 'x', encoding: 'utf-8', lines: text.replace(/\r\n/g, '\n').split('\n') };
  return parseProtocol(doc);
}

function corpusText(path: string): string {
  const lines = readFileSync(new URL(`../corpus/${path}`, import.meta.url), 'utf8').split('\n');
  while (lines.length > 0 && /^# (?:source|retrieved):/u.test(lines[0]!)) lines.shift();
  return lines.join('\n');
}

/** What a reading says: items with their deadlines, and the header's number and date. */
function reading(p: ParsedDocument): { header: [string | null, string | null]; items: string[] } {
  return {
    header: [p.protocol.number, p.protocol.date],
    items: p.assignments.map((a) => `${a.item ?? '—'}: ${a.deadline.kind === 'date' ? a.deadline.date : a.deadline.kind}`),
  };
}

function sameInVariant(path: string, variant: keyof typeof VARIANTS): void {
  const text = corpusText(path);
  const original = reading(parseText(text));
  expect(original.items.length).toBeGreaterThan(0);
  expect(reading(parseText(VARIANTS[variant]!.apply(text)))).toEqual(original);
}

describe('a plan table flattened one row per line, hard-wrapped at a column', () => {
  it('rows whose deadline cell wraps («… До / 20 мая 2011 года»), no executor column (municipal/013)', () => {
    sameInVariant('municipal/docs/013.txt', 'wrap72');
  });
  it('rows whose executors wrap onto the next line («… До 04.05.06 Кулешова / Р.В. Звягина М.А. …») (municipal/014)', () => {
    sameInVariant('municipal/docs/014.txt', 'wrap72');
  });
  it('a header that wraps too («… Срок исполнения Ответст- / венные за исполнение») (plans/001)', () => {
    sameInVariant('plans/docs/001.txt', 'hyphen64');
  });
  it('a paraphrase: three rows wrapped, then the signature, which no row takes', () => {
    const p = parseText(
      [
        'Приложение к распоряжению от 02.03.2015 № 88-р',
        '',
        'План мероприятий по весенней очистке территории поселения',
        '',
        'N п/п Наименование мероприятия Срок исполнения Ответственный',
        '1 Очистка от мусора обочин дорог и придорожных полос вдоль улиц До 15',
        'апреля 2015 года Петров А.А.',
        '2 Вывоз веток и сухой травы с территорий общего пользования До 20 апреля',
        '2015 года Сидорова Е.В.',
        '3 Ремонт и покраска ограждений детских площадок и скверов До 30 апреля',
        '2015 года Петров А.А.',
        '',
        'Глава поселения И.И. Иванов',
      ].join('\n'),
    );
    expect(p.assignments.map((a) => [a.item, a.deadline.kind === 'date' ? a.deadline.date : null, a.executors.map((e) => e.name)])).toEqual([
      ['1', '2015-04-15', ['Петров А.А.']],
      ['2', '2015-04-20', ['Сидорова Е.В.']],
      ['3', '2015-04-30', ['Петров А.А.']],
    ]);
  });
});

describe('the number and date on a line that wrapped', () => {
  it('a database citation line after the signature, the date cut between day and month, the cited act after it (outside-5/001)', () => {
    sameInVariant('outside-5/docs/001.txt', 'wrap72');
  });
  it('a date of another act at the start of a wrapped line: «… распоряжением Правительства / Челябинской области от 17.11.2020 г. № 952-рп» is not the letter’s (samples/002)', () => {
    const text = corpusText('samples/docs/002.txt');
    const p = parseText(VARIANTS.wrap72!.apply(text));
    expect([p.protocol.number, p.protocol.date]).toEqual([null, '2020-11-26']);
  });
  it('a paraphrase: «Постановление администрации … района от 18 / августа 2005 г. N 551» at the end', () => {
    const p = parseText(
      [
        '1. Отделу культуры администрации района в срок до 1 сентября 2005 года подготовить план торжественных мероприятий.',
        '',
        'Глава района А.Н. Петров',
        '',
        'Постановление администрации Красногвардейского района Белгородской области от 18',
        'августа 2005 г. N 551 "О мерах по подготовке к празднованию Дня района"',
      ].join('\n'),
    );
    expect([p.protocol.number, p.protocol.date]).toEqual(['551', '2005-08-18']);
  });
});

describe('a page number between lines', () => {
  it('inside a numbered list, with blank lines around it (acts/005 and outside-3/014)', () => {
    sameInVariant('acts/docs/005.txt', 'pages');
    sameInVariant('outside-3/docs/014.txt', 'pages');
  });
  it('a paraphrase: a page break in the middle of an item, «- 2 -» between blank lines', () => {
    const p = parseText(
      [
        'ПОСТАНОВЛЕНИЕ',
        'от 3 марта 2021 г. № 45',
        '',
        'ПОСТАНОВЛЯЮ:',
        '1. Управлению образования администрации района обеспечить проведение',
        '',
        '- 2 -',
        '',
        'проверки готовности лагерей в срок до 20 мая 2021 года.',
        '2. Контроль за исполнением постановления оставляю за собой.',
      ].join('\n'),
    );
    expect(p.assignments.map((a) => [a.item, a.deadline.kind === 'date' ? a.deadline.date : null])).toEqual([['1', '2021-05-20']]);
  });
});

describe('a blank line inside a sentence', () => {
  it('a copy with a blank line after every line: the sentence goes on in lower case (regional/013 keeps its items)', () => {
    const text = corpusText('regional/docs/013.txt');
    const p = parseText(VARIANTS.spaced!.apply(text));
    expect(p.assignments.map((a) => a.item)).toEqual(parseText(text).assignments.map((a) => a.item));
  });
  it('a paraphrase: «… представить / (blank) / в срок до 1 июня 2022 года …»', () => {
    const p = parseText(
      [
        'РАСПОРЯЖЕНИЕ',
        'от 12.04.2022 № 17-р',
        '',
        '1. Руководителям муниципальных учреждений культуры представить',
        '',
        'в срок до 1 июня 2022 года сведения о состоянии зданий.',
        '',
        '2. Контроль за исполнением распоряжения оставляю за собой.',
      ].join('\n'),
    );
    expect(p.assignments.map((a) => [a.item, a.deadline.kind === 'date' ? a.deadline.date : null])).toEqual([['1', '2022-06-01']]);
  });
});

describe('numbers and dashes at a wrapped line’s start or end', () => {
  it('«(далее / – Комиссия, автономный округ)»: a dash inside an open parenthesis goes on with the sentence (the sample letter, wrapped at 56) and a paraphrase', () => {
    const text = corpusText('samples/docs/004.txt');
    expect(parseText(VARIANTS.wrap56!.apply(text)).assignments.length).toBe(parseText(text).assignments.length);
    const q = parseText(
      ['ПРИКАЗ', 'от 3 марта 2025 г. № 40', 'ПРИКАЗЫВАЮ:', '1. Создать рабочую группу по проверке школьных столовых (далее', '– рабочая группа).', '2. Рабочей группе в срок до 1 апреля 2025 года представить отчет о проверке.'].join('\n'),
    );
    expect(q.assignments.map((a) => a.item)).toEqual(['2']);
  });
  it('«… согласно приложениям N 1 и N 2. 2. / Вице-мэрам …»: the next item’s number left at the end of the line above (a mayor’s resolution, wrapped at 56) and a paraphrase', () => {
    sameInVariant('outside-12/docs/003.txt', 'wrap56');
    const q = parseText(['ПОСТАНОВЛЯЮ: 1. Утвердить план мероприятий согласно приложению. 2.', 'Отделу культуры в срок до 1 мая 2025 года провести смотр коллективов.'].join('\n'));
    expect(q.assignments.map((a) => [a.item, a.deadline.kind === 'date' ? a.deadline.date : null])).toEqual([['2', '2025-05-01']]);
  });
  it('«… статьями 7.1, / 15. 16 Регламента …»: a number after a comma and before another number goes on with the list (a mayor’s resolution, wrapped at 56) and a paraphrase', () => {
    const q = parseText(['ПОСТАНОВЛЕНИЕ', 'В соответствии со статьями 7.1,', '15. 16 Регламента Думы постановляю:', '1. Аппарату Думы в срок до 20 марта 2012 года подготовить заседание.'].join('\n'));
    expect(q.assignments.map((a) => a.item)).toEqual(['1']);
    const p = parseText(VARIANTS.wrap56!.apply(corpusText('outside-14/docs/006.txt')));
    expect(p.assignments.map((a) => a.item)).not.toContain('15');
  });
});

describe('«N» for «№»', () => {
  it('a site card «• N документа: / 958» as well as «• № документа:» (a mayor’s card) and a paraphrase', () => {
    const text = corpusText('outside-15/docs/007.txt');
    expect(reading(parseText(VARIANTS.numeroN!.apply(text))).header).toEqual(reading(parseText(text)).header);
    const q = parseText('1. Отделу культуры провести смотр до 1 мая 2019 года.\n\n• N документа:\n45\n• Дата принятия:\n12.03.2019');
    expect([q.protocol.number, q.protocol.date]).toEqual(['45', '2019-03-12']);
  });
});

describe('a hard-wrapped copy with a blank line after every line', () => {
  it('reads as the copy without them: a body in capitals on the line after «(Сапрунов),» (a governor’s order) and a council’s list of districts (a regional duma)', () => {
    sameInVariant('outside-9/docs/011.txt', 'spaced');
    sameInVariant('outside-16/docs/002.txt', 'spaced');
  });
  it('a paraphrase: two items, each over three lines, every line a paragraph of its own', () => {
    const lines = [
      'АДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА',
      'РАСПОРЯЖЕНИЕ',
      'от 12 марта 2024 г. № 45',
      'О подготовке к весеннему паводку',
      'В целях предупреждения чрезвычайных ситуаций в период',
      'весеннего паводка:',
      '1. Главному управлению внутренних дел района (Петров),',
      'Государственной инспекции по маломерным судам (Сидоров)',
      'обеспечить дежурство в срок до 1 апреля 2024 года.',
      '2. Отделу образования администрации района провести',
      'занятия со школьниками о правилах поведения на льду',
      'в срок до 15 марта 2024 года.',
      'Глава района А.А. Иванов',
    ];
    const dense = reading(parseText(lines.join('\n')));
    expect(dense.items).toEqual(['1: 2024-04-01', '2: 2024-03-15']);
    expect(reading(parseText(lines.join('\n\n')))).toEqual(dense);
  });
});

describe('a copy saved as one line', () => {
  it('parts after the operative formula, before dash items and «Срок:» labels: a regional duma’s resolution reads as stored (outside-16/002) and a paraphrase', () => {
    sameInVariant('outside-16/docs/002.txt', 'oneline');
    const q = parseText(
      'АДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА РАСПОРЯЖЕНИЕ от 12 марта 2024 г. № 45 О подготовке к весеннему паводку В целях предупреждения чрезвычайных ситуаций в период весеннего паводка, руководствуясь Уставом района, обязываю: - Отделу по делам ГО и ЧС администрации района организовать дежурство ответственных лиц в период паводка. Срок: до 1 апреля 2024 года. - Отделу образования администрации района провести занятия со школьниками о правилах поведения на льду в каждой школе района. Срок: до 15 марта 2024 года. - Контроль за исполнением распоряжения оставляю за собой. Глава района А.А. Иванов',
    );
    expect(q.assignments.map((a) => a.deadline.kind === 'date' ? a.deadline.date : a.deadline.kind)).toEqual(['2024-04-01', '2024-03-15']);
  });
});

describe('a copy saved as one line: numbers glued to the text after a word, an item’s sub-items after its colon', () => {
  it('«… в 2005 году 2.Комитету …: 2.1.Образовать … 3.Совместно … 4.Рекомендовать …: 4.1.Обеспечить …» (a governor’s order) and «1.В целях …: 1) создать …; 2) рабочей группе … изучить …» (another governor’s order)', () => {
    sameInVariant('outside-30/docs/001.txt', 'oneline');
    sameInVariant('outside-4/docs/013.txt', 'oneline');
  });
  it('the item that keeps the paragraph’s first number holds its own sub-items: «1. Рекомендовать …: 1.1. Закрыть … 1.2. Установить … 2. …» (a district) and a paraphrase', () => {
    sameInVariant('outside-25/docs/003.txt', 'oneline');
    const q = parseText('ПОСТАНОВЛЕНИЕ от 12.03.2024 № 45 О паводке ПОСТАНОВЛЯЮ: 1. Отделу ГО и ЧС администрации района: 1.1. Организовать дежурство до 1 апреля 2024 года. 1.2. Провести учения до 15 апреля 2024 года. 2. Контроль оставляю за собой. Глава района А.А. Иванов');
    expect(reading(q).items).toEqual(['1.1: 2024-04-01', '1.2: 2024-04-15']);
  });
  it('what the text cites at its end is not the header’s: «ПРОТОКОЛ № 4/2019 …» on one line with «… протокола … № 3/2019 от 27 июля 2019 года» far into it (seed 000) and a paraphrase', () => {
    const p = parseText(VARIANTS.oneline!.apply(corpusText('samples/docs/000.txt')));
    expect(p.protocol.number).toBe('4/2019');
    expect(p.protocol.date).not.toBe('2019-07-27');
    const q = parseText('ПРОТОКОЛ № 7 заседания комиссии РЕШИЛИ: 1. Отделу ГО провести учения до 1 июня 2019 года. 2. Снять с контроля пункт 3 протокола комиссии № 5 от 12 марта 2019 года. Председатель комиссии А.А. Иванов');
    expect(q.protocol.number).toBe('7');
  });
  it('a number glued after a word is taken only in a run that counts up: «… согласно разделу 2.Положения …» stays one item', () => {
    const q = parseText('ПОСТАНОВЛЕНИЕ от 12.03.2024 № 45\nПОСТАНОВЛЯЮ:\n1. Отделу культуры провести смотр по правилам раздела 2.Положения о смотре в срок до 1 апреля 2024 года.');
    expect(reading(q).items).toEqual(['1: 2024-04-01']);
  });
});

describe('hard-wrapped copies: a town after «г.», a sub-item’s number at a line’s end', () => {
  it('«Департаменту образования администрации г. / Южно-Сахалинска (Грицай Ю.Н.):» (a mayor) and «… городского подчинения: 2.1. / принять к сведению …» (a city health committee) read as stored', () => {
    sameInVariant('outside-7/docs/004.txt', 'wrap56');
    sameInVariant('outside-17/docs/015.txt', 'wrap56');
  });
  it('a paraphrase: «… администрации г. / Заречного …:», and a year’s «2005 г.» at a line’s end still ends its sentence', () => {
    const q = parseText('ПОСТАНОВЛЕНИЕ\nот 12.03.2005 № 45\nПОСТАНОВЛЯЮ:\n1. Отделу образования администрации г.\nЗаречного (Иванов И.И.) провести смотр до 1 мая 2005 г.\nОтделу культуры провести конкурс до 1 июня 2005 г.');
    expect(reading(q).items).toEqual(['1: 2005-05-01', '1: 2005-06-01']);
    expect(q.assignments[0]!.executors[0]!.name).toMatch(/г\. Заречного/u);
  });
});

describe('a blank line after every line: the header where the text has it', () => {
  it('«… постановляю: (В / редакции Указа … N 814)»: a parenthesis opened after the formula still cites (a presidential decree), and a site’s card «Постановление / 178 / 22 мая 2007 года» under the text (a district) read as stored', () => {
    sameInVariant('acts/docs/005.txt', 'spaced');
    sameInVariant('municipal/docs/010.txt', 'spaced');
  });
});

describe('a copy saved as one line: where its header is', () => {
  it('a preamble opening the text does not hide the database’s citation at its end (a ministry’s order, a republic’s order) and a bill’s number in the title is not the kind word’s (the State Duma)', () => {
    sameInVariant('outside-4/docs/011.txt', 'oneline');
    sameInVariant('outside-9/docs/008.txt', 'oneline');
    sameInVariant('acts/docs/003.txt', 'oneline');
  });
});

describe('rows numbered «1)»', () => {
  it('a flat plan row «1) Организация … До 20 мая …» and a row number «1)» alone on its line read as «1.» does (outside-5/009, outside-22/007) and a paraphrase', () => {
    sameInVariant('outside-5/docs/009.txt', 'parens');
    sameInVariant('outside-22/docs/007.txt', 'parens');
    const q = parseText('N п/п Мероприятие Срок исполнения Ответственный\n1) Ремонт ограждения стадиона До 15 мая 2024 года Петров А.А.\n2) Покраска трибун стадиона До 25 мая 2024 года Сидоров Б.Б.');
    expect(q.assignments.map((a) => [a.item, a.deadline.kind === 'date' ? a.deadline.date : null])).toEqual([
      ['1', '2024-05-15'],
      ['2', '2024-05-25'],
    ]);
  });
});

describe('a plain hyphen for a dash', () => {
  it('«Срок представления … - до 26 декабря 2020 года» as well as «… – до …» (a ministry’s letter, letters/011) and a paraphrase', () => {
    sameInVariant('letters/docs/011.txt', 'dashes');
    const q = parseText('1. Отделу культуры подготовить план мероприятий.\n\nСрок\nпредставления плана в администрацию района с проектом\nпостановления - до 1 марта 2024 года.');
    expect(q.assignments.map((a) => a.deadline.kind === 'date' ? a.deadline.date : a.deadline.kind)).toEqual(['2024-03-01']);
  });
});

describe('a plan copied one cell a paragraph, hard-wrapped at a column', () => {
  it('cells of a header with no number column parted by blank lines, a task cell wrapped onto two lines (outside-6/020)', () => {
    sameInVariant('outside-6/docs/020.txt', 'wrap72');
  });
  it('a paraphrase: a task cell and an executors cell each on two lines', () => {
    const p = parseText('Наименование мероприятия\n\nСроки\n\nОтветственный\n\nПроведение совещания с руководителями\nучреждений культуры района\n\nдо 1 марта 2024 года\n\nОтдел культуры\nадминистрации района\n\nОбследование памятников\n\nдо 1 мая 2024 года\n\nГлавы поселений');
    expect(p.assignments.map((a) => [a.deadline.date, a.executors.map((e) => e.name)])).toEqual([
      ['2024-03-01', ['Отдел культуры администрации района']],
      ['2024-05-01', ['Главы поселений']],
    ]);
  });
});

describe('wrapped at a narrow column: a name’s initials and a long flat row', () => {
  it('«Финансовому управлению … (Гусева О. / А.):» over sub-items (outside-17/003) and a paraphrase', () => {
    sameInVariant('outside-17/docs/003.txt', 'wrap72');
    const p = parseText('ПОСТАНОВЛЕНИЕ\nот 3 марта 2025 г. № 40\n1. Комитету по образованию администрации района (Петрова И.\nИ.) провести проверку до 1 апреля 2025 года.');
    expect(p.assignments.map((a) => a.executors.map((e) => e.name))).toEqual([['Комитет по образованию администрации района (Петрова И. И.)']]);
  });
  it('a flat row wrapped onto eight lines up to the next row’s number, the last row’s last word on a line of its own (outside-5/004)', () => {
    sameInVariant('outside-5/docs/004.txt', 'wrap72');
    const p = parseCorpus56('outside-5/docs/004.txt');
    expect(p.assignments.map((a) => a.item)).toEqual(['1', '2', '3']);
  });
});

function parseCorpus56(path: string): ParsedDocument {
  return parseText(VARIANTS.wrap56!.apply(corpusText(path)));
}

describe('a «|» table one cell a line, in a copy with blank lines or page numbers', () => {
  it('a blank line after every line: the header «№ п/п / (blank) / | / …» still opens the table (outside-4/015)', () => {
    sameInVariant('outside-4/docs/015.txt', 'spaced');
  });
  it('a page number between a cell and its closing «|» leaves the «|» (outside-4/015, plans/012)', () => {
    sameInVariant('outside-4/docs/015.txt', 'pages');
    sameInVariant('plans/docs/012.txt', 'pages');
  });
  it('a paraphrase: a page number «- 2 -» inside a row', () => {
    const p = parseText('№ п/п |\nМероприятие |\nСрок |\nОтветственный |\n1. |\nУборка парка\n\n- 2 -\n\n|\nдо 1 мая 2024 г. |\nОтдел ЖКХ |\n2. |\nПосадка деревьев |\nдо 15 мая 2024 г. |\nОтдел благоустройства |');
    expect(p.assignments.map((a) => [a.item, a.deadline.date, a.executors.map((e) => e.name)])).toEqual([
      ['1', '2024-05-01', ['Отдел ЖКХ']],
      ['2', '2024-05-15', ['Отдел благоустройства']],
    ]);
  });
});

describe('headers in hard-wrapped copies with hyphenation', () => {
  it('a header run on into the text in one paragraph, its date and number on the line after a hyphenated word (federal/007)', () => {
    sameInVariant('federal/docs/007.txt', 'hyphen64');
    const p = parseText('О ПОРЯДКЕ РАБОТЫ КОМИССИИ ПОСТАНОВЛЕНИЕ ГЛАВЫ АДМИНИСТРА-\nЦИИ РАЙОНА 12 марта 2001 г. N 45 Глава администрации\nпостановляет: 1. Отделу культуры подготовить отчет в ре-\nдакции, принятой постановлением главы от 10 января 2000 года\nN 3, до 1 апреля 2001 года.');
    expect([p.protocol.number, p.protocol.date]).toEqual(['45', '2001-03-12']);
  });
  it('a plan’s approval line wrapped before its number (plans/003)', () => {
    sameInVariant('plans/docs/003.txt', 'hyphen64');
  });
  it('the lines of a preamble cite other acts, a hyphenated «постановл- / ения» too (outside-19/012) and a paraphrase', () => {
    sameInVariant('outside-19/docs/012.txt', 'hyphen64');
    const p = parseText('АДМИНИСТРАЦИЯ РАЙОНА\n\nО мерах\n\nВо исполнение Указа Губернатора от 30 мая 2014\nгода № 75 «О мерах» и постановл-\nения администрации от 25.12.2014 № 483 «О плане»\nпостановляю:\n1. Отделу культуры провести смотр до 1 мая 2015 года.\n\nГлава района И.И. Петров\n\n10 февраля 2015 года\nN 54');
    expect([p.protocol.number, p.protocol.date]).toEqual(['54', '2015-02-10']);
  });
});

describe('item numbers glued to the text («1.Одобрить») in plan tables', () => {
  it('flat rows «1.Организация …» (outside-5/009, regional/009), a table copied column by column (plans/002), one cell a paragraph «1.1.Уточнить» (outside-27/003)', () => {
    for (const path of ['outside-5/docs/009.txt', 'regional/docs/009.txt', 'plans/docs/002.txt', 'outside-27/docs/003.txt', 'outside-2/docs/003.txt']) sameInVariant(path, 'glued');
  });
  it('a paraphrase: a flat plan whose rows are glued to their numbers', () => {
    const p = parseText('N п/п Мероприятие Срок исполнения Ответственный\n1.Уборка парка до 1 мая 2024 г. Отдел ЖКХ\n2.Посадка деревьев до 15 мая 2024 г. Отдел благоустройства');
    expect(p.assignments.map((a) => [a.item, a.deadline.date, a.executors.map((e) => e.name)])).toEqual([
      ['1', '2024-05-01', ['Отдел ЖКХ']],
      ['2', '2024-05-15', ['Отдел благоустройства']],
    ]);
  });
});

describe('a letter hard-wrapped with hyphenation', () => {
  it('an address group hyphenated across lines, «… по адресу электронной почты: / nmo@… в следующие установ- / ленные сроки:» (outside-22/013)', () => {
    sameInVariant('outside-22/docs/013.txt', 'hyphen64');
    const p = parseText(VARIANTS.hyphen64!.apply(corpusText('outside-22/docs/013.txt')));
    expect(p.assignments[0]!.executors[0]!.name).toBe('Руководители органов управления культурой муниципальных образований Мурманской области');
  });
  it('a paraphrase: an e-mail address on the line after «электронной почты:» goes on with the sentence', () => {
    const p = parseText('Руководителям учреждений\n\nОтчет необходимо направить по адресу электронной почты:\notchet@adm.ru до 1 июня 2024 года.');
    expect(p.assignments.map((a) => [a.deadline.date, a.emails])).toEqual([['2024-06-01', ['otchet@adm.ru']]]);
  });
});

describe('sub-items inside one paragraph', () => {
  it('«… годов: 1. Управлению …: 1.1. Организовать 8 мая 2009 года …» in a copy saved on one line (outside-13/003) and a paraphrase', () => {
    const p = parseText(corpusText('outside-13/docs/003.txt'));
    expect(p.assignments.map((a) => [a.item, a.deadline.date])).toEqual([['1.1', '2009-05-08']]);
    const q = parseText('РАСПОРЯЖЕНИЕ от 27.04.2009 N 184-р О подготовке к празднику В целях подготовки: 1. Управлению культуры области (Воробьев) совместно с управлением туризма: 1.1. Организовать 8 мая 2009 года проведение собрания. 1.2. Обеспечить 9 мая 2009 года проведение концерта. 2. Отделу полиции обеспечить охрану порядка 9 мая 2009 года.');
    expect(q.assignments.map((a) => [a.item, a.deadline.date])).toEqual([
      ['1.1', '2009-05-08'],
      ['1.2', '2009-05-09'],
      ['2', '2009-05-09'],
    ]);
  });
});

describe('a protocol saved on one line', () => {
  it('«… Срок – 18 декабря 2020 года. 3. Органам …»: the next item after a «Срок» label’s sentence (samples/002 on one line)', () => {
    const p = parseText(VARIANTS.oneline!.apply(corpusText('samples/docs/002.txt')));
    expect(p.assignments.map((a) => a.item)).toEqual(expect.arrayContaining(['2', '3', '4', '5', '7', '8', '9']));
    const q = parseText('ПРОТОКОЛ заседания комиссии от 5 марта 2024 года РЕШИЛИ: 1. Отделу ЖКХ подготовить план. Срок – 1 апреля 2024 года. 2. Отделу культуры провести конкурс. Срок – 1 мая 2024 года. 3. Принять к сведению информацию.');
    expect(q.assignments.map((a) => [a.item, a.deadline.date])).toEqual([
      ['1', '2024-04-01'],
      ['2', '2024-05-01'],
    ]);
  });
});

describe('a range wrapped at its dash', () => {
  it('«… внести в октябре / - ноябре месяце 2001 г.» (outside-11/001 wrapped at 72 columns) and a paraphrase', () => {
    const p = parseText(VARIANTS.wrap72!.apply(corpusText('outside-11/docs/001.txt')));
    expect(p.assignments.find((a) => a.item === '2')?.deadline.date).toBe('2001-11-30');
    const q = parseText('ПОСТАНОВЛЕНИЕ\nот 3 марта 2025 г. № 40\n1. Отделу культуры провести смотр коллективов с 10\n- 15 мая 2025 года.\n2. Отделу ЖКХ подготовить отчет.');
    expect(q.assignments.map((a) => [a.item, a.deadline.date])).toEqual([
      ['1', '2025-05-15'],
      ['2', null],
    ]);
  });
});

describe('a document typed in capitals throughout, as a telegram is', () => {
  it('reads the same as the ordinary copy: the letters lowered, abbreviations («МУ», «МО», «ГО и ЧС») and numbers kept (outside-2/013, municipal/013, samples/002)', () => {
    sameInVariant('outside-2/docs/013.txt', 'upper');
    sameInVariant('municipal/docs/013.txt', 'upper');
    sameInVariant('samples/docs/002.txt', 'upper');
  });
  it('a paraphrase of a government telegram: its asks, executors and terms, and a letterhead in capitals alone does not lower the rest', () => {
    const p = parseText(
      'ТЕЛЕГРАММА\nГЛАВАМ МУНИЦИПАЛЬНЫХ РАЙОНОВ И ГОРОДСКИХ ОКРУГОВ\nВ СВЯЗИ С ПРОГНОЗОМ ПАВОДКА ПРОШУ ОБЕСПЕЧИТЬ ГОТОВНОСТЬ СИЛ И СРЕДСТВ ГО И ЧС. ИНФОРМАЦИЮ О ПРИНЯТЫХ МЕРАХ ПРЕДСТАВИТЬ В МЧС РЕСПУБЛИКИ В СРОК ДО 15 АПРЕЛЯ 2014 ГОДА.\nМИНИСТР И.И. ИВАНОВ',
    );
    expect(p.assignments.map((a) => a.deadline.date)).toContain('2014-04-15');
    expect(p.assignments[0]?.executors.map((e) => e.name.toLowerCase())).toEqual(['главы муниципальных районов и городских округов']);
    const letterhead = parseText('АДМИНИСТРАЦИЯ ГОРОДА\nПОСТАНОВЛЕНИЕ\nот 01.02.2015 № 5\nПОСТАНОВЛЯЮ:\n1. Отделу ЖКХ провести ремонт крыши до 1 июня 2015 года.');
    expect(letterhead.assignments[0]?.text).toBe('Отделу ЖКХ провести ремонт крыши до 1 июня 2015 года.');
  });
});

describe('items numbered with a bracket', () => {
  it('a paragraph of its own after «2) Контроль … возложить …» is part of item 2, as after «2.» (outside-13/012, outside-5/010)', () => {
    sameInVariant('outside-13/docs/012.txt', 'parens');
    sameInVariant('outside-5/docs/010.txt', 'parens');
  });
});

describe('a street’s abbreviation at a wrapped line’s end', () => {
  it('«… маршрута N 81 "Ул. / Комарова - аэропорт" …» goes on to the next line (outside-34/001 wrapped at 56) and a paraphrase with «пр.»', () => {
    sameInVariant('outside-34/docs/001.txt', 'wrap56');
    const p = parseText('ПОСТАНОВЛЕНИЕ\nот 01.03.2016 № 40\nпостановляю:\n1. Управлению ЖКХ отремонтировать тротуар по пр.\nЛенина от дома 5 до дома 17 в течение двух месяцев.');
    expect(p.assignments.map((a) => [a.text, a.deadline.date])).toEqual([['Управлению ЖКХ отремонтировать тротуар по пр. Ленина от дома 5 до дома 17 в течение двух месяцев.', '2016-05-01']]);
  });
});

describe('an hour’s «час.» at a wrapped line’s end', () => {
  it('«… просит ежедневно до 15.00 час. / предоставлять информацию …» goes on to the next line (letters/002 wrapped at 64 with hyphens) and a paraphrase', () => {
    sameInVariant('letters/docs/002.txt', 'hyphen64');
    const p = parseText('ПРИКАЗ\nот 03.02.2014 № 12\nПРИКАЗЫВАЮ:\n1. Руководителям школ ежедневно до 10.00 час.\nсообщать в управление образования о численности заболевших с 4 по 10 февраля 2014 года.');
    expect(p.assignments[0]?.deadline).toMatchObject({ kind: 'recurring', time: '10:00', rule: { freq: 'daily', until: '2014-02-10' } });
  });
});

describe('a reporting schedule hard-wrapped at a column', () => {
  it('its header and rows wrapped, words hyphenated, read as the copy on long lines (outside-36/001)', () => {
    sameInVariant('outside-36/docs/001.txt', 'wrap56');
    sameInVariant('outside-36/docs/001.txt', 'hyphen64');
    // (and with a blank line after every line: the lines between the header and the first row stay the header's)
    sameInVariant('outside-36/docs/001.txt', 'spaced');
  });
});

describe('hard-wrapped copies: what the wrap parts', () => {
  it('a site’s bullet «• Алтайский край» above the act’s own header is no part of the body, also when the site’s title above wraps (outside-15/003 wrapped at 72) and a paraphrase', () => {
    sameInVariant('outside-15/docs/003.txt', 'wrap72');
    const p = parseText('Постановление "О подготовке к весеннему паводку на территории Ключевского района в 2024 году"\n\n  • Томская область\n    Администрация Ключевского района\n\n    П О С Т А Н О В Л Е Н И Е\n\n    12.03.2024 № 118\n    с. Ключи\n\nВ целях защиты населения от паводка:\n\n1. Отделу ГО и ЧС подготовить план эвакуации в срок до 01.04.2024.');
    expect(reading(p)).toEqual({ header: ['118', '2024-03-12'], items: ['1: 2024-04-01'] });
  });
  it('a text saved as one line and wrapped: its header runs to the formula over two lines, the number after the wrap (outside-37/003 wrapped at 72) and a paraphrase', () => {
    sameInVariant('outside-37/docs/003.txt', 'wrap72');
    const p = parseText('Фрагмент документа "О ПОДГОТОВКЕ К ЛЕТНЕЙ ОЗДОРОВИТЕЛЬНОЙ КАМПАНИИ".\nО ПОДГОТОВКЕ К ЛЕТНЕЙ ОЗДОРОВИТЕЛЬНОЙ КАМПАНИИ\nРАСПОРЯЖЕНИЕ АДМИНИСТРАЦИИ ГОРОДА СЕВЕРСКА 14 марта 2006 г. N\n217-р В целях организации отдыха детей обязываю: 1. Управлению\nобразования в срок до 1 мая 2006 года представить план работы лагерей.');
    expect(reading(p)).toEqual({ header: ['217-р', '2006-03-14'], items: ['1: 2006-05-01'] });
  });
  it('a preamble’s citation wrapped onto a line of its own is not the act’s number; the database’s card under the text is (outside-7/005 wrapped at 72) and a paraphrase', () => {
    sameInVariant('outside-7/docs/005.txt', 'wrap72');
    const p = parseText('Руководствуясь Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих\nпринципах организации местного самоуправления в Российской Федерации»\n(с изменениями от 27.05.2014 № 136-ФЗ), в целях подготовки к\nотопительному периоду:\n1. Управлению ЖКХ в срок до 15.09.2014 представить паспорта готовности.\n(см.прикрепленный документ)\nНомер: 315\nДата принятия: 02.06.2014');
    expect(reading(p)).toEqual({ header: ['315', '2014-06-02'], items: ['1: 2014-09-15'] });
  });
  it('«Дата: …» before a formula two lines on, and an archive’s «ф. 703, оп. 3» at a line’s start is no lettered item (outside-44/005 wrapped at 72) and a paraphrase', () => {
    sameInVariant('outside-44/docs/005.txt', 'wrap72');
    const p = parseText('Решение исполкома о заготовке дров.\nДата: 3 октября 1943 г. Страна: СССР, Вологодская область. Исполком\nрешил: 1. Обязать директора леспромхоза тов. Сидорова заготовить 500\nкубометров дров до 1 ноября 1943 г. 2. Обязать горсовет (тов. Ильин)\nобеспечить вывозку дров. Председатель исполкома Петров Источник: ГАВО,\nф. 1254, оп. 2, д. 45, л. 12. Подлинник.');
    expect(reading(p)).toEqual({ header: [null, '1943-10-03'], items: ['1: 1943-11-01', '2: none'] });
  });
  it('a postal address after «по адресу:» goes on from the line before, and the item numbered inside it stays an item (outside-5/008 wrapped at 72) and a paraphrase', () => {
    // (The stored copy puts a filler U+115F after words, which reading a document drops: read as the reader gets it.)
    const text = corpusText('outside-5/docs/008.txt').split('\n').map(normaliseLine).join('\n');
    expect(reading(parseText(VARIANTS.wrap72!.apply(text)))).toEqual(reading(parseText(text)));
    expect(reading(parseText(text)).items).toEqual(['4: 2010-08-10', '4: 2010-08-15']);
    const p = parseText('ПОСТАНОВЛЕНИЕ\nот 12.05.2015 № 77\nПОСТАНОВЛЯЮ:\n1. Установить срок приема заявок с 15 мая по 15 июня 2015 по адресу:\nг.Котлас, ул.Мира, 12, каб. 5. 2. Комиссии в срок до 30.06.2015 подвести\nитоги конкурса.');
    expect(reading(p)).toEqual({ header: ['77', '2015-05-12'], items: ['2: 2015-06-30'] });
  });
  it('a table one cell a paragraph under «№ п/п», a task cell wrapped over two lines (outside-47/001 wrapped at 72) and a paraphrase; «№ п/п» is no number of the plan', () => {
    sameInVariant('outside-47/docs/001.txt', 'wrap72');
    const p = parseText('ПЛАН\n\nмероприятий к Дню города\n\n№ п/п\n\nНаименование мероприятия\n\nСрок исполнения\n\nОтветственный\n\n1.\n\nСоздание организационного комитета по подготовке и проведению Дня\nгорода и утверждение его состава\n\nдо 01.06.\n\nИванов И.И.\n\n2.\n\nПроведение конкурса рисунков среди учащихся школ города, подведение\nитогов и награждение победителей\n\nиюнь\n\nОтдел образования\n\n3.\n\nУборка улиц\n\nиюль\n\nПетров П.П.');
    expect(p.protocol.number).toBeNull();
    expect(p.assignments.map((a) => [a.item, a.executors.map((e) => e.name)])).toEqual([
      ['1', ['Иванов И.И.']],
      ['2', ['Отдел образования']],
      ['3', ['Петров П.П.']],
    ]);
  });
});

describe('a document in capitals: a verb after an abbreviation\'s dot, a label left hanging', () => {
  it('«… В СРОК ДО 31 МАРТА 2008 Г. ВНЕСТИ …», «… ДО 15.00 ЧАС. ПРЕДОСТАВЛЯТЬ …» go on the sentence (a city government, a ministry\'s letter)', () => {
    sameInVariant('outside-44/docs/009.txt', 'upper');
    sameInVariant('letters/docs/002.txt', 'upper');
  });
  it('«СРОК» alone on a line over «ПРЕДСТАВЛЕНИЯ … – ДО 26 ДЕКАБРЯ 2020 ГОДА» is one «Срок» line (a ministry\'s letter)', () => {
    sameInVariant('letters/docs/011.txt', 'upper');
  });
});

describe('a copy wrapped twice', () => {
  it('«… народных / депутатов / РСФСР, предусмотрев …»: an abbreviation with its comma after a short line goes on the sentence (a Supreme Soviet resolution)', () => {
    sameInVariant('outside-13/docs/011.txt', 'wrap56');
  });
  it('a paraphrase: «… с учетом предложений / органов / МВД России, …» under a dash', () => {
    const p = parseText('ПОСТАНОВЛЕНИЕ\nот 6 мая 2020 года № 12\n\n       1. Поручить Комитету по законодательству:\n       - доработать проект с учетом предложений\nорганов\n   МВД России, предусмотрев внесение поправок;\n       - внести до 16 мая доработанный проект на второе\nчтение.');
    expect(p.assignments.map((a) => [a.item, a.deadline.date])).toEqual([['1', '2020-05-16']]);
  });
});
