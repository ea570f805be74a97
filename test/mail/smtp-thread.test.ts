import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpThreads } from '../../src/config/schema.js';
import { createSmtpTransport, DeliveryError, smtpThreadCount, type RenderedMail, type SendResult, type SmtpTransport } from '../../src/mail/index.js';
import { context, renderer } from './support.js';

/**
 * The SMTP transport with its own thread (mail.smtp.threads) against the same transport
 * on the caller's thread, through a real SMTP server in this process: the same bytes
 * arrive, the same replies give the same outcome, a thread that dies fails its sends as
 * transient and comes back, and a close waits for the sends in flight.
 *
 * The server keeps each message's raw source and refuses gone@ (550) and busy@ (451);
 * a recipient for which `hold` has a gate waits at RCPT TO until the gate opens.
 */
class RawServer {
  readonly received: Buffer[] = [];
  readonly hold = new Map<string, { reached: () => void; open: Promise<void> }>();
  private readonly waiting: Array<(raw: Buffer) => void> = [];
  readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (address.address.startsWith('gone@')) return callback(Object.assign(new Error('5.1.1 <gone@surgut.hmao.example>: mailbox unavailable'), { responseCode: 550 }));
      if (address.address.startsWith('busy@')) return callback(Object.assign(new Error('4.3.0 mailbox busy, try again later'), { responseCode: 451 }));
      const gate = this.hold.get(address.address);
      if (!gate) return callback();
      gate.reached();
      void gate.open.then(() => callback());
    },
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        this.received.push(raw);
        this.waiting.shift()?.(raw);
        callback();
      });
    },
  });
  port = 0;

  async start(): Promise<void> {
    // A client whose thread was ended resets its connection: not the server's failure.
    this.server.on('error', () => undefined);
    this.server.listen(0, '127.0.0.1');
    await once(this.server.server, 'listening');
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  next(): Promise<Buffer> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** RCPT TO `address` waits until the returned `open` is called; `reached` resolves when a client got there. */
  gate(address: string): { reached: Promise<void>; open: () => void } {
    let reached!: () => void;
    let open!: () => void;
    const reachedP = new Promise<void>((resolve) => (reached = resolve));
    const openP = new Promise<void>((resolve) => (open = resolve));
    this.hold.set(address, { reached, open: openP });
    return { reached: reachedP, open };
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

const server = new RawServer();
let inThread: SmtpTransport;
let threaded: SmtpTransport;
const url = () => `smtp://127.0.0.1:${server.port}`;

beforeAll(async () => {
  await server.start();
  inThread = createSmtpTransport({ url: url(), maxConnections: 2, connectionTimeoutMs: 5_000, threads: 0 });
  threaded = createSmtpTransport({ url: url(), maxConnections: 2, connectionTimeoutMs: 5_000, threads: 1 });
});

afterAll(async () => {
  await inThread.close();
  await threaded.close();
  await server.stop();
});

/** What a send came to: its result, or the DeliveryError with every field the caller reads. */
async function outcome(promise: Promise<SendResult>): Promise<unknown> {
  try {
    return { result: await promise };
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    return { error: { name: error.name, kind: error.kind, responseCode: error.responseCode, code: error.code, mailId: error.mailId, message: error.message } };
  }
}

/** nodemailer draws its MIME boundaries at random: the one thing two sends of a message may differ in. */
function withoutBoundaries(raw: Buffer): string {
  return raw.toString('latin1').replace(/_NmP-[0-9a-f]+-Part_\d+/g, '_NmP-boundary');
}

async function rawOf(transport: SmtpTransport, mail: RenderedMail): Promise<Buffer> {
  const arrived = server.next();
  await transport.send(mail);
  return arrived;
}

describe('the SMTP thread', () => {
  it('is one thread with two cores or more under auto, none on one core; 0 and N as written', () => {
    expect(smtpThreadCount('auto', 2)).toBe(1);
    expect(smtpThreadCount('auto', 8)).toBe(1);
    expect(smtpThreadCount('auto', 1)).toBe(0);
    expect(smtpThreadCount(0, 8)).toBe(0);
    expect(smtpThreadCount(3, 1)).toBe(3);
    expect(inThread.threads).toBe(0);
    expect(threaded.threads).toBe(1);
    // Never more threads than connections.
    expect(createSmtpTransport({ url: url(), maxConnections: 2, threads: 4 }).threads).toBe(2);
  });

  it('is set in srok.yaml as auto, 0 or a count up to the connections (test/config says how a wrong value is explained)', () => {
    expect(smtpThreads.parse('auto')).toBe('auto');
    expect(smtpThreads.parse(0)).toBe(0);
    expect(smtpThreads.parse(5)).toBe(5);
    for (const wrong of [-1, 6, 1.5, 'two', 'yes', null]) expect(smtpThreads.safeParse(wrong).success).toBe(false);
  });

  it('sends every kind of mail byte for byte as the caller\'s thread does (headers, Message-ID, parts), but for the MIME boundaries', async () => {
    const r = await renderer();
    for (const kind of ['reminder', 'escalation', 'digest', 'summary'] as const) {
      const mail = r.render(context(kind));
      const here = await rawOf(inThread, mail);
      const there = await rawOf(threaded, mail);
      expect(withoutBoundaries(there)).toBe(withoutBoundaries(here));
      const [a, b] = await Promise.all([simpleParser(here), simpleParser(there)]);
      expect(b.messageId).toBe(mail.messageId);
      expect([...b.headers.keys()]).toEqual([...a.headers.keys()]);
      expect(b.html).toBe(a.html);
      expect(b.text).toBe(a.text);
      expect(b.attachments.map((x) => [x.contentType, x.filename, x.content.toString('base64')])).toEqual(a.attachments.map((x) => [x.contentType, x.filename, x.content.toString('base64')]));
    }
  });

  it('gives a 5xx, a 4xx and a partial refusal the same outcome as the caller\'s thread', async () => {
    const r = await renderer();
    const cases = [
      r.render(context('reminder', (ctx) => (ctx.to = ['gone@surgut.hmao.example']))),
      r.render(context('reminder', (ctx) => (ctx.to = ['busy@surgut.hmao.example']))),
      r.render(context('escalation', (ctx) => ((ctx.to = ['gone@surgut.hmao.example']), (ctx.cc = ['busy@surgut.hmao.example'])))),
      r.render(context('escalation', (ctx) => ((ctx.to = ['depit@admhmao.example']), (ctx.cc = ['gone@surgut.hmao.example', 'busy@surgut.hmao.example'])))),
    ];
    const here = [];
    const there = [];
    for (const mail of cases) {
      here.push(await outcome(inThread.send(mail)));
      there.push(await outcome(threaded.send(mail)));
    }
    expect(there).toEqual(here);
    expect(here.map((o) => (o as { error?: { kind: string; responseCode: number } }).error?.kind ?? 'sent')).toEqual(['permanent', 'transient', 'transient', 'sent']);
    expect((here[0] as { error: { responseCode: number } }).error.responseCode).toBe(550);
    expect((here[1] as { error: { responseCode: number } }).error.responseCode).toBe(451);
    expect((here[3] as { result: SendResult }).result.rejected.map((x) => [x.address, x.responseCode, x.kind])).toEqual([
      ['gone@surgut.hmao.example', 550, 'permanent'],
      ['busy@surgut.hmao.example', 451, 'transient'],
    ]);
  });

  it('fails the sends in flight as transient when its thread dies mid-send, and starts a new thread for the next', async () => {
    const transport = createSmtpTransport({ url: url(), maxConnections: 2, connectionTimeoutMs: 5_000, threads: 1 });
    try {
      const r = await renderer();
      const gate = server.gate('held@admhmao.example');
      const held = r.render(context('reminder', (ctx) => (ctx.to = ['held@admhmao.example'])));
      const sending = outcome(transport.send(held));
      await gate.reached;
      await transport.terminateThread(0);
      gate.open();
      server.hold.clear();
      const failed = (await sending) as { error: { kind: string; code: string; responseCode: number | null; mailId: string } };
      expect(failed.error).toMatchObject({ kind: 'transient', code: 'ETHREAD', responseCode: null, mailId: held.mailId });

      // The retry goes through a new thread, and arrives whole.
      const arrived = server.next();
      const result = await transport.send(held);
      expect(result.accepted).toEqual(['held@admhmao.example']);
      expect((await simpleParser(await arrived)).messageId).toBe(held.messageId);
    } finally {
      await transport.close();
    }
  });

  it('drains on close: the sends in flight are answered, then the thread ends; a send after close is retried later', async () => {
    const transport = createSmtpTransport({ url: url(), maxConnections: 2, connectionTimeoutMs: 5_000, threads: 1 });
    const r = await renderer();
    const gate = server.gate('slow@admhmao.example');
    const mails = [1, 2, 3].map((i) => r.render(context('reminder', (ctx) => ((ctx.to = ['slow@admhmao.example']), (ctx.mailId = `${ctx.mailId}.drain-${i}`)))));
    const sends = mails.map((mail) => transport.send(mail));
    await gate.reached;
    let closed = false;
    const closing = transport.close().then(() => (closed = true));
    // Nothing answered yet: the close waits.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    gate.open();
    const results = await Promise.all(sends);
    server.hold.clear();
    expect(results.map((x) => x.accepted)).toEqual([['slow@admhmao.example'], ['slow@admhmao.example'], ['slow@admhmao.example']]);
    await closing;
    expect(closed).toBe(true);
    const after = (await outcome(transport.send(mails[0]!))) as { error: { kind: string; code: string } };
    expect(after.error).toMatchObject({ kind: 'transient', code: 'ECLOSED' });
  });
});

describe('the SMTP thread of the compiled code', () => {
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  const COMPILED = `${ROOT}dist/src/mail/smtp-transport.js`;

  it('is built by npm run build next to the transport', () => {
    expect(existsSync(COMPILED), `${COMPILED} is missing: run npm run build`).toBe(true);
    expect(existsSync(`${ROOT}dist/src/mail/smtp-thread.js`)).toBe(true);
  });

  it('is found and sends from dist/, under plain node', async () => {
    const mail = (await renderer()).render(context('reminder'));
    const script = `
      const { createSmtpTransport } = await import(${JSON.stringify(COMPILED)});
      const transport = createSmtpTransport({ url: ${JSON.stringify(url())}, threads: 1 });
      const result = await transport.send(JSON.parse(process.argv[1]));
      await transport.close();
      process.stdout.write(JSON.stringify({ threads: transport.threads, accepted: result.accepted }));`;
    const arrived = server.next();
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(mail)], { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual({ threads: 1, accepted: mail.to });
    expect((await simpleParser(await arrived)).messageId).toBe(mail.messageId);
  });
});
