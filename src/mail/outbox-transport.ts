import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { DeliveryError } from './delivery-error.js';
import { safeId } from './message-id.js';
import { messageOptions } from './nodemailer-message.js';
import type { MailTransport } from './transport.js';

/**
 * The outbox: every mail becomes `<dir>/<mail id>.eml`, the complete RFC 822 message
 * nodemailer would send over SMTP. Nothing leaves the machine. A file is written under
 * a temporary name and renamed, so a reader (an operator, a test, a mail client opening
 * the folder) never sees half a message; the same mail id written twice is one file.
 */
export function createOutboxTransport(dir: string): MailTransport {
  const folder = path.resolve(dir);
  // Builds the message in memory; never connects anywhere.
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  let ready: Promise<void> | null = null;
  const prepare = (): Promise<void> => (ready ??= mkdir(folder, { recursive: true }).then(() => undefined));

  return {
    kind: 'outbox',
    async send(mail) {
      let message: Buffer;
      try {
        const info = await composer.sendMail(messageOptions(mail));
        message = Buffer.isBuffer(info.message) ? info.message : Buffer.from(String(info.message));
      } catch (error) {
        throw new DeliveryError(mail.mailId, 'permanent', null, codeOf(error), `cannot build the message: ${messageOf(error)}`, { cause: error });
      }
      const file = path.join(folder, `${safeId(mail.mailId)}.eml`);
      const temporary = path.join(folder, `.${safeId(mail.mailId)}.${randomUUID()}.tmp`);
      try {
        await prepare();
        await writeFile(temporary, message, { flag: 'wx' });
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        ready = null;
        // A full disk or a folder made read-only may be fixed by the operator: retry.
        throw new DeliveryError(mail.mailId, 'transient', null, codeOf(error), `cannot write ${file}: ${messageOf(error)}`, { cause: error });
      }
      return { response: `written to ${file}`, accepted: [...mail.to, ...mail.cc], rejected: [] };
    },
    async verify() {
      try {
        await prepare();
        await access(folder, constants.W_OK);
      } catch (error) {
        ready = null;
        throw new DeliveryError('(verify)', 'transient', null, codeOf(error), `в папку для писем ${folder} нельзя записывать: ${messageOf(error)}; проверьте mail.outboxDir и права доступа`, { cause: error });
      }
    },
    async close() {
      composer.close();
    },
  };
}

function codeOf(error: unknown): string | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
