import { Command, Option } from 'commander';
import { stringify } from 'yaml';
import { toNominative } from '../directory/index.js';
import { FollowUpError } from '../follow-up/follow-up-error.js';
import { parseReference } from '../follow-up/reference.js';
import { approveProtocol } from '../review/approve.js';
import { fixProtocol, resolveProtocol, ReviewError, type FixRequest, type FixTarget, type ReviewDeps } from '../review/operations.js';
import { formatReviewReport, reviewReport } from '../review/show-review.js';
import { CorpusPlaceError, reviewedKey, writeReviewedKey } from '../review/corpus-key.js';
import { listWaitingProtocols } from '../review/waiting-mail.js';
import type { Runtime } from '../worker/worker.js';
import { EXIT, type CliIo } from './io.js';
import { withCliRuntime } from './runtime-commands.js';
import { countOf } from '../mail/plural.js';

/**
 * The review commands: what waits and why (review), corrections (fix), approval
 * (approve), and the phrases operators remembered (directory aliases). They call the
 * same functions as the review page; the actor is 'cli:$USER'. Messages are Russian:
 * exit 2 for a request that cannot be read, 1 for what is not stored.
 */
interface Common {
  config?: string;
  json?: boolean;
}

interface FixOptions extends Common {
  executor?: string;
  phrase?: string;
  remember?: boolean;
  name?: string;
  email?: string[];
  head?: string;
  deadline?: string;
  notAssignment?: boolean;
  assignmentAt?: string;
  kind?: string;
  recommendation?: boolean;
}

const configOption = () => new Option('-c, --config <dir>', 'папка конфигурации (по умолчанию: $SROK_CONFIG_DIR или ./config)');

