/**
 * A plan that reaches a year with no calendar file still works on the fallback rules
 * (weekends and the fixed holidays), and says so where the operator looks: at the top of
 * `srok plan`, in `srok config check`, in /health; each step planned so is marked, in
 * the plan and in the operator's mail.
 */
import { describe, expect, it } from 'vitest';
import { healthCheck } from '../../src/http/health-check.js';
import { EMPTY_STATE, planDocument } from '../../src/plan/index.js';
import { stepMailContext } from '../../src/delivery/mail-context.js';
import { runSrok } from '../support/cli.js';
import { startPipeline } from '../support/pipeline.js';
import { assignment, bareDeadline, executor, seed002, seed002Item5 } from '../plan/docs.js';
import { local, shipped, window } from '../plan/setup.js';

const SEED_002 = 'test/fixtures/seeds/002_cea077b6f9d77646.txt';
const WARNING = /^ВНИМАНИЕ: Нет производственного календаря на 2027 год \(config\/calendar\/2027\.yaml\): рабочие дни этого года считаются только по выходным и праздникам ст\. 112 ТК РФ/;

describe('a plan reaching a year with no calendar file', () => {
  it('marks each step whose day or deadline lies in that year, and no other', () => {
    const plan = planDocument(seed002([seed002Item5]), shipped, window('2026-11-01', '2027-03-31'));
    const marked = plan.steps.filter((s) => s.calendar === 'fallback');
    const plain = plan.steps.filter((s) => s.calendar === undefined);
    expect(marked.length).toBeGreaterThan(0);
    expect(plain.length).toBeGreaterThan(0);
    expect(marked.every((s) => s.localAt.startsWith('2027') || s.occurrence?.deadline.startsWith('2027'))).toBe(true);
    expect(plain.every((s) => !s.localAt.startsWith('2027') && !s.occurrence?.deadline.startsWith('2027'))).toBe(true);
    expect(plan.warnings.filter((w) => w.code === 'calendar_year_missing').map((w) => w.message)).toEqual([expect.stringMatching(/^Нет производственного календаря на 2027 год/)]);
  });

  it('srok plan says so in Russian at the top, marks the steps, and does not repeat it at the end', async () => {
    const r = await runSrok(['plan', SEED_002, '--now', '2026-11-01', '--until', '2027-03-31'], { env: {} });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toMatch(WARNING);
    expect(lines[1]).toContain('помечены [без календаря]');
    expect(r.out.match(/ВНИМАНИЕ/g)).toHaveLength(1);
    expect(r.out).not.toContain('calendar_year_missing');
    const steps = lines.filter((l) => /^ {2}\d{4}-\d{2}-\d{2} /.test(l));
    const marked = steps.filter((l) => l.endsWith('[без календаря]'));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((l) => /^ {2}2027-|срок 2027-/.test(l))).toBe(true);
    expect(steps.filter((l) => !l.endsWith('[без календаря]')).every((l) => !/^ {2}2027-|срок 2027-/.test(l))).toBe(true);

    const json = await runSrok(['plan', SEED_002, '--now', '2026-11-01', '--until', '2027-03-31', '--json'], { env: {} });
    const parsed = JSON.parse(json.out) as { warnings: string[]; plans: Array<{ steps: Array<{ calendar?: string }> }> };
    expect(parsed.warnings).toEqual([expect.stringMatching(/^Нет производственного календаря на 2027 год/)]);
    expect(parsed.plans[0]!.steps.some((s) => s.calendar === 'fallback')).toBe(true);
  });

  it('inside the years that have files, srok plan says nothing of it', async () => {
    const r = await runSrok(['plan', SEED_002, '--now', '2020-11-26', '--until', '2021-06-30'], { env: {} });
    expect(r.out).not.toContain('ВНИМАНИЕ');
    expect(r.out).not.toContain('[без календаря]');
  });

  it('srok config check warns when the coming year reaches it, and not before', async () => {
    const late = await runSrok(['config', 'check'], { env: {}, now: () => new Date('2026-12-06T03:00:00Z') });
    expect(late.code).toBe(0);
    expect(late.out.split('\n').find((l) => l.startsWith('ВНИМАНИЕ'))).toMatch(WARNING);
    const json = JSON.parse((await runSrok(['config', 'check', '--json'], { env: {}, now: () => new Date('2026-12-06T03:00:00Z') })).out) as { warnings: Array<{ code: string; years: number[] }> };
    expect(json.warnings).toEqual([expect.objectContaining({ code: 'calendar_year_missing', years: [2027] })]);
    const early = await runSrok(['config', 'check'], { env: {}, now: () => new Date('2020-11-26T03:00:00Z') });
    expect(early.out).not.toContain('ВНИМАНИЕ');
  });

  it('the operator’s mail about a step planned on the fallback says so', () => {
    const toMininform = executor('Министерству информационных технологий, связи и цифрового развития Челябинской области', 'Министерство информационных технологий, связи и цифрового развития Челябинской области', 'chel-mininform');
    const vague = assignment({ item: '3', line: 31, text: '… в кратчайшие сроки.', executors: [toMininform], deadline: bareDeadline('unparsed', 'в кратчайшие сроки') });
    const doc = seed002([vague]);
    const now = local('2027-02-10', '12:00');
    const [step] = planDocument(doc, shipped, { now, until: local('2027-12-31') }).steps;
    expect(step).toMatchObject({ kind: 'operator', calendar: 'fallback' });
    const ctx = stepMailContext({ step: step!, doc, state: EMPTY_STATE, routing: null, config: shipped, now, threadRoot: null });
    expect(ctx.operatorNote).toContain('Это письмо запланировано без производственного календаря на 2027 год: учтены только выходные и праздники ст. 112 ТК РФ');
    const before = planDocument(doc, shipped, { now: local('2026-02-10', '12:00'), until: local('2026-12-31') }).steps[0]!;
    expect(before.calendar).toBeUndefined();
    expect(stepMailContext({ step: before, doc, state: EMPTY_STATE, routing: null, config: shipped, now, threadRoot: null }).operatorNote).not.toContain('календаря');
  });
});

