import type { DirectoryEntry } from '../../config/schema.js';
import type { ParseWarning } from '../../domain.js';
import { describeChange, KIND_WORDS } from '../../corrections/corrections.js';
import { deadlineWords, type ReviewReport } from '../../review/show-review.js';
import type { WaitingProtocol } from '../../review/waiting-mail.js';
import { countOf, ASSIGNMENTS, type PluralForms } from '../../mail/plural.js';
import { hiddenFields, postForm } from '../forms.js';
import { escapeText, html, pathPart, raw, type Html } from '../html.js';
import { page } from './layout.js';

/**
 * The review page (operator role): the document's text beside what srok understood of
 * it — each assignment's executors, deadline, where the result goes and the addresses
 * highlighted in the text, the warnings at their lines — the plan of the protocol, and
 * the forms of the corrections and of the approval. No scripts: the directory is
 * searched with the browser's own list (datalist), each form posts on its own.
 */
const STYLE = raw(`<style>
.review{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem}
@media (max-width:60rem){.review{grid-template-columns:1fr}}
main{max-width:90rem}
ol.text{font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:.5rem .5rem .5rem 3.2rem;margin:0;white-space:pre-wrap}
ol.text li.taken{background:#f3f8ff}
ol.text li:target{outline:2px solid #24384f}
mark{padding:0 .1rem;border-radius:3px}
mark.executor{background:#dcecff}
mark.unmatched{background:#ffd9d6}
mark.deadline{background:#fff1b8}
mark.sendto{background:#e3f5e1}
mark.email{background:#eadcff}
.warn{display:block;font:13px/1.4 system-ui,sans-serif;background:#fff5f4;border-left:3px solid #c0392b;padding:.1rem .4rem;margin:.15rem 0;white-space:normal}
.legend mark{margin-right:.4rem}
.assignment{border-left:4px solid #24384f}
.assignment.attention{border-left-color:#c0392b}
.fixes details{margin:.3rem 0}
.fixes summary{cursor:pointer;color:#24384f;font-weight:600}
.fixes form{border-top:1px dashed #dde2e8;margin-top:.4rem;padding-top:.2rem}
.fixes button{margin-top:.5rem;padding:.4rem .9rem}
label.check{display:flex;gap:.4rem;align-items:center;font-weight:400}
label.check input{width:auto}
select{font:inherit;padding:.4rem;width:100%}
.ok{background:#def5e4;border-color:#9fd3ae}
.stale{color:#8a1c17}
.approve button{background:#1d5e30;font-size:1.1rem}
</style>`);

const NOTES: PluralForms = ['замечание', 'замечания', 'замечаний'];
const STEP_KIND: Record<string, string> = { reminder: 'напоминание', overdue: 'просрочка', escalation: 'эскалация', status: 'запрос статуса', summary: 'сводка', operator: 'оператору' };

function ruDay(iso: string): string {
  return iso.slice(0, 10).split('-').reverse().join('.');
}

export function reviewListPage(waiting: readonly WaitingProtocol[]): string {
  const body = html`<h1>Проверка протоколов</h1>
${waiting.length === 0 ? html`<section><p>Проверки ничего не ждёт.</p></section>` : ''}
<ul class="rows">
${waiting.map(
  (w) => html`<li class="card"><a href="/review/${pathPart(w.key)}"><b>${w.title}</b></a>
<div class="muted">ждёт с ${ruDay(w.since)}, ${countOf(w.reasons.length, NOTES)}</div>
<ul>${w.reasons.slice(0, 5).map((r) => html`<li>${r.line === null ? '' : `строка ${r.line}: `}${r.message}</li>`)}</ul></li>`,
)}
</ul>`;
  return page('Проверка протоколов', html`${STYLE}${body}`);
}

interface Mark {
  text: string;
  cls: string;
  title: string;
}

/** A line with each mark's first occurrence highlighted (no overlaps), escaped. */
function markLine(line: string, marks: readonly Mark[]): Html {
  const ranges: Array<{ from: number; to: number; mark: Mark }> = [];
  for (const mark of marks) {
    if (mark.text.trim().length < 3) continue;
    let at = line.indexOf(mark.text);
    // An executor phrase may wrap onto the next line: its longest start on this line is marked.
    if (at < 0 && mark.text.length > 20) {
      const head = mark.text.slice(0, 20);
      at = line.indexOf(head);
      if (at >= 0) {
        ranges.push({ from: at, to: Math.min(line.length, at + mark.text.length), mark });
        continue;
      }
    }
    if (at < 0) continue;
    const to = at + mark.text.length;
    if (ranges.some((r) => at < r.to && to > r.from)) continue;
    ranges.push({ from: at, to, mark });
  }
  ranges.sort((a, b) => a.from - b.from);
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    if (r.from < pos) continue;
    out += escapeText(line.slice(pos, r.from));
    out += `<mark class="${r.mark.cls}" title="${escapeText(r.mark.title)}">${escapeText(line.slice(r.from, r.to))}</mark>`;
    pos = r.to;
  }
  out += escapeText(line.slice(pos));
  return raw(out);
}