export function registerReviewCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('review')
    .description('что ждёт проверки и почему; с протоколом: что srok в нём понял, что стоит проверить, исправления и план')
    .argument('[protocol...]', "протокол: номер (2/2026), номер и дата ('2/2026 от 10.03.2026') или ключ")
    .option('--json', 'вывести в JSON')
    .addOption(configOption())
    .action(async (words: string[], opts: Common) => {
      setExit(
        await withReview(io, opts, async (deps, runtime) => {
          const now = deps.clock.now();
          if (words.length === 0) {
            const waiting = await listWaitingProtocols(deps.store, deps.config());
            if (opts.json) io.out(`${JSON.stringify(waiting, null, 2)}\n`);
            else if (waiting.length === 0) io.out('Проверки ничего не ждёт.\n');
            else {
              const lines = waiting.map((w) => `${w.title} — ждёт с ${w.since.slice(0, 10).split('-').reverse().join('.')}\n${w.reasons.map((r) => `    ${r.line === null ? '' : `строка ${r.line}: `}${r.message}`).join('\n')}\n    srok review ${w.ref}`);
              io.out(`Ждут проверки (${waiting.length}):\n${lines.join('\n')}\n`);
            }
            return EXIT.ok;
          }
          const key = await resolveProtocol(deps.store, words.join(' '));
          const report = await reviewReport({ ...deps, routings: runtime.deps.routings }, key, now);
          if (!report) throw new ReviewError('not-found', `протокола ${key} нет среди импортированных`);
          io.out(opts.json ? `${JSON.stringify({ ...report, lines: undefined }, null, 2)}\n` : formatReviewReport(report));
          return EXIT.ok;
        }),
      );
    });

  program
    .command('fix')
    .description('исправить, что srok понял в пункте или строке; исправление сохраняется в истории и при повторном импорте файла')
    .argument('<ref...>', "пункт ('2/2026 п.3') или, с --assignment-at, протокол ('2/2026')")
    .option('--executor <id>', "направить неопознанного исполнителя пункта (или названного в --phrase) к этой записи справочника; 'new' создаёт запись (--name, --email, --head)")
    .option('--phrase <text>', 'вместе с --executor: какой исполнитель, как он написан в пункте')
    .option('--remember', 'вместе с --executor: запомнить написание, чтобы в следующих протоколах оно вело к той же записи («запомнить»)')
    .option('--name <name>', "вместе с --executor new: название записи в именительном падеже")
    .option('--email <address...>', 'вместе с --executor new: её адреса')
    .option('--head <id>', 'вместе с --executor new: вышестоящая запись')
    .option('--deadline <text>', "срок — словами, как в протоколах ('до 15 мая 2026 года'), или датой (15.05.2026)")
    .option('--not-assignment', 'пункт — не поручение: писем по нему не будет')
    .option('--assignment-at <line>', 'сделать поручением пункт или строку, которые srok не взял')
    .option('--kind <kind>', "вид пункта: assignment, noted, closes, controller, other")
    .option('--recommendation', 'поручение — рекомендация («Рекомендовать …»)')
    .option('--no-recommendation', 'поручение — не рекомендация')
    .option('--json', 'вывести исправление в JSON')
    .addOption(configOption())
    .addHelpText(
      'after',
      "\nПримеры:\n  srok fix '2/2026 п.3' --executor fond-podderzhki --remember\n  srok fix '2/2026 п.3' --executor new --name 'Фонд поддержки цифровых инициатив Южного Урала' --email fond@example.org --remember\n  srok fix '2/2026 п.3' --deadline 'до 15 мая 2026 года'\n  srok fix '2/2026 п.4' --not-assignment\n  srok fix 2/2026 --assignment-at 14",
    )
    .action(async (words: string[], opts: FixOptions) => {
      setExit(await commandFix(io, words, opts));
    });

  program
    .command('approve')
    .description('одобрить протокол, ждущий проверки: он ставится в очередь, а шаги, время которых прошло, догоняются')
    .argument('<protocol...>', "протокол: 2/2026, '2/2026 от 10.03.2026' или его ключ")
    .option('--json', 'вывести результат в JSON')
    .addOption(configOption())
    .action(async (words: string[], opts: Common) => {
      setExit(
        await withReview(io, opts, async (deps) => {
          const key = await resolveProtocol(deps.store, words.join(' '));
          const r = await approveProtocol(key, { ...deps, actor: actorOf(io) });
          if (opts.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
          else if (r.outcome === 'approved') io.out(`Протокол ${words.join(' ')} одобрен и поставлен в расписание: ${countOf(r.schedule.tracks, TRACKS)}.\n`);
          else io.out(`Протокол ${words.join(' ')} не ждёт проверки${r.approvedBy ? ` (одобрил ${r.approvedBy}, ${r.approvedAt?.slice(0, 16).replace('T', ' ') ?? ''})` : ''}; ничего не изменилось.\n`);
          return EXIT.ok;
        }),
      );
    });

  program
    .command('corpus')
    .description('данные для оценки качества из проверенных протоколов')
    .command('add')
    .description('записать проверенный протокол и исправленный разбор как эталон ("origin": "review") в формате корпуса')
    .argument('<protocol...>', "протокол: 2/2026, '2/2026 от 10.03.2026' или его ключ")
    .option('--out <dir>', 'папка эталонов из проверки (только не test/corpus/)', 'test/corpus-reviewed')
    .addOption(configOption())
    .action(async (words: string[], opts: Common & { out: string }) => {
      setExit(
        await withReview(io, opts, async (deps) => {
          const key = await resolveProtocol(deps.store, words.join(' '));
          const [stored, review, lines] = await Promise.all([deps.store.getProtocol(key), deps.store.getReview(key), deps.store.getText(key)]);
          if (!stored) throw new ReviewError('not-found', `протокола ${key} нет среди импортированных`);
          if (lines === null) throw new ReviewError('not-found', `текста протокола ${words.join(' ')} нет в хранилище (он импортирован до того, как srok стал хранить текст); импортируйте файл ещё раз`);
          if (review?.state === 'waiting') throw new ReviewError('bad-request', `протокол ${words.join(' ')} ещё ждёт проверки; ключ делается из проверенного: проверьте и одобрите его (srok review, srok approve)`);
          try {
            const written = await writeReviewedKey(opts.out, lines, reviewedKey(stored, review), deps.clock.now());
            io.out(`Записано: ${written.doc} и ${written.gold} ("origin": "review"; в корпус и его пороги не входит)\n`);
          } catch (e) {
            if (e instanceof CorpusPlaceError) throw new ReviewError('bad-request', e.message);
            throw e;
          }
          return EXIT.ok;
        }),
      );
    });

  const directory = program.command('directory').description('справочник: что операторы добавили при проверке');
  directory
    .command('aliases')
    .description('написания исполнителей, запомненные при проверке («запомнить»), и созданные тогда записи; --yaml выводит их для config/directory.yaml')
    .option('--yaml', 'вывести в YAML, чтобы скопировать в config/directory.yaml')
    .option('--json', 'вывести в JSON')
    .addOption(configOption())
    .action(async (opts: Common & { yaml?: boolean }) => {
      setExit(
        await withReview(io, opts, async (deps) => {
          const aliases = [...(await deps.store.getAliases()).values()].sort((a, b) => a.entry.localeCompare(b.entry) || a.phrase.localeCompare(b.phrase));
          const entries = await deps.store.getEntries();
          if (opts.json) {
            io.out(`${JSON.stringify({ aliases, entries }, null, 2)}\n`);
            return EXIT.ok;
          }
          if (opts.yaml) {
            io.out(aliasesYaml(aliases, entries, (id) => deps.config().directory.get(id)?.name ?? null));
            return EXIT.ok;
          }
          if (aliases.length === 0 && entries.length === 0) io.out('Запомненных фраз и новых записей нет.\n');
          for (const e of entries) io.out(`новая запись ${e.id}: ${e.name}${e.emails.length > 0 ? ` <${e.emails.join(', ')}>` : ''}\n`);
          for (const a of aliases) io.out(`«${a.phrase}» → ${a.entry} (${a.by}, ${a.at.slice(0, 10)})\n`);
          return EXIT.ok;
        }),
      );
    });
}

