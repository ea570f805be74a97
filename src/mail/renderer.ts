import { isTimeZone } from '../calendar/index.js';
import { addressProblem, hasControl, headerText } from './escape.js';
import { createDeadlineCalendar, type DeadlineCalendar } from './ics.js';
import { InvalidMailError } from './invalid-mail-error.js';
import { MESSAGE_DOMAIN, MESSAGE_ID, messageIdOf, safeId } from './message-id.js';
import { senderHeader } from './sender.js';
import { compileTemplates, type CompiledTemplates } from './template-files.js';
import { MAIL_KINDS, type MailContext, type MailKind, type RenderedMail } from './types.js';
import { buildView, type MailView } from './view.js';

/**
 * The renderer: templates compiled once at start, then one mail in a few hundredths of
 * a millisecond — no MJML, no file access, no clock (the instant is `ctx.now`).
 */

export interface RendererOptions {
  templatesDir: string;
  /** Settings.mail.from: 'name <address>' or an address. */
  from: string;
  /** The right side of every Message-ID: 'srok.example.org'. */
  messageDomain: string;
  /** IANA zone of the office: dates in the mail are its calendar days. */
  zone: string;
}

export interface Renderer {
  render(ctx: MailContext): RenderedMail;
  /** The Message-ID a mail with this id gets: what a later mail of the thread names as its threadRoot. */
  messageIdOf(mailId: string): string;
}

/** The kinds that carry the deadline as an .ics event; a digest or summary is about many deadlines or none. */
const WITH_CALENDAR_EVENT: ReadonlySet<MailKind> = new Set(['reminder', 'overdue', 'escalation']);
const KINDS: ReadonlySet<string> = new Set(MAIL_KINDS);

/** Async because MJML 5 compiles asynchronously; everything after start is synchronous. */
export async function createRenderer(options: RendererOptions): Promise<Renderer> {
  const from = senderHeader(options.from);
  if (!MESSAGE_DOMAIN.test(options.messageDomain)) {
    throw new RangeError(`messageDomain ${JSON.stringify(options.messageDomain)} is not a host name; write e.g. 'srok.example.org'`);
  }
  if (!isTimeZone(options.zone)) throw new RangeError(`zone ${JSON.stringify(options.zone)} is not an IANA time zone; write e.g. 'Asia/Yekaterinburg'`);
  const templates = await compileTemplates(options.templatesDir);
  const calendar = createDeadlineCalendar();
  return {
    render: (ctx) => renderMail(ctx, { ...options, from }, templates, calendar),
    messageIdOf: (mailId) => messageIdOf(mailId, options.messageDomain),
  };
}

