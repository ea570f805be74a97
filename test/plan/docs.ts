/**
 * Parsed protocols built by hand, as `srok parse --json` gives them
 * (shared contract parse-json.md), so the planner is tested on its own input.
 */
import type { Assignment, Deadline, ExecutorRef, ParsedDocument } from '../../src/domain.js';

const CHEL_MININFORM = 'Министерство информационных технологий, связи и цифрового развития Челябинской области';
const KHMAO_OMSU = 'органы местного самоуправления Ханты-Мансийского автономного округа – Югры';

export function dateDeadline(text: string, date: string, time: string | null = null): Deadline {
  return { kind: 'date', text, date, time, rule: null, firstDue: null, relative: null };
}

export function bareDeadline(kind: 'none' | 'continuous' | 'unparsed', text = ''): Deadline {
  const deadline: Deadline = { kind, text, date: null, time: null, rule: null, firstDue: null, relative: null };
  if (kind === 'unparsed') deadline.warning = { code: 'deadline_vague', message: `«${text}» names no date` };
  return deadline;
}

export function executor(text: string, name: string, ref: string | null, role: ExecutorRef['role'] = 'executor'): ExecutorRef {
  return { role, text, name, ref };
}

export function assignment(fields: Partial<Assignment> & Pick<Assignment, 'item' | 'line' | 'text' | 'deadline'>): Assignment {
  return { recommendation: false, executors: [], sendTo: [], emails: [], optional: false, closes: [], ...fields };
}

/** Seed 002: the protocol of the Commission on digital development of the Chelyabinsk region, 26.11.2020, no number. */
export function seed002(assignments: Assignment[]): ParsedDocument {
  return {
    source: { file: 'test/fixtures/seeds/002_cea077b6f9d77646.txt', format: 'txt', sha256: '62105c0d0082ac72936120d6a66842134f6e88d93310f8cb78ba62f3873e6335' },
    protocol: {
      kind: 'protocol',
      title: null,
      number: null,
      date: '2020-11-26',
      body: 'Комиссия по цифровому развитию Челябинской области',
      chair: 'Мамин В.В.',
      signatory: null,
    },
    items: assignments.map((a) => ({ item: a.item, line: a.line, parent: null, kind: 'assignment' as const, text: a.text })),
    noted: [],
    assignments,
    extensions: [],
    controller: {
      text: `за Министерством информационных технологий, связи и цифрового развития Челябинской области`,
      name: CHEL_MININFORM,
      ref: 'chel-mininform',
    },
    warnings: [],
  };
}

/** Seed 002 item 2: the IT ministry drafts a regulation by 18 December 2020 (a Friday). */
export const seed002Item2: Assignment = assignment({
  item: '2',
  line: 27,
  text:
    'Министерству информационных технологий, связи и цифрового развития Челябинской области разработать Положение об управлении проектами цифровой трансформации в Челябинской области.\n\nСрок – 18 декабря 2020 года.',
  executors: [executor('Министерству информационных технологий, связи и цифрового развития Челябинской области', CHEL_MININFORM, 'chel-mininform')],
  deadline: dateDeadline('18 декабря 2020 года', '2020-12-18'),
});

/** Seed 002 item 5: the executive bodies report monthly, by the 10th of the next month, from January 2021. */
export const seed002Item5: Assignment = assignment({
  item: '5',
  line: 39,
  text:
    'Органам исполнительной власти Челябинской области, оказывающим государственные услуги, утвержденные распоряжением Правительства Челябинской области от 17.11.2020 г. № 952-рп «О перечне приоритетных государственных услуг, оказываемых органами исполнительной власти Челябинской области», направлять информацию о ходе исполнения планов мероприятий «дорожных карт», в Министерство информационных технологий, связи и цифрового развития Челябинской области;\n\nСрок – ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 января 2021 года.',
  executors: [
    executor(
      'Органам исполнительной власти Челябинской области, оказывающим государственные услуги, утвержденные распоряжением Правительства Челябинской области от 17.11.2020 г. № 952-рп «О перечне приоритетных государственных услуг, оказываемых органами исполнительной власти Челябинской области»',
      'органы исполнительной власти Челябинской области',
      'chel-oiv',
    ),
  ],
  sendTo: [{ text: `в ${CHEL_MININFORM}`, name: CHEL_MININFORM, ref: 'chel-mininform', email: null }],
  deadline: {
    kind: 'recurring',
    text: 'ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 января 2021 года',
    date: null,
    time: null,
    rule: { freq: 'monthly', day: 10, month: null, after: 'period', starts: '2021-01-01', until: null },
    firstDue: '2021-02-10',
    relative: null,
  },
});