export interface ReviewPageInput {
  report: ReviewReport;
  entries: readonly DirectoryEntry[];
  csrf: string;
  /** What the last form did (after a redirect). */
  message: string | null;
  zone: string;
}

export function reviewPage(input: ReviewPageInput): string {
  const { report: r, csrf } = input;
  const base = `/review/${pathPart(r.key)}`;
  const lines = r.lines ?? [];
  const nextItemLine = (line: number) => Math.min(...r.items.map((i) => i.line).filter((l) => l > line), lines.length + 1);
  // Marks per line: each assignment's executors, deadline, where the result goes, addresses.
  const marksAt = new Map<number, Mark[]>();
  const taken = new Set<number>();
  for (const a of r.assignments) {
    const marks: Mark[] = [
      ...a.executors.map((e) => ({ text: e.text, cls: e.matched ? 'executor' : 'unmatched', title: e.matched ? `исполнитель: ${e.name}` : `исполнителя нет в справочнике: ${e.name}` })),
      ...(a.deadline.text ? [{ text: a.deadline.text, cls: 'deadline', title: `срок: ${deadlineWords(a.deadline)}` }] : []),
      ...a.sendTo.map((t) => ({ text: t, cls: 'sendto', title: 'куда направить результат' })),
      ...a.emails.map((m) => ({ text: m, cls: 'email', title: 'адрес электронной почты' })),
    ];
    for (let line = a.line; line < nextItemLine(a.line); line += 1) {
      marksAt.set(line, [...(marksAt.get(line) ?? []), ...marks]);
      taken.add(line);
    }
  }
  const warningsAt = new Map<number, ParseWarning[]>();
  const general: ParseWarning[] = [];
  for (const w of r.warnings) {
    if (w.line === null) general.push(w);
    else warningsAt.set(w.line, [...(warningsAt.get(w.line) ?? []), w]);
  }

  const text = html`<section class="document"><h2>Текст документа</h2>
<p class="legend muted"><mark class="executor">исполнитель</mark><mark class="unmatched">нет в справочнике</mark><mark class="deadline">срок</mark><mark class="sendto">куда направить</mark><mark class="email">адрес</mark></p>
${
  lines.length === 0
    ? html`<p class="muted">Текст документа не сохранён (импортирован раньше, чем srok стал его хранить): импортируйте файл ещё раз.</p>`
    : html`<ol class="text">${lines.map(
        (line, i) =>
          html`<li id="L${i + 1}"${taken.has(i + 1) ? raw(' class="taken"') : ''}>${markLine(line, marksAt.get(i + 1) ?? [])}${(warningsAt.get(i + 1) ?? []).map((w) => html`<span class="warn" data-code="${String(w.code)}">⚠ ${w.message}</span>`)}</li>`,
      )}</ol>`
}
</section>`;

  const datalist = html`<datalist id="directory">${input.entries.map((e) => html`<option value="${e.id}">${e.name}${e.emails.length > 0 ? ` <${e.emails.join(', ')}>` : ''}</option>`)}</datalist>`;

  const assignmentCard = (a: ReviewReport['assignments'][number]) => {
    const ref = a.item ?? '';
    const id = (a.item ?? `L${a.line}`).replace(/[^A-Za-z0-9_-]/g, '_');
    const target = hiddenFields({ item: a.item, line: a.item === null ? String(a.line) : null });
    const attention = a.executors.some((e) => !e.matched) || a.executors.length === 0 || !['date', 'recurring', 'relative', 'period', 'continuous'].includes(a.deadline.kind);
    const unmatched = a.executors.filter((e) => !e.matched);
    return html`<section class="card assignment${attention ? ' attention' : ''}" id="a-${id}" data-item="${ref}">
<h3>п. ${a.item ?? '—'} <a class="muted" href="#L${a.line}">строка ${a.line}</a>${a.recommendation ? html` <span class="badge open">рекомендация</span>` : ''}</h3>
<p>${a.text.length > 400 ? `${a.text.slice(0, 400)}…` : a.text}</p>
<ul>
${a.executors.map((e) => html`<li class="executor" data-matched="${e.matched ? 'yes' : 'no'}">Исполнитель: <b>${e.name}</b> ${e.matched ? html`<span class="muted">[${e.ref ?? ''}] → ${e.emails.join(', ')}</span>` : html`<span class="badge overdue">нет в справочнике — письма оператору</span>`}</li>`)}
${a.executors.length === 0 ? html`<li class="executor" data-matched="no">Исполнитель не назван — письма оператору</li>` : ''}
<li class="deadline" data-kind="${a.deadline.kind}">Срок: <b>${deadlineWords(a.deadline)}</b></li>
${a.sendTo.length > 0 ? html`<li>Результат направить: ${a.sendTo.join('; ')}</li>` : ''}
${a.emails.length > 0 ? html`<li>Адреса: ${a.emails.join(', ')}</li>` : ''}
</ul>
<div class="fixes">
<details${unmatched.length > 0 ? raw(' open') : ''} class="fix-executor"><summary>Исполнитель</summary>
${postForm({
  action: `${base}/fix`,
  csrf,
  submit: 'Направить',
  className: 'route',
  fields: html`${target}${hiddenFields({ what: 'executor' })}
<label for="ph-${id}">Кого</label><select id="ph-${id}" name="phrase">${a.executors.map((e) => html`<option value="${e.text}"${!e.matched ? raw(' selected') : ''}>${e.name}</option>`)}${a.executors.length === 0 ? html`<option value="">(исполнитель не назван)</option>` : ''}</select>
<label for="en-${id}">Запись справочника (начните вводить название или id)</label><input id="en-${id}" name="entry" list="directory" required autocomplete="off">
<label class="check"><input type="checkbox" name="remember" value="1"> запомнить: впредь направлять эту фразу сюда же</label>`,
})}
<p class="muted">или создайте новую запись справочника:</p>
${postForm({
  action: `${base}/fix`,
  csrf,
  submit: 'Создать запись и направить',
  className: 'create',
  fields: html`${target}${hiddenFields({ what: 'executor', entry: 'new' })}
<label for="cp-${id}">Кого</label><select id="cp-${id}" name="phrase">${a.executors.map((e) => html`<option value="${e.text}"${!e.matched ? raw(' selected') : ''}>${e.name}</option>`)}${a.executors.length === 0 ? html`<option value="">(исполнитель не назван)</option>` : ''}</select>
<label for="cn-${id}">Название (именительный падеж)</label><input id="cn-${id}" name="name" required value="${unmatched[0]?.name ?? ''}">
<label for="ce-${id}">Адрес электронной почты</label><input id="ce-${id}" name="email" type="email">
<label for="ch-${id}">Вышестоящая запись (id, необязательно)</label><input id="ch-${id}" name="head" list="directory" autocomplete="off">
<label class="check"><input type="checkbox" name="remember" value="1" checked> запомнить</label>`,
})}
</details>
<details${['date', 'recurring', 'relative', 'period', 'continuous'].includes(a.deadline.kind) ? '' : raw(' open')} class="fix-deadline"><summary>Срок</summary>
${postForm({
  action: `${base}/fix`,
  csrf,
  submit: 'Установить срок',
  className: 'deadline',
  fields: html`${target}${hiddenFields({ what: 'deadline' })}
<label for="dt-${id}">Словами, как в протоколе</label><input id="dt-${id}" name="text" placeholder="до 15 мая 2026 года; ежеквартально до 5 числа месяца, следующего за отчетным">
<label for="dd-${id}">или датой</label><input id="dd-${id}" name="date" type="date">`,
})}
</details>
<details class="fix-kind"><summary>Вид пункта</summary>
${postForm({ action: `${base}/fix`, csrf, submit: 'Не поручение', className: 'not-assignment', fields: html`${target}${hiddenFields({ what: 'not-assignment' })}` })}
${kindForm(base, csrf, target, id, 'assignment')}
${postForm({
  action: `${base}/fix`,
  csrf,
  submit: a.recommendation ? 'Это не рекомендация' : 'Это рекомендация',
  className: 'recommendation',
  fields: html`${target}${hiddenFields({ what: 'recommendation', value: a.recommendation ? 'no' : 'yes' })}`,
})}
</details>
</div>
</section>`;
  };

  const others = r.items.filter((i) => i.kind !== 'assignment' && i.kind !== 'question' && !r.assignments.some((a) => a.item !== null && a.item === i.item));
  const otherItems = html`<section class="others"><h2>Пункты, которые srok не счёл поручениями</h2>
${others.length === 0 ? html`<p class="muted">Таких нет.</p>` : ''}
<ul class="rows">${others.map((i) => {
    const id = (i.item ?? `L${i.line}`).replace(/[^A-Za-z0-9_-]/g, '_');
    const target = hiddenFields({ item: i.item, line: i.item === null ? String(i.line) : null });
    return html`<li class="other-item" data-item="${i.item ?? ''}">п. ${i.item ?? '—'} <a class="muted" href="#L${i.line}">строка ${i.line}</a> — <i>${KIND_WORDS[i.kind] ?? i.kind}</i>: ${i.text.length > 200 ? `${i.text.slice(0, 200)}…` : i.text}
<div class="fixes">${postForm({ action: `${base}/fix`, csrf, submit: 'Сделать поручением', className: 'make-assignment', fields: html`${target}${hiddenFields({ what: 'assignment' })}` })}
${kindForm(base, csrf, target, `o-${id}`, i.kind)}</div></li>`;
  })}</ul>
${postForm({
  action: `${base}/fix`,
  csrf,
  submit: 'Сделать поручением строку',
  className: 'line-assignment',
  fields: html`${hiddenFields({ what: 'assignment' })}<label for="line-n">Строка без номера пункта, которую srok не взял</label><input id="line-n" name="line" type="number" min="1" max="${String(Math.max(1, lines.length))}" required>`,
})}
</section>`;

  const corrections = html`<section class="corrections"><h2>Исправления</h2>
${r.corrections.length === 0 ? html`<p class="muted">Пока нет.</p>` : ''}
<ul class="rows">${r.corrections.map(
    (c) => html`<li${c.stale ? raw(' class="stale"') : ''}>${c.item !== null ? `п. ${c.item}` : `строка ${c.line}`}: ${describeChange(c.change)} <span class="muted">— ${c.by}, ${c.at.slice(0, 16).replace('T', ' ')}</span>${c.stale ? html`<br><b>не применено:</b> ${c.stale}` : ''}</li>`,
  )}</ul></section>`;

  const plan = html`<section class="plan"><h2>${r.waits ? 'План (письма уйдут после одобрения)' : 'План'}</h2>
${r.plan.length === 0 ? html`<p class="muted">План пуст.</p>` : ''}
<table class="stack"><thead><tr><th>Когда</th><th>Что</th><th>Пункт</th><th>Кому</th></tr></thead><tbody>
${r.plan.slice(0, 40).map((s) => html`<tr class="step" data-kind="${s.kind}" data-item="${s.item ?? ''}"><td>${s.localAt}</td><td>${STEP_KIND[s.kind] ?? s.kind}</td><td>${s.item ?? '—'}</td><td>${s.recipients.to.join(', ')}</td></tr>`)}
</tbody></table>${r.plan.length > 40 ? html`<p class="muted">… и ещё ${String(r.plan.length - 40)}</p>` : ''}</section>`;

  const state = r.waits
    ? html`<section class="state"><p><b>Ждёт проверки</b> с ${ruDay(r.review!.since)}: пока протокол не одобрен, письма не отправляются. ${r.warnings.length > 0 ? `${capital(countOf(r.warnings.length, NOTES))}.` : 'Замечаний не осталось.'}</p>
${postForm({ action: `${base}/approve`, csrf, submit: 'Одобрить и поставить в расписание', className: 'approve' })}</section>`
    : html`<section class="state ok"><p>${r.review?.state === 'approved' ? `Одобрен: ${r.review.by ?? '?'}, ${r.review.at?.slice(0, 16).replace('T', ' ') ?? ''}.` : 'Протокол не ждёт проверки.'} Исправления применяются сразу, план пересчитывается.</p></section>`;

  const body = html`${STYLE}<h1>${capital(r.title)}</h1>
<p class="muted">${r.key}, редакция ${String(r.version)}; ${countOf(r.assignments.length, ASSIGNMENTS)}. <a href="/protocols/${pathPart(r.key)}">Страница протокола</a> · <a href="/review">Все ждущие проверки</a></p>
${input.message !== null ? html`<section class="ok" id="message">${input.message}</section>` : ''}
${state}
${general.length > 0 ? html`<section class="error"><ul>${general.map((w) => html`<li>${w.message}</li>`)}</ul></section>` : ''}
${datalist}
<div class="review">
<div>${text}</div>
<div><h2>Что понял srok</h2>${r.assignments.map(assignmentCard)}${r.assignments.length === 0 ? html`<section><p>Поручений не найдено.</p></section>` : ''}
${otherItems}
${corrections}</div>
</div>
${plan}`;
  return page(`Проверка: ${capital(r.title)}`, body);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kindForm(base: string, csrf: string, target: Html, id: string, current: string): Html {
  const kinds = ['assignment', 'noted', 'closes', 'controller', 'other'];
  return postForm({
    action: `${base}/fix`,
    csrf,
    submit: 'Изменить вид',
    className: 'kind',
    fields: html`${target}${hiddenFields({ what: 'kind' })}<label for="k-${id}">Вид пункта</label><select id="k-${id}" name="kind">${kinds.map((k) => html`<option value="${k}"${k === current ? raw(' selected') : ''}>${KIND_WORDS[k] ?? k}</option>`)}</select>`,
  });
}
