import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../../src/eval/py.js';
import {
  closesOk,
  deadlineOk,
  executorsOk,
  freqOf,
  matchAssignments,
  normItem,
  normNum,
  overlap,
  referenceSummary,
  scoreDocument,
  scoreFailure,
  sumCounts,
} from '../../src/eval/score.js';

/** A predicted assignment in the contract's shape, with what a test leaves out filled in. */
function pred(a: { item?: string | null; text?: string; executors?: string[]; deadline?: JsonObject | null; [k: string]: Json | undefined }): JsonObject {
  const { executors, ...rest } = a;
  return {
    item: null,
    text: '',
    recommendation: false,
    sendTo: [],
    emails: [],
    optional: false,
    closes: [],
    ...rest,
    executors: (executors ?? []).map((name) => ({ role: 'executor', text: name, name, ref: null })),
    deadline: a.deadline === undefined ? { kind: 'none', text: '', date: null } : a.deadline,
  } as JsonObject;
}

function out(assignments: Json[], more: JsonObject = {}): JsonObject {
  return { protocol: { number: null, date: null }, noted: [], assignments, extensions: [], controller: null, ...more };
}

const date = (d: string, text = ''): JsonObject => ({ kind: 'date', date: d, text });

describe('item numbers', () => {
  it('are compared without outer dots, brackets, spaces, case, and with Latin look-alikes read as Cyrillic', () => {
    expect(normItem('1.2.')).toBe('1.2');
    expect(normItem(' 7. (а) ')).toBe('7.а');
    expect(normItem('7.a')).toBe('7.а'); // Latin a
    expect(normItem('2.B')).toBe('2.b'); // lower case first: Latin b has no Cyrillic look-alike
    expect(normItem('1.C')).toBe('1.с'); // Latin C → c → Cyrillic с
    expect(normItem(null)).toBeNull();
    expect(normItem('')).toBe('');
    expect(normItem(3)).toBe('3');
  });
});

describe('normNum (header and closes numbers)', () => {
  it('drops «№» and spaces, lowers case and reads Latin look-alikes as Cyrillic', () => {
    expect(normNum('№ 235-р')).toBe('235-р');
    expect(normNum('235-P')).toBe('235-р'); // Latin P → p → Cyrillic р
    expect(normNum('07-19-07-001')).toBe('07-19-07-001');
    expect(normNum('N 88')).toBe('n88'); // «N» is not «№»: kept
    expect(normNum('')).toBeNull();
    expect(normNum(null)).toBeNull();
    expect(normNum('№')).toBeNull();
  });
  it('keeps Latin letters that have no Cyrillic look-alike after lower case (k, m, h, t, b)', () => {
    expect(normNum('5-K')).toBe('5-k');
    expect(normNum('5-К')).toBe('5-к');
    expect(normNum('5-K')).not.toBe(normNum('5-К'));
  });
});

