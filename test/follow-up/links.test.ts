import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { settingsFile } from '../../src/config/schema.js';
import { applyLink, linkSettings, previewLink, signLink, verifyLink, type LinkClaims } from '../../src/follow-up/links.js';
import { kindOf, mailIdOf, SEED, startPipeline, type Pipeline } from '../support/pipeline.js';
import { tracksOf } from './support.js';

const SECRET = 'a3f1c9e07b5d4862a3f1c9e07b5d4862a3f1c9e07b5d4862';
const NOW = new Date('2019-11-12T07:00:00.000Z');
const SURGUT_1_2 = { recipient: 'office@surgut.hmao.example', protocolKey: 'wg-4-2019', item: '1.2', part: 'khmao-surgut', occurrence: '2019-11-25' } as const;

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
  delete process.env['SROK_LINK_SECRET'];
});

describe('a signed link', () => {
  it('carries its recipient, protocol, item, part, occurrence and action, and expires after the configured days', () => {
    const token = signLink({ ...SURGUT_1_2, action: 'done' }, { secret: SECRET, now: NOW, days: 30, id: 'fixed-id' });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(token.length).toBeLessThan(300);
    const check = verifyLink(token, NOW, SECRET);
    const expected: LinkClaims = { ...SURGUT_1_2, id: 'fixed-id', action: 'done', expires: NOW.getTime() / 1000 + 30 * 24 * 3600, request: null };
    expect(check).toEqual({ ok: true, claims: expected });
    expect(verifyLink(token, new Date(NOW.getTime() + 30 * 24 * 3600 * 1000 - 1000), SECRET).ok).toBe(true);
  });

  it('refuses a forged, an expired and a malformed token, saying which', () => {
    const token = signLink({ ...SURGUT_1_2, action: 'done' }, { secret: SECRET, now: NOW, days: 30 });
    const [payload, mac] = token.split('.') as [string, string];
    // Another part written into the payload: the signature no longer matches.
    const altered = Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace('khmao-surgut', 'khmao-kogalym'), 'utf8').toString('base64url');
    expect(verifyLink(`${altered}.${mac}`, NOW, SECRET)).toMatchObject({ ok: false, reason: 'forged' });
    expect(verifyLink(signLink({ ...SURGUT_1_2, action: 'done' }, { secret: 'b'.repeat(40), now: NOW, days: 30 }), NOW, SECRET)).toMatchObject({ ok: false, reason: 'forged' });
    expect(verifyLink(token, new Date(NOW.getTime() + 31 * 24 * 3600 * 1000), SECRET)).toMatchObject({ ok: false, reason: 'expired', message: expect.stringMatching(/истёк 2019-12-12/) });
    for (const broken of ['', 'abc', `${payload}.${mac}.x`, `${payload}!.${mac}`, token.slice(0, 40)]) {
      expect(verifyLink(broken, NOW, SECRET)).toMatchObject({ ok: false, reason: expect.stringMatching(/^(malformed|forged)$/) });
    }
    expect(verifyLink('abc', NOW, SECRET)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('is on only with the secret of the validated environment and http.publicUrl (a short secret is refused by readEnv, test/config/env.test.ts)', () => {
    const http = { publicUrl: 'https://srok.example.org', linkDays: 14 };
    expect(linkSettings(http, SECRET)).toEqual({ secret: SECRET, publicUrl: 'https://srok.example.org', days: 14 });
    expect(linkSettings(http, null)).toBeNull();
    expect(linkSettings({ publicUrl: null, linkDays: 30 }, SECRET)).toBeNull();
  });

  it('reads config http with its defaults, and refuses a public address that is not a web address', () => {
    expect(loadConfig('config').settings.http).toEqual({ publicUrl: null, linkDays: 30 });
    const base = { timezone: 'Asia/Yekaterinburg', officeHours: { start: '09:00', end: '18:00' }, operator: { name: 'o', email: 'o@srok.example' }, mail: { from: 'srok@srok.example' } };
    expect(settingsFile.parse({ ...base, http: { publicUrl: 'https://srok.example.org/' } }).http).toEqual({ publicUrl: 'https://srok.example.org', linkDays: 30 });
    const bad = settingsFile.safeParse({ ...base, http: { publicUrl: 'srok.example.org' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("'srok.example.org' — не веб-адрес; напишите его с http:// или https:// и без параметров после '?', например 'https://srok.example.org'");
  });
});

describe('a link in a mail', () => {
  async function seed(name: string, day: string, file: string, withLinks = false) {
    if (withLinks) process.env['SROK_LINK_SECRET'] = SECRET;
    const p = await startPipeline(name, { day, time: '10:00' }, withLinks ? { adjust: (c) => ({ ...c, settings: { ...c.settings, http: { publicUrl: 'https://srok.example.org', linkDays: 30 } } }) } : {});
    pipeline = p;
    const imported = await p.import(file);
    if (!imported.ok) throw new Error(imported.error);
    return { p, key: imported.result.protocolKey, deps: p.runtime.deps };
  }

  it('«Исполнено» closes exactly that part-occurrence of a monthly report and removes its pending job; used twice it is refused', async () => {
    const { p, key, deps } = await seed('link-done', '2021-01-25', SEED['002']);
    const track = `${key}.p5.chel-minfin.2021-01`;
    const pendingJob = (await tracksOf(p, key, 'p5')).get(track);
    expect(pendingJob).toBeDefined();
    const claims = { recipient: 'minfin@gov74.example', protocolKey: key, item: '5', part: 'chel-minfin', occurrence: '2021-01' };
    const token = signLink({ ...claims, action: 'done' }, { secret: SECRET, now: p.clock.now(), days: 30 });
    // What the confirmation page (a GET) shows: it spends nothing.
    const page = await previewLink(deps, token, SECRET);
    expect(page).toMatchObject({ ok: true, preview: { used: false, what: 'п. 5 протокола от 26.11.2020', partName: 'Министерство финансов Челябинской области', deadline: '2021-02-10' } });

    const outcome = await applyLink(deps, token, SECRET, { action: 'done' });

    expect(outcome).toMatchObject({ ok: true, action: 'done', result: { changed: true, recorded: [{ scope: { item: '5', part: 'chel-minfin', occurrence: '2021-01' } }] } });
    const state = await deps.store.getPlanState(key);
    expect(state.closure('5', 'chel-minfin', '2021-01')).toMatchObject({ how: 'done', by: 'link:minfin@gov74.example' });
    expect(state.closure('5', 'chel-minfin', '2021-02')).toBeNull();
    expect(state.closure('5', 'chel-minzdrav', '2021-01')).toBeNull();
    const tracks = await tracksOf(p, key, 'p5');
    expect(tracks.has(track)).toBe(false);
    expect(await p.runtime.queue.getJob(pendingJob!)).toBeUndefined();
    expect(tracks.has(`${key}.p5.chel-minzdrav.2021-01`)).toBe(true);

    expect(await applyLink(deps, token, SECRET, { action: 'done' })).toMatchObject({ ok: false, reason: 'used' });
    expect(await previewLink(deps, token, SECRET)).toMatchObject({ ok: true, preview: { used: true } });
  });

  it('refuses a forged, an expired and a wrong-action token without changing anything, and a wrong action leaves the link usable', async () => {
    const { key, deps, p } = await seed('link-refused', '2019-11-12', SEED['000']);
    const claims = { recipient: 'office@surgut.hmao.example', protocolKey: key, item: '1.2', part: 'khmao-surgut', occurrence: '2019-11-25' };
    const postponeToken = signLink({ ...claims, action: 'postpone' }, { secret: SECRET, now: p.clock.now(), days: 30 });
    const forged = signLink({ ...claims, action: 'done' }, { secret: 'c'.repeat(40), now: p.clock.now(), days: 30 });
    const expired = signLink({ ...claims, action: 'done' }, { secret: SECRET, now: new Date(p.clock.now().getTime() - 31 * 24 * 3600 * 1000), days: 30 });

    expect(await applyLink(deps, forged, SECRET, { action: 'done' })).toMatchObject({ ok: false, reason: 'forged' });
    expect(await applyLink(deps, expired, SECRET, { action: 'done' })).toMatchObject({ ok: false, reason: 'expired' });
    expect(await applyLink(deps, postponeToken, SECRET, { action: 'done' })).toMatchObject({ ok: false, reason: 'wrong-action' });
    expect((await deps.store.getStateRecords(key)).closures.size).toBe(0);
    expect((await deps.store.getAudit(key)).map((e) => e.action)).toEqual(['import']);
    expect(await applyLink(deps, postponeToken, SECRET, { action: 'postpone', reason: 'нужно согласование с Думой' })).toMatchObject({ ok: true, action: 'postpone' });
  });

  it('reminders to a part carry «Исполнено» and «Прошу перенести срок» links for that part and occurrence; the summary carries none', async () => {
    const { p, key, deps } = await seed('link-mails', '2020-11-26', SEED['002'], true);
    await p.runUntil('2020-12-04');
    const reminder = p.sink.mails.find((m) => kindOf(m) === 'reminder' && mailIdOf(m).includes('.p2.chel-mininform.'));
    const links = [...(reminder?.text ?? '').matchAll(/https:\/\/srok\.example\.org\/l\/([A-Za-z0-9_.-]+)/g)].map((m) => m[1]!);
    expect(reminder?.text).toMatch(/Отметить исполнение: https:\/\/srok\.example\.org\/l\//);
    expect(reminder?.text).toMatch(/Перенести срок: https:\/\/srok\.example\.org\/l\//);
    expect(reminder?.html).toContain(`https://srok.example.org/l/${links[0]}`);
    const [done, asked] = links.map((token) => verifyLink(token, p.clock.now(), SECRET));
    expect(done).toMatchObject({ ok: true, claims: { action: 'done', recipient: 'mininform@gov74.example', protocolKey: key, item: '2', part: 'chel-mininform', occurrence: '2020-12-18' } });
    expect(asked).toMatchObject({ ok: true, claims: { action: 'postpone', part: 'chel-mininform', occurrence: '2020-12-18' } });

    // Clicking «Исполнено» in the mail marks the ministry's item 2 done.
    const outcome = await applyLink(deps, links[0]!, SECRET, { action: 'done' });
    expect(outcome).toMatchObject({ ok: true, action: 'done', result: { recorded: [{ scope: { item: '2', part: 'chel-mininform' } }] } });

    await p.runUntil('2021-01-31');
    const summaries = p.sink.mails.filter((m) => kindOf(m) === 'summary');
    expect(summaries.every((m) => !/srok\.example\.org\/l\//.test(m.text ?? ''))).toBe(true);
  });

  it('a step signs with the secret the runtime was given at start, not with a later change of process.env', async () => {
    const { p } = await seed('link-runtime-secret', '2020-11-26', SEED['002'], true);
    expect(p.runtime.deps.linkSecret).toBe(SECRET);
    const later = 'f'.repeat(48);
    process.env['SROK_LINK_SECRET'] = later;
    await p.runUntil('2020-12-04');
    const reminder = p.sink.mails.find((m) => kindOf(m) === 'reminder' && mailIdOf(m).includes('.p2.chel-mininform.'));
    const token = /https:\/\/srok\.example\.org\/l\/([A-Za-z0-9_.-]+)/.exec(reminder?.text ?? '')?.[1];
    expect(token).toBeDefined();
    expect(verifyLink(token!, p.clock.now(), SECRET)).toMatchObject({ ok: true, claims: { action: 'done', part: 'chel-mininform' } });
    expect(verifyLink(token!, p.clock.now(), later)).toMatchObject({ ok: false, reason: 'forged' });
  });

  it('without SROK_LINK_SECRET the mails carry no links', async () => {
    const { p } = await seed('link-off', '2020-11-26', SEED['002']);
    await p.runUntil('2020-12-04');
    const reminders = p.sink.mails.filter((m) => kindOf(m) === 'reminder');
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((m) => !(m.text ?? '').includes('Отметить исполнение'))).toBe(true);
  });
});
