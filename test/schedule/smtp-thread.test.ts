import { afterEach, describe, expect, it } from 'vitest';
import type { SmtpTransport } from '../../src/mail/index.js';
import { planDocument } from '../../src/plan/index.js';
import { mailIdOf, SEED, separateMails, startPipeline, type Pipeline } from '../support/pipeline.js';
import { clearPrefix } from '../support/redis.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

/**
 * The worker with its SMTP transport on a thread of its own (mail.smtp.threads: 1), on
 * real Redis and BullMQ: the thread is killed while the server keeps every send of the
 * first due steps waiting at RCPT TO, so no message is half taken. Each of those steps
 * fails as transient, the ledger gives its claim back, the job is retried, and every
 * step of the plan arrives once — none lost, none twice.
 */
describe('the worker when its SMTP thread dies mid-send', () => {
  it('retries the sends in flight through a new thread and delivers every step of seed 002 once', async () => {
    pipeline = await startPipeline('smtp-thread-crash', { day: '2020-11-26', time: '10:00' }, { adjust: separateMails, smtpThreads: 1 });
    const transport = pipeline.runtime.deps.transport as SmtpTransport;
    expect(transport.threads).toBe(1);
    const imported = await pipeline.import(SEED['002']);
    expect(imported.ok).toBe(true);

    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let reached!: () => void;
    const first = new Promise<void>((resolve) => (reached = resolve));
    let held = 0;
    pipeline.sink.hold = () => {
      held += 1;
      reached();
      return gate;
    };
    const failures: string[] = [];
    pipeline.runtime.worker!.on('failed', (_job, error) => failures.push(error.message));

    const end = pipeline.at('2021-01-20', '18:00');
    const run = pipeline.runUntil('2021-01-20');
    await first;
    await transport.terminateThread(0);
    pipeline.sink.hold = null;
    open();
    await run;

    expect(held).toBeGreaterThan(0);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.filter((m) => !/transient delivery failure: the SMTP thread stopped \(terminated\)/.test(m))).toEqual([]);

    const stored = await pipeline.runtime.deps.store.getProtocol(imported.ok ? imported.result.protocolKey : '');
    const plan = planDocument(stored!.doc, pipeline.config, { now: pipeline.at('2020-11-26', '10:00'), until: end });
    const expected = plan.steps.map((s) => s.id).sort();
    const delivered = pipeline.sink.mails.map(mailIdOf).filter((id) => !id.startsWith('controller-summary.')).sort();
    expect(expected.length).toBeGreaterThan(20);
    expect(delivered).toEqual(expected);
    expect([...pipeline.sink.byMessageId.values()].every((n) => n === 1)).toBe(true);
  });

  it('finishes the sends in flight before the runtime closes, and ends its thread', async () => {
    pipeline = await startPipeline('smtp-thread-drain', { day: '2020-11-26', time: '10:00' }, { adjust: separateMails, smtpThreads: 1, autorun: false });
    await pipeline.import(SEED['002']);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let reached!: () => void;
    const first = new Promise<void>((resolve) => (reached = resolve));
    pipeline.sink.hold = () => {
      reached();
      return gate;
    };
    // The steps due at the first instant, run by the worker; the close comes while their sends wait at the server.
    const due = await pipeline.runtime.deps.store.nextDue();
    pipeline.clock.advanceTo(new Date(due!.at));
    await pipeline.runtime.queue.promoteJobs({ count: 1000 });
    let completed = 0;
    const failures: string[] = [];
    pipeline.runtime.worker!.on('completed', () => (completed += 1));
    pipeline.runtime.worker!.on('failed', (_job, error) => failures.push(error.message));
    void pipeline.runtime.worker!.run();
    await first;
    let closed = false;
    const closing = pipeline.runtime.close().then(() => (closed = true));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    pipeline.sink.hold = null;
    open();
    await closing;
    // Each job the worker had taken finished with its mail sent; none failed for the close.
    expect(completed).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(pipeline.sink.mails.length).toBe(completed);
    expect([...pipeline.counters.snapshot().sent.values()].reduce((a, b) => a + b, 0)).toBe(completed);
    expect(pipeline.counters.snapshot().failed.size).toBe(0);
    // The runtime is closed; the pipeline's own close only stops the sink and clears the keys.
    const sink = pipeline.sink;
    const prefix = pipeline.prefix;
    pipeline = null;
    await sink.close();
    await clearPrefix(prefix);
  });
});
