import { itemSegment, safeSegment, trackName } from '../../plan/step-id.js';
import type { ReportRow } from '../../report/types.js';
import type { StoredProtocol, TrackNext } from '../../store/types.js';
import { html, pathPart, type Html } from '../html.js';
import type { ProtocolOverview } from '../protocol-overview.js';
import type { PostponementRequest } from '../../follow-up/requests.js';
import { historyWords } from '../../follow-up/show.js';
import { countOf, ENTRIES } from '../../mail/plural.js';
import type { AuditEntry } from '../../store/types.js';
import { operatorForms, requestsSection, type Viewer } from './action-pages.js';
import { page } from './layout.js';
import { countsLine } from './protocols-page.js';
import { actTitle, deadlineText, localMoment, stateBadge } from './words.js';

/** One protocol: each assignment's full text and every part-occurrence with its state and the next mail planned for it. */
/** `viewer`: who looks and the CSRF token of the forms; null shows no forms. `requests`: the protocol's postponement requests. */
export function protocolPage(
  stored: StoredProtocol,
  overview: ProtocolOverview | undefined,
  tracks: ReadonlyMap<string, TrackNext>,
  now: Date,
  zone: string,
  viewer: Viewer | null = null,
  requests: readonly PostponementRequest[] = [],
  history: readonly AuditEntry[] = [],
): string {
  const h = stored.doc.protocol;
  const lineOf = new Map(stored.doc.assignments.map((a) => [a.item, a.line]));
  const fullText = new Map(stored.doc.assignments.map((a) => [a.item, a.text]));
  const nextOf = (row: ReportRow): TrackNext | undefined => {
    if (row.occurrence === null) return undefined;
    return tracks.get(trackName(stored.key, itemSegment(row.item, lineOf.get(row.item) ?? 0), row.part.key, safeSegment(row.occurrence.key)));
  };
  const body = html`<h1>${actTitle(h)}</h1>
<p class="muted">${h.body ?? ''}${h.title ? ` — ${h.title}` : ''}</p>
<p>${overview ? countsLine(overview.counts) : ''} · <a href="/protocols/${pathPart(stored.key)}/timeline">план писем</a> · <span class="muted">на ${localMoment(now, zone)}</span></p>
${requestsSection(requests, viewer, zone)}
${(overview?.assignments ?? []).map(
  (a) => html`<section id="p-${a.item ?? ''}">
<h2>п. ${a.item ?? '—'}</h2>
<p>${fullText.get(a.item) ?? a.text}</p>
<p class="muted">${a.deadline.text || 'без срока'}${a.optional ? ' (при наличии)' : ''} · ${countsLine(a.counts)}</p>
<ul class="rows">${a.rows.map((row) => rowItem(row, nextOf(row), zone, viewer?.role === 'operator' ? viewer.csrf : null))}</ul>
</section>`,
)}
${historySection(history, zone)}`;
  return page(actTitle(h), body);
}

/** How many history entries the page shows, the latest first; `srok show` has them all. */
const HISTORY_SHOWN = 30;

function historySection(history: readonly AuditEntry[], zone: string): Html {
  if (history.length === 0) return html``;
  const latest = [...history].reverse().slice(0, HISTORY_SHOWN);
  return html`<section class="history">
<h2>История</h2>
<ul class="rows">${latest.map((e) => html`<li class="history-entry" data-action="${e.action}"><span class="muted">${localMoment(e.at, zone)} · ${e.actor}</span><br>${historyWords(e)}</li>`)}</ul>
${history.length > HISTORY_SHOWN ? html`<p class="muted">Показаны последние ${countOf(HISTORY_SHOWN, ENTRIES)}; вся история — srok show.</p>` : ''}
</section>`;
}

function rowItem(row: ReportRow, next: TrackNext | undefined, zone: string, csrf: string | null): Html {
  return html`<li class="part" data-part="${row.part.key}" data-occurrence="${row.occurrence?.key ?? ''}" data-state="${row.state}">
<div>${stateBadge(row)} <a href="/executors/${pathPart(row.part.ref ?? row.part.key)}">${row.part.name}</a>${row.part.role === 'co-executor' ? ' (соисполнитель)' : ''}</div>
<div class="muted">${deadlineText(row)}${row.closure && row.state !== 'open' ? ` · ${row.closure.by}${row.closure.reason ? ` («${row.closure.reason}»)` : ''}` : ''}</div>
${next ? html`<div class="muted next-step">следующее письмо: ${localMoment(next.at, zone)}</div>` : ''}
${csrf !== null && row.state === 'open' ? operatorForms({ protocolKey: row.protocol.key, item: row.item, part: row.part.key, occurrence: row.occurrence?.key ?? null, dated: row.occurrence !== null }, csrf) : ''}
</li>`;
}