const TRACKS: readonly [string, string, string] = ['ближайший шаг', 'ближайших шага', 'ближайших шагов'];

/** Remembered phrases as aliases (nominative, as directory.yaml lists names) of their entries; created entries whole. */
export function aliasesYaml(aliases: ReadonlyArray<{ phrase: string; entry: string }>, entries: ReadonlyArray<{ id: string }>, known: (id: string) => string | null): string {
  const byEntry = new Map<string, string[]>();
  for (const a of aliases) {
    const name = toNominative(a.phrase);
    const list = byEntry.get(a.entry) ?? [];
    if (!list.includes(name)) list.push(name);
    byEntry.set(a.entry, list);
  }
  const created = entries.map((e) => {
    const named = e as { name?: string; aliases?: string[] };
    // A phrase that is the entry's own name in another case needs no alias.
    return { ...e, aliases: [...new Set([...(named.aliases ?? []), ...(byEntry.get(e.id) ?? [])])].filter((a) => a !== named.name) };
  });
  const createdIds = new Set(entries.map((e) => e.id));
  const existing = [...byEntry].filter(([id]) => !createdIds.has(id)).map(([id, names]) => ({ id, aliases: names }));
  const head = [
    '# Сделано при проверке протоколов (srok directory aliases --yaml).',
    '# Новые записи перенесите в entries файла config/directory.yaml целиком; у существующих',
    '# записей допишите имена из aliases в их aliases (id совпадает).',
  ];
  const body: string[] = [];
  if (created.length > 0) body.push('# Новые записи', stringify({ entries: created }).trimEnd());
  if (existing.length > 0) {
    body.push('# Существующие записи: добавить в aliases');
    for (const e of existing) body.push(`# ${e.id}: ${known(e.id) ?? '(нет в справочнике)'}`, stringify({ entries: [e] }).trimEnd());
  }
  if (body.length === 0) body.push('# Запомненных фраз и новых записей нет.', 'entries: []');
  return `${[...head, ...body].join('\n')}\n`;
}

