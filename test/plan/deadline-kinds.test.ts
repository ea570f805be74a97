import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/plan/index.js';
import { assignment, bareDeadline, dateDeadline, executor, seed002 } from './docs.js';
import { local, shipped, window, withLadders } from './setup.js';

const MININFORM = 'Министерство информационных технологий, связи и цифрового развития Челябинской области';
const toMininform = executor('Министерству информационных технологий, связи и цифрового развития Челябинской области', MININFORM, 'chel-mininform');

describe('a deadline srok cannot read', () => {
  const vague = assignment({ item: '3', line: 31, text: '… в кратчайшие сроки.', executors: [toMininform], deadline: bareDeadline('unparsed', 'в кратчайшие сроки') });

  it('gives one step to the operator at the next office instant, and none to the executor', () => {
    // Saturday 28 November 2020, noon: the next office instant is Monday 30 November, 09:00
    const plan = planDocument(seed002([vague]), shipped, { now: local('2020-11-28', '12:00'), until: local('2021-12-31') });
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]).toMatchObject({
      kind: 'operator',
      localAt: '2020-11-30 09:00',
      at: '2020-11-30T04:00:00.000Z',
      part: null,
      occurrence: null,
      recipients: { to: ['operator@srok.example'], cc: [] },
    });
    expect(plan.steps[0]?.subject).toContain('в кратчайшие сроки');
  });

  it('goes out at once when the operator is already in office hours', () => {
    const plan = planDocument(seed002([vague]), shipped, { now: local('2020-11-26', '14:37'), until: local('2021-12-31') });
    expect(plan.steps[0]?.localAt).toBe('2020-11-26 14:37');
  });

  it('gives nothing when the operator asked not to be told', () => {
    const quiet = withLadders((ladders) => ({ ...ladders, kinds: { ...ladders.kinds, unparsed: { notifyOperator: false } } }));
    expect(planDocument(seed002([vague]), quiet, window('2020-11-26', '2021-12-31')).steps).toEqual([]);
  });
});

describe('an assignment with no deadline', () => {
  const open = assignment({ item: '4', line: 35, text: '… обеспечить …', executors: [toMininform], deadline: bareDeadline('none') });

  it('gets a status request every four weeks from the document date, the first after now', () => {
    const steps = planDocument(seed002([open]), shipped, window('2021-01-01', '2021-04-30')).steps;
    expect(steps.map((s) => [s.kind, s.index, s.localAt])).toEqual([
      ['status', 2, '2021-01-21 10:00'],
      ['status', 3, '2021-02-18 10:00'],
      ['status', 4, '2021-03-18 10:00'],
      ['status', 5, '2021-04-15 10:00'],
    ]);
    expect(steps[0]?.recipients).toEqual({ to: ['mininform@gov74.example'], cc: [] });
    expect(steps[0]?.occurrence).toBeNull();
    expect(steps.some((s) => s.kind === 'escalation' || s.kind === 'reminder')).toBe(false);
  });
});

describe('a standing assignment («постоянно»)', () => {
  it('gets a status request every quarter from the document date, moved to a working day', () => {
    const standing = assignment({ item: '6', line: 43, text: '… постоянно.', executors: [toMininform], deadline: bareDeadline('continuous', 'постоянно') });
    const steps = planDocument(seed002([standing]), shipped, window('2020-11-26', '2021-12-31')).steps;
    // 26 Feb, 26 May, 26 Aug and 26 Nov 2021 are all working days
    expect(steps.map((s) => s.localAt)).toEqual(['2021-02-26 10:00', '2021-05-26 10:00', '2021-08-26 10:00', '2021-11-26 10:00']);
    expect(steps.every((s) => s.kind === 'status')).toBe(true);
  });
});

describe('an executor that matches no directory entry', () => {
  const federal = assignment({
    item: '7',
    line: 47,
    text: 'Министерству цифрового развития, связи и массовых коммуникаций Российской Федерации рассмотреть …',
    executors: [executor('Министерству цифрового развития, связи и массовых коммуникаций Российской Федерации', 'Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации', null)],
    deadline: dateDeadline('1 февраля 2021 года', '2021-02-01'),
  });
  const plan = planDocument(seed002([federal]), shipped, window('2020-11-26', '2021-03-31'));

  it('becomes one part whose reminders go to the operator', () => {
    const reminders = plan.steps.filter((s) => s.kind === 'reminder');
    expect(reminders).toHaveLength(4);
    expect(reminders.every((s) => s.part?.ref === null && s.recipients.to.join() === 'operator@srok.example')).toBe(true);
    expect(reminders[0]?.part?.name).toContain('Российской Федерации');
  });

  it('is reported with the line of its item, in Russian, by its name in the nominative and what to do', () => {
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({
        line: 47,
        code: 'executor_unmatched',
        message: 'исполнителя «Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации» нет в справочнике — письма ему пойдут оператору (operator@srok.example); добавьте его в config/directory.yaml',
      }),
    );
  });

  it('words every warning of the plan in Russian (codes, addresses and config paths aside)', () => {
    const none = assignment({ item: '8', line: 52, text: 'Провести …', executors: [], deadline: dateDeadline('1 февраля 2021 года', '2021-02-01') });
    const late = planDocument(seed002([federal, none]), shipped, window('2021-03-01', '2021-03-31'));
    expect(late.warnings.length).toBeGreaterThan(2);
    for (const w of late.warnings) {
      const words = w.message.replace(/[\w.+-]+@[\w.-]+|config\/[\w./-]+|ladders\.issuers/gu, '').match(/[A-Za-z]{3,}/gu) ?? [];
      expect(words, w.message).toEqual([]);
    }
  });

  it('keeps ids fit for job queues', () => {
    expect(plan.steps.every((s) => /^[A-Za-z0-9._-]+$/.test(s.id))).toBe(true);
  });
});