describe('pairing (greedy: item number first, then deadline and text)', () => {
  it('pairs by item number and never across different numbers', () => {
    const golds = [{ item: '1', responsible: [], deadline: date('2020-01-10') }, { item: '2', responsible: [], deadline: date('2020-02-10') }];
    const preds = [pred({ item: '2', deadline: date('2020-01-10') }), pred({ item: '3', deadline: date('2020-02-10') })];
    const pairs = matchAssignments(golds, preds);
    expect([...pairs.entries()]).toEqual([[1, 0]]);
  });
  it('splits one item with two deadlines by date', () => {
    const golds = [
      { item: '2', responsible: [], deadline: date('2011-05-13', '13 мая') },
      { item: '2', responsible: [], deadline: date('2011-05-27', '27 мая') },
    ];
    const preds = [pred({ item: '2', deadline: date('2011-05-27') }), pred({ item: '2', deadline: date('2011-05-13') })];
    const pairs = matchAssignments(golds, preds);
    expect(pairs.get(0)).toBe(1);
    expect(pairs.get(1)).toBe(0);
  });
  it('pairs unnumbered clauses with unnumbered predictions, and not with a numbered one on nothing else', () => {
    const g = [{ item: null, responsible: [], deadline: { kind: 'none' } }];
    expect(matchAssignments(g, [pred({ item: null })]).get(0)).toBe(0);
    expect(matchAssignments(g, [pred({ item: '1' })]).size).toBe(0);
    // …but a numbered prediction with the gold's date (score 2) does pair
    const gd = [{ item: null, responsible: [], deadline: date('2014-12-15', 'не позднее 15 декабря 2014 года') }];
    expect(matchAssignments(gd, [pred({ item: '1', deadline: date('2014-12-15') })]).get(0)).toBe(0);
  });
  it('breaks ties as Python sorts (score, gold index, prediction index) in reverse: the later prediction wins', () => {
    const g = [{ item: '1', responsible: [], deadline: { kind: 'none' } }];
    const pairs = matchAssignments(g, [pred({ item: '1' }), pred({ item: '1' })]);
    expect(pairs.get(0)).toBe(1);
  });
  it('prefers the prediction whose executors and deadline text fit', () => {
    const g = [{ item: null, responsible: ['Министерство финансов'], deadline: { kind: 'date', date: null, text: 'до 1 июня' } }];
    const preds = [pred({ item: null, executors: ['Министерству культуры'] }), pred({ item: null, text: 'Министерству финансов представить до 1 июня', executors: ['Министерство финансов'] })];
    expect(matchAssignments(g, preds).get(0)).toBe(1);
  });
});

describe('executors: every gold name found by 5-letter stem overlap ≥ 0.6', () => {
  it('accepts the dative of the nominative', () => {
    // главы/главам differ in their first five letters (главы, глава): 2 of 3 stems
    expect(overlap('Главы администраций районов', 'главам администраций районов')).toBe(2 / 3);
    expect(executorsOk({ responsible: ['Главы администраций районов'] }, pred({ executors: ['главам администраций районов'] }))).toBe(true);
  });
  it('refuses when fewer than 60 % of the stems are there, or a gold executor is missing', () => {
    // stems of the gold: минис, финан, росси (3); the prediction has минис only → 1/3
    expect(executorsOk({ responsible: ['Министерство финансов России'] }, pred({ executors: ['Министерству культуры'] }))).toBe(false);
    expect(
      executorsOk({ responsible: ['Минтранс России', 'Минфин России'] }, pred({ executors: ['Минтрансу России'] })),
    ).toBe(false);
    expect(executorsOk({ responsible: [] }, pred({ executors: [] }))).toBe(true);
  });
});

