import type { MailContext, MailKind, MailLine } from '../../src/mail/types.js';

/**
 * One realistic mail of each kind, shared by the tests and the render benchmark (test data: it stays out of src): item
 * 1.2 of protocol № 4/2019 of 30.10.2019 (seed 000), the part of Администрация города
 * Сургута, deadline 25.11.2019, results to SolnovaKV@admhmao.ru.
 *
 * Item 1.2 is optional («при наличии»), and srok never chases an optional reply after
 * its deadline; the overdue and escalation samples therefore show it as if the phrase
 * were absent, which is what such mails are always about. Status requests and operator
 * notices carry no occurrence: a status request is for an assignment without a
 * deadline, an operator notice is about the item, not its date.
 */

const MESSAGE_DOMAIN = 'srok.example';
const PROTOCOL_KEY = 'rabochaya-gruppa-po-koordinacii-cifrovogo-razvitiya-4-2019-2019-10-30';
const THREAD = `${PROTOCOL_KEY}.p1-2.khmao-surgut`;
const OCCURRENCE = `${THREAD}.2019-11-25`;

const BODY = 'Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры';
const ITEM_TEXT =
  'Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры направить в Депинформтехнологий Югры ' +
  '(на адрес электронной почты SolnovaKV@admhmao.ru) предложения по критериям оценки участников и порядок начисления баллов конкурса ' +
  '«Лучший муниципалитет по цифровой трансформации» на 2020 год (при наличии).\nСрок: до 25 ноября 2019 года.';
const SUBJECT_ROOT = 'Протокол № 4/2019 от 30.10.2019, п. 1.2';
const PROTOCOL_LINE = `Протокол № 4/2019 от 30.10.2019, ${BODY}`;

/** What each kind changes in the shared base. */
interface Variant {
  mailId: string;
  now: string;
  subject: string;
  to: string[];
  cc?: string[];
  daysLeft: number | null;
  optional?: boolean;
  threadRoot?: string | null;
  withPart?: boolean;
}

const VARIANTS: Record<MailKind, Variant> = {
  reminder: {
    mailId: `${OCCURRENCE}.r-3wd`,
    now: '2019-11-20T04:00:00.000Z',
    subject: `${SUBJECT_ROOT} — напоминание: срок 25.11.2019`,
    to: ['office@surgut.hmao.example'],
    daysLeft: 3,
    threadRoot: `<${OCCURRENCE}.r-10wd@${MESSAGE_DOMAIN}>`,
  },
  overdue: {
    mailId: `${OCCURRENCE}.overdue`,
    now: '2019-11-26T04:00:00.000Z',
    subject: `${SUBJECT_ROOT} — просрочено: срок 25.11.2019`,
    to: ['office@surgut.hmao.example'],
    daysLeft: -1,
    optional: false,
  },
  escalation: {
    mailId: `${OCCURRENCE}.e1`,
    now: '2019-11-28T04:00:00.000Z',
    subject: `${SUBJECT_ROOT} — не исполнено в срок: срок 25.11.2019`,
    to: ['depit@admhmao.example'],
    cc: ['office@surgut.hmao.example'],
    daysLeft: -3,
    optional: false,
  },
  status: {
    mailId: `${THREAD}.status.n1`,
    now: '2019-11-20T04:00:00.000Z',
    subject: `${SUBJECT_ROOT} — запрос информации о ходе исполнения`,
    to: ['office@surgut.hmao.example'],
    daysLeft: null,
  },
  summary: {
    mailId: `${PROTOCOL_KEY}.p1-2.summary.2019-11-25.s0`,
    now: '2019-11-26T04:00:00.000Z',
    subject: `${SUBJECT_ROOT} — сводка исполнения: срок 25.11.2019`,
    to: ['SolnovaKV@admhmao.ru'],
    daysLeft: -1,
    threadRoot: null,
    withPart: false,
  },
  operator: {
    mailId: `${OCCURRENCE}.r-3wd.operator`,
    now: '2019-11-20T04:05:00.000Z',
    subject: `${SUBJECT_ROOT} — письмо не доставлено`,
    to: ['operator@srok.example'],
    daysLeft: null,
    threadRoot: null,
  },
  catchup: {
    mailId: `catchup.office-surgut-hmao-example.2019-11-20`,
    now: '2019-11-20T06:30:00.000Z',
    subject: 'Письма, не отправленные вовремя: 2 поручения',
    to: ['office@surgut.hmao.example'],
    daysLeft: null,
    threadRoot: null,
    withPart: false,
  },
  request: {
    mailId: `${THREAD}.request-K7QX2MPA`,
    now: '2019-11-21T07:10:00.000Z',
    subject: `${SUBJECT_ROOT} — запрос на перенос срока K7QX2MPA: Администрация города Сургута`,
    to: ['depit@admhmao.example'],
    daysLeft: 2,
    threadRoot: null,
  },
  answer: {
    mailId: `${THREAD}.answer-K7QX2MPA`,
    now: '2019-11-22T05:15:00.000Z',
    subject: `${SUBJECT_ROOT} — ответ на запрос на перенос срока K7QX2MPA: согласован`,
    to: ['office@surgut.hmao.example'],
    daysLeft: 12,
    threadRoot: null,
  },
  digest: {
    mailId: `digest.office-surgut-hmao-example.2019-11-20`,
    now: '2019-11-20T04:00:00.000Z',
    subject: 'Сводка поручений на 20.11.2019: 2 поручения',
    to: ['office@surgut.hmao.example'],
    daysLeft: null,
    threadRoot: null,
    withPart: false,
  },
};

