import { describe, expect, it } from 'vitest';
import { addresseeReason } from '../../src/plan/addressee.js';
import { planDocument } from '../../src/plan/index.js';
import { assignment, dateDeadline, executor, seed000, seed000Item32, seed002, seed002Item2 } from './docs.js';
import { shipped, window, withDefault, withLadders } from './setup.js';

const MININFORM = 'Министерство информационных технологий, связи и цифрового развития Челябинской области';

/** Seed 002 item 2 with the regional government as controller (the protocol itself leaves control to the executing ministry). */
const governmentControls = (config = shipped) => {
  const doc = seed002([seed002Item2]);
  doc.controller = null;
  return {
    doc,
    config: {
      ...config,
      ladders: { ...config.ladders, issuers: config.ladders.issuers.map((rule) => (rule.controller === 'chel-mininform' ? { ...rule, controller: 'chel-government' } : rule)) },
    },
  };
};
const planGovernment = (patch: Parameters<typeof withDefault>[0] = {}) => {
  const { doc, config } = governmentControls(withDefault(patch));
  return planDocument(doc, config, window('2020-11-26', '2021-03-31'));
};

describe('seed 002 item 2: the IT ministry misses its deadline of 18 December 2020', () => {
  const plan = planGovernment({ maxRepeats: 'forever' });
  const chase = plan.steps.filter((s) => s.kind === 'overdue' || s.kind === 'escalation');

  it('tells the ministry the next working day, then escalates to the controller and to the ministry head', () => {
    expect(chase.slice(0, 3).map((s) => [s.kind, s.index, s.localAt, s.recipients.to[0]])).toEqual([
      ['overdue', 0, '2020-12-21 10:00', 'mininform@gov74.example'],
      ['escalation', 1, '2020-12-23 10:00', 'government@gov74.example'],
      ['escalation', 2, '2020-12-28 10:00', 'first-deputy@gov74.example'],
    ]);
    expect(chase[2]?.recipients.cc).toEqual(['mininform@gov74.example']);
  });

  it('repeats the last level every five working days until the end of the window, skipping the January holidays', () => {
    const repeats = chase.filter((s) => s.kind === 'escalation' && s.index > 2);
    expect(repeats.slice(0, 3).map((s) => [s.index, s.localAt])).toEqual([
      [3, '2021-01-12 10:00'],
      [4, '2021-01-19 10:00'],
      [5, '2021-01-26 10:00'],
    ]);
    expect(repeats.every((s) => s.recipients.to[0] === 'first-deputy@gov74.example')).toBe(true);
    // the next repeat would fall on 1 April, after the window
    expect(repeats.at(-1)?.localAt).toBe('2021-03-25 10:00');
    expect(repeats.map((s) => s.index)).toEqual(repeats.map((_, i) => i + 3));
  });

  it('stops repeating after maxRepeats', () => {
    const capped = planGovernment({ maxRepeats: 2 });
    const levels = capped.steps.filter((s) => s.kind === 'escalation').map((s) => s.index);
    expect(levels).toEqual([1, 2, 3, 4]);
  });

  it('repeats the last level three times by default, and not at all with maxRepeats 0', () => {
    const { doc, config } = governmentControls();
    const byDefault = planDocument(doc, config, window('2020-11-26', '2021-03-31'));
    expect(byDefault.steps.filter((s) => s.kind === 'escalation').map((s) => s.index)).toEqual([1, 2, 3, 4, 5]);
    expect(planGovernment({ maxRepeats: 0 }).steps.filter((s) => s.kind === 'escalation').map((s) => s.index)).toEqual([1, 2]);
  });

  it('names the addressee of every level and why they get it', () => {
    const escalations = plan.steps.filter((s) => s.kind === 'escalation').slice(0, 3);
    expect(escalations.map((s) => [s.addressee.ref, s.addressee.role, s.addressee.level])).toEqual([
      ['chel-government', 'controller', 1],
      ['chel-first-deputy-governor', 'executor-head', 2],
      ['chel-first-deputy-governor', 'executor-head', 3],
    ]);
    expect(plan.steps.find((s) => s.kind === 'overdue')?.addressee).toMatchObject({ ref: 'chel-mininform', role: 'executor', level: null });
  });

  it('never escalates to the ministry itself when it also controls the item: that level is skipped', () => {
    const own = planDocument(seed002([seed002Item2]), shipped, window('2020-11-26', '2021-03-31'));
    const escalations = own.steps.filter((s) => s.kind === 'escalation');
    expect(escalations.map((s) => s.index)).toEqual([2, 3, 4, 5]);
    expect(escalations.every((s) => s.recipients.to[0] === 'first-deputy@gov74.example' && s.addressee.role === 'executor-head')).toBe(true);
  });

  it('escalates once per level when repeat is off', () => {
    const once = planGovernment({ repeat: false });
    expect(once.steps.filter((s) => s.kind === 'escalation').map((s) => s.index)).toEqual([1, 2]);
  });
});

