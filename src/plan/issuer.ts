import type { LaddersConfig } from '../config/schema.js';
import type { Directory } from '../directory/types.js';
import type { ParsedDocument } from '../domain.js';

export type IssuerRule = LaddersConfig['issuers'][number];

/**
 * The ladders.issuers rule of a protocol's issuing body: the first rule, in file
 * order, whose `match` is a phrase the body's name contains (word endings aside:
 * «Комиссии по цифровому развитию» contains «Комиссия по цифровому развитию») or the
 * directory id of the body. First match wins, so an operator orders rules from
 * specific to general.
 */
export function findIssuer(doc: ParsedDocument, rules: readonly IssuerRule[], directory: Directory): IssuerRule | null {
  const body = doc.protocol.body;
  if (body === null || rules.length === 0) return null;
  // Every plan of every step asks again: the answer for a body is remembered per rules and directory (a reloaded config brings new ones).
  let byDirectory = issuerMemo.get(rules);
  if (byDirectory === undefined) issuerMemo.set(rules, (byDirectory = new WeakMap()));
  let byBody = byDirectory.get(directory);
  if (byBody === undefined) byDirectory.set(directory, (byBody = new Map()));
  const known = byBody.get(body);
  if (known !== undefined) return known;
  const found = issuerOf(body, rules, directory);
  if (byBody.size >= 4096) byBody.clear();
  byBody.set(body, found);
  return found;
}

const issuerMemo = new WeakMap<readonly IssuerRule[], WeakMap<Directory, Map<string, IssuerRule | null>>>();

function issuerOf(body: string, rules: readonly IssuerRule[], directory: Directory): IssuerRule | null {
  const text = words(body);
  let routed: string | null | undefined;
  for (const rule of rules) {
    if (containsPhrase(text, words(rule.match))) return rule;
    const entry = directory.get(rule.match);
    if (!entry) continue;
    if ([entry.name, ...entry.aliases].some((name) => containsPhrase(text, words(name)))) return rule;
    // The body may be written in another case («Комиссии по …»): ask the directory once.
    if (routed === undefined) routed = directory.match(body)?.entry.id ?? null;
    if (routed === rule.match) return rule;
  }
  return null;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** `phrase` occurs in `text` as consecutive words, each perhaps with another case ending. */
function containsPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= text.length; start += 1) {
    if (phrase.every((word, i) => sameWordForm(word, text[start + i] ?? ''))) return true;
  }
  return false;
}

/**
 * Two forms of one Russian word: equal, or sharing all but the last two letters of
 * the shorter and at least three («комиссия» / «комиссии», «рабочая» / «рабочей»).
 * Issuer phrases are long, so this loose test is safe across a whole phrase.
 */
function sameWordForm(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d+$/.test(a) || /^\d+$/.test(b)) return false;
  const need = Math.max(3, Math.min(a.length, b.length) - 2);
  if (a.length < need || b.length < need) return false;
  return a.slice(0, need) === b.slice(0, need);
}
