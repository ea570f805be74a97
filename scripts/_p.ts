import { readFileSync } from 'node:fs';
import { parseProtocol } from '../src/protocol/index.js';
const arg = process.argv[2]!;
const text = arg.endsWith('.txt') ? readFileSync(arg, 'utf8').split('\n').filter((l, i) => !(i < 2 && l.startsWith('# '))).join('\n') : arg.replace(/\\n/g, '\n');
const p = parseProtocol({ file: 'x.txt', format: 'txt', sha256: 'x', encoding: 'utf-8', lines: text.split('\n') });
for (const a of p.assignments) console.log(a.item, JSON.stringify(a.executors.map((e) => e.name)), JSON.stringify(a.deadline));
for (const w of p.warnings) console.log('W', w.line, w.code, w.message);
