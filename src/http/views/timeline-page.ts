import type { PlannedStep } from '../../plan/index.js';
import { ruDate } from '../../plan/subject.js';
import { html, pathPart } from '../html.js';
import type { StoredTimeline } from '../timeline.js';
import { page } from './layout.js';
import { actTitle, localMoment, STEP_KIND_RU } from './words.js';

/** The future timeline of one protocol: every planned mail, when, to whom, about what. */
export function timelinePage(timeline: StoredTimeline, zone: string): string {
  const { stored, plan } = timeline;
  const title = `План писем: ${actTitle(stored.doc.protocol)}`;
  const body = html`<h1>${title}</h1>
<p class="muted">С ${localMoment(timeline.now, zone)} по ${localMoment(timeline.until, zone)} (${zone}); ничего не отправляется. Шагов: ${plan.steps.length}. <a href="/protocols/${pathPart(stored.key)}">К протоколу</a></p>
<section>
<table class="stack">
<thead><tr><th>Когда</th><th>П.</th><th>Письмо</th><th>Кому</th><th>Срок</th></tr></thead>
<tbody>
${plan.steps.map(
  (s) => html`<tr><td>${s.localAt}</td><td>${s.item ?? '—'}</td><td>${kindWords(s)}</td><td>${s.part?.name ?? ''}<div class="muted">${[...s.recipients.to, ...s.recipients.cc.map((c) => `копия ${c}`)].join(', ')}</div></td><td>${s.occurrence ? ruDate(s.occurrence.deadline) : '—'}</td></tr>`,
)}
</tbody>
</table>
${plan.steps.length === 0 ? html`<p>Больше писем не запланировано.</p>` : ''}
</section>
${plan.warnings.length > 0 ? html`<section><h2>Замечания</h2><ul>${plan.warnings.map((w) => html`<li>${w.line !== null ? `строка ${w.line}: ` : ''}${w.message}</li>`)}</ul></section>` : ''}`;
  return page(title, body);
}

function kindWords(step: PlannedStep): string {
  return `${STEP_KIND_RU[step.kind] ?? step.kind}${step.kind === 'escalation' ? ` ${step.index}` : ''}`;
}
