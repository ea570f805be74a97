import { Command, Option } from 'commander';
import type { SrokConfig } from '../config/types.js';
import { InputError } from '../errors.js';
import { executorRecords } from '../report/executor-record.js';
import { writeFile } from 'node:fs/promises';
import { csvOf, recordsTable, rowsTable, type Table } from '../report/csv.js';
import { xlsxOf } from '../report/xlsx.js';
import { countOf, MAILS } from '../mail/plural.js';
import { localInstant } from '../follow-up/operations.js';
import { loadReport } from '../report/load-report.js';
import { ReportError } from '../report/report-error.js';
import { controllerFilter, executorFilter, selectRows } from '../report/select.js';
import { formatRecords, formatRows } from '../report/table.js';
import type { ReportKind, ReportRow } from '../report/types.js';
import { withReviewedEntries } from '../review/directory-entries.js';
import { KeptRouting } from '../routing/kept-routing.js';
import { connectRedis, Store } from '../store/index.js';
import type { LedgerEntry } from '../store/send-ledger.js';
import { silentLog } from '../log.js';
import { locateOrReport } from './runtime-commands.js';
import { configDirOf, EXIT, loadConfigOrReport, type CliIo } from './main.js';
import { readMoment } from './plan.js';

/**
 * `srok report`: what is open, due soon and overdue, and each executor's record of
 * on-time completion — read from the store, computed at --now (default: the clock).
 * It only reads: nothing is planned, scheduled or sent.
 */
export interface ReportCliOptions {
  open?: boolean;
  dueSoon?: string;
  overdue?: boolean;
  record?: boolean;
  failedMail?: boolean;
  executor?: string;
  controller?: string;
  json?: boolean;
  csv?: boolean;
  xlsx?: string;
  now?: string;
  config?: string;
}

const HELP = `
Что в отчёте: одна строка на каждый открытый срок каждого исполнителя (группа,
например 22 муниципалитета, даёт по строке на участника). Сначала просроченные —
самые давние сверху, — затем по сроку; поручения без срока («без срока»,
«постоянно») в конце. Необязательная просьба («при наличии») не бывает
просроченной: по ней ничего не причитается.

--record считает для каждого исполнителя сроки, которые прошли или закрыты:
в срок (исполнено не позже конца рабочего дня срока), с опозданием, снято с
контроля без исполнения, ещё просрочено; доля в срок = в срок / (в срок + с
опозданием + просрочено).

--executor: id записи справочника (chel-minfin), id группы (khmao-omsu: все
участники) или часть названия (Сургут). --controller: id записи справочника,
часть названия или 'operator'.

--csv выводит то, что русский Excel открывает двойным щелчком: UTF-8 с меткой
порядка байтов (BOM), поля через точку с запятой, десятичные запятые.
--xlsx <файл> записывает те же столбцы в книгу Excel.

Примеры:
  srok report --overdue
  srok report --due-soon 5 --executor khmao-omsu
  srok report --controller chel-mininform --csv > контроль.csv
  srok report --overdue --xlsx просрочено.xlsx
  srok report --record --now 2021-01-15`;

