import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { runDemo } from '../src/demo.js';
import { silentLog } from '../src/log.js';
const out = process.argv[2] ?? '/tmp/demo-outbox';
const t0 = Date.now();
const r = await runDemo({ inputs: ['test/fixtures/seeds'], configDir: 'config', redisUrl: 'redis://127.0.0.1:6379', until: '2021-06-30', outboxDir: out, prefix: 'wtmail-measure', log: silentLog() });
console.log('mails', r.mails, 'seconds', (Date.now()-t0)/1000, [...r.byKind]);
const files = (await readdir(out)).filter((f) => f.endsWith('.eml'));
const perDay = new Map<string, number>(); const subj = new Map<string, number>();
for (const f of files) {
  const m = await simpleParser(await readFile(path.join(out, f)));
  const day = new Date(m.date!.getTime() + 5*3600e3).toISOString().slice(0, 10);
  const who = [...[m.to].flat(), ...[m.cc].flat()].filter(Boolean).flatMap((a: any) => a.value.map((v: any) => v.address.toLowerCase()));
  for (const w of new Set(who)) { perDay.set(`${w} ${day}`, (perDay.get(`${w} ${day}`) ?? 0) + 1); const k = `${w} ${day} ${m.subject}`; subj.set(k, (subj.get(k) ?? 0) + 1); }
}
const busiest = [...perDay].sort((a, b) => b[1] - a[1]).slice(0, 5);
console.log('busiest', busiest);
console.log('same-subject repeats (recipient-day-subject with >1)', [...subj.values()].filter((n) => n > 1).length);
