import { launchChromium } from '../support/chromium.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLink } from '../../src/follow-up/links.js';
import { tracksOf } from '../follow-up/support.js';
import { kindOf, mailIdOf } from '../support/pipeline.js';
import { LINK_SECRET, READ_TOKEN, serve, type Served } from './support.js';

/**
 * The web page and the one-click links in a real browser: an official opens «Исполнено»
 * from a reminder that srok really rendered and sent, confirms it, and the page shows it.
 */
let s: Served;
let browser: Browser;
let address: string;
/** The «Исполнено» and «Прошу перенести срок» links of the reminder to Surgut about item 1.2, pointed at this server. */
let doneLink: string;
let postponeLink: string;
const SURGUT_TRACK = 'p1-2.khmao-surgut.2019-11-25';

beforeAll(async () => {
  s = await serve('http-browser');
  // The reminder three working days before 25.11.2019 goes on 20.11.
  await s.pipeline.runUntil('2019-11-20');
  const reminder = s.pipeline.sink.mails.find((m) => kindOf(m) === 'reminder' && mailIdOf(m).includes(`.${SURGUT_TRACK}.`));
  if (!reminder) throw new Error('no reminder to Surgut about item 1.2 was sent');
  address = await s.app.listen({ port: 0, host: '127.0.0.1' });
  const links = [...(reminder.text ?? '').matchAll(/https:\/\/srok\.example\.org(\/l\/[A-Za-z0-9_.-]+)/g)].map((m) => `${address}${m[1]}`);
  [doneLink, postponeLink] = links as [string, string];
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function surgutRow(page: import('playwright-core').Page) {
  await page.goto(`${address}/protocols/${s.key}`);
  return page.locator('#p-1\\.2 li.part[data-part="khmao-surgut"]');
}

describe('the web page and a link from a mail', () => {
  it('shows the protocol’s assignments, overdue first, to a browser logged in with a token as the password', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'ivanova', password: READ_TOKEN }, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const response = await page.goto(`${address}/`);
    expect(response?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Протокол № 4/2019 от 30.10.2019');
    expect(text.indexOf('п. 3.2')).toBeLessThan(text.indexOf('п. 1.2'));
    expect(text).toContain('просрочено: 22');
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('a GET of the «Исполнено» link only asks for confirmation; the POST marks Surgut’s part done once, and the page shows it with no step left', async () => {
    expect(doneLink).toBeDefined();
    const official = await browser.newContext();
    const page = await official.newPage();
    // Opened twice, as a mail scanner and then the official would: nothing changes.
    for (let i = 0; i < 2; i += 1) {
      const shown = await page.goto(doneLink);
      expect(shown?.status()).toBe(200);
      await expect.poll(() => page.locator('h1').innerText()).toBe('Отметить исполнение');
    }
    expect(await page.locator('main').innerText()).toContain('Администрация города Сургута');
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).closure('1.2', 'khmao-surgut', '2019-11-25')).toBeNull();
    expect((await tracksOf(s.pipeline, s.key, 'p1-2')).has(`${s.key}.${SURGUT_TRACK}`)).toBe(true);

    const viewer = await browser.newContext({ httpCredentials: { username: 'контроль', password: READ_TOKEN } });
    const board = await viewer.newPage();
    const before = await surgutRow(board);
    expect(await before.getAttribute('data-state')).toBe('open');
    expect(await before.locator('.next-step').count()).toBe(1);

    await page.fill('#reason', 'письмо от 20.11.2019 № 15-01');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('.outcome').innerText()).toContain('Отмечено: исполнено');

    const after = await surgutRow(board);
    expect(await after.getAttribute('data-state')).toBe('done');
    expect(await after.innerText()).toContain('исполнено');
    expect(await after.locator('.next-step').count()).toBe(0);
    expect((await tracksOf(s.pipeline, s.key, 'p1-2')).has(`${s.key}.${SURGUT_TRACK}`)).toBe(false);
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).closure('1.2', 'khmao-surgut', '2019-11-25')).toMatchObject({ how: 'done', by: 'link:office@surgut.hmao.example', reason: 'письмо от 20.11.2019 № 15-01' });

    // Used once: opened again it is refused, in Russian, with a 4xx.
    const reused = await page.goto(doneLink);
    expect(reused?.status()).toBe(409);
    expect(await page.locator('h1').innerText()).toBe('Ссылка уже использована');
    await official.close();
    await viewer.close();
  });

  it('refuses a forged and an expired link with a Russian page and a 4xx, changing nothing', async () => {
    const page = await browser.newPage();
    const claims = { recipient: 'office@kogalym.hmao.example', protocolKey: s.key, item: '1.2', part: 'khmao-kogalym', occurrence: '2019-11-25', action: 'done' as const };
    const forged = signLink(claims, { secret: 'f'.repeat(48), now: s.pipeline.clock.now(), days: 30 });
    const expired = signLink(claims, { secret: LINK_SECRET, now: new Date(s.pipeline.clock.now().getTime() - 31 * 24 * 3600 * 1000), days: 30 });
    const forgedAnswer = await page.goto(`${address}/l/${forged}`);
    expect(forgedAnswer?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Ссылка недействительна');
    const expiredAnswer = await page.goto(`${address}/l/${expired}`);
    expect(expiredAnswer?.status()).toBe(410);
    expect(await page.locator('h1').innerText()).toBe('Срок действия ссылки истёк');
    // A POST of a forged link is refused too, whatever the form says.
    const posted = await s.app.inject({ method: 'POST', url: `/l/${forged}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'action=done' });
    expect(posted.statusCode).toBe(403);
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).closure('1.2', 'khmao-kogalym', '2019-11-25')).toBeNull();
    await page.close();
  });

  it('«Прошу перенести срок» asks for the new date and a reason and sends a request to the controller, leaving the deadline as it is', async () => {
    expect(postponeLink).toBeDefined();
    // Surgut's part is done by now: the form says there is nothing to postpone, and the link stays unused.
    const page = await browser.newPage();
    await page.goto(postponeLink);
    await page.fill('#to', '2019-12-10');
    await page.fill('#reason', 'ждём данные муниципальных учреждений');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('.error').innerText()).toContain('переносить нечего');

    // Kogalym's own link, as its reminder would carry it.
    const token = signLink({ recipient: 'office@kogalym.hmao.example', protocolKey: s.key, item: '1.2', part: 'khmao-kogalym', occurrence: '2019-11-25', action: 'postpone' }, { secret: LINK_SECRET, now: s.pipeline.clock.now(), days: 30 });
    await page.goto(`${address}/l/${token}`);
    await page.fill('#to', '2019-11-22');
    await page.fill('#reason', 'ждём данные');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('.error').innerText()).toContain('позже действующего (25.11.2019)');
    await page.fill('#to', '2019-12-10');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('.outcome').innerText()).toMatch(/Запрос № [A-Z0-9]{8} на перенос срока на 10\.12\.2019 передан контролёру/);
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).postponement('1.2', 'khmao-kogalym', '2019-11-25')).toBeNull();
    await page.close();
  });
});

it('the link pages are plain pages with no scripts, and a token does not leak to other sites', async () => {
  const r = await s.app.inject({ method: 'GET', url: `/l/${encodeURIComponent('not-a-link')}` });
  expect(r.statusCode).toBe(400);
  expect(r.body).not.toContain('<script');
  expect(r.headers['referrer-policy']).toBe('no-referrer');
  expect(r.headers['content-security-policy']).toMatch(/default-src 'none'/);
});
