import { createHash } from 'node:crypto';
import type { Assignment, IsoDate, ItemOutline, ParsedDocument } from '../src/domain.js';

/**
 * ParsedDocument objects built directly (parsing is measured in parse.ts, not here),
 * shaped like the parser's output for the seed protocols: the header of a Chelyabinsk
 * commission protocol (seed 002) with flat numbered items, each a single-executor
 * assignment routed to a body of config/directory.yaml, or the KhMAO working group's
 * protocol (seed 000) whose item 1.2 goes to the 22 municipalities.
 */

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Single bodies of the directory with an address, as the parser leaves them: the dative phrase, the nominative name, the id. */
const BODIES: ReadonlyArray<{ dative: string; name: string; ref: string }> = [
  {
    dative: 'Министерству информационных технологий, связи и цифрового развития Челябинской области',
    name: 'Министерство информационных технологий, связи и цифрового развития Челябинской области',
    ref: 'chel-mininform',
  },
  { dative: 'Министерству финансов Челябинской области', name: 'Министерство финансов Челябинской области', ref: 'chel-minfin' },
  {
    dative: 'Министерству экономического развития Челябинской области',
    name: 'Министерство экономического развития Челябинской области',
    ref: 'chel-mineconom',
  },
  { dative: 'Министерству здравоохранения Челябинской области', name: 'Министерство здравоохранения Челябинской области', ref: 'chel-minzdrav' },
  { dative: 'Министерству образования и науки Челябинской области', name: 'Министерство образования и науки Челябинской области', ref: 'chel-minobr' },
  { dative: 'Министерству социальных отношений Челябинской области', name: 'Министерство социальных отношений Челябинской области', ref: 'chel-minsoc' },
  {
    dative: 'Управлению государственной службы и противодействия коррупции Правительства Челябинской области',
    name: 'Управление государственной службы и противодействия коррупции Правительства Челябинской области',
    ref: 'chel-ugs',
  },
];

/** What the bodies are told to do: the wordings of seed 002, without addresses (an address would add a summary track). */
const TASKS: readonly string[] = [
  'разработать Положение об управлении проектами цифровой трансформации в Челябинской области',
  'подготовить рекомендации по разработке проектов цифровой трансформации в соответствии с проведенным анализом',
  'провести цифровой аудит предоставляемых государственных услуг и функций, выявить услуги, подлежащие переводу в электронный вид в первоочередном порядке',
  'представить предложения по перечню приоритетных государственных услуг, утвержденному распоряжением Правительства Челябинской области от 17.11.2020 г. № 952-рп, с обоснованием сроков их перевода в электронный вид',
  'обеспечить подключение подведомственных учреждений к системе межведомственного электронного взаимодействия и назначить ответственных за ведение реестра',
  'разработать показатели эффективности деятельности с учетом цифровой трансформации ведомства в соответствии с Положением «Об оценке эффективности деятельности руководителей органов исполнительной власти Челябинской области»',
  'утвердить планы мероприятий «дорожных карт» по приведению государственных услуг в соответствие с целевой моделью цифровой трансформации',
  'организовать обучение сотрудников, ответственных за предоставление государственных услуг в электронном виде, по программе повышения квалификации',
];

