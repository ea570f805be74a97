import { DeliveryError } from './delivery-error.js';

/**
 * What a failed send means for its retry. SMTP says it in the first digit of the reply:
 * 5xx will fail again, 4xx may not. Without a reply (refused, reset, timed out, DNS)
 * nothing was decided about the mail itself, so it is retried.
 */

interface SmtpErrorLike {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
  rejectedErrors?: unknown;
}

/** Errors nodemailer raises for the message itself: it will fail the same way every time. */
const PERMANENT_CODES: ReadonlySet<string> = new Set(['EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS', 'EFILEACCESS', 'EURLACCESS']);

export function kindOfReply(responseCode: number | null): 'permanent' | 'transient' | null {
  if (responseCode === null) return null;
  if (responseCode >= 500 && responseCode < 600) return 'permanent';
  if (responseCode >= 400 && responseCode < 500) return 'transient';
  return null;
}

export function deliveryError(mailId: string, error: unknown): DeliveryError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpErrorLike;
  const code = typeof e.code === 'string' ? e.code : null;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const reason = typeof e.response === 'string' ? e.response : typeof e.message === 'string' ? e.message : String(error);

  // Every recipient refused: retry if any refusal was temporary, since nobody has the mail yet.
  const refusals = Array.isArray(e.rejectedErrors) ? (e.rejectedErrors as SmtpErrorLike[]) : [];
  if (refusals.length > 0) {
    const codes = refusals.map((r) => (typeof r.responseCode === 'number' ? r.responseCode : null));
    const anyTransient = codes.some((c) => kindOfReply(c) !== 'permanent');
    const shown = refusals.map((r) => (typeof r.response === 'string' ? r.response : String(r.message ?? ''))).join('; ');
    return new DeliveryError(mailId, anyTransient ? 'transient' : 'permanent', codes.find((c) => c !== null) ?? responseCode, code, shown || reason, { cause: error });
  }

  const byReply = code === 'EAUTH' ? null : kindOfReply(responseCode);
  // A refused login is the operator's settings, not the mail: retrying succeeds once they are fixed.
  const kind = byReply ?? (code !== null && PERMANENT_CODES.has(code) && responseCode === null ? 'permanent' : 'transient');
  return new DeliveryError(mailId, kind, responseCode, code, reason, { cause: error });
}
