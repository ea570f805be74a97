import type { SmtpPoolOptions } from './smtp-pool.js';
import type { SendResult } from './transport.js';
import type { RenderedMail } from './types.js';

/**
 * What the worker's thread and an SMTP thread (smtp-thread.ts) say to each other. Every
 * message is plain data, copied between the threads (structured clone).
 */
export type ToSmtpThread = { op: 'send'; id: number; mail: RenderedMail } | { op: 'verify'; id: number } | { op: 'close' };

export type FromSmtpThread = { id: number; ok: true; result: SendResult | null } | { id: number; ok: false; error: PlainError };

/** The thread's workerData. */
export type SmtpThreadData = SmtpPoolOptions;

/**
 * nodemailer's error as data: what the classification of a failure (deliveryError) reads
 * and what a log shows — code, SMTP reply and its code, the command, each refused
 * recipient's refusal. An Error itself would lose these fields on the way.
 */
export interface PlainError {
  /** The thrown value was not an object (a string): `message` is that value as text. */
  bare?: true;
  name?: string;
  message: string;
  stack?: string;
  code?: string;
  response?: string;
  responseCode?: number;
  command?: string;
  rejected?: string[];
  rejectedErrors?: PlainError[];
}

export function plainError(error: unknown, depth = 0): PlainError {
  if (typeof error !== 'object' || error === null) return { bare: true, message: String(error) };
  const e = error as Record<string, unknown>;
  const plain: PlainError = { message: typeof e['message'] === 'string' ? e['message'] : String(error) };
  if (typeof e['name'] === 'string') plain.name = e['name'];
  if (typeof e['stack'] === 'string') plain.stack = e['stack'];
  if (typeof e['code'] === 'string') plain.code = e['code'];
  if (typeof e['response'] === 'string') plain.response = e['response'];
  if (typeof e['responseCode'] === 'number') plain.responseCode = e['responseCode'];
  if (typeof e['command'] === 'string') plain.command = e['command'];
  if (Array.isArray(e['rejected'])) plain.rejected = e['rejected'].map(String);
  if (Array.isArray(e['rejectedErrors']) && depth === 0) plain.rejectedErrors = e['rejectedErrors'].map((r: unknown) => plainError(r, 1));
  return plain;
}

/** The error again, as the worker's thread would have caught it from nodemailer: an Error with the same fields. */
export function revivedError(plain: PlainError): unknown {
  if (plain.bare) return plain.message;
  const { bare: _bare, name, stack, message, rejectedErrors, ...fields } = plain;
  const error = Object.assign(new Error(message), fields, rejectedErrors ? { rejectedErrors: rejectedErrors.map(revivedError) } : {});
  if (name !== undefined) error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}
