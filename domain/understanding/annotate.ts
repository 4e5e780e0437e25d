import { GLOSSARY_TERMS, type GlossaryId } from '../glossary/terms';
import { allowedEdits, editDistance, foldText } from '../register/nameNormalize';
import type { BbvCategory, RiskProfile } from '../register/types';
import type { IntentName, RoleTopic } from './intentNames';
import {
  BODY_PHRASES,
  CATEGORY_PHRASES,
  CHANGE_PHRASES,
  CUES,
  MORE_CUES,
  NEGATION,
  PERSON_TITLES,
  RISK_PHRASES,
  ROLE_PHRASES,
  ROLE_TOPIC_PHRASES,
  WEEKDAYS,
} from './lexicon';

/** What one phrase of the question says; a phrase may say several things ("AB": a body and a term). */
export interface Meaning {
  cues?: Partial<Record<IntentName, number>>;
  body?: string;
  role?: string;
  category?: BbvCategory;
  risk?: RiskProfile;
  negation?: boolean;
  change?: string;
  term?: GlossaryId;
  roleTopic?: RoleTopic;
  weekday?: number;
  personTitle?: boolean;
}

/**
 * The phrase dictionary: every lexicon merged under its folded phrase, built once per set of
 * templates (their change kinds join the vocabulary without code changes).
 */
export class PhraseBook {
  readonly phrases = new Map<string, Meaning>();
  readonly maxWords: number;
  private readonly singlesByLength = new Map<number, string[]>();

  constructor(templateChangeWords: Record<string, string> = {}) {
    const add = (phrase: string, m: Meaning): void => {
      const key = phraseKey(phrase);
      if (key === '') return;
      const prev = this.phrases.get(key) ?? {};
      const cues = m.cues || prev.cues ? { ...prev.cues } : undefined;
      if (cues && m.cues) for (const [k, v] of Object.entries(m.cues) as [IntentName, number][]) cues[k] = Math.max(cues[k] ?? 0, v);
      this.phrases.set(key, { ...prev, ...m, ...(cues ? { cues } : {}) });
    };
    for (const [p, c] of Object.entries(CUES)) add(p, { cues: c });
    for (const [p, c] of Object.entries(MORE_CUES)) add(p, { cues: c });
    for (const [p, b] of Object.entries(BODY_PHRASES)) add(p, { body: b });
    for (const [p, r] of Object.entries(ROLE_PHRASES)) add(p, { role: r });
    for (const [p, c] of Object.entries(CATEGORY_PHRASES)) add(p, { category: c });
    for (const [p, r] of Object.entries(RISK_PHRASES)) add(p, { risk: r });
    for (const n of NEGATION) add(n, { negation: true });
    for (const [p, c] of Object.entries({ ...CHANGE_PHRASES, ...templateChangeWords })) add(p, { change: c });
    for (const [id, t] of Object.entries(GLOSSARY_TERMS) as [GlossaryId, (typeof GLOSSARY_TERMS)[GlossaryId]][]) for (const a of t.aliases) add(a, { term: id });
    for (const [p, r] of Object.entries(ROLE_TOPIC_PHRASES)) add(p, { roleTopic: r });
    for (const [p, d] of Object.entries(WEEKDAYS)) add(p, { weekday: d });
    for (const p of PERSON_TITLES) add(p, { personTitle: true });
    // A phrase that only names something ("ambtelijk accounthouder", "shareholder representative")
    // still carries the cues of its words.
    for (const [key, m] of this.phrases) {
      // A body's name ("dagelijks bestuur") is no schedule word: bodies do not inherit cues.
      if (m.cues || m.body || !key.includes(' ')) continue;
      const cues: Partial<Record<IntentName, number>> = {};
      for (const w of key.split(' ')) for (const [k, v] of Object.entries(this.phrases.get(w)?.cues ?? {}) as [IntentName, number][]) cues[k] = Math.max(cues[k] ?? 0, v);
      if (Object.keys(cues).length > 0) this.phrases.set(key, { ...m, cues });
    }
    let max = 1;
    for (const key of this.phrases.keys()) {
      const words = key.split(' ');
      max = Math.max(max, words.length);
      if (words.length === 1 && key.length >= 7) {
        const list = this.singlesByLength.get(key.length) ?? [];
        list.push(key);
        this.singlesByLength.set(key.length, list);
      }
    }
    this.maxWords = max;
  }

