import type { LinkClaims, LinkRefusal } from '../../follow-up/links.js';
import type { PostponementRequest } from '../../follow-up/requests.js';
import { decisionText, requestSummary } from './action-pages.js';
import { ruDate } from '../../plan/subject.js';
import { html, pathPart, type Html } from '../html.js';
import { page } from './layout.js';

/**
 * The pages of a one-click link. The GET shows what the link is about and a form; only
 * the form's POST changes anything, so a mail scanner that opens the link does nothing.
 */
export interface LinkSubject {
  claims: LinkClaims;
  /** «Протокол № 4/2019 от 30.10.2019». */
  act: string;
  body: string | null;
  itemText: string | null;
  partName: string;
  /** The deadline in force. */
  deadline: string | null;
}

export function confirmPage(token: string, subject: LinkSubject, problem: string | null = null, form: { to?: string; reason?: string } = {}): string {
  const done = subject.claims.action === 'done';
  const title = done ? 'Отметить исполнение' : 'Просьба перенести срок';
  const body = html`<h1>${title}</h1>
${about(subject)}
${problem ? html`<section class="error"><p>${problem}</p></section>` : ''}
<form method="post" action="/l/${pathPart(token)}">
<input type="hidden" name="action" value="${subject.claims.action}">
${
  done
    ? html`<label for="reason">Комментарий (необязательно)</label><textarea id="reason" name="reason" rows="3" maxlength="2000" placeholder="например, номер и дата письма с отчётом">${form.reason ?? ''}</textarea>
<button type="submit">Подтвердить: исполнено</button>`
    : html`<label for="to">Новый срок</label><input id="to" name="to" type="date" required value="${form.to ?? ''}">
<label for="reason">Причина</label><textarea id="reason" name="reason" rows="4" maxlength="2000" required>${form.reason ?? ''}</textarea>
<p class="muted">Срок не изменится сам: запрос уйдёт контролёру, он согласует или откажет.</p>
<button type="submit">Отправить запрос контролёру</button>`
}
</form>`;
  return page(title, body, { nav: false });
}

/** The confirmation page of a controller's «Согласовать» / «Отказать» link. */
export function decisionConfirmPage(token: string, subject: LinkSubject, request: PostponementRequest, zone: string, problem: string | null = null, form: { to?: string; reason?: string } = {}): string {
  const accept = subject.claims.action === 'accept';
  const title = accept ? 'Согласовать перенос срока' : 'Отказать в переносе срока';
  const body = html`<h1>${title}</h1>
${about(subject)}
<section class="request" data-request="${request.id}">${requestSummary(request, zone)}</section>
${problem ? html`<section class="error"><p>${problem}</p></section>` : ''}
<form method="post" action="/l/${pathPart(token)}">
<input type="hidden" name="action" value="${subject.claims.action}">
${
  accept
    ? html`<label for="to">Новый срок</label><input id="to" name="to" type="date" required value="${form.to ?? request.to ?? ''}">
<label for="reason">Комментарий (необязательно)</label><textarea id="reason" name="reason" rows="3" maxlength="2000">${form.reason ?? ''}</textarea>
<button type="submit">Согласовать перенос</button>`
    : html`<label for="reason">Причина отказа (необязательно)</label><textarea id="reason" name="reason" rows="3" maxlength="2000">${form.reason ?? ''}</textarea>
<p class="muted">Срок останется прежним: ${ruDate(request.currentDue)}.</p>
<button type="submit">Отказать в переносе</button>`
}
</form>`;
  return page(title, body, { nav: false });
}

/** What a controller's link did, or that the request had been decided before. */
export function decidedPage(subject: LinkSubject, request: PostponementRequest, zone: string, now: boolean): string {
  const title = now ? (request.status === 'accepted' ? 'Перенос согласован' : 'В переносе отказано') : 'Запрос уже решён';
  const text = now ? decisionText(request, zone) : `По этому запросу решение уже принято, повторно ничего не изменено. ${decisionText(request, zone)}`;
  return page(title, html`<h1>${title}</h1>${about(subject)}<section class="request" data-request="${request.id}">${requestSummary(request, zone)}<p class="outcome">${text}</p></section>`, { nav: false });
}

export function donePage(subject: LinkSubject, changed: boolean): string {
  const text = changed ? 'Отмечено: исполнено. Напоминаний по этому сроку больше не будет.' : 'Это поручение уже было отмечено исполненным или снято с контроля; ничего не изменилось.';
  return page('Исполнено', html`<h1>Спасибо</h1>${about(subject)}<section><p class="outcome">${text}</p></section>`, { nav: false });
}

export function requestedPage(subject: LinkSubject, request: { id: string; to: string | null }, created: boolean): string {
  const text = created
    ? `Запрос № ${request.id} на перенос срока${request.to ? ` на ${ruDate(request.to)}` : ''} передан контролёру. Срок не изменится, пока контролёр его не согласует.`
    : `Запрос № ${request.id} по этому сроку уже ждёт решения контролёра; новый не создан.`;
  return page('Запрос отправлен', html`<h1>Запрос отправлен</h1>${about(subject)}<section><p class="outcome">${text}</p></section>`, { nav: false });
}

const REFUSAL_TITLE: Record<LinkRefusal | 'not-found' | 'off', string> = {
  malformed: 'Ссылка повреждена',
  forged: 'Ссылка недействительна',
  expired: 'Срок действия ссылки истёк',
  used: 'Ссылка уже использована',
  'wrong-action': 'Ссылка не для этого действия',
  'not-found': 'Поручение не найдено',
  off: 'Ссылки выключены',
};

const REFUSAL_TEXT: Record<LinkRefusal | 'not-found' | 'off', string> = {
  malformed: 'Адрес ссылки обрезан или изменён. Откройте ссылку из письма ещё раз целиком.',
  forged: 'Эта ссылка выдана не srok: её подпись не совпадает. Ничего не изменено.',
  expired: 'Ссылки в письмах действуют ограниченное время. Воспользуйтесь ссылкой из более позднего письма или ответьте контролёру.',
  used: 'Каждая ссылка действует один раз, и эта уже использована. Повторно ничего не изменено.',
  'wrong-action': 'Форма была изменена. Откройте ссылку из письма ещё раз.',
  'not-found': 'Протокол, пункт или исполнитель, о которых эта ссылка, больше не хранятся. Ничего не изменено.',
  off: 'На этом сервере ссылки из писем не работают. Обратитесь к оператору srok.',
};

export const REFUSAL_STATUS: Record<LinkRefusal | 'not-found' | 'off', number> = {
  malformed: 400,
  forged: 403,
  expired: 410,
  used: 409,
  'wrong-action': 400,
  'not-found': 404,
  off: 404,
};

export function refusalPage(reason: LinkRefusal | 'not-found' | 'off', detail: string | null = null): string {
  const title = REFUSAL_TITLE[reason];
  return page(title, html`<h1>${title}</h1><section class="error"><p class="refusal" data-reason="${reason}">${REFUSAL_TEXT[reason]}</p>${detail ? html`<p class="muted">${detail}</p>` : ''}</section>`, { nav: false });
}

function about(subject: LinkSubject): Html {
  return html`<section>
<p><strong>${subject.act}</strong>, п. ${subject.claims.item ?? '—'}${subject.body ? html`<br><span class="muted">${subject.body}</span>` : ''}</p>
${subject.itemText ? html`<p>${subject.itemText}</p>` : ''}
<p>Исполнитель: ${subject.partName}${subject.deadline ? html`<br>Срок: ${ruDate(subject.deadline)}` : ''}</p>
</section>`;
}
