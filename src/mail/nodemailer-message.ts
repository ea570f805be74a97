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
    html: mail.html,
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
