import { localDay, localTime } from '../calendar/index.js';
import { isWebLink } from './escape.js';
import { countOf, plural, ASSIGNMENTS, REMAINS, WORKING_DAYS } from './plural.js';
import { ruDate, ruLongDate } from './russian-dates.js';
import type { TemplateScope } from './template.js';
import type { MailContext, MailKind, MailLine } from './types.js';

/**
 * The view: what the templates of email-templates/ may show, as ready Russian text.
 * Everything that depends on numbers and dates — plurals, «в тексте протокола: …»,
 * «просрочено на …» — is decided here once, so the HTML and the text part cannot
 * disagree. Templates only lay it out.
 */

export interface AssignmentView extends TemplateScope {
  item: string | null;
  /** «п. 1.2», or «пункт без номера». */
  itemLabel: string;
  text: string;
  recommendation: boolean;
  optional: boolean;
  executors: Array<{ name: string; role: string; coExecutor: boolean }>;
  /** «Исполнитель», or «Исполнители» over a list of several. */
  executorsLabel: string;
  /** The one executor, when there is one: written on the label's line. */
  oneExecutor: { name: string; role: string; coExecutor: boolean } | null;
  /** The executors when there are several: one per line under «Исполнители:». */
  executorList: Array<{ name: string; role: string; coExecutor: boolean }> | null;
  manyExecutors: boolean;
  /** «органы местного самоуправления … (исполнитель)» when a part's mail should say whom the item names; null when that is the part itself. */
  addressedTo: string | null;
  /** Where the result goes: sendTo first, then any other address named in the item, so every one of them is shown. */
  whereTo: Array<{ name: string | null; email: string | null }>;
}

export interface DeadlineView extends TemplateScope {
  /** «25.11.2019» */
  date: string;
  /** «25 ноября 2019 г. (понедельник)» */
  long: string;
  time: string | null;
  /** The due day as the protocol writes it, only when the deadline moved off a non-working day. */
  written: string | null;
  /** «за январь 2021 года» for a recurring assignment, else null. */
  period: string | null;
  /** «осталось 3 рабочих дня», «срок истекает сегодня», «просрочено на 1 рабочий день». */
  phrase: string;
  overdue: boolean;
}

export interface LineView extends TemplateScope {
  kindLabel: string;
  subject: string;
  protocol: string;
  itemLabel: string | null;
  text: string;
  deadline: string | null;
  phrase: string | null;
  optional: boolean;
  partName: string | null;
  /** «Исполнитель», «Исполнители» when partName lists several, or «Исполнители (22)» for a block of several parts. */
  partLabel: string;
  reason: string | null;
  links: { done: string | null; postpone: string | null } | null;
}

export interface MailView extends TemplateScope {
  kind: MailKind;
  subject: string;
  /** The preheader a mail client shows next to the subject. */
  preview: string;
  /** The day the mail is for, in the office zone: «20.11.2019». */
  today: string;
  /** «20.11.2019 09:00» in the office zone. */
  renderedAt: string;
  protocol: { name: string; number: string | null; date: string | null; body: string | null; title: string | null };
  assignment: AssignmentView | null;
  deadline: DeadlineView | null;
  part: { name: string; role: string; coExecutor: boolean } | null;
  escalation: { level: number; target: string; concerns: string | null } | null;
  addressee: { name: string; reason: string } | null;
  summary: { rows: Array<{ name: string; done: boolean; status: string }>; done: string; pending: string } | null;
  lines: { count: string; items: LineView[] } | null;
  operatorNote: string | null;
  links: { done: string | null; postpone: string | null; accept: string | null; refuse: string | null } | null;
  request: RequestView | null;
  answer: AnswerView | null;
}

export interface AnswerView extends TemplateScope {
  accepted: boolean;
  refused: boolean;
  /** «10.12.2019»: the deadline in force now. */
  newDue: string;
  /** «по ссылке из письма на depit@admhmao.example» */
  decidedBy: string;
  /** «22.11.2019 10:15» in the office zone. */
  decidedAt: string;
  decisionReason: string | null;
  page: string | null;
}

