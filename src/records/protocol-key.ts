import type { ParsedDocument } from '../domain.js';
import { cutSlug, shortHash, slugify } from './slug.js';

/** Keys stay readable in logs and Redis, and short enough for job ids built on them. */
const MAX_KEY = 80;

/**
 * The stable key of a protocol: issuer + number + date (issuer + date + title when it
 * has no number), as an ASCII slug. The same protocol imported twice, or re-read from
 * another file format, gets the same key; a long issuer is shortened and a hash of the
 * whole key keeps two long issuers apart.
 */
export function protocolKey(doc: ParsedDocument): string {
  const { body, number, date, title, kind } = doc.protocol;
  // Every plan of every step asks again; the slug of the same header is remembered.
  const id = `${kind}\u0000${body ?? ''}\u0000${number ?? '\u0001'}\u0000${date ?? ''}\u0000${title ?? '\u0001'}\u0000${doc.source.sha256}`;
  const known = keys.get(id);
  if (known !== undefined) return known;
  const key = keyOf(doc);
  if (keys.size >= MAX_REMEMBERED) keys.clear();
  keys.set(id, key);
  return key;
}

/** Keys by the header fields they are made of; past this many the memo starts afresh. */
const keys = new Map<string, string>();
const MAX_REMEMBERED = 4096;

function keyOf(doc: ParsedDocument): string {
  const { body, number, date, title, kind } = doc.protocol;
  const issuer = slugify(body ?? '') || kind;
  const fixed = number !== null ? [slugify(number), date] : [date];
  const variable = number !== null ? [issuer] : [issuer, slugify(title ?? '')];
  // Nothing that tells the act apart: fall back to the file's content.
  if (number === null && date === null && !title) fixed.push(doc.source.sha256.slice(0, 12));

  const tail = fixed.filter((p): p is string => Boolean(p)).join('-');
  const head = variable.filter(Boolean).join('-');
  const full = [head, tail].filter(Boolean).join('-');
  if (full.length <= MAX_KEY) return full;

  const hash = shortHash(full);
  const room = MAX_KEY - hash.length - tail.length - 2;
  return [cutSlug(head, Math.max(room, 8)), hash, tail].filter(Boolean).join('-');
}
