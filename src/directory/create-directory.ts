import { alignName } from './align-name.js';
import type { Directory, DirectoryEntry, DirectoryMatch } from './types.js';
import { termsOf, type Term } from './words.js';

/**
 * The least score a name must reach to route a phrase. 0.8 lets «органам местного
 * самоуправления Ханты-Мансийского автономного округа – Югры» reach the group named
 * «… муниципальных образований …» (8 of 10 words), and keeps «Министерству цифрового
 * развития … Российской Федерации» away from the regional ministry (6 of 8).
 */
export const MATCH_THRESHOLD = 0.8;

/** Remembered matches per directory; past this the memo starts afresh (bounded memory in a long-running worker). */
const MEMO_LIMIT = 5_000;

interface Candidate {
  entry: DirectoryEntry;
  text: string;
  via: 'name' | 'alias';
  terms: Term[];
}

/**
 * A directory over validated entries (the config loader reports duplicate ids, unknown
 * members and cycles with their lines; here the first of two equal ids wins and a
 * cycle is walked once).
 */
export function createDirectory(entries: DirectoryEntry[]): Directory {
  const byId = new Map<string, DirectoryEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);

  const candidates: Candidate[] = entries.flatMap((entry) => [
    { entry, text: entry.name, via: 'name' as const, terms: termsOf(entry.name) },
    ...entry.aliases.map((alias) => ({ entry, text: alias, via: 'alias' as const, terms: termsOf(alias) })),
  ]);

  // Protocols name the same bodies again and again; the directory never changes, so a match is remembered.
  const memo = new Map<string, DirectoryMatch | null>();
  const match = (phrase: string): DirectoryMatch | null => {
    const known = memo.get(phrase);
    if (known !== undefined) return known;
    const found = matchNow(phrase);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(phrase, found);
    return found;
  };

  const matchNow = (phrase: string): DirectoryMatch | null => {
    const byIdMatch = byId.get(phrase.trim().replace(/^@/, ''));
    if (byIdMatch) return { entry: byIdMatch, score: 1, via: 'id', matched: byIdMatch.id };

    const terms = termsOf(phrase);
    let best: DirectoryMatch | null = null;
    let bestWords = 0;
    for (const candidate of candidates) {
      const alignment = alignName(candidate.terms, terms);
      if (!alignment || alignment.score < MATCH_THRESHOLD) continue;
      // The most specific name wins: more words matched, then the closer fit; ties keep file order.
      if (!best || alignment.matched > bestWords || (alignment.matched === bestWords && alignment.score > best.score)) {
        best = { entry: candidate.entry, score: alignment.score, via: candidate.via, matched: candidate.text };
        bestWords = alignment.matched;
      }
    }
    return best;
  };

  const parts = (id: string): DirectoryEntry[] => {
    const result: DirectoryEntry[] = [];
    const seen = new Set<string>();
    const visit = (entry: DirectoryEntry): void => {
      if (seen.has(entry.id)) return;
      seen.add(entry.id);
      if (entry.kind !== 'group') {
        result.push(entry);
        return;
      }
      for (const member of entry.members) {
        const memberEntry = byId.get(member);
        if (memberEntry) visit(memberEntry);
      }
    };
    const entry = byId.get(id);
    if (entry) visit(entry);
    return result;
  };

  return {
    entries,
    get: (id) => byId.get(id),
    match,
    parts,
  };
}
