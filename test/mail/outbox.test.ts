import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { createOutboxTransport, DeliveryError, MAIL_KINDS } from '../../src/mail/index.js';
import { context, htmlOf, renderer } from './support.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srok-outbox-'));
  made.push(dir);
  return dir;
}

describe('the outbox', () => {
  it('writes each mail as a complete .eml named by its mail id, into a folder it creates', async () => {
    const dir = path.join(await tempDir(), 'var', 'outbox');
    const outbox = createOutboxTransport(dir);
    const r = await renderer();
    for (const kind of MAIL_KINDS) {
      const mail = r.render(context(kind));
      const result = await outbox.send(mail);
      const file = path.join(dir, `${mail.mailId}.eml`);
      expect(result.response).toContain(file);
      const back = await simpleParser(await readFile(file));
      expect(back.messageId).toBe(mail.messageId);
      expect(back.subject).toBe(mail.subject);
      expect(back.to && !Array.isArray(back.to) ? back.to.value.map((a) => a.address) : []).toEqual(mail.to);
      expect(back.from?.value[0]?.address).toBe('srok@srok.example');
      expect(back.text).toContain('системой контроля исполнения поручений');
      expect(htmlOf(back)).toContain('</html>');
      expect(back.attachments.some((a) => a.contentType === 'text/calendar')).toBe(mail.icalEvent !== null);
    }
    expect((await readdir(dir)).sort()).toEqual(MAIL_KINDS.map((kind) => `${context(kind).mailId}.eml`).sort());
    await outbox.close();
  });

  it('writes the same mail id to the same single file, leaving no temporary files', async () => {
    const dir = await tempDir();
    const outbox = createOutboxTransport(dir);
    const r = await renderer();
    const mail = r.render(context('reminder'));
    await Promise.all([outbox.send(mail), outbox.send(mail), outbox.send(mail)]);
    expect(await readdir(dir)).toEqual([`${mail.mailId}.eml`]);
    const back = await simpleParser(await readFile(path.join(dir, `${mail.mailId}.eml`)));
    expect(back.messageId).toBe(mail.messageId);
  });

  it('names the file safely when the mail id has characters a path must not have', async () => {
    const dir = await tempDir();
    const outbox = createOutboxTransport(dir);
    const mail = (await renderer()).render(context('reminder', (ctx) => (ctx.mailId = '../../etc/passwd')));
    await outbox.send(mail);
    expect(await readdir(dir)).toEqual(['..=2F..=2Fetc=2Fpasswd.eml']);
  });

  it('fails as transient when the folder cannot be written, and verify says so first', async () => {
    const parent = await tempDir();
    const blocked = path.join(parent, 'file-not-folder');
    await writeFile(blocked, 'a file stands where the outbox folder should be');
    await chmod(blocked, 0o444);
    const outbox = createOutboxTransport(path.join(blocked, 'outbox'));
    await expect(outbox.verify()).rejects.toMatchObject({ name: 'DeliveryError', kind: 'transient' });
    const mail = (await renderer()).render(context('reminder'));
    const error = await outbox.send(mail).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).kind).toBe('transient');
    expect((error as DeliveryError).mailId).toBe(mail.mailId);
  });

  it('verifies a writable folder', async () => {
    const dir = path.join(await tempDir(), 'new');
    await expect(createOutboxTransport(dir).verify()).resolves.toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });
});