describe('who the controller is', () => {
  const issuerControlsGovernment = withLadders((ladders) => ({
    ...ladders,
    issuers: ladders.issuers.map((rule) => (rule.controller === 'chel-mininform' ? { ...rule, controller: 'chel-government' } : rule)),
  }));
  const firstEscalation = (config = shipped, controller: 'protocol' | 'none' = 'protocol') => {
    const doc = seed002([seed002Item2]);
    if (controller === 'none') doc.controller = null;
    return planDocument(doc, config, window('2020-11-26', '2021-01-31')).steps.find((s) => s.kind === 'escalation' && s.index === 1);
  };

  it('is the body the protocol names («Контроль … оставить за Министерством …»), which gets no escalation about its own item', () => {
    expect(firstEscalation(issuerControlsGovernment)).toBeUndefined();
    const doc = seed002([seed002Item2]);
    const plan = planDocument(doc, issuerControlsGovernment, window('2020-11-26', '2021-01-31'));
    expect(plan.steps.some((s) => s.kind === 'escalation' && s.recipients.to.includes('mininform@gov74.example'))).toBe(false);
  });

  it("is the issuer's configured controller when the protocol names none", () => {
    expect(firstEscalation(issuerControlsGovernment, 'none')?.recipients.to).toEqual(['government@gov74.example']);
  });

  it('is the operator, with a warning, when neither the protocol nor the config names one', () => {
    const noIssuers = withLadders((ladders) => ({ ...ladders, issuers: [] }));
    const doc = seed002([seed002Item2]);
    doc.controller = null;
    const plan = planDocument(doc, noIssuers, window('2020-11-26', '2021-01-31'));
    const step = plan.steps.find((s) => s.kind === 'escalation' && s.index === 1);
    expect(step?.recipients).toEqual({ to: ['operator@srok.example'], cc: ['mininform@gov74.example'] });
    expect(plan.warnings).toContainEqual(expect.objectContaining({ line: 27, code: 'escalation_unaddressed' }));
  });
});

describe('co-executors', () => {
  // Seed 002 item 9: «Рекомендовать Министерству … совместно с Управлением государственной службы … разработать …»
  const item9 = assignment({
    item: '9',
    line: 55,
    text: 'Рекомендовать Министерству информационных технологий, связи и цифрового развития Челябинской области совместно с Управлением государственной службы и противодействия коррупции Правительства Челябинской области разработать показатели …',
    recommendation: true,
    executors: [
      executor('Министерству информационных технологий, связи и цифрового развития Челябинской области', MININFORM, 'chel-mininform'),
      executor(
        'совместно с Управлением государственной службы и противодействия коррупции Правительства Челябинской области',
        'Управление государственной службы и противодействия коррупции Правительства Челябинской области',
        'chel-ugs',
        'co-executor',
      ),
    ],
    deadline: dateDeadline('1 апреля 2021 года', '2021-04-01'),
  });
  // Recommendations follow the full ladder only when a ladder says so.
  const fullLadder = withLadders((ladders) => ({ ...ladders, kinds: { ...ladders.kinds, recommendation: {} } }));
  const steps = planDocument(seed002([item9]), fullLadder, window('2021-03-01', '2021-05-31')).steps;

  it('are reminded and told when the deadline has passed', () => {
    const ugs = steps.filter((s) => s.part?.ref === 'chel-ugs');
    expect(ugs.map((s) => s.kind)).toEqual(['reminder', 'reminder', 'reminder', 'reminder', 'overdue']);
    expect(ugs.every((s) => s.part?.role === 'co-executor')).toBe(true);
  });

  it('are never escalated: the executor answers for the assignment', () => {
    expect(steps.some((s) => s.kind === 'escalation' && s.part?.ref === 'chel-ugs')).toBe(false);
    expect(steps.some((s) => s.kind === 'escalation' && s.part?.ref === 'chel-mininform')).toBe(true);
  });
});