export function registerReportCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('report')
    .description('что открыто, у чего скоро срок и что просрочено, по исполнителям; --record: исполнительская дисциплина каждого исполнителя')
    .option('--open', 'все открытые сроки исполнителей (по умолчанию)')
    .option('--due-soon <n>', 'открытые, до срока которых не больше <n> рабочих дней')
    .option('--overdue', 'открытые, срок которых прошёл (кроме необязательных «при наличии»)')
    .option('--record', "дисциплина каждого исполнителя: в срок, с опозданием, снято с контроля, просрочено, и доля исполненного в срок")
    .option('--failed-mail', 'письма, отвергнутые окончательно (ответ 5xx, все получатели вне mail.allowDomains): какие, когда, почему; повторно они не отправляются')
    .option('--executor <executor>', 'только этот исполнитель: id записи справочника, id группы (все участники) или часть названия')
    .option('--controller <controller>', "только то, что контролирует этот контролёр: id записи справочника, часть названия или 'operator'")
    .option('--json', 'вывести в JSON')
    .option('--csv', 'вывести CSV для русского Excel (UTF-8 с BOM, через точку с запятой)')
    .option('--xlsx <file>', 'записать отчёт в книгу Excel (.xlsx) с теми же столбцами, что в CSV')
    .option('--now <date>', "отчёт на этот момент: 'ГГГГ-ММ-ДД' (начало дня) или момент в формате ISO")
    .addOption(new Option('-c, --config <dir>', 'папка конфигурации (по умолчанию: $SROK_CONFIG_DIR или ./config)'))
    .addHelpText('after', HELP)
    .action(async (opts: ReportCliOptions) => {
      setExit(await commandReport(opts, io));
    });
}

type Request = { what: 'rows'; kind: ReportKind } | { what: 'record' } | { what: 'failed-mail' };

