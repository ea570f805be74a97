import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFor, findSets, goldStems, isHoldout, stripProvenance } from '../../src/eval/corpus.js';
import { checkFloor, describeBreach, floor2, floorOf, raiseFloor } from '../../src/eval/floor.js';
import { pyFixed2, pyRepr, pyStrip } from '../../src/eval/py.js';
import { emptyCounts, figures, type Counts } from '../../src/eval/score.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('Python semantics the reference relies on', () => {
  it('formats shares like f"{x:.2f}" (exact ties to even)', () => {
    expect(pyFixed2(1 / 8)).toBe('0.12');
    expect(pyFixed2(3 / 8)).toBe('0.38');
    expect(pyFixed2(5 / 8)).toBe('0.62');
    expect(pyFixed2(11 / 42)).toBe('0.26');
    expect(pyFixed2(0.005)).toBe('0.01'); // 0.005 is a little above the tie as a double
    expect(pyFixed2(1)).toBe('1.00');
    expect(pyFixed2(0)).toBe('0.00');
  });
  it('writes repr() of dicts as CPython does', () => {
    expect(pyRepr({ kind: 'date', date: null, ok: true, day: 10, list: ['a'] })).toBe("{'kind': 'date', 'date': None, 'ok': True, 'day': 10, 'list': ['a']}");
    expect(pyRepr("до «1 июня» l'an")).toBe('"до «1 июня» l\'an"');
    expect(pyRepr('a\u00a0b\tc\\')).toBe("'a\\xa0b\\tc\\\\'");
    expect(pyRepr('\u200b')).toBe("'\\u200b'");
  });
  it("strips Python's whitespace, not JavaScript's (BOM kept, U+001F removed)", () => {
    expect(pyStrip('\ufeff1 ')).toBe('\ufeff1');
    expect(pyStrip('\u001f1\u0085')).toBe('1');
  });
});

describe('the corpus on disk', () => {
  it('drops only the leading provenance lines, makes line ends \\n and keeps a BOM (as score.py)', () => {
    expect(stripProvenance(enc('# source: a/b (commit 1)\r\n# retrieved: 2026-12-05\r\nПРОТОКОЛ\r\n# source: x\rend'))).toBe('ПРОТОКОЛ\n# source: x\nend');
    expect(stripProvenance(enc('# retrieved: x\n# note: y\ntext'))).toBe('# note: y\ntext');
    expect(stripProvenance(enc('\ufeff# source: x\ntext'))).toBe('\ufeff# source: x\ntext');
    expect(stripProvenance(enc('# source: x\n'))).toBe('');
    expect(() => stripProvenance(new Uint8Array([0xcf, 0xf0, 0xee]))).toThrow(/utf-8/);
  });
  it('finds the sets, the keys and the document of each key (NNN.<ext> or NNN_*.<ext>, never NNNN)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'eval-corpus-'));
    for (const set of ['acts', 'holdout', 'empty']) {
      mkdirSync(path.join(root, set, 'docs'), { recursive: true });
      mkdirSync(path.join(root, set, 'gold'), { recursive: true });
    }
    writeFileSync(path.join(root, 'acts', 'gold', '010.json'), '{}');
    writeFileSync(path.join(root, 'acts', 'gold', '002.json'), '{}');
    writeFileSync(path.join(root, 'holdout', 'gold', '001.json'), '{}');
    writeFileSync(path.join(root, 'acts', 'docs', '0100.txt'), '');
    writeFileSync(path.join(root, 'acts', 'docs', '010_scan.docx'), '');
    writeFileSync(path.join(root, 'acts', 'docs', '002.source'), '');
    writeFileSync(path.join(root, 'acts', 'docs', '002.md'), '');
    const sets = findSets(root);
    expect(sets.map((s) => [s.name, s.holdout])).toEqual([
      ['acts', false],
      ['holdout', true],
    ]);
    expect(goldStems(path.join(root, 'acts', 'gold'))).toEqual(['002', '010']);
    expect(docFor(path.join(root, 'acts', 'docs'), '010')).toBe(path.join(root, 'acts', 'docs', '010_scan.docx'));
    expect(docFor(path.join(root, 'acts', 'docs'), '002')).toBe(path.join(root, 'acts', 'docs', '002.md'));
    expect(docFor(path.join(root, 'holdout', 'docs'), '001')).toBeNull();
    expect(findSets(path.join(root, 'acts'), 'extra/acts').map((s) => s.name)).toEqual(['extra/acts']);
    expect(isHoldout('holdout')).toBe(true);
    expect(isHoldout('test/corpus-reviewed/holdout')).toBe(true);
    expect(isHoldout('acts')).toBe(false);
  });
});

function counts(over: Partial<Counts>): Counts {
  return { ...emptyCounts(), ...over };
}

describe('the floor', () => {
  it('rounds down to two decimals without binary surprises', () => {
    expect(floor2(0.29)).toBe(0.29);
    expect(floor2(2 / 7)).toBe(0.28);
    expect(floor2(1)).toBe(1);
    expect(floor2(11 / 42)).toBe(0.26);
  });
  const measured = figures(counts({ gold: 10, predicted: 10, matched: 5, deadlineOk: 4, headerFields: 4, headerOk: 3, silent: 2 }));
  it('names the figure, the floor and the measured value of every breach', () => {
    const floor = { ...floorOf(measured), recall: 0.6, silent_max: 1 };
    const b = checkFloor('overall', measured, floor);
    expect(b.map((x) => [x.figure, x.measured, x.floor])).toEqual([
      ['recall', 0.5, 0.6],
      ['silent', 2, 1],
    ]);
    expect(describeBreach(b[0]!, 'test/corpus/floor.json')).toBe('overall: recall 0.5000 is below its floor 0.60 (test/corpus/floor.json)');
    expect(describeBreach(b[1]!, 'f')).toBe('overall: silent 2 is above its maximum 1 (f)');
    expect(checkFloor('overall', measured, floorOf(measured))).toEqual([]);
    expect(checkFloor('overall', measured, undefined)).toEqual([]);
  });
  it('is raised to the measured figures and lowered only by force', () => {
    const old = { recall: 0.6, precision: 0.1, silent_max: 1 };
    const kept = raiseFloor(old, measured, 'acts', false);
    expect(kept.entry.recall).toBe(0.6);
    expect(kept.entry.precision).toBe(0.5);
    expect(kept.entry.silent_max).toBe(1);
    expect(kept.changes.filter((c) => c.refused).map((c) => c.figure)).toEqual(['recall', 'silent_max']);
    const forced = raiseFloor(old, measured, 'acts', true);
    expect([forced.entry.recall, forced.entry.silent_max]).toEqual([0.5, 2]);
    expect(Object.keys(forced.entry)[0]).toBe('recall');
    expect(Object.keys(forced.entry).slice(-2)).toEqual(['silent_max', 'failed_max']);
  });
});
