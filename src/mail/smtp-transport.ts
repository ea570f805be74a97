import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DeliveryError } from './delivery-error.js';
import { deliveryError } from './smtp-failure.js';
import { createSmtpPool, type SmtpPoolOptions } from './smtp-pool.js';
import { revivedError, type FromSmtpThread, type SmtpThreadData, type ToSmtpThread } from './smtp-thread-messages.js';
import type { MailTransport, SendResult } from './transport.js';
import type { RenderedMail } from './types.js';

/** `mail.smtp.threads`: 'auto', or how many SMTP threads (0: none, the worker's own thread sends). */
export type SmtpThreads = 'auto' | number;

export interface SmtpOptions {
  /** SROK_SMTP_URL: 'smtp://host:587', 'smtps://host:465'; passed in, never read from the environment here. */
  url: string;
  /** SROK_SMTP_USER / SROK_SMTP_PASSWORD; both or neither. */
  user?: string | null;
  password?: string | null;
  /** Parallel connections to the server, shared between the SMTP threads; 5 by default. */
  maxConnections?: number;
  /** How long to wait for the server before the send counts as transient failure; 30 s by default. */
  connectionTimeoutMs?: number;
  /**
   * Where nodemailer composes and sends: 0 (the default here) on the caller's thread;
   * N on N threads of their own, the connections shared out between them; 'auto' one
   * thread when the machine has two cores or more, else none. The worker passes
   * `mail.smtp.threads` of srok.yaml.
   */
  threads?: SmtpThreads;
}

/** The SMTP transport; `threads` says where it sends. */
export interface SmtpTransport extends MailTransport {
  readonly kind: 'smtp';
  /** SMTP threads in use; 0 when nodemailer runs on the caller's thread. */
  readonly threads: number;
  /**
   * Stops SMTP thread `index` at once, as a crash would: its sends in flight fail as
   * transient (retried), and the next send starts the thread again. For tests of that
   * path; does nothing when the transport has no threads or the thread is not running.
   */
  terminateThread(index?: number): Promise<void>;
}

/** The number of SMTP threads `threads` means on a machine of `cores` cores. */
export function smtpThreadCount(threads: SmtpThreads, cores: number = availableParallelism()): number {
  if (threads === 'auto') return cores >= 2 ? 1 : 0;
  if (!Number.isInteger(threads) || threads < 0) throw new RangeError(`SMTP threads ${JSON.stringify(threads)} must be 'auto' or a whole number from 0`);
  return threads;
}

/** Production delivery: a pool of SMTP connections, failures classified for the caller's retries. */
export function createSmtpTransport(options: SmtpOptions): SmtpTransport {
  if (!/^smtps?:\/\//i.test(options.url)) {
    throw new RangeError(`SMTP url ${JSON.stringify(redact(options.url))} must start with smtp:// or smtps://, e.g. smtp://mail.example.org:587`);
  }
  const user = options.user ?? null;
  const password = options.password ?? null;
  if ((user === null) !== (password === null)) {
    throw new RangeError('SMTP user and password come together: set both SROK_SMTP_USER and SROK_SMTP_PASSWORD, or neither');
  }
  const pool: SmtpPoolOptions = {
    url: options.url,
    user,
    password,
    maxConnections: options.maxConnections ?? 5,
    connectionTimeoutMs: options.connectionTimeoutMs ?? 30_000,
  };
  // More threads than connections would leave a thread without one.
  const threads = Math.min(smtpThreadCount(options.threads ?? 0), pool.maxConnections);
  return threads === 0 ? inThreadTransport(pool) : threadedTransport(pool, threads);
}

