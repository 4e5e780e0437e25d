import { wordTable } from '../text/wordTable';
import { DescribedParties } from './describedParty';
import { CONCEPTS } from './partyConcepts';
import { indexesOfWordsStarting, type SortedWords } from './wordStarts';
import { DROP_TOKENS, allowedEdits, editDistance, foldText, nameTokens } from '../register/nameNormalize';
import type { PartyIndex } from '../register/partyIndex';
import { portfolioName, type PersonIndex, type PersonRoles } from '../register/personIndex';
import { bodyKey } from '../register/seats';
import type { Party } from '../register/types';
import type { PhraseBook } from './annotate';
import { everydayWords } from './everydayWords';
import { genderOfFirstName } from './firstNames';
import { FILLER, NATIONAL_BODIES, STOP } from './lexicon';

export type PartyMention =
  | { kind: 'match'; party: Party }
  | { kind: 'ambiguous'; candidates: Party[] }
  | { kind: 'unknown'; phrase: string; closest: Party[] };

export type PersonMention =
  | { kind: 'match'; roles: PersonRoles }
  | { kind: 'ambiguous'; candidates: PersonRoles[] }
  | { kind: 'unknown'; phrase: string };

/** Compounds whose first part makes them another kind of thing than their last part names (a voedselbank is no bank). */
const OTHER_THING = /^(voedsel|jacht|kleding|speelgoed|data|zaad|bloed|melk|foto|beeld|film|geluid|kennis|vacature|huizen|woning|fiets|boeken)/;

/** Whether `run` stands in `tokens` as consecutive words. */
function containsRun(tokens: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((w, j) => tokens[i + j] === w)) return true;
  return false;
}

/** Legal forms as typed (folded) and as they stand in an official name. */
const LEGAL_FORM_RE = wordTable<RegExp>({ cv: /\bC\.?V\.?(\s|$)/i, nv: /\bN\.?V\.?(\s|$)/i, bv: /\bB\.?V\.?(\s|$)/i, ua: /\bU\.?A\.?(\s|$)/i });

/** The legal forms typed among these folded words ("lage weide cv" → ["cv"]). */
export function typedLegalForms(words: string[]): string[] {
  return words.filter((w) => LEGAL_FORM_RE[w]);
}

