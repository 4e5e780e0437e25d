import type { Party } from '../register/types';
import { nameTokens } from '../register/nameNormalize';
import { everydayTail, isEverydayWord } from './everydayWords';
import { STOP } from './lexicon';
import { CONCEPTS, conceptOf } from './partyConcepts';
import { indexesOfWordsStarting, sortWords, type SortedWords } from './wordStarts';

/**
 * A party named by what it does rather than by its name ("de netbeheerder", "het theater",
 * "the solar co-op"): the words are looked for in each party's name and in its public interest
 * (the budget paragraph's "openbaar belang"), as a colleague who knows the register would.
 */

/** Other governments: a description with one of these is about them, never about one of our parties. */
const OTHERS = new Set(['provincie', 'rijk', 'waterschap', 'hoogheemraadschap', 'wetterskip', 'gemeente', 'gemeenten', 'gemeentes', 'overheid', 'ministerie', 'province', 'ministry', 'municipality']);
/** Words that never describe one of our parties by what it does (they name nothing in particular). */
const NEVER = new Set(['regio', 'region', 'samenwerking', 'partij', 'partijen', 'organisatie', 'bedrijf', 'stichting', 'vereniging', 'dienst', 'company', 'foundation', 'organisation', 'organization', 'regeling', 'project', 'club', 'ding', 'thing', 'one', 'office', 'board', 'service', 'meetings', 'meeting', 'clubje', 'instantie', 'halls', 'operator', 'body', 'agency', 'authority', 'provider', 'collection', 'services', 'diensten', 'companies', 'bedrijven', 'organisations', 'organizations', 'street', 'relationship', 'handles', 'collect', 'mensen', 'people', 'doet', 'doen', 'zorgt', 'regelt', 'uitvoert', 'verzorgt']);

/** Each party's words sorted once, so the words that start with a stem are one binary-searched range. */
function sortedWordsOf(perParty: string[][]): SortedWords {
  const by = new Map<string, Set<number>>();
  perParty.forEach((tokens, i) => tokens.forEach((t) => (by.get(t) ?? by.set(t, new Set()).get(t)!).add(i)));
  return sortWords(by);
}

export class DescribedParties {
  private readonly names: SortedWords;
  private readonly interests: SortedWords;

  constructor(private readonly parties: Party[]) {
    const active = (p: Party, tokens: string[]): string[] => (p.archivedAt ? [] : tokens);
    this.names = sortedWordsOf(parties.map((p) => active(p, [p.name, ...p.aliases].flatMap((s) => nameTokens(s)))));
    // Names inside a public interest ("de verkoop van Essent") are other organisations, not what the party does.
    const common = (text: string): string[] => text.split(/\s+/).filter((w, i) => i === 0 || !/^[A-Z]/.test(w)).flatMap((w) => nameTokens(w));
    this.interests = sortedWordsOf(parties.map((p) => active(p, common(p.publicInterest ?? ''))));
  }

  /**
   * The parties every content word describes (by a concept's stems, or the word's own start of at
   * least six letters in a name or public interest); undefined when a word is no description at all.
   */
  find(words: string[]): Party[] | undefined {
    if (words.some((w) => OTHERS.has(w))) return undefined;
    // Words of five letters or more all count, except a finite verb of a relative clause that names
    // nothing ("de club die het afval ophaalt").
    const content = words
      .filter((w) => (w.length >= 5 || CONCEPTS[w] !== undefined) && !NEVER.has(w) && !STOP.has(w))
      .map((w) => ({ w, hits: this.hitsOf(w) }))
      .filter(({ w, hits }) => !(w.endsWith('t') && !conceptOfWord(w) && hits.size === 0));
    if (content.length === 0 || content.length > 3) return undefined;
    // "de openbare orde", "de regionale samenwerking": an adjective never describes a party alone.
    if (content.every(({ w }) => isAdjective(w))) return undefined;
    let pool: Set<number> | undefined;
    for (const { hits } of content) pool = pool ? new Set([...pool].filter((i) => hits.has(i))) : hits;
    return [...(pool ?? [])].sort((a, b) => a - b).map((i) => this.parties[i]);
  }

  /** The parties whose name, or whose public interest, says the word ("afval" is Afvalservice, not the tax office's afvalstoffenheffing). */
  private hitsOf(w: string): Set<number> {
    const concept = conceptOfWord(w);
    const ownStem = w.length >= 6 ? w.slice(0, Math.max(6, w.length - 3)) : w;
    // A word a party's name itself uses ("afval" for Afvalservice X) means that party, not every
    // party of its kind; the concept is for words the names do not use ("de vuilnisman").
    const named = concept ? this.partiesNamed(ownStem) : new Set<number>();
    if (named.size > 0) return named;
    const own = this.partiesSaying(concept ? (w.length >= 6 ? [...concept, ownStem] : concept) : [ownStem]);
    if (own.size > 0 || w.length < 10 || concept) return own;
    // "milieuvergunningen", "jeugdhulpinkoop": a Dutch compound is its last part, more precisely said
    // ("woningcorporatie" is a corporatie, not woningbouw). The part is matched as written, not as a concept.
    const head = compoundHead(w);
    if (!head) return own;
    // The part itself or its singular ("vergunningen" → "vergunning"), never a shorter start ("beheerder" is no "beheer").
    const lemma = head.endsWith('en') && isEverydayWord(head.slice(0, -2)) ? head.slice(0, -2) : head.endsWith('s') && isEverydayWord(head.slice(0, -1)) ? head.slice(0, -1) : head;
    return this.partiesSaying([lemma]);
  }

  private partiesNamed(stem: string): Set<number> {
    return new Set(indexesOfWordsStarting(this.names, stem, () => true));
  }

  /** Parties with a name word that starts with one of the stems, or a public-interest word that is it (at most three letters longer). */
  private partiesSaying(stems: string[]): Set<number> {
    const out = new Set<number>();
    for (const st of stems) {
      for (const i of indexesOfWordsStarting(this.names, st, () => true)) out.add(i);
      // In the public interest only the word itself counts, not a long compound it starts ("afvalstoffenheffing").
      for (const i of indexesOfWordsStarting(this.interests, st, (word) => word.length - st.length <= 3)) out.add(i);
    }
    return out;
  }
}

/** A word's concept, also through a generic head ("zwembadbedrijf", "afvaldienst": the first part says what it does). */
function conceptOfWord(w: string): string[] | undefined {
  const c = conceptOf(w, compoundHead);
  if (c) return c;
  const tail = everydayTail(w, 5);
  if (tail === undefined || !NEVER.has(tail)) return undefined;
  const first = w.slice(0, -tail.length);
  return CONCEPTS[first] ?? (first.endsWith('s') ? CONCEPTS[first.slice(0, -1)] : undefined);
}

/** The last part of a compound that is an everyday word of six letters or more ("vergunningen" in "milieuvergunningen"). */
function compoundHead(w: string): string | undefined {
  const tail = everydayTail(w, 6);
  return tail === undefined || NEVER.has(tail) || OTHERS.has(tail) ? undefined : tail;
}

/** An inflected adjective ("openbare", "regionale", "huishoudelijke"): the adjective's own form is an everyday word. */
function isAdjective(w: string): boolean {
  if (!w.endsWith('e') || w.length < 5) return false;
  const base = w.slice(0, -1);
  // "openbare" → "openbaar": Dutch doubles the vowel again without the ending.
  const undoubled = base.slice(0, -1) + base.slice(-2, -1) + base.slice(-1);
  return isEverydayWord(base) || isEverydayWord(undoubled);
}
