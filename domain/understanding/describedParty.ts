import { wordTable } from '../text/wordTable';
import type { Party } from '../register/types';
import { nameTokens } from '../register/nameNormalize';
import { isEverydayWord } from './everydayWords';
import { STOP } from './lexicon';

/**
 * A party named by what it does rather than by its name ("de netbeheerder", "het theater",
 * "the solar co-op"): the words are looked for in each party's name and in its public interest
 * (the budget paragraph's "openbaar belang"), as a colleague who knows the register would.
 */

/** Everyday words for what a party does, and the word starts its name or public interest would use. */
const CONCEPTS = wordTable<string[]>({
  netbeheerder: ['netbeheer', 'gasnet', 'elektriciteitsnet', 'energienet', 'stroomnet', 'elektriciteitsnetwerk'],
  netbeheer: ['netbeheer', 'gasnet', 'elektriciteitsnet', 'energienet', 'stroomnet'],
  grid: ['netbeheer', 'gasnet', 'elektriciteitsnet', 'energienet', 'stroomnet'],
  theater: ['theater', 'schouwburg'],
  theatre: ['theater', 'schouwburg'],
  schouwburg: ['schouwburg', 'theater'],
  zwembad: ['zwembad', 'zwemwater', 'zwemmen'],
  pool: ['zwembad', 'zwem'],
  port: ['haven'],
  harbour: ['haven'],
  harbor: ['haven'],
  incineration: ['verbrand', 'afval'],
  bins: ['afval', 'reiniging', 'inzameling'],
  cleaning: ['reiniging', 'schoonmaak', 'veeg'],
  vuilniszakken: ['afval', 'reiniging', 'inzameling'],
  containers: ['afval', 'reiniging', 'inzameling'],
  vuilnis: ['afval', 'reiniging', 'inzameling'],
  swimming: ['zwembad', 'zwem'],
  toerisme: ['toeris', 'vvv', 'recreatie en toerisme'],
  toeristenbureau: ['toeris', 'vvv'],
  toeristenvereniging: ['toeris', 'vvv'],
  tourism: ['toeris', 'vvv'],
  tourist: ['toeris', 'vvv'],
  housing: ['woning', 'woonwijk', 'wonen'],
  woningbouw: ['woning', 'woonwijk'],
  solar: ['zonne', 'zonnepark', 'zonnepanel', 'zonne-energie'],
  zonnepark: ['zonnepark', 'zonne'],
  education: ['onderwijs', 'school', 'scholen'],
  scholen: ['onderwijs', 'school', 'scholen'],
  school: ['onderwijs', 'school', 'scholen'],
  theaterstichting: ['theater', 'schouwburg'],
  zwembadstichting: ['zwembad'],
  energiebedrijf: ['energie', 'elektriciteit', 'gasnet', 'warmte', 'netbeheer', 'stroom', 'zonne', 'windpark', 'windenergie'],
  cultuurstichting: ['cultuur', 'theater', 'schouwburg', 'bibliotheek', 'museum', 'muziek', 'kunst', 'erfgoed'],
  sporthallen: ['sport'],
  jeugdzorg: ['jeugd'],
  purchasing: ['inkoop'],
  inkoop: ['inkoop'],
  muziekschool: ['muziekschool', 'muziekonderwijs'],
  museum: ['museum', 'musea'],
  procurement: ['inkoop'],
  youth: ['jeugd'],
  development: ['ontwikkel', 'gebiedsontwikkel'],
  energy: ['energie'],
  welfare: ['welzijn'],
  library: ['bibliotheek'],
  heritage: ['erfgoed'],
  archive: ['archief'],
  ambulancedienst: ['ambulance'],
  sport: ['sport'],
  sports: ['sport'],
  jeugdinkoop: ['inkoop'],
  garages: ['parkeer', 'garage'],
  bedrijventerrein: ['bedrijventerrein', 'bedrijvenpark', 'bedrijventerreinen'],
  business: ['bedrijventerrein', 'bedrijvenpark', 'bedrijventerreinen', 'werklocatie'],
});

/** Words that never describe one of our parties by what it does (they name others, or nothing). */
/** Other governments: a description with one of these is about them, never about one of our parties. */
const OTHERS = new Set(['provincie', 'rijk', 'waterschap', 'hoogheemraadschap', 'wetterskip', 'gemeente', 'gemeenten', 'gemeentes', 'overheid', 'ministerie', 'province', 'ministry', 'municipality']);
const NEVER = new Set(['regio', 'region', 'samenwerking', 'partij', 'partijen', 'organisatie', 'bedrijf', 'stichting', 'vereniging', 'dienst', 'company', 'foundation', 'organisation', 'organization', 'regeling', 'project', 'club', 'ding', 'thing', 'one', 'office', 'board', 'service', 'organisatie', 'meetings', 'meeting', 'clubje', 'instantie', 'halls', 'operator', 'body', 'organisation', 'thing', 'agency', 'authority', 'provider', 'collection', 'street', 'relationship', 'handles', 'collect', 'mensen', 'people', 'doet', 'doen', 'zorgt', 'regelt', 'uitvoert', 'verzorgt']);

/** Words sorted once with their parties, so the words that start with a stem are one binary-searched range. */
class WordStarts {
  private readonly words: string[] = [];
  private readonly parties: number[][] = [];