async function commandFix(io: CliIo, words: string[], opts: FixOptions): Promise<number> {
  const chosen = [opts.executor !== undefined, opts.deadline !== undefined, opts.notAssignment === true, opts.assignmentAt !== undefined, opts.kind !== undefined, opts.recommendation !== undefined].filter(Boolean).length;
  if (chosen !== 1) {
    return usage(io, chosen === 0 ? 'что исправить? укажите одно из: --executor, --deadline, --not-assignment, --assignment-at, --kind, --recommendation, --no-recommendation' : 'одно исправление за раз: укажите только одно из --executor, --deadline, --not-assignment, --assignment-at, --kind, --recommendation');
  }
  const written = words.join(' ');
  let protocol: string;
  let target: FixTarget;
  try {
    const ref = parseReference(written);
    protocol = [ref.protocol ?? '', ref.date !== null ? `от ${ref.date.split('-').reverse().join('.')}` : ''].join(' ').trim();
    target = { item: ref.item };
  } catch (e) {
    if (!(e instanceof FollowUpError) || opts.assignmentAt === undefined) {
      return usage(io, `не понятно, какой пункт: «${written}»; напишите протокол и пункт, например '2/2026 п.3'${opts.assignmentAt === undefined ? '' : ", или только протокол ('2/2026') с --assignment-at"}`);
    }
    protocol = written;
    target = { item: null };
  }
  let request: FixRequest;
  if (opts.assignmentAt !== undefined) {
    const line = Number(opts.assignmentAt);
    if (!Number.isInteger(line) || line < 1) return usage(io, `--assignment-at ${opts.assignmentAt}: нужен номер строки документа, например --assignment-at 14`);
    if (target.item === null) target = { item: null, line };
    request = { what: 'assignment' };
  } else if (opts.executor !== undefined) {
    if ((opts.executor === 'new') !== (opts.name !== undefined)) return usage(io, "новая запись справочника: --executor new --name 'Название' [--email адрес] [--head id]; --name без --executor new не нужен");
    request = {
      what: 'executor',
      entry: opts.executor === 'new' ? null : opts.executor,
      phrase: opts.phrase ?? null,
      remember: opts.remember === true,
      ...(opts.executor === 'new' ? { create: { name: opts.name ?? '', emails: opts.email ?? [], head: opts.head ?? null } } : {}),
    };
  } else if (opts.deadline !== undefined) request = { what: 'deadline', text: opts.deadline };
  else if (opts.notAssignment) request = { what: 'not-assignment' };
  else if (opts.kind !== undefined) request = { what: 'kind', kind: opts.kind };
  else request = { what: 'recommendation', value: opts.recommendation === true };
  return withReview(io, opts, async (deps, runtime) => {
    const key = await resolveProtocol(deps.store, protocol);
    const result = await fixProtocol(deps, key, target, request, actorOf(io));
    // A new entry: running workers take it into their directory.
    if (result.entry !== null) await runtime.deps.store.announceConfigChange(deps.clock.now());
    const review = await deps.store.getReview(key);
    if (opts.json) io.out(`${JSON.stringify({ ...result, waits: review?.state === 'waiting' }, null, 2)}\n`);
    else {
      const rest = review?.state === 'waiting' ? (review.reasons.length === 0 ? 'замечаний не осталось; одобрите: srok approve ' : `осталось замечаний: ${review.reasons.length}; srok review `) + (/^[\w./-]+$/u.test(protocol) ? protocol : `'${protocol}'`) : 'план пересчитан';
      io.out(`Исправлено — ${result.message}${result.entry ? `; создана запись справочника ${result.entry.id}` : ''}. ${rest}\n`);
    }
    return EXIT.ok;
  });
}

function actorOf(io: CliIo): string {
  return `cli:${io.env['USER']?.trim() || io.env['LOGNAME']?.trim() || 'operator'}`;
}

function usage(io: CliIo, message: string): number {
  io.err(`srok: ${message}\n(подробнее: --help)\n`);
  return EXIT.usage;
}

/** A runtime on the configured Redis, its clock the CLI's; every failure becomes a message and an exit code. */
function withReview(io: CliIo, opts: Common, fn: (deps: ReviewDeps, runtime: Runtime) => Promise<number>): Promise<number> {
  return withCliRuntime(
    io,
    opts,
    (runtime, clock, log) => {
      const { store, scheduler } = runtime.deps;
      return fn({ store, scheduler, config: runtime.deps.config, clock, log, refreshDirectory: () => runtime.refreshDirectory() }, runtime);
    },
    (e) => {
      if (!(e instanceof ReviewError)) return null;
      io.err(`srok: ${e.message}\n`);
      return e.kind === 'not-found' ? EXIT.input : EXIT.usage;
    },
  );
}

