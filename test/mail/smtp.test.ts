import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpTransport, DeliveryError, type MailTransport, type RenderedMail } from '../../src/mail/index.js';
import { context, renderer } from './support.js';

/**
 * A real SMTP server in this process: it takes mail for anyone but two mailboxes —
 * gone@ (550, the mailbox does not exist) and busy@ (451, try again later).
 */
class TestServer {
  readonly received: ParsedMail[] = [];
  private readonly waiting: Array<(mail: ParsedMail) => void> = [];
  readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (address.address.startsWith('gone@')) return callback(smtpError(550, '5.1.1 <gone@surgut.hmao.example>: mailbox unavailable'));
      if (address.address.startsWith('busy@')) return callback(smtpError(451, '4.3.0 mailbox busy, try again later'));
      callback();
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          this.received.push(mail);
          this.waiting.shift()?.(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  port = 0;

  async start(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server.server, 'listening');
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  /** Resolves with the next mail the server takes. */
  next(): Promise<ParsedMail> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

const smtp = new TestServer();
/** The same cases on the worker's thread (threads: 0) and through an SMTP thread of its own (threads: 1). */
const transports = new Map<number, MailTransport>();

beforeAll(async () => {
  await smtp.start();
  for (const threads of [0, 1]) transports.set(threads, createSmtpTransport({ url: `smtp://127.0.0.1:${smtp.port}`, maxConnections: 2, connectionTimeoutMs: 5_000, threads }));
});

afterAll(async () => {
  for (const transport of transports.values()) await transport.close();
  await smtp.stop();
});

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

describe.each([0, 1])('SMTP delivery (threads: %i)', (threads) => {
  const transport = { send: (mail: RenderedMail) => transports.get(threads)!.send(mail), verify: () => transports.get(threads)!.verify() };
  it('verifies the server and delivers an escalation with its cc, threading headers and calendar event', async () => {
    await transport.verify();
    const mail = (await renderer()).render(context('escalation'));
    const arrived = smtp.next();
    const result = await transport.send(mail);
    const received = await arrived;
    expect(result.response).toMatch(/^250/);
    expect(result.accepted.sort()).toEqual([...mail.to, ...mail.cc].sort());
    expect(result.rejected).toEqual([]);
    expect(received.messageId).toBe(mail.messageId);
    expect(received.subject).toBe(mail.subject);
    expect(received.inReplyTo).toBe(mail.headers['In-Reply-To']);
    expect(received.text).toContain('Уровень эскалации: 1');
    expect(received.attachments.some((a) => a.contentType === 'text/calendar')).toBe(true);
  });

  it('fails for good (permanent, 550) when the only mailbox does not exist', async () => {
    const mail = (await renderer()).render(context('reminder', (ctx) => (ctx.to = ['gone@surgut.hmao.example'])));
    const error = await failure(transport.send(mail));
    expect(error.kind).toBe('permanent');
    expect(error.responseCode).toBe(550);
    expect(error.mailId).toBe(mail.mailId);
    expect(error.message).toContain('mailbox unavailable');
  });

  it('fails for now (transient, 451) when the mailbox is busy', async () => {
    const mail = (await renderer()).render(context('reminder', (ctx) => (ctx.to = ['busy@surgut.hmao.example'])));
    const error = await failure(transport.send(mail));
    expect(error.kind).toBe('transient');
    expect(error.responseCode).toBe(451);
  });

  it('retries a mail every recipient refused when one refusal was only temporary', async () => {
    const mail = (await renderer()).render(
      context('escalation', (ctx) => {
        ctx.to = ['gone@surgut.hmao.example'];
        ctx.cc = ['busy@surgut.hmao.example'];
      }),
    );
    const error = await failure(transport.send(mail));
    expect(error.kind).toBe('transient');
  });

  it('delivers to the mailboxes that exist and reports each one refused, with its kind', async () => {
    const mail = (await renderer()).render(
      context('escalation', (ctx) => {
        ctx.to = ['depit@admhmao.example'];
        ctx.cc = ['gone@surgut.hmao.example', 'busy@surgut.hmao.example'];
      }),
    );
    const arrived = smtp.next();
    const result = await transport.send(mail);
    await arrived;
    expect(result.accepted).toEqual(['depit@admhmao.example']);
    expect(result.rejected).toEqual([
      expect.objectContaining({ address: 'gone@surgut.hmao.example', responseCode: 550, kind: 'permanent' }),
      expect.objectContaining({ address: 'busy@surgut.hmao.example', responseCode: 451, kind: 'transient' }),
    ]);
  });
});

describe.each([0, 1])('SMTP failures without a reply (threads: %i)', (threads) => {
  it('treats a refused connection as transient', async () => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const closed = createSmtpTransport({ url: `smtp://127.0.0.1:${port}`, connectionTimeoutMs: 2_000, threads });
    try {
      const mail = (await renderer()).render(context('reminder'));
      const error = await failure(closed.send(mail));
      expect(error.kind).toBe('transient');
      expect(error.responseCode).toBeNull();
      expect((await failure(closed.verify())).kind).toBe('transient');
    } finally {
      await closed.close();
    }
  });

  it('treats a server that never greets as transient once the timeout passes', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const port = (silent.address() as AddressInfo).port;
    const slow = createSmtpTransport({ url: `smtp://127.0.0.1:${port}`, connectionTimeoutMs: 300, threads });
    try {
      const mail = (await renderer()).render(context('reminder'));
      const error = await failure(slow.send(mail));
      expect(error.kind).toBe('transient');
      expect(error.code).toBe('ETIMEDOUT');
    } finally {
      await slow.close();
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('refuses settings it cannot use, before any connection', () => {
    expect(() => createSmtpTransport({ url: 'http://mail.example.org' })).toThrow(/smtp:\/\//);
    expect(() => createSmtpTransport({ url: 'smtp://mail.example.org', user: 'srok', password: null })).toThrow(/both/);
  });
});