/** Seed 000: protocol № 4/2019 of the KhMAO working group on digital development of municipalities, 30.10.2019. */
export function seed000(assignments: Assignment[]): ParsedDocument {
  return {
    source: { file: 'test/fixtures/seeds/000_12c0b910ab9569f9.txt', format: 'txt', sha256: 'ee7265b34b38f67d339a25913dc648784cfccc6feee57f19fbeb35b5c5825905' },
    protocol: {
      kind: 'protocol',
      title: null,
      number: '4/2019',
      date: '2019-10-30',
      body: 'Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры',
      chair: 'Ципорин П.И.',
      signatory: 'Ципорин П.И.',
    },
    items: assignments.map((a) => ({ item: a.item, line: a.line, parent: null, kind: 'assignment' as const, text: a.text })),
    noted: ['1.1', '2.1', '3.1'],
    assignments,
    extensions: [],
    controller: null,
    warnings: [],
  };
}

/** Seed 000 item 1.2: the 22 municipalities are asked for proposals «(при наличии)» by 25 November 2019. */
export const seed000Item12: Assignment = assignment({
  item: '1.2',
  line: 40,
  text:
    'Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры направить в Депинформтехнологий Югры (на адрес электронной почты SolnovaKV@admhmao.ru) предложения по критериям оценки участников и порядок начисления баллов конкурса «Лучший муниципалитет по цифровой трансформации» на 2020 год (при наличии).\n\nСрок: до 25 ноября 2019 года.',
  recommendation: true,
  optional: true,
  executors: [executor('органам местного самоуправления Ханты-Мансийского автономного округа – Югры', KHMAO_OMSU, 'khmao-omsu')],
  sendTo: [{ text: 'в Депинформтехнологий Югры', name: 'Депинформтехнологий Югры', ref: 'khmao-depit', email: 'SolnovaKV@admhmao.ru' }],
  emails: ['SolnovaKV@admhmao.ru'],
  deadline: dateDeadline('до 25 ноября 2019 года', '2019-11-25'),
});

/** Seed 000 item 4.1: closes six items of protocol 3/2019 and orders nothing new. */
export const seed000Item41: Assignment = assignment({
  item: '4.1',
  line: 75,
  text:
    'Считать исполненными и снять с контроля поручения, предусмотренные пунктами 1.2.1, 1.2.2, 3.2, 4.2.1, 4.2.2, 5.2 протокола заседания рабочей группы по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры № 3/2019 от 27 июля 2019 года.',
  deadline: bareDeadline('none'),
  closes: [{ protocol: { number: '3/2019', date: '2019-07-27', title: null, body: null }, items: ['1.2.1', '1.2.2', '3.2', '4.2.1', '4.2.2', '5.2'], done: true }],
});

/** Seed 000 item 3.2: the 22 municipalities must send proposals (not optional) by 7 November 2019. */
export const seed000Item32: Assignment = assignment({
  item: '3.2',
  line: 65,
  text:
    'Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры направить в Депинформтехнологий Югры (на адрес электронной почты RaduzhanAA@admhmao.ru) предложения в проект концепции цифровой трансформации Ханты-Мансийского автономного округа – Югры.\n\nСрок: до 7 ноября 2019 года.',
  recommendation: true,
  executors: [executor('органам местного самоуправления Ханты-Мансийского автономного округа – Югры', KHMAO_OMSU, 'khmao-omsu')],
  sendTo: [{ text: 'в Депинформтехнологий Югры', name: 'Депинформтехнологий Югры', ref: 'khmao-depit', email: 'RaduzhanAA@admhmao.ru' }],
  emails: ['RaduzhanAA@admhmao.ru'],
  deadline: dateDeadline('до 7 ноября 2019 года', '2019-11-07'),
});
