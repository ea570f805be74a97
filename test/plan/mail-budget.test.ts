import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldGroups, folds, plannedMails } from '../../src/plan/mail-budget.js';
import { mailStats } from '../../src/plan/mail-stats.js';
import { planDocument } from '../../src/plan/index.js';
import { runSrok } from '../support/cli.js';
import { seed000, seed000Item32 } from './docs.js';
import { shipped, window } from './setup.js';

const item = (id: string, protocolKey: string) => ({ id, protocolKey });

describe('folding a recipient\'s steps of one day', () => {
  it('makes one mail per protocol, and when there are more protocols than room, the last mail carries the rest', () => {
    const items = [item('a1', 'a'), item('b1', 'b'), item('a2', 'a'), item('c1', 'c'), item('d1', 'd')];
    expect(foldGroups(items, 'protocol', 5).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
      ['c', ['c1']],
      ['d', ['d1']],
    ]);
    expect(foldGroups(items, 'protocol', 3).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
      ['all', ['c1', 'd1']],
    ]);
    expect(foldGroups(items, 'daily', 3)).toHaveLength(1);
    // No room left (the day's cap already reached): still one mail, never none.
    expect(foldGroups(items, 'protocol', 0)).toHaveLength(1);
  });

  it('leaves out the kinds to send at once, recipients who chose separate mails, and a reminder whose deadline would pass first', () => {
    const plan = planDocument(seed000([seed000Item32]), shipped, window('2019-10-30', '2019-11-30'));
    const reminder = plan.steps.find((s) => s.kind === 'reminder')!;
    expect(folds(reminder, shipped)).toBe(true);
    const digest = shipped.settings.mail.digest;
    const at = (settings: Partial<typeof digest>) => ({ ...shipped, settings: { ...shipped.settings, mail: { ...shipped.settings.mail, digest: { ...digest, ...settings } } } });
    expect(folds(reminder, at({ immediate: ['reminder'] }))).toBe(false);
    expect(folds(reminder, at({ recipients: [{ match: reminder.recipients.to[0]!.split('@')[1]!, mode: 'separate' }] }))).toBe(false);
    const sameDay = { ...reminder, occurrence: { ...reminder.occurrence!, deadlineAt: new Date(Date.parse(reminder.at) + 60_000).toISOString() } };
    expect(folds(sameDay, shipped)).toBe(false);
  });

  it('brings the 22 municipalities\' escalations of seed 000 item 3.2 to the department in one mail a day', () => {
    const plan = planDocument(seed000([seed000Item32]), shipped, window('2019-10-30', '2019-12-31'));
    const toDepit = plan.steps.filter((s) => s.recipients.to.join() === 'depit@admhmao.example');
    expect(toDepit.length).toBeGreaterThan(22);
    const stats = mailStats(plannedMails(plan.steps, shipped));
    expect(stats.mostPerDay).toBeLessThanOrEqual(3);
    expect(stats.sameSubjectRepeats).toBe(0);
    const separate = { ...shipped, settings: { ...shipped.settings, mail: { ...shipped.settings.mail, digest: { ...shipped.settings.mail.digest, mode: 'separate' as const } } } };
    expect(mailStats(plannedMails(plan.steps, separate)).mostPerDay).toBe(22);
  });
});

describe('srok plan --stats', () => {
  it('prints the mails per recipient per week and the busiest days, and with --diff what a config change does', async () => {
    const r = await runSrok(['plan', 'test/fixtures/seeds/', '--now', '2020-11-26', '--until', '2021-12-31', '--stats'], { env: {}, now: () => new Date() });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Почтовая нагрузка: \d+ писе?м/);
    expect(r.out).toContain('Писем в неделю на адресата');
    expect(r.out).toContain('Самые загруженные дни:');
    expect(r.out).toContain('government@gov74.example');

    const dir = await mkdtemp(path.join(tmpdir(), 'srok-stats-'));
    try {
      await cp('config', dir, { recursive: true });
      const file = path.join(dir, 'srok.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('    mode: protocol', '    mode: separate'));
      const diff = await runSrok(['plan', 'test/fixtures/seeds/', '--now', '2020-11-26', '--until', '2021-12-31', '--stats', '--diff', dir, '--json'], { env: {}, now: () => new Date() });
      expect(diff.code).toBe(0);
      const { before, after } = JSON.parse(diff.out) as { before: { mails: number; mostPerDay: number }; after: { mails: number; mostPerDay: number } };
      expect(after.mails).toBeGreaterThan(before.mails);
      expect(before.mostPerDay).toBeLessThanOrEqual(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