const COMMISSION = 'Комиссия по цифровому развитию Челябинской области';
const WORKING_GROUP = 'Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры';

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function addDaysIso(day: IsoDate, n: number): IsoDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** «18 декабря 2021 года». */
export function inWords(day: IsoDate): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y} года`;
}

export interface SingleExecutorOptions {
  /** Protocols. */
  protocols: number;
  /** Assignments per protocol. */
  perProtocol: number;
  /** The protocols' date; deadlines follow it. */
  date: IsoDate;
  /** Deadline of the i-th assignment (0-based over all protocols), as days after `date`. Default: 20–109 days, spread. */
  deadlineAfterDays?: (index: number) => number;
  /** Distinguishes the protocols of one run from another's (numbers and file hashes). */
  series?: string;
}

/**
 * Protocols of single-executor assignments, one track each: the executor is a body of
 * the directory (routed by id, as the parser leaves it), the deadline a date in words
 * («Срок – 18 декабря 2021 года.»), no address in the text (an address would add the
 * item's summary track).
 */
export function singleExecutorProtocols(options: SingleExecutorOptions): ParsedDocument[] {
  const docs: ParsedDocument[] = [];
  const after = options.deadlineAfterDays ?? ((i: number) => 20 + ((i * 7) % 90));
  const series = options.series ?? 'a';
  let index = 0;
  for (let p = 0; p < options.protocols; p += 1) {
    const number = `${p + 1}-${series}/${options.date.slice(0, 4)}`;
    const items: ItemOutline[] = [];
    const assignments: Assignment[] = [];
    let line = 27;
    for (let k = 0; k < options.perProtocol; k += 1, index += 1) {
      const body = BODIES[index % BODIES.length]!;
      const task = TASKS[(index * 3 + p) % TASKS.length]!;
      const due = addDaysIso(options.date, after(index));
      const phrase = inWords(due);
      const item = String(k + 1);
      const text = `${body.dative} ${task}.\nСрок – ${phrase}.`;
      items.push({ item, line, parent: null, kind: 'assignment', text });
      assignments.push({
        item,
        line,
        text,
        recommendation: false,
        executors: [{ role: 'executor', text: body.dative, name: body.name, ref: body.ref }],
        sendTo: [],
        deadline: { kind: 'date', text: phrase, date: due, time: null, rule: null, firstDue: null, relative: null },
        emails: [],
        optional: false,
        closes: [],
      });
      line += 4;
    }
    docs.push({
      source: { file: `bench/protocol-${series}-${p + 1}.docx`, format: 'docx', sha256: sha(`${series}:${number}:${options.date}`) },
      protocol: { kind: 'protocol', title: null, number, date: options.date, body: COMMISSION, chair: 'Мамин В.В.', signatory: 'Мамин В.В.' },
      items,
      noted: [],
      assignments,
      extensions: [],
      controller: {
        text: 'за Министерством информационных технологий, связи и цифрового развития Челябинской области',
        name: 'Министерство информационных технологий, связи и цифрового развития Челябинской области',
        ref: 'chel-mininform',
      },
      warnings: [],
    });
  }
  return docs;
}

/**
 * Protocols of the KhMAO working group (seed 000), each with item 1.2's assignment to
 * the municipalities — the group `khmao-omsu`, 22 parts — and its address (so the item
 * also has a summary track), one dated deadline.
 */
export function groupProtocols(options: { protocols: number; date: IsoDate; deadlineAfterDays: number; series?: string }): ParsedDocument[] {
  const docs: ParsedDocument[] = [];
  const series = options.series ?? 'g';
  const due = addDaysIso(options.date, options.deadlineAfterDays);
  const phrase = inWords(due);
  const omsu = 'органам местного самоуправления Ханты-Мансийского автономного округа – Югры';
  for (let p = 0; p < options.protocols; p += 1) {
    const number = `${p + 1}-${series}/${options.date.slice(0, 4)}`;
    const year = Number(options.date.slice(0, 4)) + 1;
    const text =
      `Рекомендовать ${omsu} направить в Депинформтехнологий Югры (на адрес электронной почты SolnovaKV@admhmao.ru) ` +
      `предложения по критериям оценки участников и порядок начисления баллов конкурса «Лучший муниципалитет по цифровой трансформации» на ${year} год (при наличии).\n` +
      `Срок: до ${phrase}.`;
    const question = 'Сводный рейтинг по развитию электронного правительства в муниципальных образованиях Ханты-Мансийского автономного округа – Югры.';
    const noted = 'Принять к сведению информацию о рейтинге по развитию электронного правительства в муниципальных образованиях Ханты-Мансийского автономного округа – Югры.';
    docs.push({
      source: { file: `bench/group-${series}-${p + 1}.txt`, format: 'txt', sha256: sha(`${series}:${number}:${options.date}`) },
      protocol: { kind: 'protocol', title: null, number, date: options.date, body: WORKING_GROUP, chair: 'Ципорин П.И.', signatory: 'Ципорин П.И.' },
      items: [
        { item: '1', line: 30, parent: null, kind: 'question', text: question },
        { item: '1.1', line: 38, parent: '1', kind: 'noted', text: noted },
        { item: '1.2', line: 40, parent: '1', kind: 'assignment', text },
      ],
      noted: ['1.1'],
      assignments: [
        {
          item: '1.2',
          line: 40,
          text,
          recommendation: true,
          executors: [
            {
              role: 'executor',
              text: omsu,
              name: 'органы местного самоуправления Ханты-Мансийского автономного округа – Югры',
              ref: 'khmao-omsu',
            },
          ],
          sendTo: [{ text: 'в Депинформтехнологий Югры', name: 'Депинформтехнологий Югры', ref: 'khmao-depit', email: 'SolnovaKV@admhmao.ru' }],
          deadline: { kind: 'date', text: `до ${phrase}`, date: due, time: null, rule: null, firstDue: null, relative: null },
          emails: ['SolnovaKV@admhmao.ru'],
          optional: true,
          closes: [],
        },
      ],
      extensions: [],
      controller: null,
      warnings: [],
    });
  }
  return docs;
}
