import type { RenderedMail } from './types.js';

/**
 * Where rendered mail goes. 'outbox' writes .eml files and nothing leaves the machine
 * (the default until an operator configures SMTP); 'smtp' sends through a server.
 * `send` rejects only with a DeliveryError, whose kind says whether to retry.
 */
export interface MailTransport {
  readonly kind: 'outbox' | 'smtp';
  send(mail: RenderedMail): Promise<SendResult>;
  /** Fails with a DeliveryError when the transport cannot work (folder not writable, server unreachable, login refused). */
  verify(): Promise<void>;
  close(): Promise<void>;
}

export interface SendResult {
  /** The server's final reply, or where the outbox wrote the file. */
  response: string;
  /** Recipients the server accepted (every recipient, for the outbox). */
  accepted: string[];
  /**
   * Recipients the server refused while it took the mail for the others. The mail is
   * sent, so it is not retried as a whole; each refusal has its kind, for the ledger and
   * the operator.
   */
  rejected: Array<{ address: string; responseCode: number | null; kind: 'permanent' | 'transient'; response: string }>;
}
