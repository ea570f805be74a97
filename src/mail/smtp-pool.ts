import nodemailer from 'nodemailer';
import { messageOptions } from './nodemailer-message.js';
import { kindOfReply } from './smtp-failure.js';
import type { SendResult } from './transport.js';
import type { RenderedMail } from './types.js';

/** What a pool of SMTP connections is made with; checked by createSmtpTransport before any pool exists. */
export interface SmtpPoolOptions {
  url: string;
  user: string | null;
  password: string | null;
  maxConnections: number;
  connectionTimeoutMs: number;
}

/**
 * Pooled nodemailer: the message composed (MIME, base64, dot-stuffing) and written to
 * one of the pool's connections. The same code runs on the worker's thread (`threads: 0`)
 * and inside an SMTP thread (smtp-thread.ts), so both send the same bytes. `send` and
 * `verify` reject with nodemailer's own error; the caller classifies it (deliveryError).
 */
export interface SmtpPool {
  send(mail: RenderedMail): Promise<SendResult>;
  verify(): Promise<void>;
  close(): void;
}

export function createSmtpPool(options: SmtpPoolOptions): SmtpPool {
  const timeout = options.connectionTimeoutMs;
  const pool = nodemailer.createTransport({
    pool: true,
    url: options.url,
    maxConnections: options.maxConnections,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
    ...(options.user !== null && options.password !== null ? { auth: { user: options.user, pass: options.password } } : {}),
  });
  return {
    async send(mail) {
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
    },
    async verify() {
      await pool.verify();
    },
    close() {
      pool.close();
    },
  };
}