const LINES: MailLine[] = [
  {
    kind: 'reminder',
    subject: `${SUBJECT_ROOT} — напоминание: срок 25.11.2019`,
    protocol: PROTOCOL_LINE,
    item: '1.2',
    text: ITEM_TEXT,
    deadline: '2019-11-25',
    daysLeft: 3,
    optional: true,
    partName: 'Администрация города Сургута',
  },
  {
    kind: 'overdue',
    subject: 'Протокол № 4/2019 от 30.10.2019, п. 3.2 — просрочено: срок 07.11.2019',
    protocol: PROTOCOL_LINE,
    item: '3.2',
    text:
      'Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры направить в Депинформтехнологий Югры ' +
      '(на адрес электронной почты RaduzhanAA@admhmao.ru) предложения в проект концепции цифровой трансформации Ханты-Мансийского автономного округа – Югры.\nСрок: до 7 ноября 2019 года.',
    deadline: '2019-11-07',
    daysLeft: -8,
    optional: false,
    partName: 'Администрация города Сургута',
  },
];

export function sampleContext(kind: MailKind): MailContext {
  const v = VARIANTS[kind];
  const optional = v.optional ?? true;
  const withPart = v.withPart ?? true;
  return {
    kind,
    mailId: v.mailId,
    threadKey: kind === 'summary' ? `${PROTOCOL_KEY}.p1-2.summary` : THREAD,
    threadRoot: v.threadRoot === undefined ? `<${OCCURRENCE}.r-10wd@${MESSAGE_DOMAIN}>` : v.threadRoot,
    to: [...v.to],
    cc: [...(v.cc ?? [])],
    subject: v.subject,
    now: v.now,
    protocol: { number: '4/2019', date: '2019-10-30', body: BODY, title: null, kind: 'protocol' },
    assignment:
      kind === 'digest' || kind === 'catchup'
        ? null
        : {
            item: '1.2',
            text: ITEM_TEXT,
            recommendation: true,
            optional,
            executors: [{ name: 'органы местного самоуправления муниципальных образований Ханты-Мансийского автономного округа – Югры', role: 'executor' }],
            sendTo: [{ text: 'в Депинформтехнологий Югры', name: 'Депинформтехнологий Югры', email: 'SolnovaKV@admhmao.ru' }],
            emails: ['SolnovaKV@admhmao.ru'],
          },
    occurrence:
      v.daysLeft === null
        ? null
        : {
            label: '',
            due: '2019-11-25',
            deadline: '2019-11-25',
            // End of office hours (18:00 in Asia/Yekaterinburg) on the deadline day.
            deadlineAt: '2019-11-25T13:00:00.000Z',
            time: null,
            daysLeft: v.daysLeft,
            sequence: 0,
            uid: `${OCCURRENCE}@${MESSAGE_DOMAIN}`,
          },
    part: withPart ? { name: 'Администрация города Сургута', role: 'executor' } : null,
    escalation: kind === 'escalation' ? { level: 1, targetName: 'Депинформтехнологий Югры' } : null,
    addressee:
      kind === 'escalation'
        ? { name: 'Депинформтехнологий Югры', reason: 'Вы получаете это письмо как контролирующий исполнение (уровень эскалации 1).' }
        : kind === 'digest' || kind === 'catchup'
          ? null
          : { name: 'Администрация города Сургута', reason: 'Вы получаете это письмо как исполнитель поручения.' },
    summary:
      kind === 'summary'
        ? [
            { name: 'Администрация города Сургута', done: true, doneAt: '2019-11-21T06:12:00.000Z' },
            { name: 'Администрация города Ханты-Мансийска', done: true, doneAt: '2019-11-25T10:40:00.000Z' },
            { name: 'Администрация города Нефтеюганска', done: false, doneAt: null },
            { name: 'Администрация города Нижневартовска', done: false, doneAt: null },
            { name: 'Администрация Сургутского района', done: false, doneAt: null },
          ]
        : null,
    lines: kind === 'digest' || kind === 'catchup' ? LINES.map((line) => ({ ...line })) : null,
    operatorNote:
      kind === 'operator'
        ? 'Напоминание по п. 1.2 для Администрации города Сургута не доставлено: сервер office@surgut.hmao.example ответил «550 5.1.1 mailbox unavailable». Проверьте адрес в config/directory.yaml (khmao-surgut); повторно письмо отправлено не будет.'
        : null,
    links:
      kind === 'reminder' || kind === 'overdue'
        ? { done: `https://srok.example/a/${OCCURRENCE}/done?t=sample`, postpone: `https://srok.example/a/${OCCURRENCE}/postpone?t=sample` }
        : kind === 'request'
          ? { done: null, postpone: null, accept: 'https://srok.example/l/sample-accept', refuse: 'https://srok.example/l/sample-refuse' }
          : null,
    answer:
      kind === 'answer'
        ? { accepted: true, due: '2019-12-10', decidedBy: 'link:depit@admhmao.example', decidedAt: '2019-11-22T05:15:00.000Z', reason: null, page: `https://srok.example/protocols/${PROTOCOL_KEY}#p-1.2` }
        : null,
    request:
      kind === 'request' || kind === 'answer'
        ? {
            id: 'K7QX2MPA',
            partName: 'Администрация города Сургута',
            controllerName: 'Депинформтехнологий Югры',
            currentDue: '2019-11-25',
            to: '2019-12-10',
            reason: 'ждём данные муниципальных учреждений',
            requestedBy: 'link:office@surgut.hmao.example',
            requestedAt: '2019-11-21T07:05:00.000Z',
          }
        : null,
  };
}

/** The Message-ID domain the samples' thread roots use. */
export const SAMPLE_MESSAGE_DOMAIN = MESSAGE_DOMAIN;
