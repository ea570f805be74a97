import { readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay, officeInstant } from '../../src/calendar/index.js';
import { demoConfig, runDemo, type DemoResult } from '../../src/demo.js';
import type { ParsedDocument } from '../../src/domain.js';
import { silentLog } from '../../src/log.js';
import { addresseeReason } from '../../src/plan/addressee.js';
import { planDocument, trackOf, type PlannedStep } from '../../src/plan/index.js';
import { expandInputs, readProtocol } from '../../src/read-protocol.js';
import { clearPrefix, REDIS_URL, testPrefix } from '../support/redis.js';

/**
 * The demo's outbox read back as a recipient's mail client would: every .eml parsed
 * by mailparser. What it must show: no flood (no two mails with one subject to one
 * recipient on one day, at most three a day), nothing owed lost (every part-occurrence
 * open before its deadline reminded, every overdue one brought to its controller), and
 * every escalation addressed to the one who receives it, in the right role.
 */
const UNTIL = '2021-06-30';
const SEEDS = 'test/fixtures/seeds';
const prefix = testPrefix('demo-outbox');
const outboxDir = path.join(os.tmpdir(), `${prefix}-outbox`);
const config = demoConfig('config', 3, outboxDir);
const zone = config.settings.timezone;

interface Mail {
  parsed: ParsedMail;
  to: string[];
  cc: string[];
  day: string;
  kind: string;
  /** The steps it carries: the mail's own id, or a digest's X-Srok-Steps. */
  steps: string[];
}

let result: DemoResult;
let mails: Mail[] = [];
const planned = new Map<string, PlannedStep>();
const docs: ParsedDocument[] = [];

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  if (!field) return [];
  return (Array.isArray(field) ? field : [field]).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

beforeAll(async () => {
  result = await runDemo({ inputs: [SEEDS], configDir: 'config', redisUrl: REDIS_URL, until: UNTIL, outboxDir, prefix, log: silentLog() });
  for (const name of (await readdir(outboxDir)).filter((n) => n.endsWith('.eml')).sort()) {
    const parsed = await simpleParser(await readFile(path.join(outboxDir, name)));
    const id = String(parsed.headers.get('x-srok-mail-id') ?? '');
    const carried = parsed.headers.get('x-srok-steps');
    mails.push({
      parsed,
      to: addresses(parsed.to),
      cc: addresses(parsed.cc),
      day: localDay(parsed.date ?? new Date(0), zone),
      kind: String(parsed.headers.get('x-srok-kind') ?? ''),
      steps: typeof carried === 'string' ? carried.split(/\s+/).filter(Boolean) : id.startsWith('controller-summary.') ? [] : [id],
    });
  }
  // What the plan at each protocol's import foresaw, to the demo's end: the part-occurrences owed.
  for (const file of await expandInputs([SEEDS])) {
    const doc = await readProtocol(file, config).catch(() => null);
    if (!doc || doc.protocol.date === null) continue;
    docs.push(doc);
    const now = officeInstant(doc.protocol.date, config.settings.officeHours.start, zone);
    const plan = planDocument(doc, config, { now, until: officeInstant(UNTIL, config.settings.officeHours.end, zone) }, { chaseSince: now });
    for (const step of plan.steps) planned.set(step.id, step);
  }
}, 300_000);

afterAll(async () => {
  await clearPrefix(prefix);
  await rm(outboxDir, { recursive: true, force: true });
});

