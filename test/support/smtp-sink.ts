import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in the test process. It keeps every accepted message, parsed, and
 * can refuse recipients: `permanent` ones with 550, `transient` ones with 451 (until
 * `transient` is emptied, as a server that recovers), and keep a client waiting at
 * RCPT TO while `hold` returns a promise for the address (a slow server, mid-send).
 */
export interface SmtpSink {
  port: number;
  url: string;
  mails: ParsedMail[];
  /** Raw counts of accepted messages by Message-ID (duplicates show as > 1). */
  byMessageId: Map<string, number>;
  permanent: Set<string>;
  transient: Set<string>;
  /** Called at each RCPT TO: a promise keeps the client waiting for the reply until it settles; undefined answers at once. */
  hold: ((address: string) => Promise<void> | undefined) | null;
  /** Resolves when `n` messages in total have been accepted. */
  waitFor(n: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ParsedMail[] = [];
  const byMessageId = new Map<string, number>();
  const permanent = new Set<string>();
  const transient = new Set<string>();
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (permanent.has(to)) {
        const e = Object.assign(new Error(`5.1.1 <${to}>: mailbox unavailable`), { responseCode: 550 });
        return callback(e);
      }
      if (transient.has(to)) {
        const e = Object.assign(new Error(`4.2.0 <${to}>: try again later`), { responseCode: 451 });
        return callback(e);
      }
      const held = sink.hold?.(to);
      if (held) return void held.then(() => callback());
      return callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          const id = mail.messageId ?? '';
          byMessageId.set(id, (byMessageId.get(id) ?? 0) + 1);
          for (const w of [...waiters]) {
            if (mails.length >= w.n) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve();
            }
          }
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  // A client that dies mid-session (a worker killed, its SMTP thread ended) resets its connection: not the server's failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const sink: SmtpSink = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    byMessageId,
    permanent,
    transient,
    hold: null,
    waitFor: (n) => (mails.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return sink;
}