describe('deadlines', () => {
  it('date: kind and day; a time when the key has one (17-00 reads 17:00)', () => {
    expect(deadlineOk(date('2020-01-10'), date('2020-01-10'))).toBe(true);
    expect(deadlineOk(date('2020-01-10'), date('2020-01-11'))).toBe(false);
    expect(deadlineOk(date('2020-01-10'), { kind: 'period', date: '2020-01-10' })).toBe(false);
    expect(deadlineOk({ ...date('2014-06-03'), time: '16:00' }, { kind: 'date', date: '2014-06-03', time: '16-00' })).toBe(true);
    expect(deadlineOk({ ...date('2014-06-03'), time: '16:00' }, { kind: 'date', date: '2014-06-03', time: null })).toBe(false);
    expect(deadlineOk(date('2020-01-10'), null)).toBe(false);
  });
  it('relative_ok (on the assignment) accepts kind relative with the resolved day', () => {
    const rel = { kind: 'relative', date: '1994-04-29', text: 'в течение 10 дней' };
    expect(deadlineOk({ ...date('1994-04-29'), relative_ok: true }, rel)).toBe(true);
    expect(deadlineOk(date('1994-04-29'), rel)).toBe(false);
    // scored through a document: relative_ok is read from the assignment, not from inside the deadline
    const gold = (where: 'assignment' | 'deadline'): Json => ({
      assignments: [
        where === 'assignment'
          ? { item: '1', responsible: [], deadline: date('1994-04-29'), relative_ok: true }
          : { item: '1', responsible: [], deadline: { ...date('1994-04-29'), relative_ok: true } },
      ],
    });
    expect(scoreDocument('x', gold('assignment'), out([pred({ item: '1', deadline: rel })])).counts.deadlineOk).toBe(1);
    expect(scoreDocument('x', gold('deadline'), out([pred({ item: '1', deadline: rel })])).counts.deadlineOk).toBe(0);
  });
  it('period: kind period or date, with the last day', () => {
    const g = { kind: 'period', date: '1994-04-30' };
    expect(deadlineOk(g, { kind: 'period', date: '1994-04-30' })).toBe(true);
    expect(deadlineOk(g, { kind: 'date', date: '1994-04-30' })).toBe(true);
    expect(deadlineOk(g, { kind: 'relative', date: '1994-04-30' })).toBe(false);
  });
  it('recurring: frequency and first due day (first_due, firstDue, first_due_any)', () => {
    const p = (freq: string, firstDue: string | null): JsonObject => ({ kind: 'recurring', rule: { freq }, firstDue });
    const g = { kind: 'recurring', freq: 'quarterly', first_due: '2014-04-05' };
    expect(deadlineOk(g, p('quarterly', '2014-04-05'))).toBe(true);
    expect(deadlineOk(g, p('quarterly', '2014-07-05'))).toBe(false);
    expect(deadlineOk(g, p('monthly', '2014-04-05'))).toBe(false);
    expect(deadlineOk(g, { kind: 'date', date: '2014-04-05' })).toBe(false);
    // unknown first due: any first due is right
    expect(deadlineOk({ kind: 'recurring', freq: 'quarterly', first_due: null }, p('quarterly', '2030-01-01'))).toBe(true);
    expect(deadlineOk({ kind: 'recurring', firstDue: '2021-02-10' }, p('monthly', '2021-02-10'))).toBe(true);
    const any = { kind: 'recurring', freq: 'monthly', first_due: '2021-02-10', first_due_any: ['2021-01-10', '2021-02-10'] };
    expect(deadlineOk(any, p('monthly', '2021-01-10'))).toBe(true);
    expect(deadlineOk(any, p('monthly', '2021-03-10'))).toBe(false);
  });
  it('recurring frequencies from a rule string or object; «half» adds halfyearly', () => {
    expect(freqOf({ rule: 'monthly, day 10' })).toEqual(new Set(['monthly']));
    expect(freqOf({ rule: 'yearly or half' })).toEqual(new Set(['yearly', 'halfyearly']));
    expect(freqOf({ rule: { freq: 'weekly' } })).toEqual(new Set(['weekly']));
    expect(freqOf({ rule: 'halfyearly' })).toBeNull(); // does not start with a known one: frequency not checked
    expect(freqOf({})).toBeNull();
    expect(deadlineOk({ kind: 'recurring', rule: 'yearly-half' }, { kind: 'recurring', rule: { freq: 'halfyearly' } })).toBe(true);
  });
  it('none accepts none and unparsed; continuous only continuous; a key without kind nothing', () => {
    expect(deadlineOk({ kind: 'none' }, { kind: 'unparsed', text: 'в кратчайшие сроки' })).toBe(true);
    expect(deadlineOk({ kind: 'none' }, { kind: 'none' })).toBe(true);
    expect(deadlineOk({ kind: 'none' }, date('2020-01-01'))).toBe(false);
    expect(deadlineOk({ kind: 'continuous' }, { kind: 'continuous' })).toBe(true);
    expect(deadlineOk({ kind: 'continuous' }, { kind: 'none' })).toBe(false);
    expect(deadlineOk({}, { kind: 'none' })).toBe(false);
  });
});

