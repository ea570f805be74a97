/**
 * The queue dashboard in a closed network: Chromium with every request off this server
 * refused by routing loads /admin/queues with no failed request — its fonts, scripts and
 * styles are all served by srok.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_TOKEN, serve, type Served } from './support.js';

let s: Served;
let browser: Browser;
let address: string;

beforeAll(async () => {
  s = await serve('http-board-offline');
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

describe('the queue dashboard offline', () => {
  it('loads every asset from srok: no request leaves the server, none fails', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'ivanova', password: OPERATOR_TOKEN } });
    const outside: string[] = [];
    // The closed network: anything not on this server is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${address}/`)) return route.continue();
      outside.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const failed: string[] = [];
    const loaded: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
      else loaded.push(r.url());
    });
    const response = await page.goto(`${address}/admin/queues`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await page.locator('text=srok').first().waitFor();
    // The dashboard's own fonts, from this server.
    expect(await page.evaluate(`document.fonts.ready.then(() => document.fonts.check('500 16px "IBM Plex Sans"'))`)).toBe(true);
    expect(loaded.some((u) => u.endsWith('.woff2'))).toBe(true);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });
});
