import path from 'node:path';
import { missingCalendarMessage, missingYearsAhead } from '../calendar/index.js';
import { configDirOf, EXIT, loadConfigOrReport, type CliIo } from './main.js';

/**
 * `srok config check`: validate the tree and say what it holds, and warn (in Russian,
 * without failing) when the plans of the coming year reach a year with no calendar file.
 */
export function commandConfigCheck(opts: { config?: string; json?: boolean }, io: CliIo): number {
  const dir = configDirOf(opts, io);
  const config = loadConfigOrReport(dir, io);
  if (!config) return EXIT.usage;
  const entries = config.directory.entries;
  const summary = {
    dir,
    timezone: config.settings.timezone,
    officeHours: config.settings.officeHours,
    transport: config.settings.mail.transport,
    directory: {
      bodies: entries.filter((e) => e.kind === 'body').length,
      people: entries.filter((e) => e.kind === 'person').length,
      groups: entries.filter((e) => e.kind === 'group').length,
    },
    ladders: { issuers: config.ladders.issuers.length, executors: config.ladders.executors.length },
    inbox: {
      dir: config.settings.inbox.dir,
      imap: config.settings.inbox.imap.enabled
        ? {
            mailbox: `${config.settings.inbox.imap.mailbox} of ${config.settings.inbox.imap.user ?? ''} on ${config.settings.inbox.imap.host ?? ''}`,
            security: config.settings.inbox.imap.security,
            allowSenders: config.settings.inbox.imap.allowSenders,
          }
        : null,
    },
    ocr: config.settings.input.ocr.enabled ? config.settings.input.ocr.languages : null,
    review: config.settings.import.review,
  };
  const missing = missingYearsAhead(config.calendar, io.now(), config.settings.timezone);
  const calendarDir = path.relative(process.cwd(), path.join(dir, config.settings.calendar.dir)) || config.settings.calendar.dir;
  const warnings = missing.length > 0 ? [{ code: 'calendar_year_missing', years: missing, message: missingCalendarMessage(missing, calendarDir) }] : [];
  if (opts.json) io.out(`${JSON.stringify({ ok: true, ...summary, warnings }, null, 2)}\n`);
  else
    io.out(
      `config ok: ${dir}\n  zone ${summary.timezone}, office hours ${summary.officeHours.start}–${summary.officeHours.end}, mail via ${summary.transport}\n` +
        `  directory: ${summary.directory.bodies} bodies, ${summary.directory.people} people, ${summary.directory.groups} groups\n` +
        `  ladders: default + ${summary.ladders.issuers} issuer and ${summary.ladders.executors} executor overrides\n` +
        `  inbox: ${summary.inbox.dir}${summary.inbox.imap ? `; IMAP ${summary.inbox.imap.mailbox} (${summary.inbox.imap.security}), senders ${summary.inbox.imap.allowSenders.join(', ')}` : '; IMAP off'}; OCR ${summary.ocr ?? 'off'}\n` +
        `  review gate: ${summary.review}${summary.review === 'warnings' ? ' (a protocol with warnings waits for an operator)' : summary.review === 'all' ? ' (every protocol waits for an operator)' : ' (imports are scheduled at once)'}\n` +
        warnings.map((w) => `ВНИМАНИЕ: ${w.message}\n`).join(''),
    );
  return EXIT.ok;
}
