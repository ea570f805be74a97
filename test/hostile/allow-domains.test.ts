import { describe, expect, it } from 'vitest';
import { silentLog } from '../../src/log.js';
import type { RenderedMail } from '../../src/mail/types.js';
import { deliver, type Ledger } from '../../src/delivery/deliver.js';

function mail(to: string[], cc: string[] = []): RenderedMail {
  return { mailId: 'p.1.x.2019-11-25.r-10wd', messageId: '<m@srok.example>', from: 'srok@srok.example', to, cc, subject: 's', date: new Date(0).toUTCString(), html: '<p>x</p>', text: 'x', headers: {}, icalEvent: null };
}

function world() {
  const sent: RenderedMail[] = [];
  const failed: string[] = [];
  const ledger: Ledger = {
    claim: async () => 'claimed',
    markSent: async () => undefined,
    release: async () => undefined,
    markFailed: async (_id, o) => void failed.push(o.reason),
  };
  const transport = { send: async (m: RenderedMail) => (sent.push(m), { rejected: [] as string[] }) };
  const deps = { ledger, transport: transport as never, clock: { now: () => new Date(0) } as never, log: silentLog(), owner: 'w1', leaseMs: 1000, allowDomains: ['admhmao.ru'] };
  return { sent, failed, deps };
}

describe('mail.allowDomains holds every address outside it, including addresses written in items', () => {
  it('sends to the allowed recipients only and holds the others', async () => {
    const w = world();
    // An address written in an item («на адрес электронной почты …») arrives as cc.
    expect(await deliver(mail(['office@admhmao.ru', 'evil@attacker.example'], ['SolnovaKV@ADMHMAO.RU', 'leak@gmail.com']), w.deps)).toBe('sent');
    expect(w.sent[0]?.to).toEqual(['office@admhmao.ru']);
    expect(w.sent[0]?.cc).toEqual(['SolnovaKV@ADMHMAO.RU']);
  });

  it('sends nothing when every recipient is outside, and records why for the operator', async () => {
    const w = world();
    expect(await deliver(mail(['evil@attacker.example']), w.deps)).toBe('failed');
    expect(w.sent).toEqual([]);
    expect(w.failed[0]).toMatch(/held: evil@attacker\.example outside mail\.allowDomains \(admhmao\.ru\)/);
  });

  it('an empty allowlist lets any domain through', async () => {
    const w = world();
    await deliver(mail(['a@any.example']), { ...w.deps, allowDomains: [] });
    expect(w.sent[0]?.to).toEqual(['a@any.example']);
  });
});