describe('wrong deadlines stated as if sure (silent)', () => {
  const gold = (deadline: JsonObject) => ({ assignments: [{ item: '1', responsible: [], deadline }] });
  it('counts a wrong deadline of any kind but unparsed', () => {
    expect(scoreDocument('x', gold(date('2020-01-10')), out([pred({ item: '1', deadline: date('2020-01-11') })])).counts.silent).toBe(1);
    expect(scoreDocument('x', gold(date('2020-01-10')), out([pred({ item: '1', deadline: { kind: 'none' } })])).counts.silent).toBe(1);
    expect(scoreDocument('x', gold(date('2020-01-10')), out([pred({ item: '1', deadline: null })])).counts.silent).toBe(1);
    expect(scoreDocument('x', gold({ kind: 'none', text: 'на следующем заседании' }), out([pred({ item: '1', deadline: date('2020-02-01') })])).counts.silent).toBe(1);
  });
  it('does not count an unparsed one, a right one, or a missed item', () => {
    expect(scoreDocument('x', gold(date('2020-01-10')), out([pred({ item: '1', deadline: { kind: 'unparsed', text: '?' } })])).counts.silent).toBe(0);
    expect(scoreDocument('x', gold(date('2020-01-10')), out([pred({ item: '1', deadline: date('2020-01-10') })])).counts.silent).toBe(0);
    expect(scoreDocument('x', gold(date('2020-01-10')), out([])).counts.silent).toBe(0);
  });
  it('lists the mismatch with the gold and predicted deadlines', () => {
    const r = scoreDocument('007', gold({ kind: 'period', date: '2025-12-31', text: 'с 2020 г. до 2025 г.' }), out([pred({ item: '1', deadline: { kind: 'none', text: '', date: null } })]));
    expect(r.deadlines).toEqual([{ item: '1', expected: { kind: 'period', date: '2025-12-31', text: 'с 2020 г. до 2025 г.' }, got: { kind: 'none', text: '', date: null }, silent: true }]);
    expect(r.referenceLines).toEqual([
      "007: item 1 deadline {'kind': 'period', 'date': '2025-12-31', 'text': 'с 2020 г. до 2025 г.'} got {'kind': 'none', 'text': '', 'date': None}",
    ]);
  });
});

describe('closes', () => {
  const pc = (number: string | null, d: string | null, items: string[]) => ({ protocol: { number, date: d, title: null, body: null }, items, done: true });
  it('need the number (norm_num), the date and the same items in any order', () => {
    const gc = { protocol: '3/2019', date: '2019-07-27', items: ['1.2.1', '1.2.2'] };
    expect(closesOk(gc, [pc('№ 3/2019', '2019-07-27', ['1.2.2', '1.2.1.'])])).toBe(true);
    expect(closesOk(gc, [pc('3/2019', '2019-07-28', ['1.2.1', '1.2.2'])])).toBe(false);
    expect(closesOk(gc, [pc('3/2019', '2019-07-27', ['1.2.1'])])).toBe(false);
    expect(closesOk(gc, [pc('4/2019', '2019-07-27', ['1.2.1', '1.2.2'])])).toBe(false);
    // a whole act closed: no items on either side; no number on either side matches too
    expect(closesOk({ protocol: '31', date: '1998-02-14', items: [] }, [pc('31', '1998-02-14', [])])).toBe(true);
    expect(closesOk({ protocol: null, date: '1998-02-14', items: [] }, [pc(null, '1998-02-14', [])])).toBe(true);
  });
  it('are counted per gold close, found in any predicted assignment or in a top-level closes list, matched or not', () => {
    const gold = {
      assignments: [
        { item: '5', responsible: [], deadline: { kind: 'none' }, closes: [{ protocol: '3/2019', date: '2019-07-27', items: ['1.2'] }] },
        { item: '6', responsible: [], deadline: { kind: 'none' }, closes: [{ protocol: '31', date: '1998-02-14', items: [] }] },
      ],
    };
    const r = scoreDocument(
      'x',
      gold,
      out([pred({ item: '9', closes: [pc('3/2019', '2019-07-27', ['1.2'])] })], { closes: [pc('31', '1998-02-14', [])] }),
    );
    expect(r.counts.closes).toBe(2);
    expect(r.counts.closesOk).toBe(2);
    expect(r.counts.matched).toBe(0);
  });
});

