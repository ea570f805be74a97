import { parseDeadline } from '../src/deadline/index.js';
for (const p of process.argv.slice(3)) console.log(p, '→', JSON.stringify(parseDeadline(p, { documentDate: process.argv[2]! })));
