import { addDays } from '../calendar/index.js';
import type { IsoDate } from '../domain.js';
import { countOf, type PluralForms } from '../mail/plural.js';
import type { PlannedMail } from './mail-budget.js';

/**
 * The mail budget of a plan: how many mails each recipient gets a week and on their
 * busiest days — what `srok plan --stats` prints, and with `--diff` what a config
 * change does to it.
 */
export interface MailStats {
  mails: number;
  steps: number;
  recipients: number;
  /** Mails a recipient gets in the weeks they get any: on average and at most. */
  perWeek: Array<{ recipient: string; mails: number; weeks: number; average: number; most: number }>;
  /** The recipient-days with the most mails, most first. */
  busiest: Array<{ recipient: string; day: IsoDate; mails: number }>;
  /** Most mails one recipient gets on one day. */
  mostPerDay: number;
  /** Times a recipient would get a second mail with one subject on one day (a lone step's subject, or a digest's). */
  sameSubjectRepeats: number;
}

export const MAILS: PluralForms = ['письмо', 'письма', 'писем'];
export const STEPS: PluralForms = ['шаг', 'шага', 'шагов'];
export const RECIPIENTS: PluralForms = ['адресат', 'адресата', 'адресатов'];
const WEEKS: PluralForms = ['неделю', 'недели', 'недель'];

/** Monday of the week a day falls in. */
function weekOf(day: IsoDate): IsoDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export function mailStats(mails: readonly PlannedMail[], top = 10): MailStats {
  const byDay = new Map<string, number>();
  const byWeek = new Map<string, Map<IsoDate, number>>();
  const subjects = new Set<string>();
  let repeats = 0;
  let steps = 0;
  for (const mail of mails) {
    steps += mail.steps.length;
    const dayKey = `${mail.recipient}\u0000${mail.day}`;
    byDay.set(dayKey, (byDay.get(dayKey) ?? 0) + 1);
    const weeks = byWeek.get(mail.recipient) ?? new Map<IsoDate, number>();
    const week = weekOf(mail.day);
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
    byWeek.set(mail.recipient, weeks);
    // A digest's subject names its protocol (or the day) and its kinds: alike only for mails of one group.
    const subject = mail.folded ? `digest:${mail.steps[0]?.protocol.key ?? ''}:${mail.steps.length}` : (mail.steps[0]?.subject ?? '');
    const subjectKey = `${dayKey}\u0000${subject}`;
    if (subjects.has(subjectKey)) repeats += 1;
    subjects.add(subjectKey);
  }
  const perWeek = [...byWeek].map(([recipient, weeks]) => {
    const counts = [...weeks.values()];
    const total = counts.reduce((a, b) => a + b, 0);
    return { recipient, mails: total, weeks: counts.length, average: total / counts.length, most: Math.max(...counts) };
  });
  perWeek.sort((a, b) => b.mails - a.mails || (a.recipient < b.recipient ? -1 : 1));
  const busiest = [...byDay].map(([key, n]) => {
    const [recipient = '', day = ''] = key.split('\u0000');
    return { recipient, day, mails: n };
  });
  busiest.sort((a, b) => b.mails - a.mails || (a.day < b.day ? -1 : a.day > b.day ? 1 : a.recipient < b.recipient ? -1 : 1));
  return {
    mails: mails.length,
    steps,
    recipients: byWeek.size,
    perWeek,
    busiest: busiest.slice(0, top),
    mostPerDay: busiest[0]?.mails ?? 0,
    sameSubjectRepeats: repeats,
  };
}

const ruDay = (day: IsoDate) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
const decimal = (n: number) => n.toFixed(1).replace('.', ',');

/** The figures in Russian, for the plan's reader. */
export function formatMailStats(stats: MailStats, top = 12): string {
  const out = [
    `Почтовая нагрузка: ${countOf(stats.mails, MAILS)} (${countOf(stats.steps, STEPS)}), ${countOf(stats.recipients, RECIPIENTS)}; ` +
      `больше всего одному адресату за день — ${countOf(stats.mostPerDay, MAILS)}; одна тема дважды за день — ${stats.sameSubjectRepeats}`,
    'Писем в неделю на адресата (в среднем / больше всего; недель с письмами):',
  ];
  for (const row of stats.perWeek.slice(0, top)) out.push(`  ${decimal(row.average).padStart(5)} / ${String(row.most).padStart(3)}  ${countOf(row.weeks, WEEKS).padEnd(11)} ${row.recipient}`);
  if (stats.perWeek.length > top) out.push(`  … и ещё ${countOf(stats.perWeek.length - top, RECIPIENTS)}`);
  out.push('Самые загруженные дни:');
  for (const row of stats.busiest) out.push(`  ${ruDay(row.day)}  ${countOf(row.mails, MAILS).padEnd(9)} ${row.recipient}`);
  return `${out.join('\n')}\n`;
}

/** Before and after a config change: the totals, and each recipient whose weekly mail changes. */
export function formatMailStatsDiff(before: MailStats, after: MailStats, dir: string, top = 12): string {
  const out = [
    `Почтовая нагрузка с конфигурацией ${dir}:`,
    `  писем: ${before.mails} → ${after.mails}; больше всего одному адресату за день: ${before.mostPerDay} → ${after.mostPerDay}; одна тема дважды за день: ${before.sameSubjectRepeats} → ${after.sameSubjectRepeats}`,
  ];
  const afterOf = new Map(after.perWeek.map((row) => [row.recipient, row]));
  const beforeOf = new Map(before.perWeek.map((row) => [row.recipient, row]));
  const recipients = [...new Set([...beforeOf.keys(), ...afterOf.keys()])];
  const changes = recipients
    .map((recipient) => ({ recipient, before: beforeOf.get(recipient), after: afterOf.get(recipient) }))
    .filter((c) => (c.before?.mails ?? 0) !== (c.after?.mails ?? 0))
    .sort((a, b) => Math.abs((b.after?.mails ?? 0) - (b.before?.mails ?? 0)) - Math.abs((a.after?.mails ?? 0) - (a.before?.mails ?? 0)));
  if (changes.length > 0) out.push('  писем за период (в неделю больше всего):');
  for (const c of changes.slice(0, top)) {
    out.push(`    ${String(c.before?.mails ?? 0).padStart(5)} (${c.before?.most ?? 0}) → ${String(c.after?.mails ?? 0).padStart(5)} (${c.after?.most ?? 0})  ${c.recipient}`);
  }
  return `${out.join('\n')}\n`;
}
