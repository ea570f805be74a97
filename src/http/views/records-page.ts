import type { ExecutorRecord, ReportRow } from '../../report/types.js';
import { html, pathPart } from '../html.js';
import { page } from './layout.js';
import { actTitle, deadlineText, localMoment, stateBadge } from './words.js';

/**
 * Executors' records of on-time completion, the weakest first; for one executor (or a
 * group) also what is open now.
 */
export function recordsPage(records: readonly ExecutorRecord[], now: Date, zone: string, focus: { name: string; open: readonly ReportRow[] } | null): string {
  const title = focus ? `Исполнитель: ${focus.name}` : 'Исполнение в срок';
  const body = html`<h1>${title}</h1>
<p class="muted">На ${localMoment(now, zone)} (${zone}). В срок / с опозданием: отмечено исполненным до или после окончания срока; снято — снято с контроля без признания исполненным.</p>
<section>
<table class="stack">
<thead><tr><th>Исполнитель</th><th>В срок</th><th>С опозданием</th><th>Просрочено</th><th>Снято</th><th>Доля в срок</th></tr></thead>
<tbody>
${records.map(
  (r) => html`<tr><td><a href="/executors/${pathPart(r.part.ref ?? r.part.key)}">${r.part.name}</a></td><td>в срок: ${r.onTime}</td><td>с опозданием: ${r.late}</td><td>просрочено: ${r.overdue}</td><td>снято: ${r.closed}</td><td>${r.rate === null ? '—' : `${Math.round(r.rate * 100)} %`}</td></tr>`,
)}
</tbody>
</table>
${records.length === 0 ? html`<p>Сроков, которые уже прошли, пока нет.</p>` : ''}
</section>
${
  focus
    ? html`<section><h2>Открытые поручения: ${focus.open.length}</h2><ul class="rows">${focus.open.map(
        (row) =>
          html`<li>${stateBadge(row)} <a href="/protocols/${pathPart(row.protocol.key)}">${actTitle(row.protocol)}</a>, п. ${row.item ?? '—'} — ${row.part.name}<div>${row.text}</div><div class="muted">${deadlineText(row)}</div></li>`,
      )}</ul></section>`
    : ''
}`;
  return page(title, body);
}
