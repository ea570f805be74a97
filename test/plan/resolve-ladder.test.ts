import { describe, expect, it } from 'vitest';
import { planDocument, resolveLadder } from '../../src/plan/index.js';
import { seed000, seed000Item12, seed002, seed002Item2, seed002Item5 } from './docs.js';
import { shipped, span, window, withLadders } from './setup.js';

const CHEL_COMMISSION = 'Комиссия по цифровому развитию Челябинской области';

describe('which ladder a part follows', () => {
  it('is the default ladder for an ordinary assignment of an issuer with no ladder of its own', () => {
    expect(resolveLadder(seed002([seed002Item2]), seed002Item2, 'chel-mininform', shipped)).toEqual(shipped.ladders.default);
  });

  it('drops the overdue notice and escalation of an optional request («при наличии»)', () => {
    const ladder = resolveLadder(seed000([seed000Item12]), seed000Item12, 'khmao-surgut', shipped);
    expect(ladder.overdue).toBe(false);
    expect(ladder.escalate).toEqual([]);
    expect(ladder.before).toEqual(shipped.ladders.default.before);
  });

  it('lets each later layer override the earlier: kind, then issuer, then the group, then the executor', () => {
    const config = withLadders((ladders) => ({
      ...ladders,
      kinds: { ...ladders.kinds, recommendation: { sendAt: '11:00', before: [span('5wd')] } },
      issuers: [{ match: CHEL_COMMISSION, controller: 'chel-mininform', ladder: { sendAt: '12:00', repeat: span('2w') } }],
      executors: [
        { ref: 'chel-minfin', ladder: { sendAt: '14:00' } },
        { ref: 'chel-oiv', ladder: { sendAt: '13:00', maxRepeats: 3 } },
      ],
    }));
    const recommendation = { ...seed002Item5, recommendation: true };
    const doc = seed002([recommendation]);
    const minfin = resolveLadder(doc, recommendation, 'chel-minfin', config);
    expect(minfin).toMatchObject({ before: [span('5wd')], sendAt: '14:00', repeat: span('2w'), maxRepeats: 3 });
    expect(resolveLadder(doc, recommendation, 'chel-minzdrav', config).sendAt).toBe('13:00');
    expect(resolveLadder(doc, recommendation, 'chel-mininform', config).sendAt).toBe('12:00');
    expect(resolveLadder(doc, { ...seed002Item5 }, 'chel-mininform', config).before).toEqual(shipped.ladders.default.before);
  });

  it('never lets an issuer or executor rule start chasing an optional request', () => {
    const config = withLadders((ladders) => ({
      ...ladders,
      issuers: [{ match: 'рабочая группа по координации цифрового развития', ladder: { overdue: span('1wd'), escalate: [{ after: span('1wd'), to: 'controller' }] } }],
      executors: [{ ref: 'khmao-surgut', ladder: { escalate: [{ after: span('1wd'), to: '@khmao-government' }] } }],
    }));
    const ladder = resolveLadder(seed000([seed000Item12]), seed000Item12, 'khmao-surgut', config);
    expect(ladder.overdue).toBe(false);
    expect(ladder.escalate).toEqual([]);
  });

  it('finds the issuer whatever the case of its name', () => {
    const config = withLadders((ladders) => ({
      ...ladders,
      issuers: [{ match: 'Комиссия по цифровому развитию', ladder: { sendAt: '15:00' } }],
    }));
    const doc = seed002([seed002Item2]);
    doc.protocol.body = 'Комиссии по цифровому развитию Челябинской области';
    expect(resolveLadder(doc, seed002Item2, 'chel-mininform', config).sendAt).toBe('15:00');
    doc.protocol.body = 'Комитет по цифровому развитию Челябинской области';
    expect(resolveLadder(doc, seed002Item2, 'chel-mininform', config).sendAt).toBe('10:00');
  });
});

describe('an issuer whose deadlines move to the previous working day', () => {
  const config = withLadders((ladders) => ({
    ...ladders,
    issuers: ladders.issuers.map((rule) => (rule.match === CHEL_COMMISSION ? { ...rule, ladder: { moveDeadline: 'previous' as const } } : rule)),
  }));
  const steps = planDocument(seed002([seed002Item5]), config, window('2020-11-26', '2021-12-31')).steps;
  const moved = new Map(steps.flatMap((s) => (s.occurrence ? [[s.occurrence.due, s.occurrence.deadline] as const] : [])));

  it('ends a report due on a Saturday, a Sunday or a holiday on the working day before it', () => {
    expect(moved.get('2021-04-10')).toBe('2021-04-09');
    expect(moved.get('2021-05-10')).toBe('2021-04-30');
    expect(moved.get('2021-07-10')).toBe('2021-07-09');
    expect(moved.get('2021-10-10')).toBe('2021-10-08');
    expect(moved.get('2021-03-10')).toBe('2021-03-10');
  });

  it('counts the reminders back from that earlier deadline', () => {
    const april = steps.filter((s) => s.part?.ref === 'chel-minfin' && s.occurrence?.due === '2021-04-10' && s.kind === 'reminder');
    expect(april.at(-1)?.localAt).toBe('2021-04-09 10:00');
  });
});
