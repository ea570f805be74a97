import path from 'node:path';
import { missingCalendarMessage, missingYearsAhead } from '../calendar/index.js';
import { BODIES, countOf, EXECUTORS_GENITIVE, GROUPS, ISSUERS_GENITIVE, OFFICIALS } from '../mail/plural.js';
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
            mailbox: config.settings.inbox.imap.mailbox,
            user: config.settings.inbox.imap.user ?? '',
            host: config.settings.inbox.imap.host ?? '',
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
  const imap = summary.inbox.imap;
  const warnings = missing.length > 0 ? [{ code: 'calendar_year_missing', years: missing, message: missingCalendarMessage(missing, calendarDir) }] : [];
  if (opts.json) io.out(`${JSON.stringify({ ok: true, ...summary, warnings }, null, 2)}\n`);
  else
    io.out(
      `конфигурация в порядке: ${dir}\n  часовой пояс ${summary.timezone}, рабочее время ${summary.officeHours.start}–${summary.officeHours.end}, почта: ${summary.transport}\n` +
        `  справочник: ${countOf(summary.directory.bodies, BODIES)}, ${countOf(summary.directory.people, OFFICIALS)}, ${countOf(summary.directory.groups, GROUPS)}\n` +
        `  лестницы: общая, особые для ${countOf(summary.ladders.issuers, ISSUERS_GENITIVE)} и ${countOf(summary.ladders.executors, EXECUTORS_GENITIVE)}\n` +
        `  входящие: ${summary.inbox.dir}${imap ? `; IMAP: папка ${imap.mailbox} ящика ${imap.user} на ${imap.host} (${imap.security}), отправители ${imap.allowSenders.join(', ')}` : '; IMAP выключен'}; OCR ${summary.ocr ?? 'выключен'}\n` +
        `  проверка перед рассылкой: ${summary.review}${summary.review === 'warnings' ? ' (протокол с предупреждениями ждёт оператора)' : summary.review === 'all' ? ' (каждый протокол ждёт оператора)' : ' (импортированное сразу ставится в расписание)'}\n` +
        warnings.map((w) => `ВНИМАНИЕ: ${w.message}\n`).join(''),
    );
  return EXIT.ok;
}
