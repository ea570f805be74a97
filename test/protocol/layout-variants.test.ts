import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentText, ParsedDocument } from '../../src/domain.js';
import { parseProtocol } from '../../src/protocol/index.js';

/**
 * The same content in the layouts real copies give it — numbers glued to the text, the
 * whole operative part in one paragraph, lines hard-wrapped and indented, CRLF, non-breaking
 * spaces, a plan's table as tab-separated rows, as «|»-closed cells one per line, or as bare
 * cells one per line — must give the same assignments.
 */

const EXECUTORS = [
  'Министерству экономического развития области',
  'Управлению образования администрации района (Иванова И.И.)',
  'Главам городских и сельских поселений',
  'Комитету по культуре администрации города',
  'Отделу жилищно-коммунального хозяйства администрации района',
];
const TASKS = [
  'подготовить предложения по развитию сети учреждений',
  'провести проверку готовности объектов к отопительному сезону',
  'направить информацию о ходе реализации программы в администрацию района',
  'обеспечить размещение сведений на официальном сайте',
];
const TERMS = ['в срок до 1 марта 2024 года', 'до 15.04.2024', 'не позднее 30 мая 2024 года', 'ежеквартально до 10 числа месяца, следующего за отчетным', ''];

interface Clause {
  executor: string;
  task: string;
  term: string;
}

const clause = fc.record({
  executor: fc.constantFrom(...EXECUTORS),
  task: fc.constantFrom(...TASKS),
  term: fc.constantFrom(...TERMS),
});

const HEADER = ['АДМИНИСТРАЦИЯ ЛЕСНОГО МУНИЦИПАЛЬНОГО РАЙОНА', '', 'ПОСТАНОВЛЕНИЕ', '', 'от 12 февраля 2024 г. № 45', '', 'О мерах по подготовке к весеннему периоду', ''];
const PREAMBLE = 'В целях организованной подготовки к весеннему периоду администрация района постановляет:';
const SIGNATURE = ['', 'Глава района', 'А.Б. Сидоров'];

function sentence(c: Clause): string {
  return `${c.executor} ${c.term ? `${c.term} ` : ''}${c.task}.`;
}

function plain(clauses: readonly Clause[]): string[] {
  return [...HEADER, PREAMBLE, ...clauses.map((c, i) => `${i + 1}. ${sentence(c)}`), ...SIGNATURE];
}

/** «1.Министерству …»: no space after the number. */
function glued(clauses: readonly Clause[]): string[] {
  return [...HEADER, PREAMBLE, ...clauses.map((c, i) => `${i + 1}.${sentence(c)}`), ...SIGNATURE];
}

/** «… постановляет: 1. … 2. …» in one paragraph. */
function inline(clauses: readonly Clause[]): string[] {
  return [...HEADER, `${PREAMBLE} ${clauses.map((c, i) => `${i + 1}. ${sentence(c)}`).join(' ')}`, ...SIGNATURE];
}

/** A monospaced copy: paragraphs indented by five spaces, wrapped at `width`. */
function wrapped(width: number) {
  return (clauses: readonly Clause[]): string[] => {
    const wrap = (text: string): string[] => {
      const out: string[] = [];
      let line = '     ';
      for (const word of text.split(' ')) {
        if (line.trim() !== '' && line.length + word.length + 1 > width) {
          out.push(line);
          line = '';
        }
        line += (line === '' || line.trim() === '' ? '' : ' ') + word;
      }
      out.push(line);
      return out;
    };
    return [...HEADER, ...wrap(PREAMBLE), ...clauses.flatMap((c, i) => wrap(`${i + 1}. ${sentence(c)}`)), ...SIGNATURE];
  };
}

function crlf(lines: string[]): string[] {
  return lines.join('\r\n').split('\n');
}

function nbsp(lines: string[]): string[] {
  return lines.map((l) => l.replace(/ (?=\S)/gu, (m, i: number) => (i % 3 === 0 ? '\u00a0' : m)));
}

