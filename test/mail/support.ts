/** What the mail tests share: one renderer over the real templates, messages built the way transports build them, and readers for what comes back. */
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { createRenderer, type MailContext, type MailKind, type RenderedMail, type Renderer } from '../../src/mail/index.js';
import { messageOptions } from '../../src/mail/nodemailer-message.js';
import { sampleContext } from '../support/sample-context.js';

export const TEMPLATES = new URL('../../email-templates/', import.meta.url).pathname;
export const ZONE = 'Asia/Yekaterinburg';
export const FROM = 'srok <srok@srok.example>';
export const DOMAIN = 'srok.example';

let shared: Promise<Renderer> | null = null;

/** Compiling the templates costs a few hundred milliseconds; the tests of one file share it. */
export function renderer(): Promise<Renderer> {
  shared ??= createRenderer({ templatesDir: TEMPLATES, from: FROM, messageDomain: DOMAIN, zone: ZONE });
  return shared;
}

/** A sample context with some fields replaced. */
export function context(kind: MailKind, change: (ctx: MailContext) => void = () => undefined): MailContext {
  const ctx = sampleContext(kind);
  change(ctx);
  return ctx;
}

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** The RFC 822 message nodemailer builds for a rendered mail (what the outbox writes and SMTP sends). */
export async function toEml(mail: RenderedMail): Promise<Buffer> {
  const info = await composer.sendMail(messageOptions(mail));
  return info.message as Buffer;
}

export async function parsed(mail: RenderedMail): Promise<ParsedMail> {
  return simpleParser(await toEml(mail));
}

export function htmlOf(mail: ParsedMail): string {
  if (typeof mail.html !== 'string') throw new Error('the parsed mail has no HTML part');
  return mail.html;
}

/** iCalendar content lines, unfolded (RFC 5545 §3.1), as [name with parameters, value] pairs. */
export function icsLines(content: string): Array<[string, string]> {
  const unfolded = content.replace(/\r?\n[ \t]/g, '');
  return unfolded
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1)];
    });
}

/** The value of the first content line whose name (before any ';' parameters) is `name`. */
export function icsValue(content: string, name: string): string | undefined {
  return icsLines(content).find(([key]) => key === name || key.startsWith(`${name};`))?.[1];
}
