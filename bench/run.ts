import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchBurst } from './burst.js';
import { deadlineTableSuccess } from './deadline-table.js';
import { benchDeliver } from './deliver.js';
import { benchFormats, type FormatsResult } from './formats.js';
import { benchMemory } from './memory.js';
import { benchParse } from './parse.js';
import { benchRender } from './render.js';
import { benchSchedule, type ScheduleResult } from './schedule.js';
import { benchStartup, type StartupFigure, type StartupResult } from './startup.js';
import { fmt } from './support.js';

/**
 * `npm run bench`: every figure beside the raw library measured in the same run,
 * written to bench/results.json (keys are kept across benchmarks of later stages).
 *
 * Redis: the machine's (REDIS_URL, default 127.0.0.1:6379) under a key prefix of each
 * benchmark's own, removed after; the memory figures use redis-servers of their own.
 */
const RESULTS = new URL('./results.json', import.meta.url);

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Reading each format: printed, and the figures kept under `formats` in results.json. */
async function formatsSection(): Promise<{ result: FormatsResult; json: Record<string, unknown> }> {
  const f = await benchFormats();
  const goal = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(`formats (the 10-page protocol as typeset by LibreOffice: ${f.pdfPages} PDF pages)`);
  console.log(`  text PDF: srok ${f.pdfPageMs.toFixed(1)} ms per page (lines, running heads and feet, paragraphs); pdfjs-dist alone ${f.pdfjsPageMs.toFixed(1)} ms per page; ratio ${(f.pdfPageMs / f.pdfjsPageMs).toFixed(2)}× the time (goal ≤ 50 ms: ${goal(f.pdfPageMs <= 50)})`);
  console.log(`  whole document, ms: ${Object.entries(f.documentMs).map(([k, v]) => `.${k} ${v.toFixed(1)}`).join(', ')}`);
  console.log(`  OCR of one scanned page (200 dpi, noise, 0.8°): srok ${(f.ocrJpgMs / 1000).toFixed(2)} s from the .jpg, ${(f.ocrPdfPageMs / 1000).toFixed(2)} s per page of a scanned PDF (goal ≤ 10 s: ${goal(Math.max(f.ocrJpgMs, f.ocrPdfPageMs) <= 10_000)})`);
  console.log(`  tesseract alone on the same .jpg: ${(f.tesseractMs / 1000).toFixed(2)} s; ratio ${(f.ocrJpgMs / f.tesseractMs).toFixed(2)}× the time (decoding, denoising and straightening the page, ${f.ocrLines} lines laid out)`);
  return {
    result: f,
    json: {
      pdfPageMs: { srok: round(f.pdfPageMs, 2), pdfjs: round(f.pdfjsPageMs, 2), ratio: round(f.pdfPageMs / f.pdfjsPageMs, 3), pages: f.pdfPages },
      documentMs: Object.fromEntries(Object.entries(f.documentMs).map(([k, v]) => [k, round(v, 2)])),
      ocrPageMs: { jpg: round(f.ocrJpgMs, 0), scannedPdf: round(f.ocrPdfPageMs, 0), tesseract: round(f.tesseractMs, 0), ratio: round(f.ocrJpgMs / f.tesseractMs, 3) },
    },
  };
}

/** Start-up of `srok parse` and `srok show` beside `node -e 0`: printed, and kept under `startup` in results.json. */
async function startupSection(): Promise<StartupResult> {
  const startup = await benchStartup();
  const vsNode = (f: StartupFigure) => `${(f.wallMs / startup.node.wallMs).toFixed(2)}× the time, ${(f.maxRssMiB / startup.node.maxRssMiB).toFixed(2)}× the memory of node -e 0`;
  const goal = (f: StartupFigure) => (f.wallMs <= 300 && f.maxRssMiB <= 80 ? 'met' : 'MISSED');
  console.log('start-up (a new process through bin/srok.js on the compiled and bundled code, median of 7, the commands taking turns)');
  console.log(`  node -e 0: ${startup.node.wallMs.toFixed(0)} ms, ${startup.node.maxRssMiB.toFixed(0)} MiB`);
  console.log(`  srok parse on the 10-page protocol: ${startup.parse.wallMs.toFixed(0)} ms wall, ${startup.parse.maxRssMiB.toFixed(0)} MiB peak; ${vsNode(startup.parse)} (goal ≤ 300 ms, ≤ 80 MiB: ${goal(startup.parse)})`);
  console.log(`  srok show 4/2019 п.1.2 (Redis): ${startup.show.wallMs.toFixed(0)} ms wall, ${startup.show.maxRssMiB.toFixed(0)} MiB peak; ${vsNode(startup.show)} (goal ≤ 300 ms, ≤ 80 MiB: ${goal(startup.show)})`);
  console.log(`  micro: srok parse with the config cache empty (the config read and checked in full): ${startup.parseCold.wallMs.toFixed(0)} ms, ${startup.parseCold.maxRssMiB.toFixed(0)} MiB`);
  return startup;
}