  /**
   * A word typed without its vowels, as in chat ("wnnr", "vlgnde", "bstuur"): the one lexicon word of
   * five letters or more with the same consonants in the same order, of which it is a shortening.
   */
  abbreviated(word: string): string | undefined {
    // Four letters at least ("mln" is a million, not "mailen"), and the same first letter ("wnnr" is "wanneer", not "owner").
    const key = word[0] + skeleton(word);
    if (key.length < 4 || word.length < 4) return undefined;
    if (!this.skeletons) {
      this.skeletons = new Map();
      for (const k of this.phrases.keys()) {
        if (k.includes(' ') || k.length < 5) continue;
        const sk = k[0] + skeleton(k);
        this.skeletons.set(sk, this.skeletons.has(sk) && this.skeletons.get(sk) !== k ? null : k);
      }
    }
    const full = this.skeletons.get(key);
    return full && full.length > word.length && isSubsequence(word, full) ? full : undefined;
  }
  private skeletons?: Map<string, string | null>;

  /**
   * A word of a phrase of several words, typed with one slip ("acount holder", "financial intrest"):
   * the phrase word of five letters or more one edit away; only one.
   */
  phraseWordNear(word: string): string | undefined {
    if (word.length < 5) return undefined;
    if (!this.phraseWords) {
      this.phraseWords = new Set();
      for (const k of this.phrases.keys()) if (k.includes(' ')) for (const w of k.split(' ')) if (w.length >= 5) this.phraseWords.add(w);
    }
    if (this.phraseWords.has(word)) return word;
    let found: string | undefined;
    for (const w of this.phraseWords) {
      if (Math.abs(w.length - word.length) > 1 || w[0] !== word[0] || editDistance(w, word) > 1) continue;
      if (found) return undefined;
      found = w;
    }
    return found;
  }
  private phraseWords?: Set<string>;

  /** A single word with a typo ("vertegenwoordgt", "accounthoduer"); only for words of 7+ letters. */
  fuzzy(word: string): string | undefined {
    if (word.length < 7) return undefined;
    const edits = word.length >= 11 ? 2 : 1;
    // "ziensweize": ei and ij sound alike in Dutch, so swapping them is no slip at all.
    const spellings = /ei|ij/.test(word) ? [word, word.replace(/ei/g, 'ij'), word.replace(/ij/g, 'ei')] : [word];
    let best: string | undefined;
    let bestD = edits + 1;
    for (let len = word.length - edits; len <= word.length + edits; len++) {
      for (const cand of this.singlesByLength.get(len) ?? []) {
        const d = Math.min(...spellings.map((w) => editDistance(w, cand)));
        if (d < bestD && d <= allowedEdits(Math.min(word.length, cand.length))) {
          best = cand;
          bestD = d;
        }
      }
    }
    return best;
  }
}

/** Folded, punctuation-free words of a phrase, joined by single spaces. */
export function phraseKey(s: string): string {
  return tokenize(s).join(' ');
}

/** Words as the bot compares them: lower case, no accents, "GR'en" → "gren", "n.v." → "nv". */
export function tokenize(text: string): string[] {
  return foldText(text)
    .replace(/([a-z])['’`]s\b/g, '$1')
    .replace(/\bz['’`]n\b/g, 'zijn')
    .replace(/([a-z])['’`]([a-z])/g, '$1$2')
    .replace(/\b([a-z])\.([a-z])\.?(?=\s|$|[,;:?!])/g, '$1$2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/** A word's consonants in order, doubled ones once ("wanneer" → "wnr"). */
function skeleton(w: string): string {
  return w.replace(/[aeiouyj]/g, '').replace(/(.)\1+/g, '$1');
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}
