import { describe, expect, it } from 'vitest';
import { html, raw } from '../../src/http/html.js';
import { overviewOf } from '../../src/http/protocol-overview.js';
import { protocolsPage } from '../../src/http/views/protocols-page.js';
import type { ReportRow } from '../../src/report/types.js';

const HOSTILE = '<script>alert("x")</script> & «Срок: до 25 ноября» <img src=x onerror=alert(1)>';

function row(overrides: Partial<ReportRow>): ReportRow {
  return {
    protocol: { key: 'wg-4-2019', kind: 'protocol', number: '4/2019', date: '2019-10-30', body: HOSTILE },
    item: '1.2',
    text: HOSTILE,
    part: { key: 'khmao-surgut', ref: 'khmao-surgut', name: 'Администрация города Сургута', role: 'executor' },
    deadline: { kind: 'date', text: 'до 25 ноября 2019 года' },
    occurrence: { key: '2019-11-25', label: '', due: '2019-11-25', postponedTo: null, deadline: '2019-11-25', deadlineAt: '2019-11-25T13:00:00.000Z' },
    state: 'open',
    closure: null,
    daysLeft: 3,
    overdue: false,
    optional: false,
    controller: { key: '_operator', ref: null, name: 'Оператор', emails: [], via: 'operator' },
    ...overrides,
  };
}

describe('pages escape what protocols say', () => {
  it('escapes every interpolated value and keeps constant markup', () => {
    expect(html`<p title="${'"><b>'}">${HOSTILE}</p>${raw('<br>')}`.text).toBe(
      '<p title="&quot;&gt;&lt;b&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «Срок: до 25 ноября» &lt;img src&#61;x onerror&#61;alert(1)&gt;</p><br>',
    );
  });

  it('renders hostile protocol text on the front page as text, and lists the overdue protocol first', () => {
    const summary = (key: string, date: string) => ({ key, version: 1, importedAt: '2019-11-01T05:00:00.000Z', number: key, date, body: HOSTILE, title: null, assignments: 1 });
    const rows = [row({}), row({ protocol: { key: 'wg-3-2019', kind: 'protocol', number: '3/2019', date: '2019-07-27', body: null }, overdue: true, daysLeft: -2 })];
    const overviews = overviewOf([summary('wg-4-2019', '2019-10-30'), summary('wg-3-2019', '2019-07-27')], rows);
    expect(overviews.map((o) => [o.key, o.counts.overdue])).toEqual([['wg-3-2019', 1], ['wg-4-2019', 0]]);
    const page = protocolsPage(overviews, new Date('2019-11-20T05:00:00.000Z'), 'Asia/Yekaterinburg');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page.indexOf('wg-3-2019')).toBeLessThan(page.indexOf('wg-4-2019'));
  });
});
