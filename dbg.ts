import { readFileSync } from 'node:fs';
import { layout } from './src/protocol/layout.js';
import { readStructure } from './src/protocol/structure.js';
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n');
const { blocks } = layout(lines);
const st = readStructure(blocks);
blocks.forEach((b, i) => console.log(i, st.roles[i], b.marker?.value ?? '', JSON.stringify(b.text.slice(0, 70))));
console.log(JSON.stringify({ regions: st.regions, bodyStart: st.bodyStart, signature: st.signature, attachments: st.attachments }));