describe('noted items', () => {
  it('counts true and false positives and misses by normalised item', () => {
    const r = scoreDocument('x', { noted: ['1', '2.1', '3'], assignments: [] }, out([], { noted: ['1.', '2.1', '4'] }));
    expect([r.counts.notedTp, r.counts.notedFp, r.counts.notedFn]).toEqual([2, 1, 1]);
  });
  it('a failed parse misses every noted item', () => {
    const r = scoreFailure('x', { noted: ['1', '2'], assignments: [{ item: '3' }] }, 'exit 1');
    expect([r.counts.notedFn, r.counts.gold, r.counts.failed, r.counts.headerFields]).toEqual([2, 1, 1, 0]);
    expect(r.referenceLines).toEqual(['x: parse failed: exit 1']);
  });
});

describe('header number and date', () => {
  const gold = { protocol: { number: '235-р', date: '1994-04-19' }, assignments: [] };
  it('number by norm_num («№», spaces, Latin look-alikes), date exactly', () => {
    const r = scoreDocument('x', gold, out([], { protocol: { number: '№ 235-p', date: '1994-04-19' } }));
    expect([r.counts.headerOk, r.counts.headerFields, r.counts.numberOk, r.counts.dateOk]).toEqual([2, 2, 1, 1]);
    const wrong = scoreDocument('x', gold, out([], { protocol: { number: 'N 235-р', date: '1994-04-20' } }));
    expect([wrong.counts.headerOk, wrong.counts.headerFields]).toEqual([0, 2]);
  });
  it('fields the key leaves null are not counted', () => {
    const r = scoreDocument('x', { protocol: { number: null, date: '2020-01-01' }, assignments: [] }, out([], { protocol: { number: '5', date: '2020-01-01' } }));
    expect([r.counts.headerOk, r.counts.headerFields, r.counts.numberFields]).toEqual([1, 1, 0]);
  });
});

describe('controller, e-mails, «(при наличии)», extensions', () => {
  it('controller by stem overlap with the name and text of the parse', () => {
    const g = { controller: 'первый заместитель главы администрации', assignments: [] };
    const ok = scoreDocument('x', g, out([], { controller: { text: 'на первого заместителя главы администрации', name: 'первый заместитель главы администрации', ref: null } }));
    expect([ok.counts.controllerOk, ok.counts.controllers]).toEqual([1, 1]);
    const no = scoreDocument('x', g, out([]));
    expect([no.counts.controllerOk, no.counts.controllers]).toEqual([0, 1]);
    expect(scoreDocument('x', { assignments: [] }, out([])).counts.controllers).toBe(0);
  });
  it('e-mails as a set, case-insensitive, or any of emails_any; optional by truth', () => {
    const g = { assignments: [{ item: '1', responsible: [], deadline: { kind: 'none' }, emails: ['A@x.ru', 'b@x.ru'], optional: true }] };
    const r = scoreDocument('x', g, out([pred({ item: '1', emails: ['b@x.ru', 'a@X.ru'], optional: true })]));
    expect([r.counts.emailsOk, r.counts.optionalOk]).toEqual([1, 1]);
    const r2 = scoreDocument('x', g, out([pred({ item: '1', emails: ['a@x.ru'] })]));
    expect([r2.counts.emailsOk, r2.counts.optionalOk]).toEqual([0, 0]);
    const alt = { assignments: [{ item: '1', responsible: [], deadline: { kind: 'none' }, emails: ['a@x.ru'], emails_any: [['a@x.ru'], []] }] };
    expect(scoreDocument('x', alt, out([pred({ item: '1', emails: [] })])).counts.emailsOk).toBe(1);
  });
  it('extensions by the new day, the protocol number and the items', () => {
    const g = { assignments: [], extensions: [{ to: '2023-06-01', protocol: '6', items: ['3.4'] }] };
    const pe = (to: string, number: string, items: string[]) => ({ item: '2', to, protocol: { number, date: null, title: null, body: null }, items });
    expect(scoreDocument('x', g, out([], { extensions: [pe('2023-06-01', '№ 6', ['3.4.'])] })).counts.extensionsOk).toBe(1);
    expect(scoreDocument('x', g, out([], { extensions: [pe('2023-06-02', '6', ['3.4'])] })).counts.extensionsOk).toBe(0);
    expect(scoreDocument('x', g, out([], { extensions: [pe('2023-06-01', '6', ['3.5'])] })).counts.extensions).toBe(1);
  });
});

