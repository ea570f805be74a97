/**
 * A mail a transport could not hand over, with the kind that decides what happens next:
 *
 * - permanent: the server refused it for good (SMTP 5xx: no such mailbox, message
 *   rejected). Record it, tell the operator, never retry.
 * - transient: it may go through later (SMTP 4xx, connection refused, reset or timed
 *   out, authentication or TLS failure while the operator fixes the settings). The
 *   caller retries with backoff.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly mailId: string,
    readonly kind: 'permanent' | 'transient',
    /** The SMTP reply code (550, 451 …), null when no server answered. */
    readonly responseCode: number | null,
    /** Nodemailer's or the system's error code ('EENVELOPE', 'ECONNREFUSED' …), null when none. */
    readonly code: string | null,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`mail ${JSON.stringify(mailId)}: ${kind} delivery failure${responseCode === null ? '' : ` (${responseCode})`}: ${reason}`, options);
  }
}
