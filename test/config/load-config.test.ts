import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { maxRepeats } from '../../src/config/schema.js';

describe('the shipped config/', () => {
  const config = loadConfig('config');

  it('loads with its settings, ladders, directory and calendar', () => {
    expect(isAbsolute(config.dir)).toBe(true);
    expect(config.settings).toMatchObject({
      timezone: 'Asia/Yekaterinburg',
      officeHours: { start: '09:00', end: '18:00' },
      operator: { email: 'operator@srok.example' },
      mail: { from: 'srok <srok@srok.example>', transport: 'outbox', outboxDir: 'var/outbox' },
    });
    expect(config.directory.get('khmao-depit')?.name).toBe('Департамент информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры');
    // 4 November is a public holiday, the 5th of 2019 a working Tuesday.
    expect(config.calendar.isWorkingDay('2019-11-04')).toBe(false);
    expect(config.calendar.isWorkingDay('2019-11-05')).toBe(true);
  });

  it('has the default ladder: reminders 10, 3, 1 and 0 working days before, overdue after 1, controller then executor head', () => {
    expect(config.ladders.default).toEqual({
      before: [
        { count: 10, unit: 'wd' },
        { count: 3, unit: 'wd' },
        { count: 1, unit: 'wd' },
        { count: 0, unit: 'wd' },
      ],
      overdue: { count: 1, unit: 'wd' },
      escalate: [
        { after: { count: 2, unit: 'wd' }, to: 'controller' },
        { after: { count: 3, unit: 'wd' }, to: 'executor-head' },
      ],
      repeat: { count: 5, unit: 'wd' },
      maxRepeats: 3,
      sendAt: '10:00',
      moveDeadline: 'next',
    });
  });

  it('asks for status without a deadline every 4 weeks and for continuous items quarterly; «при наличии» gets reminders only', () => {
    expect(config.ladders.kinds).toEqual({
      none: { statusEvery: { count: 4, unit: 'w' } },
      continuous: { statusEvery: { count: 3, unit: 'm' } },
      unparsed: { notifyOperator: true },
      optional: { overdue: false, escalate: [] },
      recommendation: { escalate: [{ after: { count: 2, unit: 'wd' }, to: 'controller' }] },
      daily: { overdue: false, escalate: [] },
    });
  });

  it('names the controller of the KhMAO working group and of the Chelyabinsk commission', () => {
    expect(config.ladders.issuers.map(({ match, controller }) => ({ match, controller }))).toEqual([
      { match: 'рабочая группа по координации цифрового развития', controller: 'khmao-depit' },
      { match: 'Комиссия по цифровому развитию Челябинской области', controller: 'chel-mininform' },
    ]);
  });

  it('escalates through a head chain up to the top of each region', () => {
    const chain = (id: string): string[] => {
      const ids = [id];
      for (let head = config.directory.get(id)?.head; head !== undefined; head = config.directory.get(head)?.head) ids.push(head);
      return ids;
    };
    expect(chain('khmao-depit')).toEqual(['khmao-depit', 'khmao-government']);
    expect(chain('chel-mininform')).toEqual(['chel-mininform', 'chel-first-deputy-governor', 'chel-governor']);
  });

  it('lists only addresses on reserved example domains', () => {
    const emails = [config.settings.operator.email, ...config.directory.entries.flatMap((entry) => entry.emails)];
    expect(emails.length).toBeGreaterThan(30);
    expect(emails.filter((email) => !/@([a-z0-9-]+\.)*example$/.test(email))).toEqual([]);
  });
});

describe('defaults', () => {
  it('fills in what a minimal config leaves out', () => {
    const config = loadConfig('test/fixtures/config/minimal');
    expect(config.settings.mail).toEqual({
      from: 'srok <srok@srok.example>',
      transport: 'outbox',
      outboxDir: 'var/outbox',
      smtp: { threads: 0 },
      allowDomains: [],
      digest: { mode: 'protocol', at: '10:30', immediate: [], maxPerDay: 3, recipients: [] },
    });
    expect(config.settings.redis).toEqual({ prefix: 'srok' });
    expect(config.ladders.default.maxRepeats).toBe(3);
    expect(config.ladders.default.moveDeadline).toBe('next');
    expect(config.ladders.issuers).toEqual([]);
    expect(config.ladders.executors).toEqual([]);
    expect(config.directory.entries[0]?.aliases).toEqual([]);
  });
});

describe('maxRepeats', () => {
  it("is a count (0: no repeats) or 'forever', written out; anything else is refused", () => {
    expect(maxRepeats.parse(0)).toBe(0);
    expect(maxRepeats.parse(3)).toBe(3);
    expect(maxRepeats.parse('forever')).toBe('forever');
    expect(maxRepeats.safeParse(-1).success).toBe(false);
    expect(maxRepeats.safeParse('навсегда').success).toBe(false);
  });
});
