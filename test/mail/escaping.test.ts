import { describe, expect, it } from 'vitest';
import { createRenderer, InvalidMailError } from '../../src/mail/index.js';
import { context, DOMAIN, FROM, htmlOf, parsed, renderer, TEMPLATES, toEml, ZONE } from './support.js';

const HOSTILE = 'Направить <script>alert("x")</script> и <img src=x onerror="alert(1)"> в ООО «Рога & Копыта» \'до обеда\'';

describe('protocol text is untrusted', () => {
  it('escapes markup in the item text, the protocol body, names and digest lines', async () => {
    const r = await renderer();
    for (const kind of ['reminder', 'summary', 'digest'] as const) {
      const mail = r.render(
        context(kind, (ctx) => {
          if (ctx.assignment) ctx.assignment.text = HOSTILE;
          ctx.protocol.body = '<b onmouseover="x()">Рабочая группа</b>';
          if (ctx.part) ctx.part.name = 'Администрация <iframe src=//evil>';
          ctx.summary?.forEach((row) => (row.name = `<svg onload=alert(1)> ${row.name}`));
          ctx.lines?.forEach((line) => (line.text = HOSTILE));
        }),
      );
      for (const html of [mail.html, htmlOf(await parsed(mail))]) {
        expect(html).not.toMatch(/<script|<img|<iframe|<svg|<b onmouseover/i);
        expect(html).not.toMatch(/onerror="/);
      }
      expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(mail.html).toContain('Рога &amp; Копыта');
      expect(mail.html).toContain('&#39;до обеда&#39;');
      // The text part carries the words as written.
      expect(mail.text).toContain(HOSTILE);
    }
  });

  it('drops a one-click link that is not a web link', async () => {
    const mail = (await renderer()).render(
      context('reminder', (ctx) => {
        ctx.links = { done: 'javascript:alert(1)', postpone: 'https://srok.example/p?a=1&b="2"' };
      }),
    );
    expect(mail.html).not.toContain('javascript:');
    expect(mail.text).not.toContain('javascript:');
    expect(mail.html).not.toContain('https://srok.example/p?a=1&b="2"');
  });

  it('keeps a line break in the subject from starting a header of its own', async () => {
    const mail = (await renderer()).render(
      context('reminder', (ctx) => {
        ctx.subject = 'Протокол № 4/2019\r\nBcc: x@y.example\r\n\r\n<html>';
      }),
    );
    expect(mail.subject).toBe('Протокол № 4/2019 Bcc: x@y.example <html>');
    const eml = (await toEml(mail)).toString('utf8');
    // No header of its own; the subject's text may well start a line of a body part.
    const headers = eml.slice(0, eml.indexOf('\r\n\r\n'));
    expect(headers).toContain('Subject:');
    expect(headers).not.toMatch(/^Bcc:/im);
    const bodyLines = eml.slice(headers.length).split('\r\n').filter((l) => /^Bcc:/i.test(l));
    for (const line of bodyLines) expect(line).not.toMatch(/^Bcc:\s*x@y\.example\s*$/i);
    const back = await parsed(mail);
    expect(back.bcc).toBeUndefined();
    expect(back.headers.has('bcc')).toBe(false);
    expect(back.subject).toBe(mail.subject);
  });

  it('refuses a mail id with a control character, since it becomes a header and a file name', async () => {
    const r = await renderer();
    expect(() => r.render(context('reminder', (ctx) => (ctx.mailId = 'a\u0000b\r\nc')))).toThrow(/mailId: must be a non-empty single line/);
  });
});

describe('addresses are checked before a mail is made', () => {
  it.each([
    ['to', 0, 'office@surgut.hmao.example\r\nBcc: x@y.example', 'line break'],
    ['to', 1, 'Администрация Сургута office@surgut.hmao.example', 'space'],
    ['cc', 0, 'a@b.example,c@d.example', 'not an e-mail address'],
    ['cc', 1, 'no-at-sign', 'not an e-mail address'],
  ] as const)('refuses %s[%i] = %j (%s)', async (field, index, address, why) => {
    const ctx = context('escalation');
    const list = field === 'to' ? ctx.to : ctx.cc;
    while (list.length <= index) list.push('ok@srok.example');
    list[index] = address;
    let error: unknown;
    try {
      (await renderer()).render(ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidMailError);
    expect((error as InvalidMailError).field).toBe(`${field}[${index}]`);
    expect((error as InvalidMailError).message).toContain(`${field}[${index}]`);
    expect((error as InvalidMailError).message).toContain(why);
  });

  it('refuses a mail with no recipient, a broken instant or a thread root that is not a Message-ID', async () => {
    const r = await renderer();
    expect(() => r.render(context('reminder', (ctx) => (ctx.to = [])))).toThrow(/to: is empty/);
    expect(() => r.render(context('reminder', (ctx) => (ctx.now = 'вчера')))).toThrow(/now: "вчера" is not an ISO instant/);
    expect(() => r.render(context('reminder', (ctx) => (ctx.threadRoot = '<a@b>\r\nBcc: x@y')))).toThrow(/threadRoot/);
  });
});

describe('the renderer settings are checked at start', () => {
  it('refuses a sender with a line break, a Message-ID domain with a space and an unknown zone', async () => {
    const options = { templatesDir: TEMPLATES, from: FROM, messageDomain: DOMAIN, zone: ZONE };
    await expect(createRenderer({ ...options, from: 'srok <srok@srok.example>\r\nBcc: x@y.example' })).rejects.toThrow(/mail\.from .* line break/);
    await expect(createRenderer({ ...options, from: 'srok <srok at srok.example>' })).rejects.toThrow(/mail\.from: the address .* contains a space/);
    await expect(createRenderer({ ...options, messageDomain: 'srok example' })).rejects.toThrow(/messageDomain "srok example" is not a host name/);
    await expect(createRenderer({ ...options, zone: 'Europe/Khanty' })).rejects.toThrow(/not an IANA time zone/);
  });

  it('writes a sender name with a comma as one quoted name', async () => {
    const r = await createRenderer({ templatesDir: TEMPLATES, from: 'Депинформтехнологий Югры, контроль <srok@srok.example>', messageDomain: DOMAIN, zone: ZONE });
    const back = await parsed(r.render(context('reminder')));
    expect(back.from?.value).toEqual([{ name: 'Депинформтехнологий Югры, контроль', address: 'srok@srok.example' }]);
  });
});
