import { localDay, localTime } from '../../calendar/index.js';
import type { ProtocolHeader } from '../../domain.js';
import { daysPhrase } from '../../mail/view.js';
import { ruDate } from '../../plan/subject.js';
import { deadlineWords } from '../../report/csv.js';
import type { ReportRow } from '../../report/types.js';
import { html, type Html } from '../html.js';

/**
 * The Russian words the pages share. How a deadline stands is said in the mails' own
 * words («просрочено на 3 рабочих дня»), so a page and a reminder never disagree.
 */
export function stateBadge(row: ReportRow): Html {
  switch (row.state) {
    case 'done':
      return html`<span class="badge done">исполнено${row.closure ? ` ${ruDate(row.closure.at.slice(0, 10))}` : ''}</span>`;
    case 'closed':
      return html`<span class="badge closed">снято с контроля</span>`;
    case 'cancelled':
      return html`<span class="badge cancelled">отменено</span>`;
    case 'open': {
      if (row.occurrence === null || row.daysLeft === null) return html`<span class="badge open">${deadlineWords(row)}</span>`;
      const words = `${daysPhrase(row.daysLeft, row.optional)}${row.optional ? ' (при наличии)' : ''}`;
      const kind = row.overdue ? 'overdue' : row.daysLeft <= 3 ? 'soon' : 'open';
      return html`<span class="badge ${kind}">${words}</span>`;
    }
  }
}

export function deadlineText(row: ReportRow): string {
  const o = row.occurrence;
  if (o === null) return deadlineWords(row);
  const postponed = o.postponedTo !== null ? ` (перенесён с ${ruDate(o.due)})` : '';
  return `срок ${ruDate(o.deadline)}${postponed}${o.label ? ` ${o.label}` : ''}`;
}

/** «Протокол № 4/2019 от 30.10.2019». */
export function actTitle(header: Pick<ProtocolHeader, 'number' | 'date'> & { kind?: ProtocolHeader['kind'] }): string {
  const kind = header.kind === 'letter' ? 'Письмо' : header.kind === undefined || header.kind === 'protocol' ? 'Протокол' : 'Документ';
  return [kind, header.number !== null ? `№ ${header.number}` : null, header.date !== null ? `от ${ruDate(header.date)}` : null].filter(Boolean).join(' ');
}

/** An instant as «22.11.2019 10:00» in the office zone. */
export function localMoment(iso: string | Date, zone: string): string {
  const instant = typeof iso === 'string' ? new Date(iso) : iso;
  return `${ruDate(localDay(instant, zone))} ${localTime(instant, zone)}`;
}

export const STEP_KIND_RU: Record<string, string> = {
  reminder: 'напоминание',
  overdue: 'уведомление о просрочке',
  escalation: 'эскалация',
  status: 'запрос статуса',
  summary: 'сводка',
  operator: 'оператору',
};
