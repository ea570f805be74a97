import { localDay, localTime, nextOfficeInstant } from '../calendar/index.js';
import type { MailContext } from '../mail/types.js';
import { lastTick, nextTick } from '../calendar/cron.js';
import { deliver, deliverDeps, type DeliveryOutcome } from '../delivery/deliver.js';
import type { DeliveryDeps } from '../delivery/deps.js';
import { countMail } from '../delivery/digest.js';
import { controllerSummaries, summarySubject, type ControllerSummary } from './controller-summary.js';
import { loadReport } from './load-report.js';

/**
 * The periodic summary to controllers, run by the `controller-summary` job: one mail
 * per controller listing what is overdue and due soon among the assignments they
 * control, as the report computes it at the moment of sending.
 *
 * Once per controller and period: the period is the cron tick the run belongs to, and
 * the mail id is derived from the controller and that tick, so a rerun, a retry or a
 * second worker finds the mail in the send ledger and sends nothing twice. A tick that
 * falls outside office hours of a working day (a Monday that is a holiday) is deferred
 * to the next office morning — unless the next tick comes first, which then covers it.
 */
export interface SummaryRun {
  outcome: 'sent' | 'deferred' | 'superseded' | 'disabled';
  /** The tick the run belongs to (ISO instant). */
  period: string;
  /** Per controller key, what became of its mail; controllers with nothing to list get none. */
  mails: Array<{ controller: string; mailId: string; outcome: DeliveryOutcome }>;
  /** A deferred run: when it goes. */
  deferredTo: string | null;
}


/** The mail id of a controller's summary for one tick: '<controller-summary>.<controller>.<YYYY-MM-DD-HHMM local>'. */
export function summaryMailId(controllerKey: string, tick: Date, zone: string): string {
  return `controller-summary.${controllerKey}.${periodKey(tick, zone)}`;
}

/** The job id of a deferred run of a tick. */
export function deferredJobId(tick: Date, zone: string): string {
  return `controller-summary.deferred.${periodKey(tick, zone)}`;
}

function periodKey(tick: Date, zone: string): string {
  return `${localDay(tick, zone)}-${localTime(tick, zone).replace(':', '')}`;
}

export async function runControllerSummary(deps: DeliveryDeps, options: { period?: string | undefined } = {}): Promise<SummaryRun> {
  const config = deps.config();
  const settings = config.settings.reports.controllerSummary;
  const zone = config.settings.timezone;
  const now = deps.clock.now();
  const cron = { pattern: settings.cron, tz: zone };
  const tick = options.period !== undefined ? new Date(options.period) : lastTick(cron, now);
  const period = tick.toISOString();
  if (!settings.enabled) return { outcome: 'disabled', period, mails: [], deferredTo: null };

  const following = nextTick(cron, tick).getTime();
  const hours = { zone, start: config.settings.officeHours.start, end: config.settings.officeHours.end };
  const sendAt = nextOfficeInstant(now, config.calendar, hours);
  // A later tick already covers this period (a deferral that waited past it): its own summary says it all.
  if (following <= Math.max(now.getTime(), sendAt.getTime())) return { outcome: 'superseded', period, mails: [], deferredTo: null };
  if (sendAt.getTime() > now.getTime()) {
    const jobId = deferredJobId(tick, zone);
    await deps.scheduler.queueControllerSummary(period, jobId, sendAt);
    deps.log.info({ period, deferredTo: sendAt.toISOString() }, 'controller summary falls outside office hours; deferred');
    return { outcome: 'deferred', period, mails: [], deferredTo: sendAt.toISOString() };
  }

  const rows = await loadReport(deps, config, now);
  const mails: SummaryRun['mails'] = [];
  for (const summary of controllerSummaries(rows, settings.dueSoonDays)) {
    const mailId = summaryMailId(summary.controller.key, tick, zone);
    mails.push({ controller: summary.controller.key, mailId, outcome: await sendSummary(summary, mailId, deps, now) });
  }
  deps.log.info({ period, controllers: mails.length, sent: mails.filter((m) => m.outcome === 'sent').length }, 'controller summaries');
  return { outcome: 'sent', period, mails, deferredTo: null };
}

async function sendSummary(summary: ControllerSummary, mailId: string, deps: DeliveryDeps, now: Date): Promise<DeliveryOutcome> {
  // Every summary to one controller threads under the first.
  const threadKey = `controller-summary.${summary.controller.key}`;
  const thread = await deps.store.threadRoot(threadKey, deps.renderer.messageIdOf(mailId));
  const context: MailContext = {
    kind: 'digest',
    mailId,
    threadKey,
    threadRoot: thread.first ? null : thread.root,
    to: summary.controller.emails,
    cc: [],
    subject: summarySubject(summary),
    now: now.toISOString(),
    protocol: { number: null, date: null, body: null, title: null, kind: 'other' },
    assignment: null,
    occurrence: null,
    part: null,
    escalation: null,
    addressee: {
      name: summary.controller.name,
      reason:
        summary.controller.via === 'operator'
          ? 'Вы получаете эту сводку как оператор srok: контролирующий этих поручений не назван ни в протоколе, ни в ladders.issuers.'
          : 'Вы получаете эту сводку как контролирующий исполнение поручений ниже; поручения, по которым эскалация закончилась, остаются в ней, пока не исполнены.',
    },
    summary: null,
    lines: [...summary.overdue, ...summary.dueSoon],
    operatorNote: null,
    links: null,
  };
  const outcome = await deliver(deps.renderer.render(context), deliverDeps(deps, 'digest'));
  // It counts towards the controller's planned mails of the day (mail.digest.maxPerDay).
  if (outcome === 'sent') await countMail(deps, summary.controller.emails, localDay(now, deps.config().settings.timezone));
  return outcome;
}