export interface RequestView extends TemplateScope {
  id: string;
  partName: string;
  controller: string;
  /** «07.11.2019» */
  current: string;
  /** «10.12.2019», or null. */
  asked: string | null;
  reason: string | null;
  /** «12.11.2019 12:00» in the office zone. */
  requestedAt: string;
  requestedBy: string;
  /** The commands that decide it without the links. */
  acceptCommand: string;
  refuseCommand: string;
}

/** Every name a template may use, at any depth; a template using another is refused at start. */
export const VIEW_NAMES: ReadonlySet<string> = new Set([
  // top level
  'kind', 'subject', 'preview', 'today', 'renderedAt', 'protocol', 'assignment', 'deadline', 'part', 'escalation', 'summary', 'lines', 'operatorNote', 'links', 'request', 'answer',
  // protocol
  'name', 'number', 'date', 'body', 'title',
  // assignment
  'item', 'itemLabel', 'text', 'recommendation', 'optional', 'executors', 'role', 'coExecutor', 'addressedTo', 'whereTo', 'email', 'executorsLabel', 'oneExecutor', 'executorList', 'manyExecutors',
  // deadline
  'long', 'time', 'written', 'period', 'phrase', 'overdue',
  // escalation
  'level', 'target', 'concerns',
  // addressee
  'addressee', 'reason',
  // summary
  'rows', 'done', 'status', 'pending',
  // lines
  'count', 'items', 'kindLabel', 'protocol', 'partName', 'partLabel',
  // links
  'postpone', 'accept', 'refuse',
  // request
  'id', 'controller', 'current', 'asked', 'reason', 'requestedAt', 'requestedBy', 'acceptCommand', 'refuseCommand',
  // answer
  'accepted', 'refused', 'newDue', 'decidedBy', 'decidedAt', 'decisionReason', 'page',
]);

const ACTS: Record<string, string> = {
  protocol: 'Протокол',
  letter: 'Письмо',
  order: 'Приказ',
  resolution: 'Постановление',
  plan: 'План',
};

const KIND_LABELS: Record<MailKind, string> = {
  reminder: 'Напоминание',
  overdue: 'Просрочено',
  escalation: 'Не исполнено в срок',
  status: 'Запрос о ходе исполнения',
  summary: 'Сводка исполнения',
  operator: 'Нужно действие оператора',
  catchup: 'Пропущенное напоминание',
  digest: 'Сводка',
  request: 'Запрос на перенос срока',
  answer: 'Ответ на запрос о переносе срока',
};

const ROLES = { executor: 'исполнитель', 'co-executor': 'соисполнитель' } as const;

export function buildView(ctx: MailContext, subject: string, instant: Date, zone: string): MailView {
  const today = localDay(instant, zone);
  const deadline = deadlineView(ctx);
  const assignment = assignmentView(ctx);
  // Assignments, not blocks: a reminder and an escalation of one item are two blocks about one assignment.
  const assignments = ctx.lines === null ? 0 : new Set(ctx.lines.map((line) => `${line.protocol}\u0000${line.item ?? line.subject}`)).size;
  const lines = ctx.lines === null ? null : { count: countOf(assignments, ASSIGNMENTS), items: ctx.lines.map(lineView) };
  return {
    kind: ctx.kind,
    subject,
    preview: previewOf(ctx, deadline, lines?.count ?? null),
    today: ruDate(today),
    renderedAt: `${ruDate(today)} ${localTime(instant, zone)}`,
    protocol: {
      name: protocolName(ctx.protocol),
      number: ctx.protocol.number,
      date: ctx.protocol.date === null ? null : ruDate(ctx.protocol.date),
      body: ctx.protocol.body,
      title: ctx.protocol.title,
    },
    assignment,
    deadline,
    part: ctx.part === null ? null : { name: ctx.part.name, role: ROLES[ctx.part.role], coExecutor: ctx.part.role === 'co-executor' },
    escalation:
      ctx.escalation === null
        ? null
        : { level: ctx.escalation.level, target: ctx.escalation.targetName, concerns: ctx.part === null ? null : ctx.part.name },
    addressee: ctx.addressee ?? null,
    summary: summaryView(ctx, zone),
    lines,
    operatorNote: ctx.operatorNote,
    links: linksView(ctx),
    request: requestView(ctx, zone),
    answer: answerView(ctx, zone),
  };
}

