import type { ParsedMail } from 'mailparser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLink } from '../../src/follow-up/links.js';
import { kindOf } from '../support/pipeline.js';
import { CONTROLLER_TOKEN, LINK_SECRET, serve, type Served } from './support.js';

/**
 * The controller answers postponement requests without a shell, in a real browser, over
 * protocol № 4/2019 on 12.11.2019 (its controller: Депинформтехнологий Югры). Kogalym asks
 * to move item 1.2 (due 25.11.2019) to 10.12.2019 and the controller accepts from the link
 * of the request mail; Surgut asks to move the overdue item 3.2 (due 07.11.2019) and the
 * controller refuses on the web page, logged in with a controller's token.
 */
let s: Served;
let browser: Browser;
let address: string;

beforeAll(async () => {
  s = await serve('http-decide');
  address = await s.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await s?.close();
});

/** An executor asks through the «Прошу перенести срок» link of its mail; the request mail to the controller is returned. */
async function executorAsks(part: string, recipient: string, item: string, occurrence: string, to: string, reason: string): Promise<{ id: string; mail: ParsedMail }> {
  const token = signLink({ action: 'postpone', recipient, protocolKey: s.key, item, part, occurrence }, { secret: LINK_SECRET, now: s.pipeline.clock.now(), days: 30 });
  const before = s.pipeline.sink.mails.length;
  const r = await s.app.inject({ method: 'POST', url: `/l/${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ action: 'postpone', to, reason }).toString() });
  expect(r.statusCode).toBe(201);
  const id = /Запрос № ([A-Z0-9]{8})/.exec(r.body)?.[1];
  if (!id) throw new Error('no request id on the page');
  await expect.poll(() => s.pipeline.sink.mails.length).toBeGreaterThan(before);
  const mail = s.pipeline.sink.mails.slice(before).find((m) => kindOf(m) === 'request');
  if (!mail) throw new Error('no request mail went to the controller');
  return { id, mail };
}

function linkOf(mail: ParsedMail, label: string): string {
  const found = new RegExp(`${label}: https://srok\\.example\\.org(/l/[A-Za-z0-9_.-]+)`).exec(mail.text ?? '')?.[1];
  if (!found) throw new Error(`the mail has no «${label}» link`);
  return `${address}${found}`;
}

describe('a postponement request, decided by the controller without a shell', () => {
  let accepted: string;
  let refused: string;

  it('reaches the controller as a plain Russian mail with the deadline in force, the day asked and signed links', async () => {
    const { id, mail } = await executorAsks('khmao-kogalym', 'office@kogalym.hmao.example', '1.2', '2019-11-25', '2019-12-10', 'ждём данные муниципальных учреждений');
    accepted = id;
    expect(mail.to && 'value' in mail.to ? mail.to.value.map((a) => a.address) : []).toEqual(['depit@admhmao.example']);
    expect(mail.subject).toContain(`запрос на перенос срока ${id}`);
    const text = mail.text ?? '';
    expect(text).toContain('Кому: Департамент информационных технологий и цифрового развития');
    expect(text).toContain('Вы получаете это письмо как контролирующий исполнение');
    expect(text).toContain('Администрация города Когалыма просит перенести срок');
    expect(text).toContain('Действующий срок: 25.11.2019');
    expect(text).toContain('Просит перенести на: 10.12.2019');
    expect(text).toContain('Причина: ждём данные муниципальных учреждений');
    expect(text).not.toMatch(/не установлен|НУЖНО ДЕЙСТВИЕ ОПЕРАТОРА|srok postpone/);
    expect(mail.html).toContain('Согласовать');
    expect(mail.html).toContain('Отказать');

    const second = await executorAsks('khmao-surgut', 'office@surgut.hmao.example', '3.2', '2019-11-07', '2019-11-29', 'нет ответа от подведомственных учреждений');
    refused = second.id;
    expect(second.mail.text).toContain('Действующий срок: 07.11.2019');
    expect(second.mail.text).toContain('Срок: 7 ноября 2019');
  });

  it('accepts from the mail’s «Согласовать» link: the GET only asks, the POST moves the deadline once', async () => {
    const mail = s.pipeline.sink.mails.find((m) => kindOf(m) === 'request' && (m.subject ?? '').includes(accepted));
    if (!mail) throw new Error('the request mail is gone');
    const acceptLink = linkOf(mail, 'Согласовать перенос');
    const refuseLink = linkOf(mail, 'Отказать');
    const controller = await browser.newContext();
    const page = await controller.newPage();
    for (let i = 0; i < 2; i += 1) {
      const shown = await page.goto(acceptLink);
      expect(shown?.status()).toBe(200);
      await expect.poll(() => page.locator('h1').innerText()).toBe('Согласовать перенос срока');
    }
    expect(await page.inputValue('#to')).toBe('2019-12-10');
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).postponement('1.2', 'khmao-kogalym', '2019-11-25')).toBeNull();

    await page.fill('#reason', 'согласовано письмом от 12.11.2019');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('.outcome').innerText()).toContain('Согласовано: новый срок 10.12.2019');
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).postponement('1.2', 'khmao-kogalym', '2019-11-25')).toMatchObject({ to: '2019-12-10', by: 'link:depit@admhmao.example' });

    // Used: the link again, and the other link of the same mail, change nothing.
    const again = await page.goto(acceptLink);
    expect(again?.status()).toBeGreaterThanOrEqual(400);
    const other = await page.goto(refuseLink);
    expect(other?.status()).toBe(409);
    expect(await page.locator('h1').innerText()).toBe('Запрос уже решён');
    const posted = await s.app.inject({ method: 'POST', url: refuseLink.slice(address.length), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'action=refuse' });
    expect(posted.statusCode).toBe(409);
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).postponement('1.2', 'khmao-kogalym', '2019-11-25')).toMatchObject({ to: '2019-12-10' });
    await controller.close();
  });

  it('refuses the other request on the web page with a controller’s token; the plan and the history show both answers', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'depit', password: CONTROLLER_TOKEN } });
    const page = await context.newPage();
    const shown = await page.goto(`${address}/protocols/${s.key}`);
    expect(shown?.status()).toBe(200);
    const open = page.locator(`li.request[data-request="${refused}"]`);
    expect(await open.getAttribute('data-status')).toBe('open');
    expect(await open.innerText()).toContain('с 07.11.2019 на 29.11.2019');
    // A controller answers requests; the operator's forms are not shown to it.
    expect(await page.locator('form.act-done').count()).toBe(0);

    await open.locator('form.refuse input[name=reason]').fill('срок установлен губернатором');
    await open.locator('form.refuse button[type=submit]').click();
    await expect.poll(() => page.locator('.outcome').innerText()).toContain('отказано');
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).postponement('3.2', 'khmao-surgut', '2019-11-07')).toBeNull();

    await page.goto(`${address}/protocols/${s.key}`);
    expect(await page.locator(`li.request[data-request="${refused}"]`).getAttribute('data-status')).toBe('refused');
    expect(await page.locator(`li.request[data-request="${accepted}"]`).innerText()).toContain('Согласовано: новый срок 10.12.2019');
    const history = await page.locator('section.history').innerText();
    expect(history).toContain(`перенос согласован (запрос ${accepted})`);
    expect(history).toContain('link:depit@admhmao.example');
    expect(history).toContain(`в переносе отказано (запрос ${refused})`);
    expect(history).toContain('web:khmao-depit');
    expect(history).toContain('«срок установлен губернатором»');
    // Kogalym's row: the deadline moved.
    expect(await page.locator('#p-1\\.2 li.part[data-part="khmao-kogalym"]').innerText()).toContain('срок 10.12.2019 (перенесён с 25.11.2019)');

    // The plan: Kogalym's reminders now lead to 10.12.2019; Surgut's item 3.2 still counts from 07.11.2019.
    await page.goto(`${address}/protocols/${s.key}/timeline?until=2019-12-31`);
    const rows = await page.locator('tbody tr').allInnerTexts();
    const kogalym = rows.filter((row) => row.includes('Администрация города Когалыма') && /\t1\.2\t/.test(row));
    expect(kogalym.length).toBeGreaterThan(0);
    expect(kogalym.every((row) => row.includes('10.12.2019'))).toBe(true);
    expect(rows.some((row) => row.includes('Администрация города Сургута') && /\t3\.2\t/.test(row) && row.includes('07.11.2019'))).toBe(true);
    await context.close();
  });
});
