import type { Command } from 'commander';
import { FollowUpError } from '../follow-up/follow-up-error.js';
import { cancel, markDone, postpone, type FollowUpDeps, type OperationResult } from '../follow-up/operations.js';
import { referenceOf, type Reference } from '../follow-up/reference.js';
import { decidePostponement, type RequestDeps } from '../follow-up/requests.js';
import { withCliRuntime } from './runtime-commands.js';
import { EXIT, type CliIo } from './main.js';
import { fail, registerShowCommand, targetOptions, usage, type TargetOptions } from './show-command.js';

/**
 * The follow-up commands: done, postpone, cancel, show (show-command.ts). Each names an assignment by a
 * reference («4/2019 п.1.2») or by --protocol/--item, narrows it with --executor and
 * --occurrence, and calls the follow-up core — the same functions the HTTP API calls.
 * The actor is 'cli:$USER'. Errors are messages: exit 2 for a bad request, 1 for what is
 * not stored.
 */
interface PostponeOptions extends TargetOptions {
  to?: string;
  request?: string;
  refuse?: boolean;
}

export function registerFollowUpCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {

  targetOptions(program.command('done').description('отметить поручение, часть одного исполнителя или один срок исполненными; план пересчитывается сразу'))
    .option('--reason <text>', 'пояснение для истории, например письмо, которым сообщили об исполнении')
    .addHelpText('after', '\nПример:\n  srok done 4/2019 п.1.2 --executor khmao-surgut --reason "письмо от 12.11.2019 № 15-01"')
    .action(async (words: string[], opts: TargetOptions) => {
      setExit(await runOperation(io, words, opts, (deps, ref, actor) => markDone(deps, ref, { actor, reason: opts.reason ?? null })));
    });

  targetOptions(
    program
      .command('postpone')
      .description('перенести срок поручения, части или одного срока; план пересчитывается сразу. С --request: решить по запросу исполнителя'),
  )
    .option('--to <date>', 'новый срок (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ): не раньше действующего и не в прошлом')
    .option('--reason <text>', 'причина (обязательно): сохраняется в истории')
    .option('--request <id>', 'согласовать запрос на перенос срока <id> (на дату из --to или на запрошенную)')
    .option('--refuse', 'вместе с --request: отказать; срок остаётся прежним')
    .addHelpText('after', '\nПримеры:\n  srok postpone от 26.11.2020 п.2 --to 2020-12-28 --reason "письмо Минцифры № 123"\n  srok postpone --request K7QX2MPA --reason "согласовано"\n  srok postpone --request K7QX2MPA --refuse --reason "срок установлен Губернатором"')
    .action(async (words: string[], opts: PostponeOptions) => {
      setExit(await commandPostpone(io, words, opts));
    });

  targetOptions(program.command('cancel').description('снять поручение (часть или один срок) с контроля: писем больше не будет; план пересчитывается сразу'))
    .option('--reason <text>', 'причина (обязательно): сохраняется в истории')
    .addHelpText('after', '\nПример:\n  srok cancel 4/2019 п.2.2 --reason "поручение отменено протоколом № 5/2019"')
    .action(async (words: string[], opts: TargetOptions) => {
      if (!opts.reason?.trim()) {
        setExit(usage(io, 'для cancel нужна --reason "…": история хранит, почему поручение сняли с контроля'));
        return;
      }
      setExit(await runOperation(io, words, opts, (deps, ref, actor) => cancel(deps, ref, { actor, reason: opts.reason ?? null })));
    });

  registerShowCommand(program, io, setExit);
}

async function commandPostpone(io: CliIo, words: string[], opts: PostponeOptions): Promise<number> {
  if (opts.request === undefined) {
    if (opts.refuse) return usage(io, '--refuse — ответ на запрос: укажите его через --request <номер>');
    if (!opts.to) return usage(io, 'для postpone нужен --to <дата>: новый срок, например --to 2019-12-10');
    if (!opts.reason?.trim()) return usage(io, 'для postpone нужна --reason "…": история хранит, почему срок перенесён');
    const to = opts.to;
    return runOperation(io, words, opts, (deps, ref, actor) => postpone(deps, ref, to, { actor, reason: opts.reason ?? null }));
  }
  if (words.length > 0 || opts.protocol !== undefined || opts.item !== undefined || opts.executor !== undefined || opts.occurrence !== undefined) {
    return usage(io, '--request уже называет поручение; уберите ссылку, --protocol, --item, --executor и --occurrence');
  }
  if (opts.refuse && opts.to !== undefined) return usage(io, '--refuse оставляет срок прежним: уберите --to');
  const requestId = opts.request;
  return withRedis(io, opts, async (deps) => {
    const decision = await decidePostponement(deps, requestId, !opts.refuse, { to: opts.to ?? null, reason: opts.reason ?? null, actor: actorOf(io) });
    if (opts.json) io.out(`${JSON.stringify(decision, null, 2)}\n`);
    else {
      const r = decision.request;
      io.out(`запрос ${r.id} (${r.partName}, п. ${r.item ?? '—'}) ${r.status === 'accepted' ? 'согласован' : 'отклонён'}${decision.result ? `\n${decision.result.message}` : '; срок остаётся прежним'}${decision.answeredTo.length > 0 ? `\nответ отправлен: ${decision.answeredTo.join(', ')}` : ''}\n`);
    }
    return EXIT.ok;
  });
}

type Operation = (deps: FollowUpDeps, ref: Reference, actor: string) => Promise<OperationResult>;

async function runOperation(io: CliIo, words: string[], opts: TargetOptions, operation: Operation): Promise<number> {
  return withFollowUp(io, opts, words, async (deps, ref) => {
    const result = await operation(deps, ref, actorOf(io));
    io.out(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.message}\n`);
    return EXIT.ok;
  });
}

/** Read the reference first (a bad one needs no Redis), then run `fn` with a runtime. */
async function withFollowUp(io: CliIo, opts: TargetOptions, words: string[], fn: (deps: FollowUpDeps, ref: Reference) => Promise<number>): Promise<number> {
  let ref: Reference;
  try {
    ref = referenceOf(words.length > 0 ? words.join(' ') : null, opts);
  } catch (e) {
    if (e instanceof FollowUpError) return fail(io, e);
    throw e;
  }
  return withRedis(io, opts, (deps) => fn(deps, ref));
}

/** A runtime on the configured Redis, its clock the CLI's; every failure becomes a message and an exit code. */
function withRedis(io: CliIo, opts: { config?: string }, fn: (deps: RequestDeps) => Promise<number>): Promise<number> {
  return withCliRuntime(
    io,
    opts,
    (runtime, clock, log) => {
      const { store, scheduler, routings, renderer, transport, owner } = runtime.deps;
      return fn({ store, scheduler, routings, config: runtime.deps.config, clock, renderer, transport, log, owner, linkSecret: runtime.deps.linkSecret });
    },
    (e) => (e instanceof FollowUpError ? fail(io, e) : null),
  );
}

function actorOf(io: CliIo): string {
  return `cli:${io.env['USER']?.trim() || io.env['LOGNAME']?.trim() || 'operator'}`;
}

