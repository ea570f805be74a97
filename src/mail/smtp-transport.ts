import nodemailer from 'nodemailer';
import { DeliveryError } from './delivery-error.js';
import { messageOptions } from './nodemailer-message.js';
import { deliveryError, kindOfReply } from './smtp-failure.js';
import type { MailTransport, SendResult } from './transport.js';

export interface SmtpOptions {
  /** SROK_SMTP_URL: 'smtp://host:587', 'smtps://host:465'; passed in, never read from the environment here. */
  url: string;
  /** SROK_SMTP_USER / SROK_SMTP_PASSWORD; both or neither. */
  user?: string | null;
  password?: string | null;
  /** Parallel connections of the pool; 5 by default. */
  maxConnections?: number;
  /** How long to wait for the server before the send counts as transient failure; 30 s by default. */
  connectionTimeoutMs?: number;
}

/** Production delivery: a pool of SMTP connections, failures classified for the caller's retries. */
export function createSmtpTransport(options: SmtpOptions): MailTransport {
  if (!/^smtps?:\/\//i.test(options.url)) {
    throw new RangeError(`SMTP url ${JSON.stringify(redact(options.url))} must start with smtp:// or smtps://, e.g. smtp://mail.example.org:587`);
  }
  const user = options.user ?? null;
  const password = options.password ?? null;
  if ((user === null) !== (password === null)) {
    throw new RangeError('SMTP user and password come together: set both SROK_SMTP_USER and SROK_SMTP_PASSWORD, or neither');
  }
  const timeout = options.connectionTimeoutMs ?? 30_000;
  const pool = nodemailer.createTransport({
    pool: true,
    url: options.url,
    maxConnections: options.maxConnections ?? 5,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
    ...(user !== null && password !== null ? { auth: { user, pass: password } } : {}),
  });

  return {
    kind: 'smtp',
    async send(mail): Promise<SendResult> {
      try {
        const info = await pool.sendMail(messageOptions(mail));
        const refusals = info.rejectedErrors ?? [];
        return {
          response: info.response,
          accepted: info.accepted.map(String),
          rejected: info.rejected.map((address, index) => {
            const refusal = refusals[index] as { responseCode?: unknown; response?: unknown; message?: unknown } | undefined;
            const responseCode = typeof refusal?.responseCode === 'number' ? refusal.responseCode : null;
            const response = typeof refusal?.response === 'string' ? refusal.response : String(refusal?.message ?? '');
            return { address: String(address), responseCode, kind: kindOfReply(responseCode) ?? 'transient', response };
          }),
        };
      } catch (error) {
        throw deliveryError(mail.mailId, error);
      }
    },
    async verify() {
      try {
        await pool.verify();
      } catch (error) {
        throw deliveryError('(verify)', error);
      }
    },
    async close() {
      pool.close();
    },
  };
}

/** A URL for an error message, without a password written into it. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

