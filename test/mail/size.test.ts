import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { MAIL_KINDS } from '../../src/mail/index.js';
import { minifyMailHtml } from '../../src/mail/minify-html.js';
import { shorterEncoding } from '../../src/mail/nodemailer-message.js';
import { context, renderer, toEml } from './support.js';

/**
 * What a mail weighs: the reminder, the mail srok sends most, stays at most 15 KB of HTML
 * (MJML's output minified once at start, the document, the assignment and the links in one
 * section), and its HTML part travels in the shorter of the two transfer encodings.
 */
describe('the size of a mail', () => {
  it('a rendered reminder is at most 15 KB of HTML, its text part as written', async () => {
    const r = await renderer();
    const mail = r.render(context('reminder'));
    expect(Buffer.byteLength(mail.html)).toBeLessThanOrEqual(15_000);
    // The reminder still says everything: the assignment, its executor, the deadline, both links.
    for (const text of ['Напоминание о сроке исполнения поручения', 'Поручение, п. 1.2', 'Отметить исполнение', 'Перенести срок']) expect(mail.html).toContain(text);
    const sent = await simpleParser(await toEml(mail));
    expect(sent.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(mail.text.trimEnd());
    expect(sent.html).toBe(mail.html);
  });

  it('sends every kind whole, in no more bytes than quoted-printable would take', async () => {
    const r = await renderer();
    for (const kind of MAIL_KINDS) {
      const mail = r.render(context(kind));
      const eml = await toEml(mail);
      const parsed = await simpleParser(eml);
      expect(parsed.html, kind).toBe(mail.html);
      expect(shorterEncoding(mail.html), kind).toBe('base64');
    }
    // Markup with little text in it goes quoted-printable, as nodemailer would choose.
    expect(shorterEncoding('<p style="margin:0">Срок</p>'.repeat(3) + '<table>'.repeat(200))).toBe('quoted-printable');
  });
});

describe('minifyMailHtml', () => {
  it('drops whitespace between block tags, keeps it between inline ones and in text', () => {
    const html = '<div>\n  <p class="">Срок:   {{date}}</p>\n  <p><span>а</span>\n<span>б</span> <b>в</b></p>\n</div>';
    expect(minifyMailHtml(html)).toBe('<div><p>Срок:   {{date}}</p><p><span>а</span>\n<span>б</span> <b>в</b></p></div>');
  });

  it('compacts styles, drops tbody and quotes that are not needed, and keeps the quotes and styles of the conditional comments for Outlook', () => {
    const html =
      '<style type="text/css">\n  .used a { color: #fff; }\n  .unused { color: red; }\n  @media (max-width:480px) { .unused div { x: 1 } .used div { font-size: 17px !important; } }\n</style>' +
      '<!--[if mso | IE]><table style="width:600px" ><tr><td class="" style="x"><![endif]-->' +
      '<table border="0" role="presentation" style="font-size: 0px; padding: 10px 0px ;"><tbody><tr><td class="used" align="left" style>x</td></tr></tbody></table>' +
      '<a href="{{link}}" style="font-family: Arial, Helvetica, sans-serif">a</a>';
    expect(minifyMailHtml(html)).toBe(
      '<style>.used a{color:#fff}@media (max-width:480px){.used div{font-size:17px !important}}</style>' +
        '<!--[if mso | IE]><table style="width:600px" ><tr><td style="x"><![endif]-->' +
        '<table border=0 role=presentation style="font-size:0;padding:10px 0"><tr><td class=used align=left>x</td></tr></table>' +
        '<a href="{{link}}" style="font-family:Arial,Helvetica,sans-serif">a</a>',
    );
  });
});