function renderMail(ctx: MailContext, options: RendererOptions, templates: CompiledTemplates, calendar: DeadlineCalendar): RenderedMail {
  const fail = (field: string, reason: string): InvalidMailError => new InvalidMailError(ctx.mailId, field, reason);
  if (!KINDS.has(ctx.kind)) throw fail('kind', `${JSON.stringify(ctx.kind)} is not a kind of mail; one of ${MAIL_KINDS.join(', ')}`);
  if (ctx.mailId === '' || hasControl(ctx.mailId)) throw fail('mailId', 'must be a non-empty single line; it names the mail in the ledger and the Message-ID');
  if (ctx.to.length === 0) throw fail('to', 'is empty; a mail needs at least one recipient');
  checkAddresses('to', ctx.to, fail);
  checkAddresses('cc', ctx.cc, fail);
  const instant = new Date(ctx.now);
  if (Number.isNaN(instant.getTime())) throw fail('now', `${JSON.stringify(ctx.now)} is not an ISO instant such as 2019-11-20T04:00:00Z`);
  if (ctx.threadRoot !== null && !MESSAGE_ID.test(ctx.threadRoot)) {
    throw fail('threadRoot', `${JSON.stringify(ctx.threadRoot)} is not a Message-ID such as <id@srok.example.org>`);
  }
  if (ctx.occurrence !== null && !/^\d{4}-\d{2}-\d{2}$/.test(ctx.occurrence.deadline)) {
    throw fail('occurrence.deadline', `${JSON.stringify(ctx.occurrence.deadline)} is not a day such as 2019-11-25`);
  }
  if (ctx.occurrence !== null && Number.isNaN(new Date(ctx.occurrence.deadlineAt).getTime())) {
    throw fail('occurrence.deadlineAt', `${JSON.stringify(ctx.occurrence.deadlineAt)} is not an ISO instant`);
  }

  const subject = headerText(ctx.subject);
  const view = buildView(ctx, subject, instant, options.zone);
  const compiled = templates[ctx.kind];
  const messageId = messageIdOf(ctx.mailId, options.messageDomain);

  const headers: Record<string, string> = {
    'X-Srok-Mail-Id': headerText(ctx.mailId),
    'X-Srok-Kind': ctx.kind,
    // RFC 3834: automatic mail; vacation responders and mailing lists should not answer it.
    'Auto-Submitted': 'auto-generated',
    // Exchange honours this one instead: no out-of-office replies to a robot.
    'X-Auto-Response-Suppress': 'All',
  };
  // Outlook groups a conversation by Thread-Topic, not by References: the subject's root («Протокол № 4/2019 от 30.10.2019, п. 1.2»).
  const topic = subject.split(' — ')[0] ?? subject;
  if (topic !== '') headers['Thread-Topic'] = topic;
  if (ctx.threadRoot !== null && ctx.threadRoot !== messageId) {
    headers['In-Reply-To'] = ctx.threadRoot;
    headers['References'] = ctx.threadRoot;
  }

  return {
    mailId: ctx.mailId,
    messageId,
    from: options.from,
    to: [...ctx.to],
    cc: [...ctx.cc],
    subject,
    date: instant.toISOString(),
    html: compiled.html(view),
    text: compiled.text(view),
    headers,
    icalEvent: WITH_CALENDAR_EVENT.has(ctx.kind) ? deadlineEvent(ctx, view, instant, calendar) : null,
  };
}

function checkAddresses(field: 'to' | 'cc', addresses: readonly string[], fail: (field: string, reason: string) => InvalidMailError): void {
  addresses.forEach((address, index) => {
    const problem = addressProblem(address);
    if (problem !== null) throw fail(`${field}[${index}]`, problem);
  });
}

function deadlineEvent(ctx: MailContext, view: MailView, instant: Date, calendar: DeadlineCalendar): RenderedMail['icalEvent'] {
  const occurrence = ctx.occurrence;
  if (occurrence === null) return null;
  const assignment = view.assignment;
  const item = assignment === null ? '' : `, ${assignment.itemLabel}`;
  const who = view.part !== null ? ` — ${view.part.name}` : '';
  const lines = [`${view.protocol.name}${item}`];
  if (view.protocol.body !== null) lines.push(view.protocol.body);
  if (assignment !== null) {
    lines.push('', assignment.text, '');
    if (view.part !== null) lines.push(`Исполнитель: ${view.part.name} (${view.part.role})`);
    if (view.deadline?.written) lines.push(`в тексте протокола: ${view.deadline.written}`);
    if (assignment.optional) lines.push('Оговорка «при наличии»: ответ — по желанию, ничего не просрочено.');
    const whereTo = assignment.whereTo.map((t) => [t.name, t.email].filter(Boolean).join(': ')).join('; ');
    if (whereTo !== '') lines.push(`Куда направить результат: ${whereTo}`);
  }
  return {
    filename: `srok-${safeId(occurrence.deadline)}.ics`,
    method: 'PUBLISH',
    content: calendar(
      {
        uid: headerText(occurrence.uid),
        sequence: occurrence.sequence,
        deadline: occurrence.deadline,
        deadlineAt: occurrence.deadlineAt,
        time: occurrence.time,
        summary: `Срок: ${view.protocol.name}${item}${who}`,
        description: lines.join('\n'),
      },
      instant,
    ),
  };
}
