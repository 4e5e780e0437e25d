/** Words sorted once with the indexes of what holds them ("streekarchief" → parties 3 and 7). */
export type SortedWords = readonly (readonly [string, readonly number[]])[];

/** Sorts a word → indexes map once, for `indexesOfWordsStarting`. */
export function sortWords(byWord: ReadonlyMap<string, Iterable<number>>): SortedWords {
  return [...byWord.keys()].sort().map((w) => [w, [...byWord.get(w)!]] as const);
}

/**
 * The indexes of the words that start with `prefix` and pass `keep`: one binary-searched range of the
 * sorted words. With `limit`, the scan stops once more than that many indexes are found.
 */
export function indexesOfWordsStarting(sorted: SortedWords, prefix: string, keep: (word: string) => boolean, limit = Infinity): Set<number> {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid][0] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<number>();
  for (let i = lo; i < sorted.length && sorted[i][0].startsWith(prefix); i++) {
    if (keep(sorted[i][0])) for (const x of sorted[i][1]) out.add(x);
    if (out.size > limit) break;
  }
  return out;
}