describe('seed 000 item 3.2: proposals owed by the 22 municipalities by 7 November 2019', () => {
  const fullLadder = withLadders((ladders) => ({ ...ladders, kinds: { ...ladders.kinds, recommendation: {} } }));
  const plan = planDocument(seed000([seed000Item32]), fullLadder, window('2019-10-30', '2019-11-30'));
  const surgut = plan.steps.filter((s) => s.part?.ref === 'khmao-surgut');

  it("escalates each municipality to the issuer's controller, the department named in ladders.yaml", () => {
    const first = surgut.find((s) => s.kind === 'escalation' && s.index === 1);
    expect(first).toMatchObject({ localAt: '2019-11-12 10:00', recipients: { to: ['depit@admhmao.example'], cc: ['office@surgut.hmao.example'] } });
    expect(plan.steps.filter((s) => s.kind === 'escalation' && s.index === 1)).toHaveLength(22);
  });

  it('escalates to the operator where the directory names no head, and says so in one warning for all 22', () => {
    const second = surgut.find((s) => s.kind === 'escalation' && s.index === 2);
    expect(second?.recipients.to).toEqual(['operator@srok.example']);
    expect(second?.addressee).toMatchObject({ ref: null, role: 'operator', level: 2, name: shipped.settings.operator.name });
    expect(addresseeReason(second!.addressee)).toBe(
      'Вы получаете это письмо как оператор srok (уровень эскалации 2): вместо руководителя органа-исполнителя по поручению исполнителя «Администрация города Сургута»: в справочнике не указан руководитель.',
    );
    const unaddressed = plan.warnings.filter((w) => w.code === 'escalation_unaddressed');
    expect(unaddressed).toHaveLength(1);
    expect(unaddressed[0]?.line).toBe(65);
    expect(unaddressed[0]?.message).toContain('эскалация руководителю органа-исполнителя пойдёт оператору (operator@srok.example): в справочнике не указан руководитель');
    expect(unaddressed[0]?.message).toContain('исполнитель khmao-surgut');
    expect(unaddressed[0]?.message.match(/исполнитель /g)).toHaveLength(22);
  });

  it('sends the address named in the item a summary after the deadline, then the overdue digest at each repeat', () => {
    const summaries = plan.steps.filter((s) => s.kind === 'summary');
    expect(summaries.map((s) => [s.index, s.localAt])).toEqual([
      [0, '2019-11-08 10:00'],
      [1, '2019-11-15 10:00'],
      [2, '2019-11-22 10:00'],
      [3, '2019-11-29 10:00'],
    ]);
    expect(summaries.every((s) => s.recipients.to.join() === 'RaduzhanAA@admhmao.ru' && s.recipients.cc.length === 0)).toBe(true);
    expect(summaries[0]?.addressee).toMatchObject({ role: 'named', name: 'Депинформтехнологий Югры' });
    expect(surgut.find((s) => s.kind === 'reminder')?.addressee).toMatchObject({ ref: 'khmao-surgut', role: 'executor' });
  });
});

describe('a recommendation («Рекомендовать органам местного самоуправления …»)', () => {
  const plan = planDocument(seed000([seed000Item32]), shipped, window('2019-10-30', '2019-12-31'));

  it('is reminded, and reported to the controller, but never escalated up the executor\'s chain', () => {
    const escalations = plan.steps.filter((s) => s.kind === 'escalation');
    expect(escalations.length).toBeGreaterThan(0);
    expect(escalations.every((s) => s.addressee.role === 'controller' && s.recipients.to.join() === 'depit@admhmao.example')).toBe(true);
    expect(plan.steps.filter((s) => s.part?.ref === 'khmao-surgut' && s.kind === 'reminder').length).toBeGreaterThan(0);
    // The level and its three weekly repeats, then nothing more: the controller's weekly summary keeps it.
    expect([...new Set(escalations.map((s) => s.index))]).toEqual([1, 2, 3, 4]);
  });
});