/** nodemailer on the caller's thread. */
function inThreadTransport(options: SmtpPoolOptions): SmtpTransport {
  const pool = createSmtpPool(options);
  return {
    kind: 'smtp',
    threads: 0,
    async send(mail): Promise<SendResult> {
      try {
        return await pool.send(mail);
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
    async terminateThread() {},
  };
}

/** Where the SMTP thread's code is: next to this module, compiled (dist/) or as TypeScript (tests, tsx). */
function threadEntry(): { url: URL; typescript: boolean } {
  const typescript = new URL(import.meta.url).pathname.endsWith('.ts');
  const url = new URL(typescript ? './smtp-thread.ts' : './smtp-thread.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(`the SMTP thread's code ${fileURLToPath(url)} is missing; run npm run build, or set mail.smtp.threads: 0 in srok.yaml`);
  }
  return { url, typescript };
}

/**
 * The thread runs on plain Node: it does not take the process's command-line options
 * (`node --input-type=module -e …` would stop it at start). Started on TypeScript, it
 * loads tsx first, through tsx's API (`--import` is not read by worker threads on Node 20).
 */
function startThread(entry: { url: URL; typescript: boolean }, data: SmtpThreadData): Worker {
  if (!entry.typescript) return new Worker(entry.url, { workerData: data, execArgv: [] });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.url.href)}); });`;
  return new Worker(code, { eval: true, workerData: data, execArgv: [] });
}

interface Waiting {
  mailId: string;
  resolve(result: SendResult | null): void;
  reject(error: DeliveryError): void;
}

interface Slot {
  options: SmtpPoolOptions;
  thread: Worker | null;
  waiting: Map<number, Waiting>;
}

/**
 * nodemailer on `count` threads of its own. Each send is handed to the thread with the
 * fewest sends in flight, as plain data, and its promise settles with the thread's
 * answer: the result, or nodemailer's error classified here exactly as on the caller's
 * thread. A thread that stops (crash, terminate) fails its sends in flight as transient
 * — the server may or may not have taken them; the send ledger lets the retry send
 * them again with the same Message-ID — and the next send starts it again. `close`
 * waits for every send in flight, then lets each thread close its connections and end.
 */
function threadedTransport(options: SmtpPoolOptions, count: number): SmtpTransport {
  const entry = threadEntry();
  const slots: Slot[] = Array.from({ length: count }, (_, i) => ({
    // The pool's connections shared out: 5 over 2 threads is 3 and 2.
    options: { ...options, maxConnections: Math.floor(options.maxConnections / count) + (i < options.maxConnections % count ? 1 : 0) },
    thread: null,
    waiting: new Map(),
  }));
  const inFlight = new Set<Promise<unknown>>();
  let nextId = 0;
  let closing: Promise<void> | null = null;

  const stopped = (slot: Slot, thread: Worker, why: string) => {
    if (slot.thread !== thread) return;
    slot.thread = null;
    const lost = [...slot.waiting.values()];
    slot.waiting.clear();
    for (const w of lost) {
      w.reject(new DeliveryError(w.mailId, 'transient', null, 'ETHREAD', `the SMTP thread stopped (${why}) before the server's answer; the mail is sent again on retry`));
    }
  };

  const running = (slot: Slot): Worker => {
    if (slot.thread) return slot.thread;
    const thread = startThread(entry, slot.options);
    slot.thread = thread;
    // An idle thread does not keep the process alive; one with sends in flight does.
    thread.unref();
    thread.on('message', (message: FromSmtpThread) => {
      const w = slot.waiting.get(message.id);
      if (!w) return;
      slot.waiting.delete(message.id);
      if (slot.waiting.size === 0) thread.unref();
      if (message.ok) w.resolve(message.result);
      else w.reject(deliveryError(w.mailId, revivedError(message.error)));
    });
    thread.on('error', (error) => stopped(slot, thread, error.message));
    thread.on('exit', (code) => stopped(slot, thread, `exit code ${code}`));
    return thread;
  };

  const ask = (slot: Slot, mailId: string, message: (id: number) => ToSmtpThread): Promise<SendResult | null> => {
    const thread = running(slot);
    const id = (nextId += 1);
    const answer = new Promise<SendResult | null>((resolve, reject) => {
      slot.waiting.set(id, { mailId, resolve, reject });
    });
    if (slot.waiting.size === 1) thread.ref();
    try {
      thread.postMessage(message(id));
    } catch (error) {
      slot.waiting.delete(id);
      if (slot.waiting.size === 0) thread.unref();
      return Promise.reject(deliveryError(mailId, error));
    }
    const settled: Promise<void> = answer.then(
      () => void inFlight.delete(settled),
      () => void inFlight.delete(settled),
    );
    inFlight.add(settled);
    return answer;
  };

  const closedError = (mailId: string) => new DeliveryError(mailId, 'transient', null, 'ECLOSED', 'the SMTP transport is closing; the mail is sent again on retry');

  return {
    kind: 'smtp',
    threads: count,
    async send(mail: RenderedMail): Promise<SendResult> {
      if (closing) throw closedError(mail.mailId);
      let slot = slots[0]!;
      for (const s of slots) if (s.waiting.size < slot.waiting.size) slot = s;
      return (await ask(slot, mail.mailId, (id) => ({ op: 'send', id, mail })))!;
    },
    async verify() {
      if (closing) throw closedError('(verify)');
      await ask(slots[0]!, '(verify)', (id) => ({ op: 'verify', id }));
    },
    close() {
      closing ??= (async () => {
        while (inFlight.size > 0) await Promise.all(inFlight);
        await Promise.all(
          slots.map(async (slot) => {
            const thread = slot.thread;
            if (!thread) return;
            const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
            thread.postMessage({ op: 'close' } satisfies ToSmtpThread);
            // The pool says QUIT on its idle connections; a server that never answers does not hold the close.
            const timer = setTimeout(() => void thread.terminate(), 10_000);
            await exited;
            clearTimeout(timer);
          }),
        );
      })();
      return closing;
    },
    async terminateThread(index = 0) {
      const slot = slots[index];
      const thread = slot?.thread;
      if (!slot || !thread) return;
      // Its sends fail first: an answer the thread posts while it ends is not taken for one.
      stopped(slot, thread, 'terminated');
      await thread.terminate();
    },
  };
}

/** A URL for an error message, without a password written into it. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
