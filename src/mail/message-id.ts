/**
 * Message-IDs and file names derived from a mail id. The planner's ids are already
 * [A-Za-z0-9._-]; anything else is written as '=XX' per UTF-8 byte ('=' itself too),
 * so two different ids never map to one Message-ID or one outbox file.
 */

const SAFE = /^[A-Za-z0-9._-]+$/;
const UNSAFE_CHAR = /[^A-Za-z0-9._-]/gu;

export function safeId(id: string): string {
  if (SAFE.test(id)) return id;
  return id.replace(UNSAFE_CHAR, (c) =>
    Array.from(Buffer.from(c, 'utf8'), (byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** '<p4-2019.p1-2.khmao-surgut.2019-11-25.r-3wd@srok.example>' */
export function messageIdOf(mailId: string, domain: string): string {
  return `<${safeId(mailId)}@${domain}>`;
}

/** A Message-ID as it may stand in In-Reply-To: one '<…@…>' with nothing that could break the header. */
export const MESSAGE_ID = /^<[^\s<>@]+@[^\s<>@]+>$/;

/** A host name for the right side of Message-IDs: 'srok.example'. */
export const MESSAGE_DOMAIN = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
