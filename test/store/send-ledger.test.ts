import { describe, expect, it } from 'vitest';
import { useTestRedis } from './store-setup.js';

const t = useTestRedis('ledger');

const T0 = new Date('2019-11-18T04:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MAIL = 'wg-4-2019.p1-2.khmao-surgut.once.r-5wd';

describe('the send ledger', () => {
  it('lets one owner send a mail: a second claim is busy, a claim after markSent finds it sent', async () => {
    const { ledger } = t.store();
    expect(await ledger.get(MAIL)).toBeNull();
    expect(await ledger.claim(MAIL, { owner: 'w1:job1:1', leaseMs: 60_000, now: T0 })).toBe('claimed');
    expect(await ledger.claim(MAIL, { owner: 'w2:job1:2', leaseMs: 60_000, now: at(1000) })).toBe('busy');
    expect(await ledger.markSent(MAIL, { owner: 'w1:job1:1', messageId: '<abc@srok>', now: at(2000) })).toBe(true);
    expect(await ledger.claim(MAIL, { owner: 'w2:job1:2', leaseMs: 60_000, now: at(3000) })).toBe('sent');
    expect(await ledger.markSent(MAIL, { owner: 'w2:job1:2', messageId: '<abc@srok>', now: at(4000) })).toBe(false);
    expect(await ledger.get(MAIL)).toEqual({
      mailId: MAIL,
      state: 'sent',
      owner: 'w1:job1:1',
      leaseUntil: null,
      attempts: 1,
      messageId: '<abc@srok>',
      reason: null,
      updatedAt: at(2000).toISOString(),
    });
  });

  it('lets another owner take a mail over once the lease has expired', async () => {
    const { ledger } = t.store();
    expect(await ledger.claim(MAIL, { owner: 'w1', leaseMs: 60_000, now: T0 })).toBe('claimed');
    expect(await ledger.claim(MAIL, { owner: 'w2', leaseMs: 60_000, now: at(59_999) })).toBe('busy');
    expect(await ledger.claim(MAIL, { owner: 'w2', leaseMs: 60_000, now: at(60_000) })).toBe('claimed');
    expect(await ledger.get(MAIL)).toMatchObject({ state: 'sending', owner: 'w2', leaseUntil: at(120_000).getTime(), attempts: 2 });
    // The first owner, late, can no longer give it back.
    expect(await ledger.release(MAIL, 'w1')).toBe(false);
  });

  it('gives a mail back on a transient failure, to be claimed again', async () => {
    const { ledger } = t.store();
    await ledger.claim(MAIL, { owner: 'w1', leaseMs: 60_000, now: T0 });
    expect(await ledger.release(MAIL, 'w1')).toBe(true);
    expect(await ledger.get(MAIL)).toMatchObject({ state: 'pending', leaseUntil: null });
    expect(await ledger.claim(MAIL, { owner: 'w2', leaseMs: 60_000, now: at(1000) })).toBe('claimed');
  });

  it('lets exactly one of 20 concurrent claims win', async () => {
    const { ledger } = t.store();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => ledger.claim(MAIL, { owner: `w${i}`, leaseMs: 60_000, now: T0 })));
    expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
    expect(results.filter((r) => r === 'busy')).toHaveLength(19);
  });

  it('stops a mail that failed for good and lists it for the operator', async () => {
    const { ledger } = t.store();
    await ledger.claim(MAIL, { owner: 'w1', leaseMs: 60_000, now: T0 });
    expect(await ledger.markFailed(MAIL, { reason: '550 5.1.1 mailbox unavailable', permanent: true, now: at(1000) })).toBe(true);
    expect(await ledger.claim(MAIL, { owner: 'w2', leaseMs: 60_000, now: at(2000) })).toBe('failed');
    const failed = await ledger.listFailed();
    expect(failed).toEqual([expect.objectContaining({ mailId: MAIL, state: 'failed', reason: '550 5.1.1 mailbox unavailable', updatedAt: at(1000).toISOString() })]);
  });

  it('never turns a sent mail into a failed one', async () => {
    const { ledger } = t.store();
    await ledger.claim(MAIL, { owner: 'w1', leaseMs: 60_000, now: T0 });
    await ledger.markSent(MAIL, { owner: 'w1', messageId: '<m@srok>', now: at(1000) });
    expect(await ledger.markFailed(MAIL, { reason: 'late bounce', permanent: true, now: at(2000) })).toBe(false);
    expect((await ledger.get(MAIL))?.state).toBe('sent');
    expect(await ledger.listFailed()).toEqual([]);
  });

  it('lets ledger entries expire after the configured time, and drops expired ones from the failed list', async () => {
    const ttl = 7 * 24 * 3600 * 1000;
    const store = t.store({ ledgerTtlMs: ttl });
    const { ledger } = store;
    await ledger.claim(MAIL, { owner: 'w1', leaseMs: 60_000, now: T0 });
    const pttl = await t.redis().pttl(store.keys.ledger(MAIL));
    expect(pttl).toBeGreaterThan(ttl - 60_000);
    expect(pttl).toBeLessThanOrEqual(ttl);
    expect(await t.redis().pttl(`${t.store().keys.ledger(MAIL)}`)).toBe(-2);

    await ledger.markFailed('other-mail', { reason: 'rejected', permanent: true, now: T0 });
    await ledger.markFailed(MAIL, { reason: 'rejected', permanent: true, now: T0 });
    // What expiry does, without waiting for it.
    await t.redis().del(store.keys.ledger('other-mail'));
    expect((await ledger.listFailed()).map((e) => e.mailId)).toEqual([MAIL]);
    expect(await t.redis().zrange(store.keys.failed, 0, -1)).toEqual([MAIL]);
  });

  it('reads the entries of many mails at once, in the order asked, leaving out mails never claimed', async () => {
    const { ledger } = t.store();
    const other = `${MAIL}-other`;
    await ledger.claim(MAIL, { owner: 'w1', leaseMs: 60_000, now: T0 });
    await ledger.markSent(MAIL, { owner: 'w1', messageId: '<a@srok>', now: at(1000) });
    await ledger.claim(other, { owner: 'w1', leaseMs: 60_000, now: T0 });
    await ledger.markFailed(other, { reason: '550 mailbox unavailable', permanent: true, now: at(2000) });
    const entries = await ledger.getMany([other, 'never-claimed', MAIL]);
    expect(entries.map((e) => [e.mailId, e.state, e.reason])).toEqual([
      [other, 'failed', '550 mailbox unavailable'],
      [MAIL, 'sent', null],
    ]);
    expect(await ledger.getMany([])).toEqual([]);
  });

  it('uses a 400-day expiry by default', async () => {
    const store = t.store();
    await store.ledger.claim(MAIL, { owner: 'w1', leaseMs: 60_000, now: T0 });
    const days = (await t.redis().pttl(store.keys.ledger(MAIL))) / 86_400_000;
    expect(days).toBeGreaterThan(399.99);
    expect(days).toBeLessThanOrEqual(400);
  });
});