describe('misses, extras and max_assignments', () => {
  it('warns when a hard negative yields more assignments than allowed', () => {
    const r = scoreDocument('009', { assignments: [], max_assignments: 0 }, out([pred({ item: '7.8.2', text: 'Структурные схемы' })]));
    expect(r.counts.overLimit).toBe(1);
    expect(r.overLimit).toEqual({ limit: 0, predicted: 1 });
    expect(r.referenceLines).toEqual(['009: 1 assignments where at most 0 expected', '009: EXTRA item 7.8.2 Структурные схемы']);
    expect(scoreDocument('x', { assignments: [], max_assignments: 1 }, out([pred({ item: '1' })])).counts.overLimit).toBe(0);
  });
  it('lists what was missed and what was extra, as score.py -v prints them', () => {
    const r = scoreDocument(
      '001',
      { assignments: [{ item: null, responsible: [], deadline: { kind: 'date', date: '2009-12-01', text: 'до 1 декабря 2009 года' } }] },
      out([pred({ item: '1', text: 'Принять к сведению' })]),
    );
    expect(r.misses).toEqual([{ item: null, deadline: 'до 1 декабря 2009 года', responsible: [] }]);
    expect(r.extras).toEqual([{ item: '1', text: 'Принять к сведению' }]);
    expect(r.referenceLines).toEqual(['001: MISSED item None до 1 декабря 2009 года', '001: EXTRA item 1 Принять к сведению']);
  });
});

describe('totals as score.py prints them', () => {
  it('recall, precision and deadlines over gold and predicted, shares rounded half to even like Python', () => {
    // 8 gold, 1 matched with the right deadline: 1/8 = 0.125 prints 0.12 in Python (0.13 with toFixed)
    const golds = Array.from({ length: 8 }, (_, i) => ({ item: String(i + 1), responsible: [], deadline: { kind: 'none' } }));
    const r = scoreDocument('x', { assignments: golds }, out([pred({ item: '1' })]));
    const lines = referenceSummary(sumCounts([r.counts]));
    expect(lines).toEqual([
      'documents failed to parse: 0',
      'assignments gold 8 predicted 1 matched 1',
      'executors ok 1/1  emails ok 1/1  optional ok 1/1',
      'closes ok 0/0  noted tp/fp/fn 0/0/0  header fields ok 0/0  controller ok 0/0  extensions ok 0/0',
      "wrong deadlines stated as if sure (not 'unparsed'): 0",
      'recall 0.12 precision 1.00 deadline 0.12 emails 1.00 noted 1.00 closes 0/0 silent 0',
    ]);
  });
  it('precision reads 0.00 when nothing was predicted', () => {
    const r = scoreDocument('x', { assignments: [], max_assignments: 0 }, out([]));
    expect(referenceSummary(r.counts)[5]).toBe('recall 0.00 precision 0.00 deadline 0.00 emails 0.00 noted 1.00 closes 0/0 silent 0');
  });
});
