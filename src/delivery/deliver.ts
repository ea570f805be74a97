import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import { DeliveryError } from '../mail/index.js';
import type { MailTransport, RenderedMail } from '../mail/index.js';

/**
 * Send one rendered mail at most once. The send ledger is checked and written around
 * every send:
 *
 *   claim (pending → sending, with a lease) → transport.send → markSent
 *
 * A retried, stalled or duplicated job finds the mail `sent` (or `sending` under
 * someone else's live lease) and does not send it again. The only duplicate possible
 * is a mail in flight when a worker dies after the SMTP server accepted it and before
 * markSent: its lease expires, another worker sends it again — with the same
 * Message-ID, so mail clients and servers see the same message twice.
 */
export interface Ledger {
  claim(mailId: string, options: { owner: string; leaseMs: number; now: Date }): Promise<'claimed' | 'sent' | 'busy' | 'failed'>;
  markSent(mailId: string, options: { owner: string; messageId: string; now: Date }): Promise<unknown>;
  release(mailId: string, owner: string): Promise<unknown>;
  markFailed(mailId: string, options: { reason: string; permanent: true; now: Date }): Promise<unknown>;
}

export type DeliveryOutcome = 'sent' | 'already-sent' | 'failed';

/** Thrown when the mail is being sent by another worker right now: the job retries later. */
export class MailBusyError extends Error {
  override name = 'MailBusyError';
  constructor(readonly mailId: string) {
    super(`mail ${mailId} is being sent by another worker; retrying later`);
  }
}

export interface DeliverDeps {
  ledger: Ledger;
  transport: MailTransport;
  clock: Clock;
  log: Log;
  /** This worker's name in leases. */
  owner: string;
  leaseMs: number;
  onSent?: (mail: RenderedMail, ms: number) => void;
  onFailed?: (mail: RenderedMail, error: DeliveryError) => void;
  /** mail.allowDomains: recipients outside these domains are held, never sent to; [] or unset = any. */
  allowDomains?: readonly string[];
  /**
   * The ledger's answer to a claim of this mail by `owner`, made by the caller in the
   * round-trip that also read what the mail needed (see runStep); unset: deliver claims.
   */
  claimed?: 'claimed' | 'sent' | 'busy' | 'failed';
}

/** Splits recipients by mail.allowDomains: the ones that may get mail, and the ones held for the operator. */
export function holdOutsideDomains(mail: RenderedMail, allowDomains: readonly string[] | undefined): { mail: RenderedMail; held: string[] } {
  if (!allowDomains || allowDomains.length === 0) return { mail, held: [] };
  const allowed = (address: string) => allowDomains.includes(address.slice(address.lastIndexOf('@') + 1).trim().replace(/>$/, '').toLowerCase());
  const held = [...mail.to, ...mail.cc].filter((a) => !allowed(a));
  if (held.length === 0) return { mail, held };
  return { mail: { ...mail, to: mail.to.filter(allowed), cc: mail.cc.filter(allowed) }, held };
}

/** What deliverDeps() needs from a worker: the ledger, the transport and the config in force. */
export interface DeliverySource {
  ledger: Ledger;
  transport: MailTransport;
  clock: Clock;
  log: Log;
  owner: string;
  config: () => { settings: { mail: { allowDomains: readonly string[] }; schedule: { leaseSeconds: number } } };
  counters?: { sent(kind: string, recipients: readonly string[], ms: number): void; failed(kind: string): void };
}

/**
 * The delivery settings every kind of mail is sent with. The lease owner is unique per
 * delivery, so a job that stalled and runs again on the same worker while its first run
 * is still sending finds the mail busy instead of renewing the lease and sending it twice.
 */
/** Unique per process and per delivery: a random part drawn once, and a count (no random bytes per mail). */
const PROCESS_NONCE = randomBytes(6).toString('base64url');
let deliveries = 0;

export function deliverDeps(source: DeliverySource, kind: string): DeliverDeps {
  const settings = source.config().settings;
  const counters = source.counters;
  return {
    ledger: source.ledger,
    transport: source.transport,
    clock: source.clock,
    log: source.log,
    owner: `${source.owner}/${PROCESS_NONCE}.${(deliveries += 1).toString(36)}`,
    leaseMs: settings.schedule.leaseSeconds * 1000,
    allowDomains: settings.mail.allowDomains,
    ...(counters ? { onSent: (m: RenderedMail, ms: number) => counters.sent(kind, [...m.to, ...m.cc], ms), onFailed: () => counters.failed(kind) } : {}),
  };
}

export async function deliver(rendered: RenderedMail, deps: DeliverDeps): Promise<DeliveryOutcome> {
  const { ledger, clock, log, owner } = deps;
  // Addresses outside mail.allowDomains, from the directory or written in an item, get nothing:
  // the operator sees them in the log and, when no one is left, among the failed mails.
  const { mail, held } = holdOutsideDomains(rendered, deps.allowDomains);
  if (held.length > 0) {
    log.warn({ mail: mail.mailId, held, allowDomains: deps.allowDomains }, 'recipients outside mail.allowDomains held for the operator; not sent to them');
  }
  const claim = deps.claimed ?? (await ledger.claim(mail.mailId, { owner, leaseMs: deps.leaseMs, now: clock.now() }));
  if (claim === 'sent') return 'already-sent';
  if (claim === 'failed') return 'failed';
  if (claim === 'busy') throw new MailBusyError(mail.mailId);
  if (mail.to.length === 0 && mail.cc.length === 0) {
    const reason = `held: ${held.join(', ')} outside mail.allowDomains (${(deps.allowDomains ?? []).join(', ')}); add the domain in srok.yaml or correct the address`;
    await ledger.markFailed(mail.mailId, { reason, permanent: true, now: clock.now() });
    log.error({ mail: mail.mailId, held }, 'mail held: every recipient is outside mail.allowDomains');
    return 'failed';
  }
  const started = process.hrtime.bigint();
  try {
    const result = await deps.transport.send(mail);
    // Accepted for some recipients, refused for others: the mail counts as sent (a retry
    // would duplicate it for those who got it); the refusals are reported.
    if (result.rejected.length > 0) {
      log.warn({ mail: mail.mailId, rejected: result.rejected }, 'some recipients were refused');
    }
  } catch (e) {
    if (e instanceof DeliveryError && e.kind === 'permanent') {
      await ledger.markFailed(mail.mailId, { reason: e.message, permanent: true, now: clock.now() });
      log.error({ mail: mail.mailId, to: mail.to, code: e.responseCode, err: e.message }, 'mail refused for good; not retried');
      deps.onFailed?.(mail, e);
      return 'failed';
    }
    // Transient (4xx, connection): give the claim back so the retry can take it.
    await ledger.release(mail.mailId, owner);
    throw e;
  }
  await ledger.markSent(mail.mailId, { owner, messageId: mail.messageId, now: clock.now() });
  deps.onSent?.(mail, Number(process.hrtime.bigint() - started) / 1e6);
  return 'sent';
}
