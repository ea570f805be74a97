import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/plan/index.js';
import { seed000, seed000Item12, seed000Item41 } from './docs.js';
import { shipped, window } from './setup.js';

// Seed 000 item 1.2: «Рекомендовать органам местного самоуправления … направить … (на адрес электронной почты
// SolnovaKV@admhmao.ru) предложения … (при наличии). Срок: до 25 ноября 2019 года.»
const plan = planDocument(seed000([seed000Item12, seed000Item41]), shipped, window('2019-10-30', '2020-06-30'));
const steps = plan.steps;

describe('seed 000 item 1.2: an optional request to the 22 municipalities of KhMAO', () => {
  it('follows each of the 22 municipalities as its own part', () => {
    const parts = new Set(steps.filter((s) => s.part).map((s) => s.part?.ref));
    expect(parts.size).toBe(22);
    expect(parts).toContain('khmao-surgut');
    expect(parts).toContain('khmao-khanty-mansiysky-district');
  });

  it('sends each municipality the four reminders and nothing after the deadline', () => {
    const perPart = steps.filter((s) => s.part?.ref === 'khmao-surgut');
    expect(perPart.map((s) => [s.kind, s.localAt])).toEqual([
      ['reminder', '2019-11-11 10:00'],
      ['reminder', '2019-11-20 10:00'],
      ['reminder', '2019-11-22 10:00'],
      ['reminder', '2019-11-25 10:00'],
    ]);
    expect(perPart[0]?.recipients).toEqual({ to: ['office@surgut.hmao.example'], cc: [] });
    expect(steps.filter((s) => s.kind === 'reminder')).toHaveLength(22 * 4);
    expect(steps.some((s) => s.kind === 'overdue' || s.kind === 'escalation')).toBe(false);
  });

  it('marks every step optional', () => {
    expect(steps.every((s) => s.optional)).toBe(true);
  });

  it('sends one summary to the address named in the item on the first working day after the deadline', () => {
    const summaries = steps.filter((s) => s.kind === 'summary');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({
      localAt: '2019-11-26 10:00',
      part: null,
      recipients: { to: ['SolnovaKV@admhmao.ru'], cc: [] },
      subject: 'Протокол № 4/2019 от 30.10.2019, п. 1.2 — сводка исполнения: срок 25.11.2019',
    });
  });

  it('does not copy the address named in the item on mails to the municipalities', () => {
    const others = steps.filter((s) => s.kind !== 'summary');
    expect(others.some((s) => [...s.recipients.to, ...s.recipients.cc].includes('SolnovaKV@admhmao.ru'))).toBe(false);
  });

  it('plans nothing for item 4.1, which only closes items of protocol 3/2019', () => {
    expect(steps.some((s) => s.item === '4.1')).toBe(false);
    expect(steps).toHaveLength(22 * 4 + 1);
  });

  it('titles the reminders with the protocol, the item and the deadline', () => {
    expect(steps[0]?.subject).toBe('Протокол № 4/2019 от 30.10.2019, п. 1.2 — напоминание: срок 25.11.2019');
  });

  it('warns about nothing', () => {
    expect(plan.warnings).toEqual([]);
  });
});
