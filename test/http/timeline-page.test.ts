/**
 * The timeline page of a protocol shows one month of its planned mails at a time, with
 * every month of the plan listed and counted: a year of a protocol of many executors is
 * thousands of rows, too many for one page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, READ_TOKEN, serve, type Served } from './support.js';

let s: Served;
beforeAll(async () => {
  s = await serve('http-timeline-page');
});
afterAll(async () => {
  await s.close();
});

async function page(query: string) {
  const r = await s.app.inject({ method: 'GET', url: `/protocols/${s.key}/timeline${query}`, headers: basic(READ_TOKEN) });
  // Links as a browser reads them: the attributes' escapes undone.
  return { status: r.statusCode, body: r.body.replaceAll('&#61;', '=').replaceAll('&amp;', '&') };
}

/** The «Когда» cells of the table: 'YYYY-MM-DD HH:MM'. */
function whens(body: string): string[] {
  return [...body.matchAll(/<tr><td>(\d{4}-\d{2}-\d{2} \d{2}:\d{2})<\/td>/g)].map((m) => m[1]!);
}

describe('the timeline page', () => {
  it('shows the first month with mails, lists every month with its count, and each month on its own page', async () => {
    const first = await page('?until=2020-12-31');
    expect(first.status).toBe(200);
    const total = Number(/Писем в плане: (\d+)/.exec(first.body)?.[1]);
    const months = [...first.body.matchAll(/(?:<a href="[^"]*month=(\d{4}-\d{2})[^"]*">|<strong>)([а-я]+ \d{4}): (\d+)/g)].map((m) => ({ month: m[1], name: m[2]!, count: Number(m[3]) }));
    expect(months.length).toBeGreaterThan(1);
    expect(months.reduce((n, m) => n + m.count, 0)).toBe(total);
    expect(months[0]!.name).toBe('ноябрь 2019');
    expect(whens(first.body).every((w) => w.startsWith('2019-11'))).toBe(true);
    expect(whens(first.body)).toHaveLength(months[0]!.count);
    // One month on the page, not the whole plan.
    expect(whens(first.body).length).toBeLessThan(total);
    expect(Buffer.byteLength(first.body)).toBeLessThan(60_000);

    let seen = whens(first.body).length;
    for (const m of months.slice(1)) {
      const other = await page(`?until=2020-12-31&month=${m.month!}`);
      expect(other.body).toContain(`<h2>${m.name}: ${m.count}</h2>`);
      expect(whens(other.body).every((w) => w.startsWith(m.month!))).toBe(true);
      seen += whens(other.body).length;
      // A month is a fraction of the whole.
      expect(other.body.length).toBeLessThan(first.body.length + 200 * m.count + 5000);
    }
    expect(seen).toBe(total);
  });

  it('shows the mail budget of the plan: mails per recipient a week and the busiest days, as srok plan --stats counts them', async () => {
    const r = await page('?until=2020-12-31');
    const m = /Нагрузка на адресатов: (\d+) пис[а-я]+ для (\d+) адресат[а-я]*, не больше (\d+) пис[а-я]+ одному адресату в день/u.exec(r.body);
    expect(m, r.body.slice(0, 3000)).not.toBeNull();
    // Folded mails are fewer than the steps they carry; nobody gets more than the daily cap.
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(Number(m![3])).toBeLessThanOrEqual(3);
    expect(r.body).toContain('Самые загруженные дни:');
  });

  it('refuses a month that is not one, in Russian terms of the field', async () => {
    const r = await page('?month=2019-13');
    expect(r.status).toBe(400);
    expect(r.body).toContain('YYYY-MM');
  });
});
