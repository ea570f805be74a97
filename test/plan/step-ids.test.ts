import { describe, expect, it } from 'vitest';
import { planDocument, protocolKey } from '../../src/plan/index.js';
import { assignment, dateDeadline, executor, seed000, seed000Item12, seed002, seed002Item2, seed002Item5 } from './docs.js';
import { shipped, window } from './setup.js';

const doc002 = seed002([seed002Item2, seed002Item5]);
const plan = planDocument(doc002, shipped, window('2020-11-26', '2021-12-31'));

describe('protocol keys', () => {
  it('read as the issuer, the number and the date, in latin letters, shortened with a hash when long', () => {
    const key = protocolKey(seed000([seed000Item12]));
    expect(key).toBe('rabochaya-gruppa-po-koordinatsii-tsifrovogo-razvitiya-5d95ff-4-2019-2019-10-30');
    expect(key.length).toBeLessThanOrEqual(80);
  });

  it('use the issuer and the date when the protocol has no number', () => {
    expect(protocolKey(doc002)).toBe('komissiya-po-tsifrovomu-razvitiyu-chelyabinskoy-oblasti-2020-11-26');
  });

  it('stay the same when the same protocol comes from another file', () => {
    const docx = { ...doc002, source: { file: 'protocol.docx', format: 'docx' as const, sha256: 'f'.repeat(64) } };
    expect(protocolKey(docx)).toBe(protocolKey(doc002));
  });

  it('differ for two protocols of one issuer on one day', () => {
    const a = seed000([seed000Item12]);
    const b = seed000([seed000Item12]);
    b.protocol.number = '5/2019';
    expect(protocolKey(a)).not.toBe(protocolKey(b));
  });
});

describe('step ids', () => {
  it('can be BullMQ job ids: latin letters, digits, dots, dashes and underscores, never all digits', () => {
    for (const step of plan.steps) {
      expect(step.id).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(step.id).not.toMatch(/^\d+$/);
      expect(step.id).not.toContain(':');
    }
  });

  it('are unique within a plan', () => {
    expect(new Set(plan.steps.map((s) => s.id)).size).toBe(plan.steps.length);
  });

  it('name the protocol, the item, the part, the occurrence and the step', () => {
    const step = plan.steps.find((s) => s.kind === 'reminder' && s.part?.ref === 'chel-minfin' && s.occurrence?.key === '2021-03' && s.index === 0);
    expect(step?.id).toBe('komissiya-po-tsifrovomu-razvitiyu-chelyabinskoy-oblasti-2020-11-26.p5.chel-minfin.2021-03.r-10wd');
  });

  it('come out the same, with the same plan, for the same input', () => {
    expect(planDocument(doc002, shipped, window('2020-11-26', '2021-12-31'))).toEqual(plan);
  });

  it('stay the same when the plan is made later', () => {
    const later = planDocument(doc002, shipped, window('2021-05-01', '2021-12-31'));
    const before = new Map(plan.steps.map((s) => [s.id, s.at]));
    expect(later.steps.length).toBeGreaterThan(0);
    expect(later.steps.every((s) => before.get(s.id) === s.at)).toBe(true);
  });

  it('name a lettered item in latin and an unnumbered clause by its line', () => {
    const lettered = assignment({ item: '1.а', line: 12, text: '…', executors: [executor('Министерству финансов Челябинской области', 'Министерство финансов Челябинской области', 'chel-minfin')], deadline: dateDeadline('1 марта 2021 года', '2021-03-01') });
    const unnumbered = { ...lettered, item: null, line: 14 };
    const steps = planDocument(seed002([lettered, unnumbered]), shipped, window('2021-02-01', '2021-02-28')).steps;
    expect(steps.some((s) => s.id.includes('.p1-a.chel-minfin.'))).toBe(true);
    expect(steps.some((s) => s.id.includes('.l14.chel-minfin.'))).toBe(true);
  });
});

describe('step order', () => {
  it('is by time, then by id', () => {
    const many = planDocument(seed000([seed000Item12]), shipped, window('2019-10-30', '2020-06-30')).steps;
    const expected = [...many].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(many.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    const all = plan.steps;
    const sorted = [...all].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(all.map((s) => s.id)).toEqual(sorted.map((s) => s.id));
  });

  it('puts item 10 after item 1 and item 1.2 before item 1 at the same instant, as the ids sort', () => {
    const at = (item: string) =>
      assignment({ item, line: 10, text: '…', executors: [executor('Министерству финансов Челябинской области', 'Министерство финансов Челябинской области', 'chel-minfin')], deadline: dateDeadline('1 марта 2021 года', '2021-03-01') });
    const steps = planDocument(seed002([at('10'), at('1'), at('1.2'), at('2')]), shipped, window('2021-02-26', '2021-02-26')).steps;
    expect(steps.map((s) => s.item)).toEqual(['1.2', '1', '10', '2']);
  });
});

describe('an item number written twice', () => {
  it('still gives every step its own id', () => {
    const twin = { ...seed002Item2, line: 45 };
    const steps = planDocument(seed002([seed002Item2, twin]), shipped, window('2020-11-26', '2021-01-31')).steps;
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(steps.some((s) => s.id.includes('.p2-l45.'))).toBe(true);
  });
});
