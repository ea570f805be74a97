import { localDay } from '../calendar/index.js';
import type { SrokConfig } from '../config/types.js';
import { titleOf } from './title.js';
import { escapeHtml, headerText } from '../mail/escape.js';
import { messageIdOf } from '../mail/message-id.js';
import { countOf, plural, type PluralForms } from '../mail/plural.js';
import { senderHeader } from '../mail/sender.js';
import type { RenderedMail } from '../mail/types.js';
import { deliver, deliverDeps, type DeliveryOutcome } from '../delivery/deliver.js';
import type { DeliveryDeps } from '../delivery/deps.js';
import type { Store } from '../store/index.js';
import type { ParseWarning } from '../domain.js';

export const PROTOCOLS: PluralForms = ['протокол', 'протокола', 'протоколов'];
const WAITS: PluralForms = ['ждёт', 'ждут', 'ждут'];
const NOTES: PluralForms = ['замечание', 'замечания', 'замечаний'];

/** Where an operator reviews a protocol, when the web pages are reachable from mail. */
export function reviewUrl(config: SrokConfig, key: string): string | null {
  const base = config.settings.http.publicUrl;
  return base === null ? null : `${base.replace(/\/+$/, '')}/review/${encodeURIComponent(key)}`;
}

export interface WaitingProtocol {
  key: string;
  /** How an operator names it: its number, else its key. */
  ref: string;
  title: string;
  since: string;
  reasons: ParseWarning[];
  url: string | null;
}

/** What waits for review, oldest first, with why. */
export async function listWaitingProtocols(store: Store, config: SrokConfig): Promise<WaitingProtocol[]> {
  const waiting = await store.listWaiting();
  const out: WaitingProtocol[] = [];
  for (const w of waiting) {
    const [stored, review] = await Promise.all([store.getProtocol(w.key), store.getReview(w.key)]);
    if (!stored) continue;
    out.push({ key: w.key, ref: stored.doc.protocol.number ?? w.key, title: titleOf(stored.doc), since: new Date(w.since).toISOString(), reasons: review?.reasons ?? [], url: reviewUrl(config, w.key) });
  }
  return out;
}

function ruDay(iso: string, zone: string): string {
  const [y, m, d] = localDay(new Date(iso), zone).split('-');
  return `${d}.${m}.${y}`;
}

/** The operator's mail of one working day: every protocol that waits, why, and where to review it. */
export function waitingMail(waiting: readonly WaitingProtocol[], config: SrokConfig, day: string, now: Date): RenderedMail {
  const settings = config.settings;
  const zone = settings.timezone;
  const n = waiting.length;
  const subject = `srok: ${plural(n, WAITS)} проверки ${countOf(n, PROTOCOLS)}`;
  const text: string[] = ['Здравствуйте!', '', `Проверки оператором ${plural(n, WAITS)} ${countOf(n, PROTOCOLS)}; письма исполнителям по ним уйдут после одобрения.`, ''];
  const html: string[] = ['<p>Здравствуйте!</p>', `<p>${escapeHtml(text[2]!)}</p>`, '<ol>'];
  for (const [i, w] of waiting.entries()) {
    const head = `${w.title} — ждёт с ${ruDay(w.since, zone)}, ${countOf(w.reasons.length, NOTES)}`;
    text.push(`${i + 1}. ${head}`);
    html.push(`<li><p><b>${escapeHtml(w.title)}</b> — ждёт с ${escapeHtml(ruDay(w.since, zone))}, ${escapeHtml(countOf(w.reasons.length, NOTES))}</p><ul>`);
    for (const r of w.reasons.slice(0, 5)) {
      const line = `${r.line === null ? '' : `строка ${r.line}: `}${r.message}`;
      text.push(`   – ${line}`);
      html.push(`<li>${escapeHtml(line)}</li>`);
    }
    if (w.reasons.length > 5) {
      text.push(`   – и ещё ${countOf(w.reasons.length - 5, NOTES)}`);
      html.push(`<li>и ещё ${escapeHtml(countOf(w.reasons.length - 5, NOTES))}</li>`);
    }
    html.push('</ul>');
    const where = w.url !== null ? `Проверить: ${w.url}` : `Проверить: srok review ${w.ref}; одобрить: srok approve ${w.ref}`;
    text.push(`   ${where}`, '');
    html.push(w.url !== null ? `<p><a href="${escapeHtml(w.url)}">Проверить</a></p>` : `<p>${escapeHtml(where)}</p>`, '</li>');
  }
  html.push('</ol>', '<p style="color:#666">Это письмо отправлено автоматически, раз в рабочий день, пока есть что проверить.</p>');
  text.push('Это письмо отправлено автоматически, раз в рабочий день, пока есть что проверить.');
  const mailId = `review-waiting.${day}`;
  const domain = /@([^>\s]+)>?\s*$/.exec(settings.mail.from)?.[1] ?? 'srok.localhost';
  return {
    mailId,
    messageId: messageIdOf(mailId, domain),
    from: senderHeader(settings.mail.from),
    to: [settings.operator.email],
    cc: [],
    subject: headerText(subject),
    date: now.toISOString(),
    html: `<!doctype html><html><body>${html.join('\n')}</body></html>`,
    text: `${text.join('\n')}\n`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Srok-Kind': 'review-waiting', 'X-Srok-Mail-Id': mailId },
    icalEvent: null,
  };
}

export type WaitingRun = { outcome: 'not-working-day' | 'nothing-waits' } | { outcome: DeliveryOutcome; protocols: number; mailId: string };

/**
 * The `review-waiting` job: on a working day, one mail to the operator listing what
 * waits. Its id is the day's, so a rerun or a second worker finds it in the send ledger.
 */
export async function runReviewReminder(deps: DeliveryDeps): Promise<WaitingRun> {
  const config = deps.config();
  const now = deps.clock.now();
  const day = localDay(now, config.settings.timezone);
  if (!config.calendar.isWorkingDay(day)) return { outcome: 'not-working-day' };
  const waiting = await listWaitingProtocols(deps.store, config);
  if (waiting.length === 0) return { outcome: 'nothing-waits' };
  const mail = waitingMail(waiting, config, day, now);
  const outcome = await deliver(mail, deliverDeps(deps, 'review-waiting'));
  deps.log.info({ protocols: waiting.length, outcome }, 'operator told what waits for review');
  return { outcome, protocols: waiting.length, mailId: mail.mailId };
}