describe('the demo outbox', () => {
  it('sends mail, and says who got the most on one day', () => {
    expect(mails.length).toBe(result.outboxFiles);
    expect(mails.length).toBeGreaterThan(100);
    expect(result.busiest?.mails).toBeLessThanOrEqual(3);
    expect(result.sameSubjectRepeats).toBe(0);
  });

  it('never gives a recipient two mails with the same subject on one day, nor more than three mails a day', () => {
    const perDay = new Map<string, number>();
    const subjects = new Map<string, number>();
    for (const mail of mails) {
      for (const who of new Set([...mail.to, ...mail.cc])) {
        perDay.set(`${who} ${mail.day}`, (perDay.get(`${who} ${mail.day}`) ?? 0) + 1);
        const key = `${who} ${mail.day} ${mail.parsed.subject ?? ''}`;
        subjects.set(key, (subjects.get(key) ?? 0) + 1);
      }
    }
    expect([...subjects].filter(([, n]) => n > 1)).toEqual([]);
    expect([...perDay].filter(([, n]) => n > 3)).toEqual([]);
  });

  it('reminds every part-occurrence open before its deadline at least once, and brings every overdue owed one to its controller', () => {
    const carried = new Set(mails.flatMap((mail) => mail.steps));
    const summaries = mails.filter((mail) => String(mail.parsed.headers.get('x-srok-mail-id') ?? '').startsWith('controller-summary.'));
    const tracks = new Map<string, PlannedStep[]>();
    for (const step of planned.values()) {
      if (step.occurrence === null || step.part === null) continue;
      tracks.set(step.track, [...(tracks.get(step.track) ?? []), step]);
    }
    expect(tracks.size).toBeGreaterThan(20);
    const unreminded: string[] = [];
    const unescalated: string[] = [];
    const endMs = officeInstant(UNTIL, '18:00', zone).getTime();
    for (const [track, steps] of tracks) {
      const first = steps[0]!;
      const doc = docs.find((d) => track.startsWith(`${first.protocol.key}.`));
      const importMs = officeInstant(doc?.protocol.date ?? '1970-01-01', config.settings.officeHours.start, zone).getTime();
      const deadlineMs = Date.parse(first.occurrence!.deadlineAt);
      const got = (kind: string) => [...carried].some((id) => trackOf(id) === track && planned.get(id)?.kind === kind);
      if (deadlineMs > importMs && deadlineMs < endMs && !got('reminder')) unreminded.push(track);
      // Overdue and owed: the executor's part of a non-optional assignment, its deadline a fortnight before the end.
      if (first.optional || first.part?.role !== 'executor' || deadlineMs > endMs - 14 * 86_400_000) continue;
      if (got('escalation')) continue;
      const item = first.item === null ? null : `п. ${first.item}`;
      const number = first.protocol.number;
      const inSummary = summaries.some((mail) => {
        const text = mail.parsed.text ?? '';
        return Date.parse(mail.parsed.date?.toISOString() ?? '') > deadlineMs && (number === null || text.includes(number)) && (item === null || text.includes(item));
      });
      if (!inSummary) unescalated.push(track);
    }
    expect(unreminded).toEqual([]);
    expect(unescalated).toEqual([]);
  });

  it('addresses every escalation to the one it goes to, in the role they have', () => {
    let checked = 0;
    for (const mail of mails) {
      const escalations = mail.steps.map((id) => planned.get(id)).filter((s): s is PlannedStep => s?.kind === 'escalation');
      if (escalations.length === 0) continue;
      const text = mail.parsed.text ?? '';
      for (const step of escalations) {
        const { addressee } = step;
        // The addressee owns the To address: the operator's, or the directory entry's (a group's through its members).
        if (addressee.role === 'operator') {
          expect(mail.to).toEqual([config.settings.operator.email.toLowerCase()]);
        } else {
          const entry = config.directory.get(addressee.ref ?? '');
          const own = [...(entry?.emails ?? []), ...(entry ? config.directory.parts(entry.id).flatMap((e) => e.emails) : [])].map((e) => e.toLowerCase());
          expect(mail.to.every((to) => own.includes(to)), `${mail.parsed.subject}: ${mail.to.join()} is not ${addressee.name}`).toBe(true);
          expect(addressee.ref).not.toBe(step.part?.ref);
        }
        expect(text).toContain(`Адресат: ${addressee.name}`);
        expect(text).toContain(addresseeReason(addressee));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