function startupJson(startup: StartupResult): Record<string, unknown> {
  const figure = (f: StartupFigure) => ({ wallMs: round(f.wallMs, 0), maxRssMiB: round(f.maxRssMiB, 1), ratio: round(f.wallMs / startup.node.wallMs, 2) });
  return { node: { wallMs: round(startup.node.wallMs, 0), maxRssMiB: round(startup.node.maxRssMiB, 1) }, parse: figure(startup.parse), parseCold: figure(startup.parseCold), show: figure(startup.show), ratio: round(startup.parse.wallMs / startup.node.wallMs, 2) };
}

/** `npm run bench:startup`: the start-up figures and the reminder's size only, merged into results.json. */
async function startupOnly(): Promise<void> {
  const previous = JSON.parse(await readFile(RESULTS, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  const loadAtStart = loadavg()[0]!;
  const startup = await startupSection();
  const render = await benchRender();
  console.log(`  the sample reminder: HTML ${fmt(render.htmlBytes)} B (goal ≤ 15 000: ${render.htmlBytes <= 15_000 ? 'met' : 'MISSED'}), text ${fmt(render.textBytes)} B, .ics ${fmt(render.icsBytes)} B; the whole message as sent ${fmt(render.mailBytes)} B`);
  const loadAtEnd = loadavg()[0]!;
  console.log(`  (load average ${loadAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end)`);
  const details = (previous['details'] ?? {}) as Record<string, unknown>;
  const renderDetails = (details['render'] ?? {}) as Record<string, unknown>;
  await writeFile(
    RESULTS,
    `${JSON.stringify({ ...previous, startup: { ...startupJson(startup), loadAverage: [round(loadAtStart, 2), round(loadAtEnd, 2)], measuredAt: new Date().toISOString() }, details: { ...details, render: { ...renderDetails, htmlBytes: render.htmlBytes, textBytes: render.textBytes, icsBytes: render.icsBytes, mailBytes: render.mailBytes } } }, null, 2)}\n`,
  );
  console.log('written to bench/results.json');
}

/** `npm run bench:formats`: only the formats, merged into results.json. */
async function formatsOnly(): Promise<void> {
  const previous = JSON.parse(await readFile(RESULTS, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  const loadAtStart = loadavg()[0]!;
  const { json } = await formatsSection();
  const loadAtEnd = loadavg()[0]!;
  console.log(`  (load average ${loadAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end)`);
  await writeFile(RESULTS, `${JSON.stringify({ ...previous, formats: { ...json, loadAverage: [round(loadAtStart, 2), round(loadAtEnd, 2)], measuredAt: new Date().toISOString() } }, null, 2)}\n`);
  console.log('written to bench/results.json');
}

/** `npm run bench:schedule`: import + schedule against raw addBulk only, merged into results.json. */
async function scheduleOnly(): Promise<void> {
  const previous = JSON.parse(await readFile(RESULTS, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  const loadAtStart = loadavg()[0]!;
  const schedule = await benchSchedule();
  printSchedule(schedule);
  const loadAtEnd = loadavg()[0]!;
  console.log(`  (load average ${loadAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end)`);
  const details = (previous['details'] ?? {}) as Record<string, unknown>;
  await writeFile(
    RESULTS,
    `${JSON.stringify({ ...previous, schedule: { ...scheduleJson(schedule), loadAverage: [round(loadAtStart, 2), round(loadAtEnd, 2)], measuredAt: new Date().toISOString() }, details: { ...details, schedule: scheduleDetails(schedule) } }, null, 2)}\n`,
  );
  console.log('written to bench/results.json');
}

function printSchedule(schedule: ScheduleResult): void {
  console.log(`schedule (N = ${fmt(schedule.n)} single-executor assignments, ${schedule.protocols} protocols × ${schedule.n / schedule.protocols}, parsing excluded)`);
  console.log(`  srok importAndRead + scheduleProtocol: ${fmt(schedule.srokJobsPerSec)} jobs/s`);
  console.log(`  raw BullMQ addBulk, same jobs and batches: ${fmt(schedule.rawJobsPerSec)} jobs/s`);
  console.log(`  ratio srok/raw ${schedule.ratio.toFixed(2)}× (goal ≥ 0.7×)`);
  console.log(
    `  ${fmt(schedule.single.n)} one-assignment protocols: srok ${fmt(schedule.single.srokJobsPerSec)} jobs/s, raw addBulk ${fmt(schedule.single.rawJobsPerSec)} jobs/s, ratio ${schedule.single.ratio.toFixed(2)}× (goal ≥ 0.5×)`,
  );
  console.log(
    `  micro: per protocol of ${schedule.n / schedule.protocols}: import ${schedule.srokMs.import.toFixed(2)} ms, schedule ${schedule.srokMs.schedule.toFixed(2)} ms, raw addBulk ${schedule.rawMsPerProtocol.toFixed(2)} ms; ` +
      `per one-assignment protocol: import ${schedule.single.srokMs.import.toFixed(2)} ms, schedule ${schedule.single.srokMs.schedule.toFixed(2)} ms, raw addBulk ${schedule.single.rawMsPerProtocol.toFixed(2)} ms`,
  );
}

function scheduleJson(schedule: ScheduleResult): Record<string, unknown> {
  return { srok: round(schedule.srokJobsPerSec, 0), raw: round(schedule.rawJobsPerSec, 0), ratio: round(schedule.ratio, 3) };
}

function scheduleDetails(schedule: ScheduleResult): Record<string, unknown> {
  return {
    n: schedule.n,
    protocols: schedule.protocols,
    units: 'jobs/s',
    srokMsPerProtocol: { import: round(schedule.srokMs.import, 3), schedule: round(schedule.srokMs.schedule, 3) },
    oneAssignmentProtocols: {
      n: schedule.single.n,
      srok: round(schedule.single.srokJobsPerSec, 0),
      raw: round(schedule.single.rawJobsPerSec, 0),
      ratio: round(schedule.single.ratio, 3),
      srokMsPerProtocol: { import: round(schedule.single.srokMs.import, 3), schedule: round(schedule.single.srokMs.schedule, 3) },
      rawMsPerProtocol: round(schedule.single.rawMsPerProtocol, 3),
    },
    rawMsPerProtocol: round(schedule.rawMsPerProtocol, 3),
  };
}

async function main(): Promise<void> {
  const previous = JSON.parse(await readFile(RESULTS, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  const started = performance.now();
  // Other work on the machine moves every figure: the load is printed and kept with them.
  const loadAtStart = loadavg()[0]!;

  const parse = benchParse();
  const table = await deadlineTableSuccess();

  const formats = await formatsSection();

  const pct = (r: number) => `${(r * 100).toFixed(1)} %`;
  console.log('parse');
  console.log(`  10-page protocol (${parse.pages} pages, ${parse.items} items): ${parse.parseMs.toFixed(2)} ms per parse (goal ≤ 20 ms)`);
  console.log(`  the first parse in a process (compiling the reader): ${parse.firstParseMs.toFixed(1)} ms`);
  console.log(`  chrono-node scanning the same text for dates: ${parse.chronoScanMs.toFixed(2)} ms (ratio srok/chrono ${(parse.parseMs / parse.chronoScanMs).toFixed(2)}×)`);
  console.log(`  its whole timeline for a year (${fmt(parse.planSteps)} steps): ${parse.planMs.toFixed(2)} ms per plan (${(parse.planMs / parse.parseMs).toFixed(2)}× the parse)`);
  const startup = await startupSection();
  console.log('deadline table');
  console.log(`  ${table.total} phrases: srok ${pct(table.srok)}, chrono-node (ru) ${pct(table.chrono)}`);

  const render = await benchRender();
  console.log('render (one mail: HTML + text + .ics)');
  console.log(`  the sample reminder: HTML ${fmt(render.htmlBytes)} B (goal ≤ 15 000: ${render.htmlBytes <= 15_000 ? 'met' : 'MISSED'}), text ${fmt(render.textBytes)} B, .ics ${fmt(render.icsBytes)} B; the whole message as sent ${fmt(render.mailBytes)} B`);
  console.log(`  srok renderer.render(sampleContext('reminder')): ${render.srokMs.toFixed(4)} ms per mail (goal ≤ 0.1 ms)`);
  console.log(`  plain mjml() of email-templates/reminder.mjml: ${render.mjmlMs.toFixed(2)} ms per call (${fmt(render.mjmlMs / render.srokMs)}× the whole srok mail)`);
  console.log(
    `  micro: a new occurrence each mail (.ics not cached) ${render.distinctMs.toFixed(3)} ms, of which ical-generator ${render.icsMissMs.toFixed(3)} ms; ` +
      `HTML ${fmt(render.htmlBytes)} B, text ${fmt(render.textBytes)} B, .ics ${fmt(render.icsBytes)} B`,
  );

  const schedule = await benchSchedule();
  printSchedule(schedule);

  const memory = await benchMemory();
  console.log(`memory (${memory.method})`);
  console.log(`  per open part-occurrence (${fmt(memory.parts)} parts of 22-part group assignments): srok ${fmt(memory.srok)} B`);
  console.log(`  one raw BullMQ delayed job, same payload: ${fmt(memory.raw)} B`);
  console.log(`  ratio srok/raw ${memory.ratio.toFixed(2)}× (goal ≤ 1.6×)`);
  console.log(`  per single-executor assignment with its text (${fmt(memory.assignments)}): ${fmt(memory.perAssignment)} B (goal ≤ 3 KiB = 3 072 B)`);
  const kinds = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ');
  console.log(`  micro (MEMORY USAGE, B each): srok part ${kinds(memory.breakdown.srok)}`);
  console.log(`    raw job ${kinds(memory.breakdown.raw)}`);
  console.log(`    assignment ${kinds(memory.breakdown.perAssignment)}`);

  const deliver = await benchDeliver();
  const smtpWhere = (threads: number) => (threads === 0 ? 'nodemailer on the worker\'s thread' : `nodemailer on ${threads === 1 ? 'an SMTP thread' : `${threads} SMTP threads`} (mail.smtp.threads)`);
  console.log(`deliver (N = ${fmt(deliver.n)} due steps → local SMTP sink, ${deliver.concurrency} at once, pool of ${deliver.maxConnections} connections)`);
  console.log(`  srok worker (store, plan, templates, ledger, SMTP; ${smtpWhere(deliver.threads)}): ${fmt(deliver.srokMailsPerSec)} mails/s (${fmt(deliver.srokBytes / 1024, 1)} KiB each)`);
  if (deliver.other) console.log(`  srok worker with ${smtpWhere(deliver.other.threads)}, taking turns with the others: ${fmt(deliver.other.mailsPerSec)} mails/s, ratio ${deliver.other.ratio.toFixed(2)}×`);
  console.log(`  raw pooled nodemailer, same mails: ${fmt(deliver.rawMailsPerSec)} mails/s (${fmt(deliver.rawBytes / 1024, 1)} KiB each)`);
  console.log(`  ratio srok/raw ${deliver.ratio.toFixed(2)}× (goal ≥ 0.8×)`);
  console.log(
    `  micro: ${deliver.srokMsPerMail.toFixed(2)} ms vs ${deliver.rawMsPerMail.toFixed(2)} ms per mail; srok's worker with a transport that sends nothing: ` +
      `${deliver.perStepMs.protocolOf10.toFixed(2)} ms per step (protocols of 10 assignments), ${deliver.perStepMs.protocolOf100.toFixed(2)} ms (of 100)`,
  );

  const burst = await benchBurst();
  console.log(`burst (${fmt(burst.n)} steps due in the same minute, worker concurrency ${burst.concurrency})`);
  console.log(`  srok (${smtpWhere(burst.threads)}), from due to the last mail accepted: ${burst.seconds.toFixed(1)} s (goal ≤ 15 s)`);
  if (burst.other) console.log(`  srok with ${smtpWhere(burst.other.threads)}: ${burst.other.seconds.toFixed(1)} s, ${burst.other.cpuMsPerMail.toFixed(2)} ms of CPU per mail in this process`);
  console.log(`  raw pooled nodemailer, the same ${fmt(burst.n)} mails, same concurrency and pool: ${burst.rawSeconds.toFixed(1)} s`);
  console.log(
    `  micro: promotion ${(burst.promoteSeconds * 1000).toFixed(0)} ms, first mail after ${(burst.firstMailSeconds * 1000).toFixed(0)} ms, ` +
      `${fmt(burst.mailsPerSec)} mails/s, ${burst.cpuMsPerMail.toFixed(2)} ms of CPU per mail in this process`,
  );

  const goal = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows: Array<[string, string, string, string, string]> = [
    ['figure', 'srok', 'raw', 'ratio', 'goal'],
    ['schedule, jobs/s', fmt(schedule.srokJobsPerSec), fmt(schedule.rawJobsPerSec), `${schedule.ratio.toFixed(2)}×`, `≥ 0.7× ${goal(schedule.ratio >= 0.7)}`],
    ['schedule, 1-assignment protocols, jobs/s', fmt(schedule.single.srokJobsPerSec), fmt(schedule.single.rawJobsPerSec), `${schedule.single.ratio.toFixed(2)}×`, `≥ 0.5× ${goal(schedule.single.ratio >= 0.5)}`],
    ['deliver, mails/s', fmt(deliver.srokMailsPerSec), fmt(deliver.rawMailsPerSec), `${deliver.ratio.toFixed(2)}×`, `≥ 0.8× ${goal(deliver.ratio >= 0.8)}`],
    ['memory, B per part-occurrence', fmt(memory.srok), fmt(memory.raw), `${memory.ratio.toFixed(2)}×`, `≤ 1.6× ${goal(memory.ratio <= 1.6)}`],
    ['memory, B per assignment', fmt(memory.perAssignment), '', '', `≤ 3 072 ${goal(memory.perAssignment <= 3072)}`],
    ['render, ms per mail', render.srokMs.toFixed(4), `mjml ${render.mjmlMs.toFixed(2)}`, '', `≤ 0.1 ${goal(render.srokMs <= 0.1)}`],
    ['burst of 10 000, s', burst.seconds.toFixed(1), burst.rawSeconds.toFixed(1), `${(burst.seconds / burst.rawSeconds).toFixed(2)}× time`, `≤ 15 ${goal(burst.seconds <= 15)}`],
    ['parse 10 pages, ms', parse.parseMs.toFixed(2), `chrono ${parse.chronoScanMs.toFixed(2)}`, `${(parse.parseMs / parse.chronoScanMs).toFixed(2)}× time`, `≤ 20 ${goal(parse.parseMs <= 20)}`],
    ['srok parse FILE, ms wall', startup.parse.wallMs.toFixed(0), `node -e 0 ${startup.node.wallMs.toFixed(0)}`, `${(startup.parse.wallMs / startup.node.wallMs).toFixed(2)}× time`, `≤ 300 ${goal(startup.parse.wallMs <= 300)}`],
    ['srok parse FILE, MiB peak', startup.parse.maxRssMiB.toFixed(0), `node -e 0 ${startup.node.maxRssMiB.toFixed(0)}`, `${(startup.parse.maxRssMiB / startup.node.maxRssMiB).toFixed(2)}×`, `≤ 80 ${goal(startup.parse.maxRssMiB <= 80)}`],
    ['srok show REF, ms wall', startup.show.wallMs.toFixed(0), `node -e 0 ${startup.node.wallMs.toFixed(0)}`, `${(startup.show.wallMs / startup.node.wallMs).toFixed(2)}× time`, `≤ 300 ${goal(startup.show.wallMs <= 300)}`],
    ['srok show REF, MiB peak', startup.show.maxRssMiB.toFixed(0), `node -e 0 ${startup.node.maxRssMiB.toFixed(0)}`, `${(startup.show.maxRssMiB / startup.node.maxRssMiB).toFixed(2)}×`, `≤ 80 ${goal(startup.show.maxRssMiB <= 80)}`],
    ['reminder HTML, bytes', fmt(render.htmlBytes), '', '', `≤ 15 000 ${goal(render.htmlBytes <= 15_000)}`],
    ['text PDF page, ms', formats.result.pdfPageMs.toFixed(1), `pdfjs ${formats.result.pdfjsPageMs.toFixed(1)}`, `${(formats.result.pdfPageMs / formats.result.pdfjsPageMs).toFixed(2)}× time`, `≤ 50 ${goal(formats.result.pdfPageMs <= 50)}`],
    ['OCR page, s', (formats.result.ocrJpgMs / 1000).toFixed(2), `tesseract ${(formats.result.tesseractMs / 1000).toFixed(2)}`, `${(formats.result.ocrJpgMs / formats.result.tesseractMs).toFixed(2)}× time`, `≤ 10 ${goal(Math.max(formats.result.ocrJpgMs, formats.result.ocrPdfPageMs) <= 10_000)}`],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log('');
  for (const r of rows) console.log(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`);
  const loadAtEnd = loadavg()[0]!;
  console.log(`  (whole run ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end)`);

  const results = {
    ...previous,
    parseMs: round(parse.parseMs, 3),
    parseChronoScanMs: round(parse.chronoScanMs, 3),
    firstParseMs: round(parse.firstParseMs, 2),
    startup: startupJson(startup),
    planMs: { tenPagesYear: round(parse.planMs, 3), steps: parse.planSteps },
    deadlineTable: { srok: round(table.srok, 4), chrono: round(table.chrono, 4), phrases: table.total },
    schedule: scheduleJson(schedule),
    deliver: { srok: round(deliver.srokMailsPerSec, 1), raw: round(deliver.rawMailsPerSec, 1), ratio: round(deliver.ratio, 3), smtpThreads: deliver.threads },
    memory: { srok: round(memory.srok, 0), raw: round(memory.raw, 0), ratio: round(memory.ratio, 3), perAssignment: round(memory.perAssignment, 0) },
    renderMs: { srok: round(render.srokMs, 4), mjml: round(render.mjmlMs, 3) },
    burstSeconds: round(burst.seconds, 2),
    formats: formats.json,
    details: {
      machine: { loadAverageAtStart: round(loadAtStart, 2), loadAverageAtEnd: round(loadAtEnd, 2) },
      schedule: scheduleDetails(schedule),
      deliver: {
        n: deliver.n,
        units: 'mails/s',
        concurrency: deliver.concurrency,
        smtpConnections: deliver.maxConnections,
        mailBytes: { srok: round(deliver.srokBytes, 0), raw: round(deliver.rawBytes, 0) },
        srokMsPerStepWithoutSmtp: { protocolOf10: round(deliver.perStepMs.protocolOf10, 3), protocolOf100: round(deliver.perStepMs.protocolOf100, 3) },
        smtpThreads: deliver.threads,
        otherSmtpThreads: deliver.other ? { smtpThreads: deliver.other.threads, srok: round(deliver.other.mailsPerSec, 1), ratio: round(deliver.other.ratio, 3) } : null,
      },
      memory: { units: 'bytes', method: memory.method, parts: memory.parts, assignments: memory.assignments, breakdown: memory.breakdown },
      render: { distinctOccurrenceMs: round(render.distinctMs, 4), icsMissMs: round(render.icsMissMs, 4), htmlBytes: render.htmlBytes, textBytes: render.textBytes, icsBytes: render.icsBytes, mailBytes: render.mailBytes },
      burst: {
        n: burst.n,
        concurrency: burst.concurrency,
        promoteSeconds: round(burst.promoteSeconds, 3),
        firstMailSeconds: round(burst.firstMailSeconds, 3),
        mailsPerSec: round(burst.mailsPerSec, 1),
        cpuMsPerMail: round(burst.cpuMsPerMail, 3),
        rawSeconds: round(burst.rawSeconds, 2),
        smtpThreads: burst.threads,
        otherSmtpThreads: burst.other ? { smtpThreads: burst.other.threads, seconds: round(burst.other.seconds, 2), cpuMsPerMail: round(burst.other.cpuMsPerMail, 3) } : null,
      },
    },
    measuredAt: new Date().toISOString(),
  };
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to bench/results.json`);
}

if (process.argv.includes('formats')) await formatsOnly();
else if (process.argv.includes('schedule')) await scheduleOnly();
else if (process.argv.includes('startup')) await startupOnly();
else await main();
