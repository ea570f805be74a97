import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccess } from '../../src/http/access.js';
import { buildHttpServer } from '../../src/http/server.js';
import type { FastifyInstance } from 'fastify';
import { startPipeline, type Pipeline } from '../support/pipeline.js';

/**
 * The review page in a real browser: an operator opens a protocol that waits, routes
 * the executor srok did not know, gives the vague deadline a date, takes one item off
 * the assignments and approves; the plan and the queue show the new reminders, the
 * remembered phrase routes the next protocol, and a re-import keeps the corrections.
 */
const OPERATOR = '6f1d0c8e2b7a49d3a5c4e1f0b9d8c7a6';
const READER = 'r3ad0nly5d7e9f1a2b3c4d5e6f7a8b9c';
const FUND = 'Фонд поддержки цифровых инициатив Южного Урала';

let pipeline: Pipeline;
let app: FastifyInstance;
let browser: Browser;
let address: string;
let key: string;

beforeAll(async () => {
  pipeline = await startPipeline('review-page', { day: '2026-03-11', time: '10:00' }, { review: 'warnings' });
  const imported = await pipeline.import('test/fixtures/review/2-2026.txt');
  if (!imported.ok) throw new Error(imported.error);
  key = imported.result.protocolKey;
  const access = createAccess({ apiTokens: [`ivanova:${OPERATOR}`], apiReadTokens: [READER], apiControllerTokens: [] });
  app = await buildHttpServer({ runtime: pipeline.runtime.deps, access, linkSecret: 'a3f1c9e07b5d4862a3f1c9e07b5d4862a3f1c9e07b5d4862', refreshDirectory: () => pipeline.runtime.refreshDirectory() });
  address = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await pipeline?.close();
});

async function operatorPage(): Promise<Page> {
  const context = await browser.newContext({ httpCredentials: { username: 'ivanova', password: OPERATOR } });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  return page;
}

describe('the review page', () => {
  it('is for operators: a read-only token is refused', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'reader', password: READER } });
    const page = await context.newPage();
    expect((await page.goto(`${address}/review/${key}`))?.status()).toBe(403);
    await context.close();
  });

  it('an operator routes the unknown executor with «запомнить», dates the vague deadline, drops an item and approves; plan, queue, the next protocol and a re-import follow', async () => {
    const page = await operatorPage();
    // The protocols page tells the operator what waits; the protocol's own page opens too.
    await page.goto(`${address}/`);
    expect(await page.locator('section.waiting h2').innerText()).toBe('Ждут проверки: 1');
    expect((await page.goto(`${address}/protocols/${key}`))?.status()).toBe(200);
    await page.goto(`${address}/review`);
    await page.click(`a[href="/review/${key}"]`);
    expect(await page.locator('h1').innerText()).toBe('Протокол № 2/2026 от 10.03.2026, Комиссия по цифровому развитию Челябинской области');

    // The text beside what srok understood: the executor it did not know and the vague deadline are marked where they stand, the warnings at their lines.
    expect(await page.locator('#L18 mark.unmatched').innerText()).toBe('Фонду поддержки цифровых инициатив Южного Урала');
    expect(await page.locator('#L14 mark.executor').count()).toBe(1);
    expect(await page.locator('#L20 mark.deadline').innerText()).toBe('в кратчайшие сроки');
    expect(await page.locator('#L20 .warn').innerText()).toContain('«в кратчайшие сроки»: дата не названа');
    expect(await page.locator('#L18 .warn').innerText()).toContain(`исполнителя «${FUND}» нет в справочнике`);
    expect(await page.locator('.plan tr.step').count()).toBeGreaterThan(0);
    expect(await page.locator('.state').innerText()).toContain('Ждёт проверки');

    // Route the fund to the regional ministry of economy, and remember the phrase.
    const card3 = page.locator('#a-3');
    await card3.locator('form.route input[name="entry"]').fill('chel-mineconom');
    await card3.locator('form.route input[name="remember"]').check();
    await card3.locator('form.route button').click();
    expect(await page.locator('#message').innerText()).toContain('пункт 3: исполнитель «Фонду поддержки цифровых инициатив Южного Урала» → Министерство экономического развития Челябинской области; запомнено');
    expect(await page.locator('#a-3 li.executor').getAttribute('data-matched')).toBe('yes');
    expect(await page.locator('#L18 .warn').count()).toBe(0);

    // The vague deadline becomes a date.
    await page.locator('#a-3 form.deadline input[name="date"]').fill('2026-05-15');
    await page.locator('#a-3 form.deadline button').click();
    expect(await page.locator('#a-3 li.deadline').innerText()).toBe('Срок: до 15.05.2026 («до 15.05.2026»)');
    expect(await page.locator('#L20 .warn').count()).toBe(0);

    // Item 4 is not an assignment.
    await page.locator('#a-4 details.fix-kind summary').click();
    await page.locator('#a-4 form.not-assignment button').click();
    expect(await page.locator('#a-4').count()).toBe(0);
    expect(await page.locator('li.other-item[data-item="4"]').count()).toBe(1);
    expect(await page.locator('.state').innerText()).toContain('Замечаний не осталось');
    expect(await pipeline.runtime.queue.getDelayedCount()).toBe(0);

    await page.locator('form.approve button').click();
    expect(await page.locator('#message').innerText()).toBe('Протокол одобрен: письма поставлены в расписание.');
    // The plan and the queue show the reminders of item 3, now to the ministry, and nothing of item 4.
    const planned = await page.locator('.plan tr.step[data-item="3"]').allInnerTexts();
    expect(planned.some((row) => row.includes('напоминание') && row.includes('mineconom'))).toBe(true);
    expect(await page.locator('.plan tr.step[data-item="4"]').count()).toBe(0);
    const jobs = await pipeline.runtime.queue.getDelayed();
    expect(jobs.some((j) => (j.id ?? '').includes('.p3.chel-mineconom.2026-05-15.'))).toBe(true);
    expect(jobs.some((j) => (j.id ?? '').includes('.p4.'))).toBe(false);
    const history = (await pipeline.runtime.deps.store.getAudit(key)).map((e) => [e.action, e.actor]);
    expect(history.slice(-4)).toEqual([
      ['correct', 'web:ivanova'],
      ['correct', 'web:ivanova'],
      ['correct', 'web:ivanova'],
      ['approve', 'web:ivanova'],
    ]);

    // The next protocol names the fund the same way: routed by the remembered phrase, no warning, not held.
    const next = await pipeline.import('test/fixtures/review/3-2026.txt');
    if (!next.ok) throw new Error(next.error);
    expect([next.review?.waits, next.review?.reasons, next.unmatched]).toEqual([false, [], []]);
    expect((await pipeline.runtime.deps.store.getProtocol(next.result.protocolKey))!.doc.assignments[0]!.executors[0]!.ref).toBe('chel-mineconom');

    // The corrected file of the same protocol keeps the corrections.
    const again = await pipeline.import('test/fixtures/review/2-2026-item2.txt');
    if (!again.ok) throw new Error(again.error);
    expect([again.result.status, again.review?.waits]).toEqual(['updated', false]);
    await page.goto(`${address}/review/${key}`);
    expect(await page.locator('#a-3 li.executor').innerText()).toContain('Министерство экономического развития Челябинской области');
    expect(await page.locator('#a-3 li.deadline').innerText()).toBe('Срок: до 15.05.2026 («до 15.05.2026»)');
    expect(await page.locator('#a-4').count()).toBe(0);
    expect(await page.locator('#a-2').innerText()).toContain('и центров обработки данных');
  });
});