describe('/health', () => {
  it('warns of the year without a calendar file the coming year reaches, and stays ok', async () => {
    const pipeline = await startPipeline('health-calendar', { day: '2026-12-07', time: '10:00' });
    try {
      const details = await healthCheck(pipeline.runtime.deps).details();
      expect(details.warnings).toEqual([{ code: 'calendar_year_missing', message: expect.stringMatching(/^Нет производственного календаря на 2027 год \(config\/calendar\/2027\.yaml\)/) }]);
      expect(details.failed).not.toContain('calendar');
    } finally {
      await pipeline.close();
    }
  });
});

describe('the timeline page', () => {
  it('says so at the top and marks the mails planned without a calendar', async () => {
    const { timelinePage } = await import('../../src/http/views/timeline-page.js');
    const doc = seed002([seed002Item5]);
    const now = local('2026-11-01');
    const until = local('2027-03-31');
    const plan = planDocument(doc, shipped, { now, until });
    const stored = { key: 'seed-002', doc } as unknown as import('../../src/store/types.js').StoredProtocol;
    const january = timelinePage({ stored, now, until, plan }, 'Asia/Yekaterinburg', { month: '2027-01' });
    const h1 = january.indexOf('</h1>');
    expect(january.indexOf('Внимание:</strong> Нет производственного календаря на 2027 год')).toBe(h1 + '</h1>\n<p class="card soon"><strong>'.length);
    const rows = january.split('<tr>').filter((r) => r.startsWith('<td>2027-01'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes('без календаря'))).toBe(true);
    // Said once, at the top, not again among the remarks.
    expect(january.split('Нет производственного календаря')).toHaveLength(2);
  });
});
