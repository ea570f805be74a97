import { countOf } from '../../mail/plural.js';
import { MAILS, RECIPIENTS, type MailStats } from '../../plan/mail-stats.js';
import type { PlannedStep } from '../../plan/index.js';
import { ruDate } from '../../plan/subject.js';
import { html, pathPart, type Html } from '../html.js';
import type { StoredTimeline } from '../timeline.js';
import { page } from './layout.js';
import { actTitle, localMoment, STEP_KIND_RU } from './words.js';

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** «декабрь 2019» of '2019-12'. */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/**
 * The future timeline of one protocol: every planned mail, when, to whom, about what —
 * one month at a time (a protocol of many executors plans thousands of mails a year),
 * with every month of the plan listed with its number of mails.
 */
export function timelinePage(
  timeline: StoredTimeline,
  zone: string,
  options: { month?: string | undefined; until?: string | undefined; budget?: MailStats | undefined } = {},
): string {
  const { stored, plan } = timeline;
  const title = `План писем: ${actTitle(stored.doc.protocol)}`;
  const months = new Map<string, number>();
  for (const s of plan.steps) months.set(s.localAt.slice(0, 7), (months.get(s.localAt.slice(0, 7)) ?? 0) + 1);
  const shown = options.month ?? [...months.keys()][0] ?? '';
  const steps = plan.steps.filter((s) => s.localAt.startsWith(shown));
  const link = (month: string) => `/protocols/${pathPart(stored.key)}/timeline?month=${month}${options.until !== undefined ? `&until=${encodeURIComponent(options.until)}` : ''}`;
  const nav =
    months.size > 1
      ? html`<nav class="months"><p>${[...months].map(([m, n], i) => html`${i > 0 ? ' · ' : ''}${m === shown ? html`<strong>${monthName(m)}: ${n}</strong>` : html`<a href="${link(m)}">${monthName(m)}: ${n}</a>`}`)}</p></nav>`
      : '';
  // A year with no calendar file goes first, as in `srok plan`; the other remarks stay at the end.
  const calendar = plan.warnings.filter((w) => w.code === 'calendar_year_missing');
  const remarks = plan.warnings.filter((w) => w.code !== 'calendar_year_missing');
  const body = html`<h1>${title}</h1>
${calendar.map((w) => html`<p class="card soon"><strong>Внимание:</strong> ${w.message} Такие письма помечены «без календаря».</p>`)}
<p class="muted">С ${localMoment(timeline.now, zone)} по ${localMoment(timeline.until, zone)} (${zone}); ничего не отправляется. Писем в плане: ${plan.steps.length}. <a href="/protocols/${pathPart(stored.key)}">К протоколу</a></p>
${options.budget ? budgetSection(options.budget) : ''}
${nav}
<section>
${shown !== '' ? html`<h2>${monthName(shown)}: ${steps.length}</h2>` : ''}
<table class="stack">
<thead><tr><th>Когда</th><th>П.</th><th>Письмо</th><th>Кому</th><th>Срок</th></tr></thead>
<tbody>
${steps.map(
  (s) => html`<tr><td>${s.localAt}</td><td>${s.item ?? '—'}</td><td>${kindWords(s)}</td><td>${s.part?.name ?? ''}<div class="muted">${[...s.recipients.to, ...s.recipients.cc.map((c) => `копия ${c}`)].join(', ')}</div></td><td>${s.occurrence ? ruDate(s.occurrence.deadline) : '—'}${s.calendar === 'fallback' ? html`<div class="muted">без календаря</div>` : ''}</td></tr>`,
)}
</tbody>
</table>
${plan.steps.length === 0 ? html`<p>Больше писем не запланировано.</p>` : steps.length === 0 ? html`<p>В этом месяце писем не запланировано.</p>` : ''}
</section>
${remarks.length > 0 ? html`<section><h2>Замечания</h2><ul>${remarks.map((w) => html`<li>${w.line !== null ? `строка ${w.line}: ` : ''}${w.message}</li>`)}</ul></section>` : ''}`;
  return page(title, body);
}

function kindWords(step: PlannedStep): string {
  return `${STEP_KIND_RU[step.kind] ?? step.kind}${step.kind === 'escalation' ? ` ${step.index}` : ''}`;
}

/** What the plan costs its readers: mails a week per recipient and the busiest recipient-days (as `srok plan --stats`). */
function budgetSection(b: MailStats): Html | '' {
  if (b.mails === 0) return '';
  const heaviest = [...b.perWeek].sort((x, y) => y.most - x.most || y.mails - x.mails).slice(0, 5);
  return html`<details class="card"><summary>Нагрузка на адресатов: ${countOf(b.mails, MAILS)} ${countOf(b.recipients, RECIPIENTS).replace(/^(\d+) /u, 'для $1 ')}, не больше ${countOf(b.mostPerDay, MAILS)} одному адресату в день</summary>
<table class="stack"><thead><tr><th>Адресат</th><th>Писем всего</th><th>В неделю, в среднем</th><th>В неделю, больше всего</th></tr></thead>
<tbody>${heaviest.map((r) => html`<tr><td>${r.recipient}</td><td>${r.mails}</td><td>${r.average.toFixed(1).replace('.', ',')}</td><td>${r.most}</td></tr>`)}</tbody></table>
<p class="muted">Самые загруженные дни: ${b.busiest.map((d, i) => html`${i > 0 ? '; ' : ''}${ruDate(d.day)} — ${d.recipient}, ${countOf(d.mails, MAILS)}`)}</p>
</details>`;
}
