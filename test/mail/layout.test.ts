import { launchChromium } from '../support/chromium.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_KINDS, type MailContext, type MailKind } from '../../src/mail/index.js';
import { context, renderer } from './support.js';

/**
 * Each kind of mail laid out by a real browser, on a phone and on a desktop: nothing may
 * stick out sideways, even with the longest things protocols contain — a long item and
 * an address with no place to break.
 */

const LONG_ADDRESS = 'otdel.cifrovoj.transformacii.i.razvitiya.elektronnogo.pravitelstva@depit-ugra.admhmao.example.ru';
const LONG_TEXT =
  'Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры обеспечить ' +
  'направление в Департамент информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры ' +
  `(на адрес электронной почты ${LONG_ADDRESS}) `.repeat(2) +
  'сведений о ходе реализации мероприятий по цифровой трансформации муниципального управления, '.repeat(12) +
  'см. https://depit.admhmao.example.ru/dokumenty/protokoly/2019/rabochaya-gruppa-po-koordinacii-cifrovogo-razvitiya/4-2019.docx\nСрок: до 25 ноября 2019 года.';

function longFixture(kind: MailKind): MailContext {
  return context(kind, (ctx) => {
    ctx.to = [LONG_ADDRESS];
    if (ctx.assignment) {
      ctx.assignment.text = LONG_TEXT;
      ctx.assignment.emails.push(LONG_ADDRESS);
      ctx.assignment.sendTo.push({ text: 'в Департамент информационных технологий', name: 'Департамент информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры', email: LONG_ADDRESS });
    }
    if (ctx.part) ctx.part.name = 'Администрация Ханты-Мансийского района Ханты-Мансийского автономного округа – Югры';
    if (ctx.escalation) ctx.escalation.targetName = `Заместитель Губернатора Ханты-Мансийского автономного округа – Югры (${LONG_ADDRESS})`;
    if (ctx.operatorNote !== null) ctx.operatorNote = `Письмо на ${LONG_ADDRESS} не доставлено: 550 5.1.1 mailbox unavailable. Проверьте адрес.`;
    ctx.summary?.push({ name: `Администрация городского поселения Междуреченский (${LONG_ADDRESS})`, done: false, doneAt: null });
    ctx.lines?.forEach((line) => (line.text = LONG_TEXT));
    if (ctx.links) ctx.links.done = `https://srok.example/a/${'x'.repeat(200)}/done`;
  });
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Overflow {
  viewport: number;
  scrollWidth: number;
  tooWide: string[];
}

// Runs in the page; a string, because this project's TypeScript has no DOM types.
const MEASURE = `(() => {
  const viewport = window.innerWidth;
  const tooWide = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > viewport + 0.5 || box.left < -0.5 || box.width > viewport + 0.5) {
      tooWide.push('<' + element.tagName.toLowerCase() + ' class="' + (element.getAttribute('class') || '') + '"> ' +
        Math.round(box.left) + '…' + Math.round(box.right) + ': ' + (element.textContent || '').trim().slice(0, 60));
    }
  }
  return { viewport, scrollWidth: document.documentElement.scrollWidth, tooWide };
})()`;

const QUOTE_WIDTH = `document.querySelector('.quote')?.getBoundingClientRect().width ?? 0`;

describe('layout in a real browser', () => {
  it.each([375, 1200])('no mail sticks out sideways at %i px', async (width) => {
    const r = await renderer();
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      // A mail must need nothing from the network; anything it asks for is refused.
      await page.route('**/*', (route) => route.abort());
      for (const kind of MAIL_KINDS) {
        const mail = r.render(longFixture(kind));
        await page.setContent(mail.html, { waitUntil: 'domcontentloaded' });
        const overflow = await page.evaluate<Overflow>(MEASURE);
        expect(overflow.tooWide, `${kind} at ${width}px`).toEqual([]);
        expect(overflow.scrollWidth, `${kind} at ${width}px`).toBeLessThanOrEqual(overflow.viewport);
        // The long address is on the page, whole, at both widths.
        expect(await page.textContent('body'), kind).toContain(kind === 'digest' || kind === 'catchup' ? 'сведений о ходе реализации' : LONG_ADDRESS);
      }
    } finally {
      await page.close();
    }
  });

  it('uses the full width of a phone and stays a readable column on a desktop', async () => {
    const r = await renderer();
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    try {
      await page.route('**/*', (route) => route.abort());
      await page.setContent(r.render(longFixture('reminder')).html, { waitUntil: 'domcontentloaded' });
      const phone = await page.evaluate<number>(QUOTE_WIDTH);
      await page.setViewportSize({ width: 1200, height: 800 });
      const desktop = await page.evaluate<number>(QUOTE_WIDTH);
      expect(phone).toBeGreaterThan(375 * 0.75);
      expect(desktop).toBeLessThanOrEqual(600);
      expect(desktop).toBeGreaterThan(500);
    } finally {
      await page.close();
    }
  });
});
