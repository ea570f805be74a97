import type { PostponementRequest } from '../../follow-up/requests.js';
import { ruDate } from '../../plan/subject.js';
import { hiddenFields, postForm } from '../forms.js';
import { html, pathPart, type Html } from '../html.js';
import { page } from './layout.js';
import { localMoment } from './words.js';

/**
 * The forms of the web pages and the pages that answer them. Who sees which form:
 * an operator marks a part-occurrence done, postpones or cancels it; an operator or the
 * controller of the protocol accepts or refuses a postponement request.
 */
export interface Viewer {
  role: 'operator' | 'read' | 'controller';
  /** The CSRF token of this page's forms (forms.ts). */
  csrf: string;
}

export interface RowTarget {
  protocolKey: string;
  item: string | null;
  /** The part key. */
  part: string;
  occurrence: string | null;
  /** Whether the row has a deadline that can be moved. */
  dated: boolean;
}

/** Done / postpone / cancel of one part-occurrence, folded under «Действия». */
export function operatorForms(target: RowTarget, csrf: string): Html {
  const base = `/protocols/${pathPart(target.protocolKey)}`;
  const fields = hiddenFields({ item: target.item ?? '', executor: target.part, occurrence: target.occurrence });
  const id = `${target.item ?? '-'}-${target.part}-${target.occurrence ?? '-'}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return html`<details class="actions"><summary>Действия</summary>
${postForm({ action: `${base}/done`, csrf, submit: 'Исполнено', className: 'act-done', fields: html`${fields}<label for="d-${id}">Комментарий (необязательно)</label><input id="d-${id}" name="reason" maxlength="2000">` })}
${
  target.dated
    ? postForm({
        action: `${base}/postpone`,
        csrf,
        submit: 'Перенести срок',
        className: 'act-postpone',
        fields: html`${fields}<label for="p-${id}">Новый срок</label><input id="p-${id}" name="to" type="date" required><label for="pr-${id}">Основание</label><input id="pr-${id}" name="reason" required maxlength="2000" placeholder="например, письмо от 20.11.2019 № 15-01">`,
      })
    : ''
}
${postForm({ action: `${base}/cancel`, csrf, submit: 'Снять с контроля', className: 'act-cancel', fields: html`${fields}<label for="c-${id}">Причина</label><input id="c-${id}" name="reason" required maxlength="2000">` })}
</details>`;
}

/** A protocol's postponement requests: the open ones with «Согласовать» / «Отказать» for those who may decide, then the decided ones. */
export function requestsSection(requests: readonly PostponementRequest[], viewer: Viewer | null, zone: string): Html {
  if (requests.length === 0) return html``;
  const open = requests.filter((r) => r.status === 'open');
  const decided = requests.filter((r) => r.status !== 'open');
  const decides = viewer !== null && (viewer.role === 'operator' || viewer.role === 'controller');
  return html`<section class="requests">
<h2>Запросы на перенос срока</h2>
<ul class="rows">
${open.map(
  (r) => html`<li class="request" data-request="${r.id}" data-status="open">
${requestSummary(r, zone)}
${
  decides && viewer
    ? html`<div class="decide">${decideForms(r, viewer.csrf)}</div>`
    : html`<p class="muted">Ждёт решения контролёра.</p>`
}
</li>`,
)}
${decided.map((r) => html`<li class="request" data-request="${r.id}" data-status="${r.status}">${requestSummary(r, zone)}<p class="outcome">${decisionText(r, zone)}</p></li>`)}
</ul>
</section>`;
}

function decideForms(r: PostponementRequest, csrf: string): Html {
  const action = `/requests/${pathPart(r.id)}`;
  return html`${postForm({
    action: `${action}/accept`,
    csrf,
    submit: 'Согласовать',
    className: 'accept',
    fields: html`<label for="a-${r.id}">Новый срок</label><input id="a-${r.id}" name="to" type="date" required value="${r.to ?? ''}"><label for="ar-${r.id}">Комментарий (необязательно)</label><input id="ar-${r.id}" name="reason" maxlength="2000">`,
  })}
${postForm({ action: `${action}/refuse`, csrf, submit: 'Отказать', className: 'refuse', fields: html`<label for="r-${r.id}">Причина отказа</label><input id="r-${r.id}" name="reason" maxlength="2000">` })}`;
}

export function requestSummary(r: PostponementRequest, zone: string): Html {
  return html`<p><strong>Запрос № ${r.id}</strong>: ${r.partName} просит перенести срок по п. ${r.item ?? '—'} с ${ruDate(r.currentDue)} ${r.to ? `на ${ruDate(r.to)}` : '(новую дату не назвал)'}.</p>
<p class="muted">Причина: ${r.reason ?? 'не указана'} · ${localMoment(r.requestedAt, zone)}, ${r.requestedBy}</p>`;
}

export function decisionText(r: PostponementRequest, zone: string): string {
  const when = r.decidedAt ? localMoment(r.decidedAt, zone) : '';
  const why = r.decisionReason ? ` («${r.decisionReason}»)` : '';
  if (r.status === 'accepted') return `Согласовано: новый срок ${r.decidedTo ? ruDate(r.decidedTo) : '—'}; ${when}, ${r.decidedBy ?? ''}${why}.`;
  if (r.status === 'refused') return `Отказано: срок остаётся ${ruDate(r.currentDue)}; ${when}, ${r.decidedBy ?? ''}${why}.`;
  return 'Ждёт решения контролёра.';
}

/** What a page's form did, with the way back. */
export function outcomePage(title: string, text: string, back: { href: string; label: string }): string {
  return page(title, html`<h1>${title}</h1><section><p class="outcome">${text}</p></section><p><a href="${back.href}">${back.label}</a></p>`);
}