/** Whether a party's official name carries one of these typed legal forms. */
export function hasLegalForm(p: Party, forms: string[]): boolean {
  return forms.some((f) => LEGAL_FORM_RE[f]?.test(p.name) === true);
}
const GENERIC_NOUNS = new Set(['dienst', 'diensten', 'bedrijf', 'bedrijven', 'regeling', 'partij', 'partijen', 'organisatie', 'instelling', 'stichting', 'vereniging', 'bureau', 'centrum', 'fonds', 'groep', 'holding', 'service', 'company', 'regio', 'samenwerking', 'maatschappij', 'voorziening', 'voorzieningen', 'organisaties', 'gemeente', 'gemeenten', 'gemeentes', 'nederlandse', 'nederland', 'gemeentelijk', 'gemeentelijke', 'regionaal', 'regionale', 'intergemeentelijk', 'intergemeentelijke']);
/** Kinds of organisation an official name may start with ("Regio …", "Stichting …"): alone, they stand for those parties. */
const KIND_LEADS = new Set(['regio', 'stichting', 'holding', 'cooperatie']);
const PERSON_PARTICLES = new Set(['de', 'van', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', 't', 'la', 'le', 'du']);

interface ExactVariant {
  tokens: string[];
  partyIdx: number;
}

/**
 * What the understanding layer knows about one register: exact names to find anywhere in a
 * sentence, and the rules for turning a leftover phrase into a party or a person. Built once per
 * register snapshot.
 */
export class UnderstandingModel {
  private readonly byFirst = new Map<string, ExactVariant[]>();
  /** Every word of every party name: such words are names first, cues second. */
  readonly partyWords = new Set<string>();
  /** Names and aliases of one word ("Avalex", "GGD"): typed alone they are the party, even when a colleague has that surname. */
  readonly singleWordAliases = new Set<string>();
  readonly personWords = new Set<string>();
  private readonly partyTokensByIdx: Set<string>[] = [];
  private readonly idxOf = new Map<Party, number>();
  /** Every party word with its parties, sorted, for "start of a word" lookups. */
  private readonly sortedWords: [string, number[]][] = [];

  constructor(
    readonly parties: Party[],
    readonly partyIndex: PartyIndex,
    readonly personIndex: PersonIndex,
    readonly book: PhraseBook,
  ) {
    parties.forEach((p, idx) => {
      const own = nameTokens(p.name);
      this.nameTokensByIdx.push(own);
      for (const w of new Set(own)) {
        const list = this.nameWordIndex.get(w);
        if (list) list.push(idx);
        else this.nameWordIndex.set(w, [idx]);
      }
      const all = new Set<string>();
      for (const raw of [p.name, ...p.aliases]) {
        const tokens = nameTokens(raw);
        if (tokens.length === 0) continue;
        tokens.forEach((t) => {
          all.add(t);
          this.partyWords.add(t);
        });
        const list = this.byFirst.get(tokens[0]) ?? [];
        list.push({ tokens, partyIdx: idx });
        this.byFirst.set(tokens[0], list);
      }
      for (const raw of [p.name, ...p.aliases]) {
        const tokens = nameTokens(raw);
        if (tokens.length === 1) this.singleWordAliases.add(tokens[0]);
      }
      this.partyTokensByIdx.push(all);
      this.idxOf.set(p, idx);
    });
    const byWord = new Map<string, number[]>();
    this.partyTokensByIdx.forEach((set, idx) => set.forEach((w) => byWord.set(w, [...(byWord.get(w) ?? []), idx])));
    this.sortedWords.push(...[...byWord.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
    for (const r of personIndex.all()) for (const w of nameTokens(r.person.name)) this.personWords.add(w);
    // Aliases that are everyday words ("Samen", "Slot", "Kade"): typed in lower case they are
    // usually just the word. An acronym ("GGD", "ODL") never is.
    const everyday = everydayWords();
    for (const p of parties) {
      for (const raw of p.aliases) {
        const tokens = nameTokens(raw);
        const acronym = raw === raw.toUpperCase() && (raw.length <= 3 || !/[aeiouy]/i.test(raw));
        // A pronounceable acronym ("BLIJ") may be a word too; only its use as a word ("blij dat") drops it.
        const spoken = raw === raw.toUpperCase() && /^[A-Z]{4,}$/.test(raw) && /[AEIOUY]/.test(raw);
        if (tokens.length === 1 && !acronym && (spoken || everyday.has(tokens[0]) || (tokens[0].endsWith('en') && everyday.has(tokens[0].slice(0, -2))) || (tokens[0].endsWith('s') && everyday.has(tokens[0].slice(0, -1))) || STOP.has(tokens[0]) || FILLER.has(tokens[0]) || book.phrases.has(tokens[0]))) this.everydayAliases.add(tokens[0]);
      }
    }
    // The municipality's own name ("namens Beekveld") is not a party: taken from the most common
    // e-mail domain of the people in the register.
    const domains = new Map<string, number>();
    let people = 0;
    for (const r of personIndex.all()) {
      const d = r.person.email?.split('@')[1]?.split('.')[0]?.toLowerCase();
      if (!d) continue;
      people++;
      domains.set(d, (domains.get(d) ?? 0) + 1);
    }
    for (const [d, n] of domains) if (n * 2 >= people && people >= 3) for (const w of municipalityNames(d)) this.municipalityWords.add(w);
  }

  readonly municipalityWords = new Set<string>();

  /** "Zeevang-Oost" typed as the municipality's own name: one word, so "Oost" names no party. */
  joinOwnName(text: string): string {
    if (this.ownHyphenated === undefined) {
      const names = [...this.municipalityWords].filter((w) => w.includes('-')).map((w) => w.split('-').map((x) => x.replace(/[^a-z0-9]/g, '')).join('[- ]'));
      this.ownHyphenated = names.length > 0 ? new RegExp(`\\b(${names.join('|')})\\b`, 'gi') : null;
    }
    return this.ownHyphenated ? text.replace(this.ownHyphenated, (m) => m.replace(/[- ]/g, '')) : text;
  }
  private ownHyphenated?: RegExp | null;
  /** One-word aliases that are also everyday words. */
  readonly everydayAliases = new Set<string>();

  /** Whether someone's name has this article right before this word ("de boer" in "Lotte de Boer"). */
  personWithArticle(article: string, word: string): boolean {
    if (!this.articleRuns) {
      // Built once: every two-word run of every name, folded.
      this.articleRuns = new Set();
      for (const r of this.personIndex.all()) {
        const ws = foldText(r.person.name).split(/[^a-z]+/);
        for (let i = 0; i + 1 < ws.length; i++) this.articleRuns.add(`${ws[i]} ${ws[i + 1]}`);
      }
    }
    return this.articleRuns.has(`${article} ${word}`);
  }

  private articleRuns?: Set<string>;

  /**
   * The one portfolio holder whose portfolio (the part in brackets, "Erik de Haan (Financiën)")
   * has a word starting with this one: "de wethouder financiën", "wethouder van onderwijs".
   */
  personByPortfolioWord(word: string): PersonRoles | undefined {
    if (word.length < 4) return undefined;
    if (!this.portfolioWords) {
      this.portfolioWords = new Map();
      for (const p of this.parties) {
        for (const raw of [p.ownerPortfolioHolder, p.clientPortfolioHolder]) {
          const inside = raw ? /\(([^)]*)\)/.exec(raw)?.[1] : undefined;
          const name = raw ? portfolioName(raw) : '';
          if (!inside || !name) continue;
          for (const w of nameTokens(inside)) if (w.length >= 4) this.portfolioWords.set(w, new Set([...(this.portfolioWords.get(w) ?? []), name]));
        }
      }
    }
    const names = new Set<string>();
    for (const [w, who] of this.portfolioWords) if (w.startsWith(word) || (word.length >= 6 && editDistance(w, word) <= 1)) for (const n of who) names.add(n);
    return names.size === 1 ? this.personByKey([...names][0]) : undefined;
  }

  private portfolioWords?: Map<string, Set<string>>;

  /** Active parties with a seat in this body ("de AvA": every party that has one); built once per register. */
  partiesWithBody(body: string): Party[] {
    if (!this.byBody) {
      this.byBody = new Map();
      for (const p of this.parties) {
        if (p.archivedAt) continue;
        for (const key of new Set(p.seats.map((st) => bodyKey(st.body)))) this.byBody.set(key, [...(this.byBody.get(key) ?? []), p]);
      }
    }
    return this.byBody.get(bodyKey(body)) ?? [];
  }

  private byBody?: Map<string, Party[]>;

  /** Active parties of one BBV category, and with one typed legal form ("cv"); cached per register. */
  partiesOfCategory(category: string): Party[] {
    let hit = this.byCategory.get(category);
    if (!hit) this.byCategory.set(category, (hit = this.parties.filter((p) => !p.archivedAt && p.category === category)));
    return hit;
  }

  partiesWithLegalForm(form: string): Party[] {
    let hit = this.byForm.get(form);
    if (!hit) this.byForm.set(form, (hit = this.parties.filter((p) => !p.archivedAt && hasLegalForm(p, [form]))));
    return hit;
  }

  private readonly byCategory = new Map<string, Party[]>();
  private readonly byForm = new Map<string, Party[]>();

  /** A word that stands in a party's name or alias but is none of them whole ("zaanoever" in "Wijkerbroek-Zaanoever"). */
  isPartOfNameOnly(word: string): boolean {
    return this.partiesWithVariant([word]).length === 0 && this.partyWords.has(word);
  }

  /** People by their office ("de burgemeester", "the mayor"). */
  byFunction(fn: string): PersonRoles[] {
    // Every office once, so asking per word of a question costs a lookup.
    if (!this.byOffice) {
      this.byOffice = new Map();
      for (const r of this.personIndex.all()) {
        const office = (r.person.function ?? '').toLowerCase();
        if (office && (r.seats.length > 0 || r.portfolioFor.length > 0)) this.byOffice.set(office, [...(this.byOffice.get(office) ?? []), r]);
      }
    }
    return this.byOffice.get(fn) ?? [];
  }

  private byOffice?: Map<string, PersonRoles[]>;

  /**
   * Exact party names in a sentence, longest first. `words` are the sentence's tokens; tokens that
   * names drop (articles, legal forms) are skipped while matching. Returns [start, end, partyIdx].
   */
  exactParties(words: string[]): [number, number, number][] {
    const view: number[] = [];
    words.forEach((w, i) => {
      if (!DROP_TOKENS.has(w)) view.push(i);
    });
    const out: [number, number, number][] = [];
    let v = 0;
    while (v < view.length) {
      const first = words[view[v]];
      let best: ExactVariant | undefined;
      for (const cand of this.byFirst.get(first) ?? []) {
        if (cand.tokens.length === 1 && (STOP.has(first) || FILLER.has(first))) continue;
        if (best && cand.tokens.length <= best.tokens.length) continue;
        if (v + cand.tokens.length > view.length) continue;
        if (cand.tokens.every((t, k) => words[view[v + k]] === t)) best = cand;
      }
      if (best) {
        // Two parties may share a name variant: the span is then ambiguous, decided later.
        out.push([view[v], view[v + best.tokens.length - 1], best.partyIdx]);
        v += best.tokens.length;
      } else v++;
    }
    return out;
  }

  /**
   * Parties whose official name holds these words in a row: "Lage Weide" is an alias of one party
   * and part of another's name, so both fit. Cached per phrase.
   */
  partiesWithNameRun(tokens: string[]): number[] {
    const key = tokens.join(' ');
    let hit = this.nameRunCache.get(key);
    if (!hit) {
      hit = [];
      for (const i of this.nameWordIndex.get(tokens[0]) ?? []) if (containsRun(this.nameTokensByIdx[i], tokens)) hit.push(i);
      if (this.nameRunCache.size >= 2000) this.nameRunCache.clear();
      this.nameRunCache.set(key, hit);
    }
    return hit;
  }

  private readonly nameRunCache = new Map<string, number[]>();
  /** Official-name words per party, and word → parties whose official name has it. */
  private readonly nameTokensByIdx: string[][] = [];
  private readonly nameWordIndex = new Map<string, number[]>();

  /** Parties sharing exactly this variant (an alias two parties use). */
  partiesWithVariant(tokens: string[]): number[] {
    const key = tokens.join(' ');
    return [...new Set((this.byFirst.get(tokens[0]) ?? []).filter((c) => c.tokens.join(' ') === key).map((c) => c.partyIdx))];
  }

  /**
   * A leftover phrase as a party. Every word the user typed must be found (with a typo, or as the
   * start of a word) in the party's names; a word that is not there makes it another party
   * ("GGD Brabant-Zuidoost" is not "GGD Haaglanden").
   */
  resolveParty(phrase: string): PartyMention | undefined {
    // The same phrase is often resolved twice in one reading, and questions repeat: a small cache.
    if (this.partyCache.has(phrase)) return this.partyCache.get(phrase);
    const r = this.resolvePartyUncached(phrase);
    if (this.partyCache.size >= 2000) this.partyCache.clear();
    this.partyCache.set(phrase, r);
    return r;
  }

  private readonly partyCache = new Map<string, PartyMention | undefined>();

  private resolvePartyUncached(phrase: string): PartyMention | undefined {
    const q = nameTokens(phrase);
    if (q.length === 0) return undefined;
    // "IDS" for the ISD, "BGN" for BNG: an acronym typed with its letters swapped.
    const swapped = q.length === 1 ? this.acronymAnagram(q[0]) : [];
    if (swapped.length === 1) return { kind: 'match', party: swapped[0] };
    if (swapped.length > 1) return { kind: 'ambiguous', candidates: swapped };
    // A first name or surname of the register, or a short word, is no typo of a party name:
    // "Ruud" is not "RUD", "hoort" is not "Poort".
    if (q.length === 1 && !this.partyWords.has(q[0]) && (this.personWords.has(q[0]) || (q[0].length <= 4 && !this.partiesWithWordPrefix(q[0]).length))) {
      return { kind: 'unknown', phrase, closest: [] };
    }
    // A national body everyone knows ("de Belastingdienst", "het UWV"), however much its name looks
    // like one of ours, and a generic noun alone ("bedrijf", "dienst") name no party of ours, unless
    // the register has that very alias.
    if (q.length === 1 && (NATIONAL_BODIES.has(q[0]) || GENERIC_NOUNS.has(q[0])) && this.partiesWithVariant(q).length === 0) {
      // "de regio", "de holding": a kind of organisation that our parties' official names start with
      // stands for those parties ("Regio Deal", "Regio ICT"), as a colleague would ask "which one?".
      const led = KIND_LEADS.has(q[0]) ? this.parties.filter((p, i) => !p.archivedAt && this.nameTokensByIdx[i][0] === q[0]) : [];
      if (led.length > 1) return { kind: 'ambiguous', candidates: led.slice(0, 5) };
      return { kind: 'unknown', phrase, closest: [] };
    }
    const r = this.partyIndex.resolve(phrase, false);
    const pool: Party[] = r.kind === 'match' ? [r.party] : r.kind === 'ambiguous' ? r.candidates.map((c) => c.party) : [];
    const whole = (p: Party): boolean => [p.name, ...p.aliases].some((n) => nameTokens(n).join(' ') === q.join(' '));
    let covered = pool.filter((p) => this.covers(p, q));
    // One word that starts words of several parties ("Hunze": Hunzeoever, Hunzevallei) fits them all,
    // unless it is a whole alias of one.
    if (q.length === 1 && q[0].length >= 4 && !covered.some(whole)) {
      const starts = this.partiesWithWordPrefix(q[0]).filter((p) => !p.archivedAt);
      if (starts.length > 1 && starts.length <= 5) covered = [...new Set([...covered, ...starts])];
    }
    // "de dienst Waardenland": a generic noun is also the head of other parties' compounds
    // (Omgevingsdienst, Afvaldienst Waardenland), so all of them fit.
    const generic = q.find((t) => GENERIC_NOUNS.has(t));
    if (generic && q.length > 1 && covered.length === 1 && !whole(covered[0])) {
      const rest = q.filter((t) => t !== generic);
      const heads = this.parties.filter((p, i) => !p.archivedAt && rest.every((t) => this.partyTokensByIdx[i].has(t)) && [...this.partyTokensByIdx[i]].some((w) => w.endsWith(generic)));
      if (heads.length > 1 && heads.length <= 5) return { kind: 'ambiguous', candidates: heads };
    }
    if (covered.length === 1 && whole(covered[0])) {
      // A legal form typed with the name ("Lage Weide C.V.") that only this party has settles it.
      const typedForms = typedLegalForms(phrase.toLowerCase().split(/[^a-z]+/));
      const settled = typedForms.length > 0 && hasLegalForm(covered[0], typedForms);
      const others = this.partiesWithNameRun(q).filter((i) => this.parties[i] !== covered[0] && !this.parties[i].archivedAt && !(settled && !hasLegalForm(this.parties[i], typedForms)));
      if (others.length > 0) return { kind: 'ambiguous', candidates: [covered[0], ...others.map((i) => this.parties[i])].slice(0, 5) };
    }
    // "de Dinkel": a word that stands whole in several parties' official names fits them all.
    if (q.length === 1 && covered.length === 1 && !whole(covered[0])) {
      const withWord = (this.nameWordIndex.get(q[0]) ?? []).map((i) => this.parties[i]).filter((p) => !p.archivedAt);
      if (withWord.length > 1 && withWord.length <= 5) return { kind: 'ambiguous', candidates: withWord };
      // "de bank": a word of one party's name that is also the tail of another's compound (Kredietbank) fits both.
      // (Not where the compound is another kind of thing: a voedselbank is no bank, a jachthaven no port.)
      const kindOf = (p: Party): boolean => [p.name, ...p.aliases].some((n) => nameTokens(n).some((w) => w.length > q[0].length && w.endsWith(q[0]) && !OTHER_THING.test(w)));
      const tails = q[0].length >= 4 ? this.partiesWithCompoundTail(q[0]).filter((p) => p !== covered[0] && kindOf(p)) : [];
      if (tails.length > 0 && tails.length <= 4) return { kind: 'ambiguous', candidates: [covered[0], ...tails] };
    }
    if (covered.length === 1) return { kind: 'match', party: covered[0] };
    if (covered.length > 1) {
      // Prefer a party that has the phrase as a whole name or alias, unless another party's own
      // name holds the same words ("Lage Weide": Bedrijventerrein Lage Weide and Werkbedrijf Lage Weide).
      const exact = covered.filter(whole);
      const inOtherName = exact.length === 1 && covered.some((p) => p !== exact[0] && containsRun(this.nameTokensByIdx[this.idxOf.get(p) ?? -1] ?? [], q));
      if (exact.length === 1 && !inOtherName) return { kind: 'match', party: exact[0] };
      // "energie coöperatie": the one party with both as whole words, not one whose alias merely starts with one ("energienetbedrijf").
      const allWhole = covered.filter((p) => {
        const i = this.idxOf.get(p) ?? -1;
        return q.every((t) => this.partyTokensByIdx[i]?.has(t) || this.nameTokensByIdx[i]?.includes(t));
      });
      if (allWhole.length === 1 && q.length >= 2) return { kind: 'match', party: allWhole[0] };
      return { kind: 'ambiguous', candidates: covered.slice(0, 5) };
    }
    // A unique start of a word: "ontwikkelings", "metropool"; not a generic noun ("dienst" is no
    // start of "Dienstverlening De Brug").
    if (q.length === 1 && q[0].length >= 5 && !GENERIC_NOUNS.has(q[0])) {
      const hits = this.partiesWithWordPrefix(q[0]);
      if (hits.length === 1) return { kind: 'match', party: hits[0] };
      if (hits.length > 1 && hits.length <= 5) return { kind: 'ambiguous', candidates: hits };
      // The tail of a compound name word: "archief" for Streekarchief.
      const tails = q[0].length >= 6 || q[0] === 'schap' ? this.partiesWithCompoundTail(q[0]) : [];
      if (tails.length === 1) return { kind: 'match', party: tails[0] };
      if (tails.length > 1 && tails.length <= 5) return { kind: 'ambiguous', candidates: tails };
    }
    const named = q.length >= 2 && q.length <= 4 ? this.nameWithDescription(q) : undefined;
    if (named) return { kind: 'match', party: named };
    return { kind: 'unknown', phrase, closest: pool.slice(0, 3) };
  }

  /**
   * "the Hoenwaard ferry" (Pontveer Hoenwaard), "het Medelwaard bedrijvenpark" (Bedrijvenschap
   * Medelwaard): the name's own words with one word for what the party is, that its name says
   * otherwise. Only when the other words, whole, are that one party and the word describes it:
   * "the Hoenwaard museum" is no ferry.
   */
  private nameWithDescription(q: string[]): Party | undefined {
    let found: Party | undefined;
    for (let k = 0; k < q.length; k++) {
      // A word of our parties' names is a name, not a description ("Noord" in Noord-Holland Noord),
      // unless it is a word for a kind of work ("havenbedrijf").
      if (this.partyWords.has(q[k]) && CONCEPTS[q[k]] === undefined) continue;
      if (STOP.has(q[k])) continue;
      // "the port company in Waalhove": the little words between name and description say nothing.
      const rest = q.filter((t, j) => j !== k && !STOP.has(t));
      if (rest.length === 0) continue;
      const r = this.resolveParty(rest.join(' '));
      if (r?.kind !== 'match') continue;
      const vocab = this.partyTokensByIdx[this.idxOf.get(r.party) ?? -1];
      if (!vocab || !rest.every((t) => vocab.has(t))) continue;
      if (!(this.describedParties([q[k]]) ?? []).includes(r.party)) continue;
      if (found && found !== r.party) return undefined;
      found = r.party;
    }
    return found;
  }

  /** Parties with an acronym alias of the same letters in another order ("IDS", "ISD"); none for a word we know. */
  private acronymAnagram(w: string): Party[] {
    // Not a first name ("ruud" is no RUD) and not a word we know.
    if (w.length < 3 || w.length > 5 || !/^[a-z]+$/.test(w) || this.partyWords.has(w) || this.personWords.has(w) || genderOfFirstName(w) !== undefined || NATIONAL_BODIES.has(w) || STOP.has(w) || FILLER.has(w) || this.book.phrases.has(w) || everydayWords().has(w)) return [];
    if (!this.acronyms) {
      this.acronyms = new Map();
      this.acronymList = [];
      this.parties.forEach((p) => {
        if (p.archivedAt) return;
        for (const a of p.aliases) {
          if (!/^[A-Z]{3,5}$/.test(a)) continue;
          const key = [...a.toLowerCase()].sort().join('');
          const list = this.acronyms!.get(key) ?? [];
          if (!list.includes(p)) list.push(p);
          this.acronyms!.set(key, list);
          this.acronymList!.push({ acronym: a.toLowerCase(), party: p });
        }
      });
    }
    // A doubled letter is a slip too ("ANKK" for "ANK"), in words of four letters or more.
    const keys = new Set([[...w].sort().join(''), ...(w.length >= 4 ? [[...w.replace(/(.)\1+/g, '$1')].sort().join('')] : [])]);
    // "GDD" for "GGD": in three letters the wrong one doubled, the same two letters.
    const letters = new Set(w);
    const redoubled = w.length === 3 && letters.size === 2 ? this.acronymList!.filter((x) => x.acronym.length === 3 && x.acronym !== w && new Set(x.acronym).size === 2 && [...x.acronym].every((c) => letters.has(c))).map((x) => x.party) : [];
    const hits = [...new Set([...[...keys].flatMap((k) => this.acronyms!.get(k) ?? []), ...redoubled])];
    if (hits.length === 0) return [];
    // "WDB" beside "WBD" and "WDM": one letter off another acronym, so both are offered.
    const near = [...new Set(this.acronymList!.filter((x) => x.acronym.length === w.length && !hits.includes(x.party) && editDistance(x.acronym, w) === 1).map((x) => x.party))];
    return [...hits, ...near];
  }

  private acronyms?: Map<string, Party[]>;
  private acronymList?: { acronym: string; party: Party }[];

  /** The parties a lowercase description fits ("de netbeheerder"); see DescribedParties. */
  describedParties(words: string[]): Party[] | undefined {
    this.described ??= new DescribedParties(this.parties);
    return this.described.find(words);
  }

  private described?: DescribedParties;

  /** The nearest names for a phrase that matched no party: only computed for the answer card. */
  closestParties(phrase: string): Party[] {
    const r = this.partyIndex.resolve(phrase, true);
    return r.kind === 'none' ? r.closest.map((c) => c.party) : r.kind === 'ambiguous' ? r.candidates.map((c) => c.party).slice(0, 3) : [r.party];
  }

  /** Parties with a compound name word that ends in this word ("streekarchief" for "archief"). */
  private partiesWithCompoundTail(tail: string): Party[] {
    // Words reversed and sorted once, so the words ending in `tail` are one range of them.
    if (!this.reversedWords) {
      const rev = (w: string): string => [...w].reverse().join('');
      this.reversedWords = this.sortedWords.map(([w, list]): [string, number[]] => [rev(w), list]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    const key = [...tail].reverse().join('');
    return this.partiesOfWordsStarting(this.reversedWords, key, (w) => w.length >= key.length + 3).filter((p) => !p.archivedAt);
  }

  private reversedWords?: [string, number[]][];

  private partiesWithWordPrefix(prefix: string): Party[] {
    // Our own municipality's name in a party's name ("... Dommelbeek") is no start to match "dommel" on.
    return this.partiesOfWordsStarting(this.sortedWords, prefix, (w) => !this.municipalityWords.has(w) || w === prefix);
  }

  /** The parties of the sorted words that start with `prefix` and pass `keep`; stops past five parties. */
  private partiesOfWordsStarting(sorted: SortedWords, prefix: string, keep: (word: string) => boolean): Party[] {
    return [...indexesOfWordsStarting(sorted, prefix, keep, 5)].map((i) => this.parties[i]);
  }

  private covers(p: Party, q: string[]): boolean {
    const idx = this.idxOf.get(p) ?? -1;
    const vocab = this.partyTokensByIdx[idx];
    if (!vocab) return false;
    const compact = q.join('');
    for (const raw of [p.name, ...p.aliases]) {
      const c = nameTokens(raw).join('');
      if (editDistance(compact, c) <= allowedEdits(compact.length)) return true;
    }
    // "Veiligheidsregio Noord-Holland Noord" is not "Veiligheidsregio Noord-Holland Kust": a word typed
    // twice must stand twice in one of the names.
    const twice = q.filter((t, i) => q.indexOf(t) !== i);
    if (twice.length > 0 && !twice.every((t) => [p.name, ...p.aliases].some((raw) => nameTokens(raw).filter((w) => w === t).length >= q.filter((w) => w === t).length))) return false;
    return q.every((t) => {
      if (vocab.has(t)) return true;
      for (const v of vocab) {
        if (t.length >= 4 && v.startsWith(t)) return true;
        // Short words only exactly: "band" is not "bank", "hard" is not "hart".
        if (t.length >= 5 && Math.abs(v.length - t.length) <= 2 && editDistance(t, v) <= allowedEdits(Math.min(t.length, v.length))) return true;
      }
      return false;
    });
  }

  /** The person a context remembered, by e-mail or by name (a portfolio holder is kept by name). */
  personByKey(key: string): PersonRoles | undefined {
    const direct = this.personIndex.byKey(key);
    if (direct) return direct;
    const r = this.personIndex.resolve(key);
    return r.kind === 'match' ? r.roles : undefined;
  }

  /**
   * A leftover phrase as a person. Without a title or a person question in the sentence, one word
   * must be a name word exactly: "weer" is not "Van der Meer".
   */
  private surnamesByStart?: Map<string, { last: string; roles: PersonRoles }[]>;

  /** The one person whose surname is this word with one letter slipped ("Yilmas", "Bennanni", "Lemmen"); long names only. */
  surnameWithSlip(w: string): PersonMention | undefined {
    if (w.length < 6 || this.personWords.has(w) || this.partyWords.has(w) || everydayWords().has(w)) return undefined;
    if (!this.surnamesByStart) {
      // Long surnames by first letter, built once: a slip keeps the first letter.
      this.surnamesByStart = new Map();
      for (const r of this.personIndex.all()) {
        const last = nameTokens(r.person.name).filter((t) => !PERSON_PARTICLES.has(t)).pop() ?? '';
        if (last.length < 6) continue;
        const list = this.surnamesByStart.get(last[0]) ?? [];
        list.push({ last, roles: r });
        this.surnamesByStart.set(last[0], list);
      }
    }
    const fits = (this.surnamesByStart.get(w[0]) ?? []).filter((c) => Math.abs(c.last.length - w.length) <= 1 && editDistance(c.last, w) === 1).map((c) => c.roles);
    const people = [...new Set(fits)];
    return people.length === 1 ? { kind: 'match', roles: people[0] } : undefined;
  }

  resolvePerson(phrase: string, strict = false): PersonMention | undefined {
    const significant = nameTokens(phrase).filter((t) => !PERSON_PARTICLES.has(t));
    if (strict && !significant.some((t) => this.personWords.has(t))) return undefined;
    // One word with a typo is too little for a person: "hart" is not "Bart".
    if (significant.length === 1 && !this.personWords.has(significant[0])) return undefined;
    const r = this.personIndex.resolve(phrase);
    if (r.kind === 'match') return { kind: 'match', roles: r.roles };
    if (r.kind === 'ambiguous') return { kind: 'ambiguous', candidates: r.candidates };
    return undefined;
  }
}

/**
 * The words a colleague types for the municipality an e-mail domain names: the domain itself,
 * "zeevang" and "zeevangoost" for "zeevang-oost", "hoogeveld" for "hoogeveldaandevaart"
 * (Dutch place names join their parts with aan, aan de, op, bij, ter).
 */
function municipalityNames(domain: string): string[] {
  const out = new Set([domain, domain.replace(/-/g, '')]);
  const first = domain.split('-')[0];
  if (first.length >= 5) out.add(first);
  const joined = /^([a-z]{5,}?)(aanden|aande|aan|opden|opde|op|bij|ter|ten)([a-z]{4,})$/.exec(domain.replace(/-/g, ''));
  if (joined) out.add(joined[1]);
  return [...out];
}