export async function commandReport(opts: ReportCliOptions, io: CliIo): Promise<number> {
  const request = requestOf(opts);
  if (typeof request === 'string') return usage(io, request);
  const formats = [opts.json && '--json', opts.csv && '--csv', opts.xlsx !== undefined && '--xlsx'].filter((f): f is string => typeof f === 'string');
  if (formats.length > 1) return usage(io, `${formats.join(' и ')} исключают друг друга; укажите один формат`);
  if (opts.xlsx !== undefined && !/\.xlsx$/i.test(opts.xlsx.trim())) return usage(io, `--xlsx '${opts.xlsx}': имя файла должно оканчиваться на .xlsx, например --xlsx отчёт.xlsx`);
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!config) return EXIT.usage;
  let now: Date;
  try {
    now = opts.now ? readMoment(opts.now, config.settings.timezone, '--now') : io.now();
  } catch (e) {
    if (e instanceof InputError) return usage(io, e.message);
    throw e;
  }

  const where = await locateOrReport(io, silentLog());
  if (!where) return EXIT.usage;
  const redis = connectRedis(where.url, { name: 'srok-report' });
  try {
    if (request.what === 'failed-mail') return await printFailed(await new Store(redis, config.settings.redis.prefix).ledger.listFailed(), opts, config, io);
    const store = new Store(redis, config.settings.redis.prefix);
    // The directory also holds the entries operators created while reviewing: the report routes as the worker does.
    const directed = withReviewedEntries(config, await store.getEntries());
    const rows = await loadReport({ store, routings: new KeptRouting({ store, config: () => directed }) }, directed, now);
    return await print(rows, request, opts, directed, now, io);
  } catch (e) {
    if (e instanceof ReportError) return usage(io, e.message);
    // Redis gone mid-way, a broken record: a message, never a stack trace.
    io.err(`srok: отчёт не получен: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.input;
  } finally {
    redis.disconnect();
    await where.stop();
  }
}

async function printFailed(entries: LedgerEntry[], opts: ReportCliOptions, config: SrokConfig, io: CliIo): Promise<number> {
  const rows = entries.map((e) => ({ mailId: e.mailId, failedAt: e.updatedAt, attempts: e.attempts, reason: e.reason ?? '' }));
  const table: Table = { header: ['Письмо', 'Когда', 'Попыток', 'Причина'], records: rows.map((r) => [r.mailId, r.failedAt, r.attempts, r.reason]) };
  if (opts.json) io.out(`${JSON.stringify({ failedMails: rows }, null, 2)}\n`);
  else if (opts.csv) io.out(csvOf(table));
  else if (opts.xlsx !== undefined) return writeWorkbook(table, 'Не доставлено', opts.xlsx, io);
  else if (rows.length === 0) io.out('писем, не доставленных окончательно, нет\n');
  else {
    io.out(`Не доставлено окончательно и больше не отправляется: ${countOf(rows.length, MAILS)}. Исправьте адрес в справочнике (или список mail.allowDomains), затем выполните srok replan:\n`);
    for (const r of rows) io.out(`  ${r.failedAt ? localInstant(r.failedAt, config.settings.timezone) : '?'}  ${r.mailId}\n      ${r.reason}\n`);
  }
  return EXIT.ok;
}

async function print(rows: ReportRow[], request: Exclude<Request, { what: 'failed-mail' }>, opts: ReportCliOptions, config: SrokConfig, now: Date, io: CliIo): Promise<number> {
  const zone = config.settings.timezone;
  if (request.what === 'record') {
    let counted = rows;
    if (opts.executor) counted = counted.filter(executorFilter(opts.executor, rows, config));
    if (opts.controller) counted = counted.filter(controllerFilter(opts.controller, rows, config));
    const records = executorRecords(counted, now);
    if (opts.json) io.out(`${JSON.stringify({ now: now.toISOString(), records }, null, 2)}\n`);
    else if (opts.csv) io.out(csvOf(recordsTable(records)));
    else if (opts.xlsx !== undefined) return writeWorkbook(recordsTable(records), 'Исполнение в срок', opts.xlsx, io);
    else io.out(formatRecords(records, now, zone));
    return EXIT.ok;
  }
  const selected = selectRows(rows, { kind: request.kind, executor: opts.executor ?? null, controller: opts.controller ?? null }, config);
  if (opts.json) io.out(`${JSON.stringify({ now: now.toISOString(), kind: request.kind, rows: selected }, null, 2)}\n`);
  else if (opts.csv) io.out(csvOf(rowsTable(selected)));
  else if (opts.xlsx !== undefined) return writeWorkbook(rowsTable(selected), request.kind.kind === 'overdue' ? 'Просрочено' : request.kind.kind === 'dueSoon' ? 'Скоро срок' : 'Открытые', opts.xlsx, io);
  else io.out(formatRows(selected, request.kind, now, zone));
  return EXIT.ok;
}

async function writeWorkbook(table: Table, sheet: string, file: string, io: CliIo): Promise<number> {
  try {
    await writeFile(file.trim(), await xlsxOf(table, sheet));
  } catch (e) {
    io.err(`srok: не удалось записать ${file}: ${e instanceof Error ? e.message : String(e)}; проверьте, что папка существует и файл не открыт в Excel\n`);
    return EXIT.input;
  }
  io.err(`srok: записано ${file.trim()}\n`);
  return EXIT.ok;
}

/** What was asked, or why the options do not say it. */
function requestOf(opts: ReportCliOptions): Request | string {
  const kinds = [opts.open && '--open', opts.dueSoon !== undefined && '--due-soon', opts.overdue && '--overdue'].filter((k): k is string => typeof k === 'string');
  if (kinds.length > 1) return `${kinds.join(' и ')} исключают друг друга; укажите один`;
  if (opts.failedMail) {
    if (kinds.length > 0 || opts.record || opts.executor || opts.controller) return '--failed-mail показывает письма, не доставленные окончательно; уберите остальные условия отбора';
    return { what: 'failed-mail' };
  }
  if (opts.record) {
    if (kinds.length > 0) return `--record считает все сроки каждого исполнителя; уберите ${kinds.join(' и ')}`;
    return { what: 'record' };
  }
  if (opts.dueSoon !== undefined) {
    const text = opts.dueSoon.trim();
    const days = Number(text);
    if (!/^\d{1,3}$/.test(text) || days > 250) return `--due-soon '${opts.dueSoon}' — не число рабочих дней; напишите, например, --due-soon 5`;
    return { what: 'rows', kind: { kind: 'dueSoon', days } };
  }
  return { what: 'rows', kind: opts.overdue ? { kind: 'overdue' } : { kind: 'open' } };
}

function usage(io: CliIo, message: string): number {
  io.err(`srok: ${message}\n(справка: srok report --help)\n`);
  return EXIT.usage;
}