function doc(lines: string[]): DocumentText {
  // What the document reader does with CR and NBSP before the parser sees the lines.
  const text = lines.join('\n').replace(/\r\n?/gu, '\n').replace(/\u00a0/gu, ' ');
  return { file: 'variant.txt', format: 'txt', sha256: 'x', encoding: 'utf-8', lines: text.split('\n') };
}

function summary(p: ParsedDocument): string[] {
  return p.assignments.map(
    (a) => `${a.item} | ${a.executors.map((e) => e.name).join('; ')} | ${a.deadline.kind} ${a.deadline.date ?? a.deadline.firstDue ?? ''}`,
  );
}

describe('the same assignments whatever the layout', () => {
  it('reads every clause of the plain layout as an assignment with its executor and term', () => {
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 6 }), (clauses) => {
        const p = parseProtocol(doc(plain(clauses)));
        expect(p.protocol).toMatchObject({ number: '45', date: '2024-02-12' });
        expect(p.assignments.map((a) => a.item)).toEqual(clauses.map((_, i) => String(i + 1)));
        p.assignments.forEach((a, i) => {
          expect(a.executors.length).toBeGreaterThan(0);
          expect(a.deadline.kind).toBe(clauses[i]!.term === '' ? 'none' : clauses[i]!.term.startsWith('ежеквартально') ? 'recurring' : 'date');
        });
      }),
      { numRuns: 60 },
    );
  });

  it('glued numbers, inline numbering, hard wraps, CRLF and non-breaking spaces change nothing', () => {
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 6 }), fc.integer({ min: 50, max: 90 }), (clauses, width) => {
        const expected = summary(parseProtocol(doc(plain(clauses))));
        for (const variant of [glued(clauses), inline(clauses), wrapped(width)(clauses), crlf(plain(clauses)), nbsp(plain(clauses))]) {
          expect(summary(parseProtocol(doc(variant)))).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('a plan table in its three flattened shapes', () => {
  const row = fc.record({
    task: fc.constantFrom('Проведение субботников по очистке территорий', 'Ремонт детских площадок', 'Информирование населения о мероприятиях'),
    term: fc.constantFrom('До 20.05.2024', 'Апрель - май 2024 года', 'Постоянно'),
    executor: fc.constantFrom('Главы сельских поселений', 'Отдел ЖКХ администрации района', 'МБУ «Благоустройство»'),
  });
  const head = ['Приложение к постановлению администрации района от 01.04.2024 № 12', '', 'План мероприятий', ''];
  const tabs = (rows: ReadonlyArray<{ task: string; term: string; executor: string }>): string[] => [
    ...head,
    '№ п/п\tМероприятие\tСрок исполнения\tОтветственный',
    ...rows.map((r, i) => `${i + 1}.\t${r.task}\t${r.term}\t${r.executor}`),
  ];
  const piped = (rows: ReadonlyArray<{ task: string; term: string; executor: string }>): string[] => [
    ...head,
    'N п/п |',
    'Мероприятие |',
    'Срок исполнения |',
    'Ответственный |',
    ...rows.flatMap((r, i) => [`${i + 1}. |`, `${r.task} |`, `${r.term} |`, `${r.executor} |`]),
  ];
  const bare = (rows: ReadonlyArray<{ task: string; term: string; executor: string }>): string[] => [
    ...head,
    '№ п/п',
    'Мероприятие',
    'Срок исполнения',
    'Ответственный',
    ...rows.flatMap((r, i) => [`${i + 1}.`, r.task, r.term, r.executor]),
  ];

  it('gives one assignment per row, with the row number, the deadline cell and the executors', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 6 }), (rows) => {
        const expected = summary(parseProtocol(doc(tabs(rows))));
        expect(expected).toHaveLength(rows.length);
        expect(expected.map((s) => s.split(' | ')[0])).toEqual(rows.map((_, i) => String(i + 1)));
        expect(summary(parseProtocol(doc(piped(rows))))).toEqual(expected);
        expect(summary(parseProtocol(doc(bare(rows))))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
