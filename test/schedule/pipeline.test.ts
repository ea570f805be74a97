import { afterEach, describe, expect, it } from 'vitest';
import { planDocument } from '../../src/plan/index.js';
import { runStep } from '../../src/schedule/run-step.js';
import { kindOf, mailIdOf, SEED, startPipeline, type Pipeline } from '../support/pipeline.js';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

const MINISTRY = 'Министерство информационных технологий, связи и цифрового развития Челябинской области';

describe('the worker end to end on a simulated clock', () => {
  it('delivers exactly the steps the plan of seed 002 shows, from its import to the end of May 2021, the monthly item rolling forward', async () => {
    pipeline = await startPipeline('e2e-002', { day: '2020-11-26', time: '10:00' }, {
      adjust: (c) => ({
        ...c,
        ladders: { ...c.ladders, default: { ...c.ladders.default, maxRepeats: 2 } },
        settings: { ...c.settings, mail: { ...c.settings.mail, digest: { ...c.settings.mail.digest, mode: 'separate' } } },
      }),
    });
    const imported = await pipeline.import(SEED['002']);
    expect(imported.ok).toBe(true);
    const end = pipeline.at('2021-05-31', '18:00');
    await pipeline.runUntil('2021-05-31');

    const stored = await pipeline.runtime.deps.store.getProtocol(imported.ok ? imported.result.protocolKey : '');
    const plan = planDocument(stored!.doc, pipeline.config, { now: pipeline.at('2020-11-26', '10:00'), until: end });
    const expected = plan.steps.map((s) => s.id).sort();
    // The weekly summaries to controllers are not steps of a plan (test/report covers them).
    const delivered = pipeline.sink.mails.map(mailIdOf).filter((id) => !id.startsWith('controller-summary.')).sort();
    expect(expected.length).toBeGreaterThan(200);
    // Item 5's occurrences for January to April 2021 were all reminded, each once.
    for (const month of ['2021-01', '2021-02', '2021-03', '2021-04']) {
      expect(delivered.filter((id) => id.includes(`.p5.chel-minfin.${month}.r-10wd`))).toHaveLength(1);
    }
    expect(expected.filter((id) => !delivered.includes(id)).join("\n")).toBe("");
    expect(delivered).toEqual(expected);
    // Nothing twice.
    expect([...pipeline.sink.byMessageId.values()].every((n) => n === 1)).toBe(true);
  });

  it('threads every mail about item 2 to the ministry: reminders, the overdue notice and escalations answer the first', async () => {
    pipeline = await startPipeline('thread-002', { day: '2020-11-26', time: '10:00' });
    await pipeline.import(SEED['002']);
    await pipeline.runUntil('2021-01-20');
    const ministryMails = pipeline.sink.mails
      .filter((m) => mailIdOf(m).includes('.p2.') && (m.to && !Array.isArray(m.to) ? m.to.text : '').includes('@'))
      .filter((m) => m.text?.includes(MINISTRY));
    const toMinistry = ministryMails.filter((m) => kindOf(m) !== 'escalation');
    expect(toMinistry.map(kindOf)).toEqual(expect.arrayContaining(['reminder', 'overdue']));
    const root = toMinistry[0]!.messageId;
    for (const m of toMinistry.slice(1)) {
      expect(m.inReplyTo).toBe(root);
      expect(m.subject?.split(' — ')[0]).toBe(toMinistry[0]!.subject?.split(' — ')[0]);
    }
    const reminder = toMinistry.find((m) => kindOf(m) === 'reminder')!;
    const ics = reminder.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(ics?.content.toString()).toMatch(/DTSTART;VALUE=DATE:20201218/);
  });

  it('imports the same document twice as one protocol and schedules nothing twice', async () => {
    pipeline = await startPipeline('twice', { day: '2020-11-26', time: '10:00' });
    const first = await pipeline.import(SEED['002']);
    const jobsAfterFirst = await pipeline.runtime.queue.getDelayedCount();
    const second = await pipeline.import(SEED['002']);
    expect(first.ok && first.result.status).toBe('new');
    expect(second.ok && second.result.status).toBe('unchanged');
    expect(await pipeline.runtime.queue.getDelayedCount()).toBe(jobsAfterFirst);
    expect(await pipeline.runtime.deps.store.listProtocols()).toHaveLength(1);
  });

  it('with folding on (the default), delivers every step of the plan of seed 002 once, alone or in the day\'s mail of its recipient', async () => {
    pipeline = await startPipeline('e2e-002-fold', { day: '2020-11-26', time: '10:00' });
    const imported = await pipeline.import(SEED['002']);
    expect(imported.ok).toBe(true);
    const end = pipeline.at('2021-05-31', '18:00');
    await pipeline.runUntil('2021-05-31');
    const stored = await pipeline.runtime.deps.store.getProtocol(imported.ok ? imported.result.protocolKey : '');
    const plan = planDocument(stored!.doc, pipeline.config, { now: pipeline.at('2020-11-26', '10:00'), until: end });
    const carried: string[] = [];
    for (const m of pipeline.sink.mails) {
      const id = mailIdOf(m);
      if (id.startsWith('controller-summary.')) continue;
      const steps = m.headers.get('x-srok-steps');
      if (typeof steps === 'string') carried.push(...steps.split(/\s+/).filter(Boolean));
      else carried.push(id);
    }
    expect(carried.filter((id, i) => carried.indexOf(id) !== i)).toEqual([]);
    expect(carried.sort()).toEqual(plan.steps.map((s) => s.id).sort());
    expect(pipeline.sink.mails.some((m) => kindOf(m) === 'digest' && m.headers.has('x-srok-steps'))).toBe(true);
    // Each folded step is marked once, with the mail that carried it.
    const folded = await pipeline.runtime.deps.redis.hgetall(`${pipeline.prefix}:folded-steps`);
    expect(Object.keys(folded).length).toBe(carried.length);
  });

  it('a step job run twice sends one mail', async () => {
    pipeline = await startPipeline('twice-job', { day: '2020-11-26', time: '10:00' }, {
      autorun: false,
      adjust: (c) => ({ ...c, settings: { ...c.settings, mail: { ...c.settings.mail, digest: { ...c.settings.mail.digest, mode: 'separate' } } } }),
    });
    const imported = await pipeline.import(SEED['002']);
    const key = imported.ok ? imported.result.protocolKey : '';
    const tracks = await pipeline.runtime.deps.store.getTracks(key);
    const [track, next] = [...tracks].sort((a, b) => a[1].at.localeCompare(b[1].at))[0]!;
    pipeline.clock.advanceTo(new Date(next.at));
    const payload = { protocolKey: key, item: null as string | null, track, stepId: next.stepId, at: next.at };
    const job = await pipeline.runtime.queue.getJob(next.stepId);
    payload.item = (job!.data as { item: string | null }).item;
    const outcomes = [await runStep(payload, pipeline.runtime.deps), await runStep(payload, pipeline.runtime.deps)];
    expect(outcomes).toEqual(['sent', 'already-sent']);
    expect(pipeline.sink.mails.filter((m) => mailIdOf(m) === next.stepId)).toHaveLength(1);
  });

  it('after three days with no worker, each recipient gets one catch-up mail and no burst of stale reminders', async () => {
    pipeline = await startPipeline('downtime', { day: '2020-11-26', time: '10:00' });
    await pipeline.import(SEED['002']);
    await pipeline.runUntil('2020-12-04');
    const before = pipeline.sink.mails.length;
    // The worker is down from Friday evening 4 December to Wednesday 9 December, 09:00.
    pipeline.clock.advanceTo(pipeline.at('2020-12-09', '09:00'));
    await pipeline.runUntil('2020-12-09', '09:30');
    const during = pipeline.sink.mails.slice(before);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((m) => kindOf(m) === 'catchup')).toBe(true);
    const recipients = during.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : ''));
    expect(new Set(recipients).size).toBe(recipients.length);
    // Afterwards the ladder goes on as planned.
    await pipeline.runUntil('2020-12-21');
    expect(pipeline.sink.mails.slice(before + during.length).some((m) => kindOf(m) === 'reminder')).toBe(true);
  });

  it('with digests on, a recipient gets one mail a day gathering that day’s steps', async () => {
    pipeline = await startPipeline('digest', { day: '2019-10-30', time: '10:00' }, {
      adjust: (c) => ({ ...c, settings: { ...c.settings, mail: { ...c.settings.mail, digest: { ...c.settings.mail.digest, mode: 'daily', at: '16:00' } } } }),
    });
    await pipeline.import(SEED['000']);
    await pipeline.runUntil('2019-11-30');
    // A day's lone step goes as its own mail; a day with several, as one digest.
    expect(pipeline.sink.mails.some((m) => kindOf(m) === 'digest')).toBe(true);
    const perRecipientDay = new Map<string, number>();
    for (const m of pipeline.sink.mails) {
      const key = `${m.to && !Array.isArray(m.to) ? m.to.text : ''}|${m.date?.toISOString().slice(0, 10)}`;
      perRecipientDay.set(key, (perRecipientDay.get(key) ?? 0) + 1);
    }
    expect([...perRecipientDay].filter(([, n]) => n !== 1)).toEqual([]);
    // Items 1.2, 2.2, 3.2 of seed 000 share reminder days: some digest gathers more than one line.
    expect(pipeline.sink.mails.some((m) => (m.text?.match(/Протокол № 4\/2019/g) ?? []).length > 1)).toBe(true);
  });

  it('a 5xx recipient fails for good and is not retried; a 4xx one is delivered once the server recovers', async () => {
    pipeline = await startPipeline('smtp-errors', { day: '2020-11-26', time: '10:00' }, {
      adjust: (c) => ({ ...c, settings: { ...c.settings, schedule: { ...c.settings.schedule, attempts: 5, backoffSeconds: 1 } } }),
    });
    const ministry = pipeline.config.directory.get('chel-mininform')!.emails[0]!;
    pipeline.sink.permanent.add(ministry.toLowerCase());
    await pipeline.import(SEED['002']);
    await pipeline.runUntil('2020-12-04');
    const failed = await pipeline.runtime.deps.store.ledger.listFailed();
    expect(failed.length).toBeGreaterThan(0);
    expect(pipeline.counters.snapshot().failed.get('reminder')).toBeGreaterThan(0);
    expect(pipeline.sink.mails.some((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(ministry))).toBe(false);

    // 4xx: the first attempt is refused, the retry after the server recovers is delivered.
    const other = pipeline.config.directory.get('chel-minfin')!.emails[0]!.toLowerCase();
    pipeline.sink.transient.add(other);
    pipeline.runtime.worker!.once('failed', () => pipeline!.sink.transient.clear());
    const count = pipeline.sink.mails.length;
    await pipeline.runUntil('2020-12-11');
    const toOther = pipeline.sink.mails.slice(count).filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '').toLowerCase().includes(other));
    expect(toOther.length).toBeGreaterThan(0);
    expect(new Set(toOther.map((m) => m.messageId)).size).toBe(toOther.length);
  });
});
