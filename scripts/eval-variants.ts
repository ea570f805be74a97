/**
 * `npm run eval:variants`: how much of what the reader finds in the corpus survives the
 * ways other copies of the same documents are laid out. Every text document of the
 * development sets of test/corpus/ is read as it is and in each layout variant below (the
 * same words: hard-wrapped at a column, with and without hyphenation, every paragraph
 * apart, blank lines dropped, CRLF, non-breaking spaces, «N» for «№», plain dashes and
 * quotes, page numbers between lines); each reading is scored against the document's
 * answer key, and the report gives, per variant, the figures and every document where a
 * variant loses an assignment, a deadline or a header field that the original reading had.
 *
 *   npm run eval:variants [-- --set NAME ...] [--variant NAME ...] [--quiet]
 *
 * A layout in which the reader loses what it read before is a class of documents it will
 * miss; the answer keys do not change with the layout (they pair assignments by item
 * number and compare words, not lines). The corpus documents themselves are never changed:
 * each variant is written to a scratch folder.
 *
 * Exit: 0 always (a measurement), 2 bad usage.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseJsonText } from '../src/cli/parse-json.js';
import { loadConfig } from '../src/config/index.js';
import type { SrokConfig } from '../src/config/types.js';
import { docFor, findSets, goldStems, isTextDoc, readGold, stripProvenance } from '../src/eval/corpus.js';
import type { Json } from '../src/eval/py.js';
import { figures, scoreDocument, sumCounts, type Counts, type DocResult } from '../src/eval/score.js';
import { readProtocol } from '../src/read-protocol.js';
import { VARIANTS } from '../src/eval/variants.js';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const CORPUS = path.join(ROOT, 'test', 'corpus');

interface Reading {
  result: DocResult;
}

async function read(text: string, name: string, config: SrokConfig, scratch: string, stem: string, gold: Json): Promise<Reading> {
  const target = path.join(scratch, name);
  writeFileSync(target, text, 'utf8');
  try {
    const parsed = await readProtocol(target, config);
    return { result: scoreDocument(stem, gold, JSON.parse(parseJsonText(parsed)) as Json) };
  } catch (e) {
    const { scoreFailure } = await import('../src/eval/score.js');
    return { result: scoreFailure(stem, gold, e instanceof Error ? e.message : String(e)) };
  }
}

function line(label: string, c: Counts): string {
  const f = figures(c);
  const p = (x: number) => x.toFixed(3);
  return `${label.padEnd(10)} полнота ${p(f.recall)} (${c.matched}/${c.gold})  точность ${p(f.precision)}  сроки ${p(f.deadline)} (${c.deadlineOk})  шапка ${c.headerOk}/${c.headerFields}  уверенно неверно ${c.silent}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { set: { type: 'string', multiple: true }, variant: { type: 'string', multiple: true }, quiet: { type: 'boolean' }, write: { type: 'string' } },
  });
  const names = values.variant ?? Object.keys(VARIANTS);
  for (const n of names) {
    if (!(n in VARIANTS)) {
      console.error(`неизвестный вариант «${n}»; есть: ${Object.keys(VARIANTS).join(', ')}`);
      return 2;
    }
  }
  // --write set/NNN: the document's variants written as files beside each other (to read them and run srok parse on them).
  if (values.write !== undefined) {
    const [setName, stem] = values.write.split('/');
    const set = findSets(CORPUS).find((s) => s.name === setName);
    const file = set && stem ? docFor(set.docsDir, stem) : null;
    if (file === null || file === undefined || !isTextDoc(file)) {
      console.error(`нет текстового документа ${values.write} в test/corpus`);
      return 2;
    }
    const text = stripProvenance(readFileSync(file));
    const dir = mkdtempSync(path.join(tmpdir(), 'srok-variant-'));
    for (const n of names) writeFileSync(path.join(dir, `${n}${path.extname(file)}`), VARIANTS[n]!.apply(text), 'utf8');
    console.log(dir);
    return 0;
  }
  const config = loadConfig(path.join(ROOT, 'config'));
  const sets = findSets(CORPUS).filter((s) => !s.holdout && (values.set === undefined || values.set.includes(s.name)));
  const scratch = mkdtempSync(path.join(tmpdir(), 'srok-variants-'));
  const base: Counts[] = [];
  const byVariant = new Map<string, Counts[]>(names.map((n) => [n, []]));
  const losses = new Map<string, string[]>(names.map((n) => [n, []]));
  try {
    for (const set of sets) {
      for (const stem of goldStems(set.goldDir)) {
        const file = docFor(set.docsDir, stem);
        if (file === null || !isTextDoc(file)) continue;
        const gold = readGold(path.join(set.goldDir, `${stem}.json`)) as Json;
        const text = stripProvenance(readFileSync(file));
        const ext = path.extname(file);
        const original = (await read(text, `orig${ext}`, config, scratch, stem, gold)).result;
        base.push(original.counts);
        for (const n of names) {
          const variant = (await read(VARIANTS[n]!.apply(text), `${n}${ext}`, config, scratch, stem, gold)).result;
          byVariant.get(n)!.push(variant.counts);
          const lost: string[] = [];
          const missed = new Set(variant.misses.map((m) => String(m.item)));
          for (const m of original.misses) missed.delete(String(m.item));
          if (missed.size > 0) lost.push(`потеряны пункты ${[...missed].join(', ')}`);
          if (variant.counts.deadlineOk < original.counts.deadlineOk) lost.push(`сроков верно ${original.counts.deadlineOk} → ${variant.counts.deadlineOk}`);
          if (variant.counts.headerOk < original.counts.headerOk) lost.push(`шапка ${original.counts.headerOk} → ${variant.counts.headerOk}`);
          if (variant.counts.predicted > original.counts.predicted) lost.push(`лишних +${variant.counts.predicted - original.counts.predicted}`);
          if (variant.counts.silent > original.counts.silent) lost.push(`уверенно неверных +${variant.counts.silent - original.counts.silent}`);
          if (variant.failure !== null && original.failure === null) lost.push(`не прочитан: ${variant.failure}`);
          if (lost.length > 0) losses.get(n)!.push(`${set.name}/${stem}: ${lost.join('; ')}`);
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(line('как есть', sumCounts(base)));
  for (const n of names) {
    console.log(line(n, sumCounts(byVariant.get(n)!)) + `  — ${VARIANTS[n]!.about}; документов с потерями: ${losses.get(n)!.length}`);
  }
  if (!values.quiet) {
    for (const n of names) {
      const l = losses.get(n)!;
      if (l.length === 0) continue;
      console.log(`\n${n} (${VARIANTS[n]!.about}):`);
      for (const x of l) console.log(`  ${x}`);
    }
  }
  return 0;
}

process.exitCode = await main();
