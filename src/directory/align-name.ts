import { sameWord, type Term } from './words.js';

export interface NameAlignment {
  /** Words of the name found in the phrase, in order. */
  matched: number;
  /** matched / (name words + phrase words skipped inside the matched stretch); 1 = all, contiguous. */
  score: number;
}

/**
 * How well a directory name (or alias) reads as the start of a phrase.
 *
 * The phrase must begin with the name's first word: the head noun decides what an
 * entry is («органы исполнительной власти Челябинской области» is no «Министерство …
 * Челябинской области», though they share three words). The rest of the name must
 * follow in order; a name word missing, or a phrase word wedged between two name words,
 * lowers the score. Phrase words after the last matched one are free, since executor
 * phrases go on with qualifiers («…, оказывающим государственные услуги …»).
 */
export function alignName(name: readonly Term[], phrase: readonly Term[]): NameAlignment | null {
  const [nameHead] = name;
  const [phraseHead] = phrase;
  if (!nameHead || !phraseHead || !sameWord(nameHead, phraseHead)) return null;

  // lcs[i][j]: the longest in-order match of name[1..i] within phrase[1..j].
  const rows = name.length;
  const cols = phrase.length;
  const lcs: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const row = lcs[i] as number[];
      const above = (lcs[i - 1] as number[])[j] ?? 0;
      const left = row[j - 1] ?? 0;
      const diagonal = ((lcs[i - 1] as number[])[j - 1] ?? 0) + (sameWord(name[i] as Term, phrase[j] as Term) ? 1 : 0);
      row[j] = Math.max(above, left, diagonal);
    }
  }

  // The stretch of the phrase the name covers ends somewhere; take the end that scores best.
  const last = lcs[rows - 1] as number[];
  let best: NameAlignment = { matched: 1, score: 1 / rows };
  for (let end = 0; end < cols; end++) {
    const matched = 1 + (last[end] ?? 0);
    const skipped = end + 1 - matched;
    const score = matched / (rows + skipped);
    if (score > best.score) best = { matched, score };
  }
  return best;
}
