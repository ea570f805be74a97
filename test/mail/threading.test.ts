import { describe, expect, it } from 'vitest';
import { context, DOMAIN, parsed, renderer } from './support.js';

/** RFC 2047 encoded words (=?UTF-8?B?…?= or Q), as nodemailer writes a header that is not ASCII. */
function decodeWords(header: string): string {
  const words = [...header.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)];
  if (words.length === 0) return header;
  const bytes = words.map(([, encoding, text = '']) =>
    encoding?.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1'),
  );
  return Buffer.concat(bytes).toString('utf8');
}

describe('threading', () => {
  it('derives the Message-ID from the mail id, the same every time', async () => {
    const r = await renderer();
    const ctx = context('reminder');
    const mail = r.render(ctx);
    expect(mail.messageId).toBe(`<${ctx.mailId}@${DOMAIN}>`);
    expect(r.render(context('reminder')).messageId).toBe(mail.messageId);
    expect(r.messageIdOf(ctx.mailId)).toBe(mail.messageId);
    expect((await parsed(mail)).messageId).toBe(mail.messageId);
  });

  it('threads reminder → overdue notice → escalation under the first mail, with one subject root', async () => {
    const r = await renderer();
    const first = r.render(
      context('reminder', (ctx) => {
        ctx.mailId = ctx.mailId.replace(/r-3wd$/, 'r-10wd');
        ctx.threadRoot = null;
      }),
    );
    const chain = (['reminder', 'overdue', 'escalation'] as const).map((kind) =>
      r.render(
        context(kind, (ctx) => {
          ctx.threadRoot = first.messageId;
        }),
      ),
    );
    expect(first.headers['In-Reply-To']).toBeUndefined();
    expect(first.headers['References']).toBeUndefined();
    for (const mail of chain) {
      const back = await parsed(mail);
      expect(back.inReplyTo).toBe(first.messageId);
      expect(back.references).toBe(first.messageId);
      expect(back.subject?.split(' — ')[0]).toBe(first.subject.split(' — ')[0]);
      expect(decodeWords(String(back.headers.get('thread-topic')))).toBe('Протокол № 4/2019 от 30.10.2019, п. 1.2');
    }
  });

  it('does not make the first mail of a thread answer itself', async () => {
    const r = await renderer();
    const ctx = context('reminder');
    ctx.threadRoot = r.messageIdOf(ctx.mailId);
    expect(r.render(ctx).headers['In-Reply-To']).toBeUndefined();
  });

  it('marks every mail as automatic and names its id and kind', async () => {
    const back = await parsed((await renderer()).render(context('overdue')));
    expect(back.headers.get('auto-submitted')).toBe('auto-generated');
    expect(back.headers.get('x-srok-kind')).toBe('overdue');
    expect(back.headers.get('x-srok-mail-id')).toBe(context('overdue').mailId);
  });

  it('keeps a mail id with other characters apart from one without them', async () => {
    const r = await renderer();
    const plain = r.messageIdOf('a-b');
    const slash = r.messageIdOf('a/b');
    const equals = r.messageIdOf('a=2Fb');
    expect(new Set([plain, slash, equals]).size).toBe(3);
    expect(slash).toMatch(/^<[A-Za-z0-9._=-]+@srok\.example>$/);
  });
});
