import { readFileSync } from 'node:fs';
import { findTables } from './src/protocol/tables.js';
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n').map((l) => l.trim());
for (const r of findTables(lines)) console.log(r.from, r.to, JSON.stringify(r.cells).slice(0, 200));
