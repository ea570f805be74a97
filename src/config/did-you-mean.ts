/**
 * The option closest to a misspelt word, for "did you mean …?" hints: within a third
 * of the word's length in edits (at least one), or a shortened id ('mincifry' for
 * 'mincifry-chelyabinsk'); an unrelated word gets no hint.
 */
export function closest(word: string, options: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const limit = Math.max(1, Math.floor(word.length / 3));
  for (const option of options) {
    if (option === word) continue;
    const a = word.toLowerCase();
    const b = option.toLowerCase();
    const distance = editDistance(a, b);
    const shortened = a.length >= 4 && (b.startsWith(a) || a.startsWith(b));
    if ((distance <= limit || shortened) && distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

/** «; возможно, имелось в виду 'x'» or '' when nothing is close. */
export function didYouMean(word: string, options: Iterable<string>): string {
  const hint = closest(word, options);
  return hint === null ? '' : `; возможно, имелось в виду '${hint}'`;
}

/** The message for an id that names no directory entry, with the closest id or the fix. */
export function unknownIdMessage(id: string, ids: Iterable<string>): string {
  const hint = closest(id, ids);
  return hint === null
    ? `в справочнике нет записи с id '${id}'; добавьте её в directory.yaml или исправьте id`
    : `в справочнике нет записи с id '${id}'; возможно, имелось в виду '${hint}'`;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ('smpt' is
 * one edit from 'smtp'): the optimal string alignment variant of Damerau–Levenshtein.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
