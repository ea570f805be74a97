import type { Options } from 'nodemailer/lib/mailer';
import type { RenderedMail } from './types.js';

/** A rendered mail as nodemailer's message options: the same for the outbox and SMTP, so an .eml is exactly what SMTP would send. */
export function messageOptions(mail: RenderedMail): Options {
  // One text/calendar part per event, as an attachment (nodemailer's icalEvent would add each twice: inline and attached).
  const events = mail.calendarEvents ?? (mail.icalEvent === null ? [] : [mail.icalEvent]);
  return {
    from: mail.from,
    to: mail.to,
    cc: mail.cc.length > 0 ? mail.cc : undefined,
    subject: mail.subject,
    messageId: mail.messageId,
    date: new Date(mail.date),
    text: mail.text,
    html: { content: mail.html, contentTransferEncoding: shorterEncoding(mail.html) },
    headers: { ...mail.headers },
    attachments:
      events.length === 0
        ? undefined
        : events.map((event) => ({ filename: event.filename, content: event.content, contentType: `text/calendar; charset=utf-8; method=${event.method}` })),
    // Rendered mail holds no paths or URLs to fetch; refuse them, so an attachment can never read a local file.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/**
 * The transfer encoding that sends `html` in fewer bytes. Nodemailer picks quoted-printable
 * whenever Latin letters outnumber the rest, which for markup around Russian text costs more
 * than base64: every Cyrillic letter is two bytes, six characters in quoted-printable.
 */
export function shorterEncoding(html: string): 'base64' | 'quoted-printable' {
  // Counted on the string, without encoding it: every byte of a non-ASCII character is escaped
  // (=XX), as are '=', DEL and control characters other than tab, CR and LF.
  const bytes = Buffer.byteLength(html, 'utf8');
  let ascii = 0;
  let escapedAscii = 0;
  for (let i = 0; i < html.length; i += 1) {
    const c = html.charCodeAt(i);
    if (c >= 0x80) continue;
    ascii += 1;
    if (c === 0x3d || c === 0x7f || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)) escapedAscii += 1;
  }
  let quoted = bytes + 2 * (bytes - ascii + escapedAscii);
  // Soft line breaks ("=" CRLF) every 76 characters at most; base64 lines of 76 with CRLF.
  quoted += Math.ceil(quoted / 75) * 3;
  const base64 = Math.ceil(bytes / 3) * 4;
  return base64 + Math.ceil(base64 / 76) * 2 < quoted ? 'base64' : 'quoted-printable';
}