/** Who did something, as a person reads it: 'link:<address>' → «по ссылке из письма на <address>». */
export function actorWords(actor: string): string {
  const colon = actor.indexOf(':');
  const [how, who] = colon < 0 ? ['', actor] : [actor.slice(0, colon), actor.slice(colon + 1)];
  switch (how) {
    case 'link':
      return `по ссылке из письма на ${who}`;
    case 'web':
      return `на веб-странице srok, вход ${who}`;
    case 'api':
      return `через API srok, токен ${who}`;
    case 'cli':
      return `командой srok, пользователь ${who}`;
    default:
      return actor;
  }
}

function requestView(ctx: MailContext, zone: string): RequestView | null {
  const r = ctx.request;
  if (r === undefined || r === null) return null;
  const instant = new Date(r.requestedAt);
  return {
    id: r.id,
    partName: r.partName,
    controller: r.controllerName,
    current: ruDate(r.currentDue),
    asked: r.to === null ? null : ruDate(r.to),
    reason: r.reason,
    requestedAt: Number.isNaN(instant.getTime()) ? r.requestedAt : `${ruDate(localDay(instant, zone))} ${localTime(instant, zone)}`,
    requestedBy: actorWords(r.requestedBy),
    acceptCommand: `srok postpone --request ${r.id}${r.to === null ? ' --to ГГГГ-ММ-ДД' : ''}`,
    refuseCommand: `srok postpone --request ${r.id} --refuse --reason "…"`,
  };
}

function answerView(ctx: MailContext, zone: string): AnswerView | null {
  const a = ctx.answer;
  if (a === undefined || a === null) return null;
  const instant = new Date(a.decidedAt);
  return {
    accepted: a.accepted,
    refused: !a.accepted,
    newDue: ruDate(a.due),
    decidedBy: actorWords(a.decidedBy),
    decidedAt: Number.isNaN(instant.getTime()) ? a.decidedAt : `${ruDate(localDay(instant, zone))} ${localTime(instant, zone)}`,
    decisionReason: a.reason,
    page: a.page,
  };
}

/** «Протокол № 4/2019 от 30.10.2019». */
export function protocolName(protocol: MailContext['protocol']): string {
  let name = ACTS[protocol.kind] ?? 'Документ';
  if (protocol.number !== null) name += ` № ${protocol.number}`;
  if (protocol.date !== null) name += ` от ${ruDate(protocol.date)}`;
  return name;
}

export function itemLabel(item: string | null): string {
  return item === null ? 'пункт без номера' : `п. ${item}`;
}

/**
 * How the deadline stands, in words. An optional reply («при наличии») is never
 * «просрочено»: nothing is owed, so after the deadline it only says how long ago it was.
 */
export function daysPhrase(daysLeft: number, optional: boolean): string {
  if (daysLeft > 0) return `${plural(daysLeft, REMAINS)} ${countOf(daysLeft, WORKING_DAYS)}`;
  if (daysLeft === 0) return 'срок истекает сегодня';
  if (optional) return `срок прошёл ${countOf(daysLeft, WORKING_DAYS)} назад`;
  return `просрочено на ${countOf(daysLeft, WORKING_DAYS)}`;
}

function deadlineView(ctx: MailContext): DeadlineView | null {
  const occurrence = ctx.occurrence;
  if (occurrence === null) return null;
  const optional = ctx.assignment?.optional ?? false;
  return {
    date: ruDate(occurrence.deadline),
    long: ruLongDate(occurrence.deadline),
    time: occurrence.time,
    written: occurrence.due !== occurrence.deadline ? ruDate(occurrence.due) : null,
    period: occurrence.label === '' ? null : occurrence.label,
    phrase: daysPhrase(occurrence.daysLeft, optional),
    overdue: occurrence.daysLeft < 0 && !optional,
  };
}

