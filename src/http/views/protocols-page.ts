import { html, pathPart } from '../html.js';
import type { ProtocolOverview, StateCounts } from '../protocol-overview.js';
import { page } from './layout.js';
import { actTitle, localMoment } from './words.js';

/** The front page: every stored protocol and its assignments with how they stand, overdue first. */
/** `waiting`: the protocols that wait for review, shown to an operator with a link to their review; they are not followed yet. */
export function protocolsPage(protocols: readonly ProtocolOverview[], now: Date, zone: string, waiting: ReadonlyArray<{ key: string; title: string }> = []): string {
  const overdue = protocols.reduce((n, p) => n + p.counts.overdue, 0);
  const body = html`<h1>Протоколы и поручения</h1>
<p class="muted">На ${localMoment(now, zone)} (${zone}). ${overdue > 0 ? `Просрочено: ${overdue}.` : 'Просроченных нет.'}</p>
${
  waiting.length > 0
    ? html`<section class="waiting error"><h2>Ждут проверки: ${waiting.length}</h2><p class="muted">Письма по ним не отправляются, пока оператор их не проверит и не одобрит.</p>
<ul>${waiting.map((w) => html`<li><a href="/review/${pathPart(w.key)}">${w.title}</a></li>`)}</ul></section>`
    : ''
}
${protocols.length === 0 ? html`<section><p>Протоколов пока нет. Положите файл в папку входящих или выполните <code>srok import</code>.</p></section>` : ''}
${protocols.map(
  (p) => html`<section>
<h2><a href="/protocols/${pathPart(p.key)}">${actTitle(p)}</a></h2>
<p class="muted">${p.body ?? ''}${p.title ? ` — ${p.title}` : ''}</p>
<p>${countsLine(p.counts)} · <a href="/protocols/${pathPart(p.key)}/timeline">план писем</a></p>
<ul class="rows">
${p.assignments.map(
  (a) => html`<li><strong>п. ${a.item ?? '—'}</strong> ${a.counts.overdue > 0 ? html`<span class="badge overdue">просрочено: ${a.counts.overdue}</span>` : a.counts.open > 0 ? html`<span class="badge open">открыто: ${a.counts.open}</span>` : html`<span class="badge done">закрыто</span>`}
<div>${a.text}</div>
<div class="muted">${a.deadline.text || 'без срока'}${a.optional ? ' (при наличии)' : ''} · ${countsLine(a.counts)}</div></li>`,
)}
</ul>
</section>`,
)}`;
  return page('Протоколы', body);
}

export function countsLine(c: StateCounts): string {
  const parts = [`открыто ${c.open}`, c.overdue > 0 ? `из них просрочено ${c.overdue}` : null, c.done > 0 ? `исполнено ${c.done}` : null, c.closed > 0 ? `снято ${c.closed}` : null, c.cancelled > 0 ? `отменено ${c.cancelled}` : null];
  return parts.filter(Boolean).join(', ');
}
