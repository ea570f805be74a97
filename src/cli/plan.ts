import path from 'node:path';
import { officeInstant } from '../calendar/index.js';
import type { SrokConfig } from '../config/types.js';
import type { ParsedDocument } from '../domain.js';
import { InputError } from '../errors.js';
import { plural } from '../mail/plural.js';
import { diffPlans, planDocument, type Plan, type PlannedStep } from '../plan/index.js';
import { expandInputs, readProtocol } from '../read-protocol.js';
import { configDirOf, EXIT, loadConfigOrReport, type CliIo, type PlanCliOptions } from './main.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** '2020-11-26' → local midnight in the configured zone; an ISO instant as it is. */
export function readMoment(text: string, zone: string, what: string): Date {
  if (DAY.test(text)) return officeInstant(text, '00:00', zone);
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) {
    throw new InputError(what, `'${text}' is not a date; write YYYY-MM-DD or an ISO instant such as 2020-11-26T09:00:00+05:00`);
  }
  return d;
}

interface Window {
  now: Date;
  until: Date;
}

async function readAll(files: string[], config: SrokConfig, io: CliIo): Promise<ParsedDocument[]> {
  const docs: ParsedDocument[] = [];
  for (const file of files) {
    try {
      docs.push(await readProtocol(file, config));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(`srok: ${e.message}\n`);
    }
  }
  return docs;
}

export async function commandPlan(inputs: string[], opts: PlanCliOptions, io: CliIo): Promise<number> {
  const config = loadConfigOrReport(configDirOf(opts, io), io);
  if (!config) return EXIT.usage;
  const zone = config.settings.timezone;
  let window: Window;
  try {
    const now = opts.now ? readMoment(opts.now, zone, '--now') : io.now();
    const until = opts.until
      ? readMoment(opts.until, zone, '--until')
      : new Date(now.getTime() + 365 * 24 * 3600 * 1000);
    if (until.getTime() <= now.getTime()) throw new InputError('--until', `${opts.until} is not after --now; give a later day`);
    window = { now, until };
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`srok: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }

  const files = await expandInputs(inputs);
  const docs = await readAll(files, config, io);
  if (docs.length === 0) {
    io.err('srok: no document could be read; nothing to plan\n');
    return EXIT.input;
  }
  const plans = docs.map((d) => planDocument(d, config, window));

  if (opts.diff) {
    const other = loadConfigOrReport(path.resolve(opts.diff), io);
    if (!other) return EXIT.usage;
    const otherDocs = await readAll(files, other, io);
    const after = otherDocs.map((d) => planDocument(d, other, window));
    const diff = diffPlans(plans, after);
    if (opts.json) io.out(`${JSON.stringify(diff, null, 2)}\n`);
    else io.out(formatDiff(diff, opts.diff));
    return EXIT.ok;
  }

  if (opts.json) {
    io.out(`${JSON.stringify({ now: window.now.toISOString(), until: window.until.toISOString(), warnings: calendarWarnings(plans), plans }, null, 2)}\n`);
  } else {
    io.out(formatPlans(plans, docs, window, zone));
  }
  return EXIT.ok;
}

const KIND_RU: Record<string, string> = {
  reminder: 'напоминание',
  overdue: 'просрочка',
  escalation: 'эскалация',
  status: 'запрос статуса',
  summary: 'сводка',
  operator: 'оператору',
};

function stepLine(s: PlannedStep): string {
  const kind = `${KIND_RU[s.kind] ?? s.kind}${s.kind === 'escalation' ? ` ${s.index}` : ''}`;
  const occ = s.occurrence ? `срок ${s.occurrence.deadline}${s.occurrence.deadline !== s.occurrence.due ? ` (в тексте ${s.occurrence.due})` : ''}` : '';
  const who = s.part ? s.part.name : '';
  const to = [...s.recipients.to, ...s.recipients.cc.map((c) => `cc ${c}`)].join(', ');
  const fallback = s.calendar === 'fallback' ? `  [${FALLBACK_MARK}]` : '';
  return `  ${s.localAt}  п.${(s.item ?? '—').padEnd(6)} ${kind.padEnd(15)} ${occ.padEnd(36)} ${who} → ${to}${fallback}`;
}

/** The mark of a step planned on the fallback rules (no calendar file for its year). */
export const FALLBACK_MARK = 'без календаря';

/** The plans' calendar warnings, once each: they go at the top, not after thousands of lines. */
function calendarWarnings(plans: Plan[]): string[] {
  return [...new Set(plans.flatMap((p) => p.warnings.filter((w) => w.code === 'calendar_year_missing').map((w) => w.message)))];
}

export function formatPlans(plans: Plan[], docs: ParsedDocument[], window: Window, zone: string): string {
  const out: string[] = [];
  out.push(`План с ${window.now.toISOString()} по ${window.until.toISOString()} (${zone}); ничего не отправлено.`);
  const calendar = calendarWarnings(plans);
  for (const message of calendar) out.push(`ВНИМАНИЕ: ${message} Шаги, рассчитанные так, помечены [${FALLBACK_MARK}].`);
  plans.forEach((plan, i) => {
    const doc = docs[i]!;
    const h = doc.protocol;
    out.push('');
    out.push(`${doc.source.file}: ${h.number ? `№ ${h.number} ` : ''}${h.date ? `от ${h.date} ` : ''}${h.body ?? ''} — ${plan.steps.length} ${plural(plan.steps.length, ['шаг', 'шага', 'шагов'])}`);
    for (const s of plan.steps) out.push(stepLine(s));
    for (const w of plan.warnings) {
      if (w.code !== 'calendar_year_missing') out.push(`  warning${w.line === null ? '' : ` line ${w.line}`}: ${w.code}: ${w.message}`);
    }
  });
  return `${out.join('\n')}\n`;
}

function formatDiff(diff: ReturnType<typeof diffPlans>, dir: string): string {
  const out = [`Изменения плана с конфигурацией ${dir}: +${diff.added.length} −${diff.removed.length} ~${diff.moved.length}`];
  for (const s of diff.added) out.push(`+ ${stepLine(s).trim()}`);
  for (const s of diff.removed) out.push(`- ${stepLine(s).trim()}`);
  for (const m of diff.moved) out.push(`~ ${m.before.localAt} → ${m.after.localAt}  ${stepLine(m.after).trim()}`);
  return `${out.join('\n')}\n`;
}