  constructor(perParty: string[][]) {
    const by = new Map<string, Set<number>>();
    perParty.forEach((tokens, i) => tokens.forEach((t) => (by.get(t) ?? by.set(t, new Set()).get(t)!).add(i)));
    for (const w of [...by.keys()].sort()) {
      this.words.push(w);
      this.parties.push([...by.get(w)!]);
    }
  }

  /** The parties with a word that starts with `stem`, at most `maxExtra` letters longer when given. */
  find(stem: string, maxExtra = Infinity): number[] {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid] < stem) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<number>();
    for (let i = lo; i < this.words.length && this.words[i].startsWith(stem); i++) if (this.words[i].length - stem.length <= maxExtra) for (const p of this.parties[i]) out.add(p);
    return [...out];
  }
}

export class DescribedParties {
  private readonly names: WordStarts;
  private readonly interests: WordStarts;

  constructor(private readonly parties: Party[]) {
    const active = (p: Party, tokens: string[]): string[] => (p.archivedAt ? [] : tokens);
    this.names = new WordStarts(parties.map((p) => active(p, [p.name, ...p.aliases].flatMap((s) => nameTokens(s)))));
    // Names inside a public interest ("de verkoop van Essent") are other organisations, not what the party does.
    const common = (text: string): string[] => text.split(/\s+/).filter((w, i) => i === 0 || !/^[A-Z]/.test(w)).flatMap((w) => nameTokens(w));
    this.interests = new WordStarts(parties.map((p) => active(p, common(p.publicInterest ?? ''))));
  }

  /**
   * The parties every content word describes (by a concept's stems, or the word's own start of at
   * least six letters in a name or public interest); undefined when a word is no description at all.
   */
  find(words: string[]): Party[] | undefined {
    // A finite verb in a relative clause ("de club die het afval ophaalt") describes nothing by itself.
    if (words.some((w) => OTHERS.has(w))) return undefined;
    // Words of five letters or more all count, finite verbs of a relative clause aside.
    const content = words.filter((w) => (w.length >= 5 || CONCEPTS[w] !== undefined) && !NEVER.has(w) && !STOP.has(w) && !(w.endsWith('t') && !CONCEPTS[w] && this.hitsOf(w).length === 0));
    if (content.length === 0 || content.length > 3) return undefined;
    // "de openbare orde", "de regionale samenwerking": an adjective never describes a party alone.
    if (content.every(isAdjective)) return undefined;
    let pool: Set<number> | undefined;
    for (const w of content) {
      const hits = new Set(this.hitsOf(w));
      pool = pool ? new Set([...pool].filter((i) => hits.has(i))) : hits;
    }
    return [...(pool ?? [])].sort((a, b) => a - b).map((i) => this.parties[i]);
  }

  /** The parties whose name, or whose public interest, says the word ("afval" is Afvalservice, not the tax office's afvalstoffenheffing). */
  private hitsOf(w: string): number[] {
    const own = this.stemHits(w);
    if (own.length > 0 || w.length < 10 || CONCEPTS[w]) return own;
    // "milieuvergunningen", "jeugdhulpinkoop": a Dutch compound is its last part, more precisely said
    // ("woningcorporatie" is a corporatie, not woningbouw). The part is matched as written, not as a concept.
    const head = compoundHead(w);
    if (!head) return [];
    // The part itself or its singular ("vergunningen" → "vergunning"), never a shorter start ("beheerder" is no "beheer").
    const lemma = head.endsWith('en') && isEverydayWord(head.slice(0, -2)) ? head.slice(0, -2) : head.endsWith('s') && isEverydayWord(head.slice(0, -1)) ? head.slice(0, -1) : head;
    return [...new Set([...this.names.find(lemma), ...this.interests.find(lemma, 3)])].sort((a, b) => a - b);
  }

  private stemHits(w: string, concepts = true): number[] {
    const stems = (concepts ? CONCEPTS[w] : undefined) ?? (w.length >= 6 ? [w.slice(0, Math.max(6, w.length - 3))] : [w]);
    // In the public interest only the word itself counts, not a long compound it starts ("afvalstoffenheffing").
    return [...new Set(stems.flatMap((st) => [...this.names.find(st), ...this.interests.find(st, 3)]))].sort((a, b) => a - b);
  }
}

/** The last part of a compound that is an everyday word of six letters or more ("vergunningen" in "milieuvergunningen"). */
function compoundHead(w: string): string | undefined {
  for (let k = 3; k <= w.length - 6; k++) {
    const tail = w.slice(k);
    if (isEverydayWord(tail)) return NEVER.has(tail) || OTHERS.has(tail) ? undefined : tail;
  }
  return undefined;
}

/** An inflected adjective ("openbare", "regionale", "huishoudelijke"): the adjective's own form is an everyday word. */
function isAdjective(w: string): boolean {
  if (!w.endsWith('e') || w.length < 5) return false;
  const base = w.slice(0, -1);
  // "openbare" → "openbaar": Dutch doubles the vowel again without the ending.
  const undoubled = base.slice(0, -1) + base.slice(-2, -1) + base.slice(-1);
  return isEverydayWord(base) || isEverydayWord(undoubled);
}