function assignmentView(ctx: MailContext): AssignmentView | null {
  const assignment = ctx.assignment;
  if (assignment === null) return null;
  const whereTo: AssignmentView['whereTo'] = [];
  const shown = new Set<string>();
  for (const target of assignment.sendTo) {
    whereTo.push({ name: target.name ?? target.text, email: target.email });
    if (target.email !== null) shown.add(target.email.toLowerCase());
  }
  for (const email of assignment.emails) {
    if (shown.has(email.toLowerCase())) continue;
    shown.add(email.toLowerCase());
    whereTo.push({ name: null, email });
  }
  const executors = assignment.executors.map((e) => ({ name: e.name, role: ROLES[e.role], coExecutor: e.role === 'co-executor' }));
  const onlyThePart = ctx.part !== null && executors.length === 1 && executors[0]?.name === ctx.part.name;
  return {
    item: assignment.item,
    itemLabel: itemLabel(assignment.item),
    text: assignment.text,
    recommendation: assignment.recommendation,
    optional: assignment.optional,
    executors,
    executorsLabel: ctx.part !== null || executors.length <= 1 ? (executors.length === 1 && executors[0]?.coExecutor && ctx.part === null ? 'Соисполнитель' : 'Исполнитель') : 'Исполнители',
    oneExecutor: executors.length === 1 ? (executors[0] ?? null) : null,
    executorList: executors.length > 1 ? executors : null,
    manyExecutors: executors.length > 1,
    addressedTo: onlyThePart || executors.length === 0 ? null : executors.map((e) => `${e.name} (${e.role})`).join(', '),
    whereTo,
  };
}

function lineView(line: MailLine): LineView {
  return {
    kindLabel: KIND_LABELS[line.kind],
    subject: line.subject,
    protocol: line.protocol,
    itemLabel: line.item === null ? null : itemLabel(line.item),
    text: line.text,
    deadline: line.deadline === null ? null : ruDate(line.deadline),
    phrase: line.daysLeft === null ? null : daysPhrase(line.daysLeft, line.optional),
    optional: line.optional,
    partName: line.partName,
    partLabel: (line.parts ?? 1) > 1 ? `Исполнители (${line.parts ?? 1})` : (line.partCount ?? 1) > 1 ? 'Исполнители' : 'Исполнитель',
    reason: line.reason ?? null,
    links: linksOf(line.links ?? null),
  };
}

function summaryView(ctx: MailContext, zone: string): MailView['summary'] {
  if (ctx.summary === null) return null;
  let done = 0;
  const rows = ctx.summary.map((row) => {
    if (row.done) done++;
    const when = row.doneAt === null ? '' : ` ${dayOf(row.doneAt, zone)}`;
    return { name: row.name, done: row.done, status: row.done ? `исполнено${when}` : 'нет отметки об исполнении' };
  });
  return { rows, done: `${done} из ${rows.length}`, pending: String(rows.length - done) };
}

/** A done mark is an instant or a day; either way the day it fell on in the office zone. */
function dayOf(value: string, zone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return ruDate(value);
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : ruDate(localDay(instant, zone));
}

function linksView(ctx: MailContext): MailView['links'] {
  return linksOf(ctx.links);
}

function linksOf(links: MailContext['links']): MailView['links'] {
  if (links === null) return null;
  const web = (link: string | null | undefined): string | null => (link !== null && link !== undefined && isWebLink(link) ? link : null);
  const view = { done: web(links.done), postpone: web(links.postpone), accept: web(links.accept), refuse: web(links.refuse) };
  return Object.values(view).every((link) => link === null) ? null : view;
}

function previewOf(ctx: MailContext, deadline: DeadlineView | null, count: string | null): string {
  if (ctx.kind === 'operator' && ctx.operatorNote !== null) return ctx.operatorNote;
  if (ctx.kind === 'answer' && ctx.request && ctx.answer) {
    const r = ctx.request;
    return ctx.answer.accepted ? `Срок перенесён: ${ruDate(r.currentDue)} → ${ruDate(ctx.answer.due)}` : `В переносе срока отказано; срок остаётся ${ruDate(r.currentDue)}`;
  }
  if (ctx.kind === 'request' && ctx.request) {
    const r = ctx.request;
    return `${r.partName} просит перенести срок с ${ruDate(r.currentDue)}${r.to === null ? '' : ` на ${ruDate(r.to)}`}`;
  }
  if (count !== null) return count;
  if (deadline !== null) return `Срок ${deadline.date}: ${deadline.phrase}`;
  return protocolName(ctx.protocol);
}
