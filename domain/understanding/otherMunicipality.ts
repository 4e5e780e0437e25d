import { editDistance } from '../register/nameNormalize';
import { tokenize } from './annotate';
import { englishWords, everydayCompound, isEverydayWord, nearEverydayWord } from './everydayWords';
import { ANAPHORA, FILLER, STOP } from './lexicon';
import type { UnderstandingModel } from './model';
import type { Token } from './token';

/** Another municipality named as the one asked about: the register only holds our own seats and money. */
/** Small words inside a place's name. */
const CONNECTORS = new Set(['en', 'aan', 'den', 'op', 'in']);
const MUNICIPALITY_NOUNS = new Set(['gemeente', 'gemeenten', 'municipality', 'town', 'city', 'stad']);
/** Other owners whose interest is not ours: "het financieel belang van de provincie in Vitens". */
export const OTHER_OWNERS = /\b(de provincie|het rijk|province|the state|het waterschap|the water board)\b/;
const POSSESSION_VERBS = new Set(['heeft', 'bezit', 'has', 'owns', 'hebben']);
const SUBJECT_VERBS = new Set(['vertegenwoordigt', 'vertegenwoordigd', 'vertegenwoordigen', 'represents', 'represent', 'betaalt', 'betalen', 'pays', 'pay', 'draagt', 'contributes', 'contribute', 'stemt', 'votes', 'send', 'sends', 'stuurt', 'afvaardigt', 'delegates', 'geeft', 'gives']);
const REPRESENTED_VERBS = new Set(['vertegenwoordigt', 'vertegenwoordigd', 'vertegenwoordigen', 'represents', 'represent', 'betaalt', 'pays']);
const OFFICE_NOUNS = new Set(['wethouder', 'wethouders', 'burgemeester', 'raad', 'college', 'alderman', 'mayor', 'council', 'gemeentesecretaris', 'griffier', 'secretaris']);
/** Our own roles, asked for another municipality: "de accounthouder van Culemborg bij de Sociale Dienst". */
const ROLE_NOUNS = new Set(['accounthouder', 'vertegenwoordiger', 'portefeuillehouder', 'holder', 'representative', 'plaatsvervanger', 'substitute', 'deputy', 'afgevaardigde', 'delegate']);
/** What one holds in a party: "het belang van Houten in de GGD". */
const STAKE_NOUNS = new Set(['belang', 'interest', 'aandeel', 'aandelen', 'share', 'shares', 'stake', 'bijdrage', 'contribution', 'geld', 'money']);
/** A legal form ("N.V.", "B.V.") is part of a company's name, never a place. */
const LEGAL_FORMS = new Set(['nv', 'bv', 'cv', 'ua', 'vof', 'sa', 'ltd', 'gmbh']);
const AUXILIARIES = new Set(['does', 'do', 'did', 'doet', 'heeft', 'has', 'zou', 'moet']);
const SUBJECT_PREPOSITIONS = new Set(['bij', 'aan', 'at', 'to', 'in', 'for', 'op', 'on', 'into']);

/**
 * Whether a word typed in lower case may be a place's name: no everyday word (nor a compound of one,
 * nor a slip of one), no colleague, not our own municipality (nor a slip of it), no word of the lexicon.
 */
export function looksLikePlace(w: string, model: UnderstandingModel): boolean {
  return /^[a-z-]{4,}$/.test(w) && !isEverydayWord(w) && !everydayCompound(w) && !nearEverydayWord(w) && noNameOfOurs(w, model) && !model.book.fuzzy(w);
}

/** No colleague, not our own municipality (nor a slip of it), no word of the lexicon. */
/**
 * A word that is no Dutch or English word and no name of ours, in a slot where a place is expected (after
 * "namens", inside another region's party name): "Nijmegen", "krimpenerwaard". Unlike looksLikePlace it
 * allows words that merely look like compounds ("-waard", "-recht"), so it is only for such slots.
 */
export function placeName(w: string, model: UnderstandingModel): boolean {
  return /^[a-z-]{4,}$/.test(w) && !isEverydayWord(w) && !englishWords().has(w) && noNameOfOurs(w, model);
}

function noNameOfOurs(w: string, model: UnderstandingModel): boolean {
  return !model.personWords.has(w) && ![...model.municipalityWords].some((m) => editDistance(m, w) <= 2) && !STOP.has(w) && !FILLER.has(w) && !model.book.phrases.has(w);
}

/** A capitalised name that is not ours, as the municipality asked about or as the subject of a seat or a payment. */
export function aboutOtherMunicipality(toks: Token[], model: UnderstandingModel, hyphenated: Set<string>): string | undefined {
  const otherPartyNamed = toks.some((t) => t.claim === 'party');
  // A word of one of our parties' names may still be a municipality ("namens Zaanoever" when the ISD is
  // "Wijkerbroek-Zaanoever"), but not a party's whole name or alias.
  const isForeignName = (t: Token | undefined): boolean =>
    !!t && t.cap && t.claim !== 'party' && !LEGAL_FORMS.has(t.w) && (t.claim !== 'phrase' || hyphenated.has(t.w)) && !model.municipalityWords.has(t.w) && !model.personWords.has(t.w) && !STOP.has(t.w) && (!model.partyWords.has(t.w) || model.isPartOfNameOnly(t.w));
  // "Stichtse Vecht", "De Ronde Venen": a run of capitalised words (a leading article allowed).
  const runFrom = (i: number): number => {
    let j = i;
    if (toks[j] && toks[j].cap && ['de', 'den', 'het', 's'].includes(toks[j].w) && isForeignName(toks[j + 1])) j++;
    if (!isForeignName(toks[j])) return -1;
    while (j + 1 < toks.length && j - i < 2 && isForeignName(toks[j + 1])) j++;
    // "Kaag en Braassem", "Alphen aan den Rijn": connectors inside a place name.
    while (j + 2 < toks.length && j - i < 4 && CONNECTORS.has(toks[j + 1].w) && !toks[j + 1].cap && (isForeignName(toks[j + 2]) || (CONNECTORS.has(toks[j + 2].w) && isForeignName(toks[j + 3])))) j += isForeignName(toks[j + 2]) ? 2 : 3;
    return j;
  };
  // Typed in lower case on a phone ("wie zit namens aaveen in het ab"): a word that is no everyday word
  // and no name we know, in a slot only a municipality fills.
  const lowerPlace = (t: Token | undefined): boolean => !!t && !t.cap && !t.claim && !model.partyWords.has(t.w) && looksLikePlace(t.w, model);
  const nameOf = (i: number, j: number): string => toks.slice(i, j + 1).map((t) => t.w.charAt(0).toUpperCase() + t.w.slice(1)).join(' ');
  const endsOrPrep = (j: number): boolean => j + 1 === toks.length || SUBJECT_PREPOSITIONS.has(toks[j + 1].w) || ANAPHORA.has(toks[j + 1].w);
  for (let i = 1; i < toks.length; i++) {
    const prev = toks[i - 1].w;
    // "wie is de burgemeester van assen": the mayor of a place that ends the question, even a place that is also a word
    // (an alderman "van" something may be a portfolio).
    const t = toks[i];
    if (i === toks.length - 1 && i >= 2 && (prev === 'van' || prev === 'of') && !toks[i - 1].cap && (toks[i - 2].w === 'burgemeester' || toks[i - 2].w === 'mayor') && !t.claim && t.w.length >= 4 && !ANAPHORA.has(t.w) && !model.partyWords.has(t.w) && noNameOfOurs(t.w, model)) return nameOf(i, i);
    // "wie zit er namens krimpenerwaard in het AB": after "namens" a word that is no word and no name of ours is a place,
    // even when it looks like a compound ("-waard", "-recht").
    if (['namens', 'behalf'].includes(prev) && !t.cap && !t.claim && !model.partyWords.has(t.w) && placeName(t.w, model)) return nameOf(i, i);
    if (lowerPlace(toks[i])) {
      const next = toks[i + 1];
      if (['namens', 'behalf'].includes(prev)) return nameOf(i, i);
      if (REPRESENTED_VERBS.has(prev) && next && SUBJECT_PREPOSITIONS.has(next.w)) return nameOf(i, i);
      if (['betaalt', 'pays', 'draagt'].includes(prev) && (!next || SUBJECT_PREPOSITIONS.has(next.w))) return nameOf(i, i);
      // "de burgemeester van assen", "the mayor of groningen": another municipality's office.
      if ((prev === 'van' || prev === 'of') && i >= 2 && OFFICE_NOUNS.has(toks[i - 2].w)) return nameOf(i, i);
    }
    const j = runFrom(i);
    // "wie zit er voor Arnhem in de AvA", "namens Oldenhove", "... namens Maarssen": on behalf of another municipality.
    if (j >= 0 && ['namens', 'behalf'].includes(prev)) return nameOf(i, j);
    if (j >= 0 && ['voor', 'for', 'bij'].includes(prev) && j + 1 < toks.length && SUBJECT_PREPOSITIONS.has(toks[j + 1].w) && toks.slice(j + 1).some((t) => t.claim === 'party')) return nameOf(i, j);
    // "de plaatsvervanger van Zaanoever bij de veiligheidsregio", "het financieel belang van Houten in de GGD".
    if (j >= 0 && i >= 2 && (ROLE_NOUNS.has(toks[i - 2].w) || STAKE_NOUNS.has(toks[i - 2].w)) && (prev === 'van' || prev === 'of' || prev === 'at' || prev === 'from') && j + 1 < toks.length && SUBJECT_PREPOSITIONS.has(toks[j + 1].w) && (otherPartyNamed || toks.slice(j + 1).some((t) => !t.claim && t.cap))) return nameOf(i, j);
    // "de gemeente Hattem": a municipality's name, even when a party or a person shares it.
    if (MUNICIPALITY_NOUNS.has(prev) && toks[i].cap && !model.municipalityWords.has(toks[i].w) && !STOP.has(toks[i].w)) return nameOf(i, Math.max(i, j));
    // "the municipality of Dalfsen", "de gemeente van Kampen": likewise.
    if ((prev === 'of' || prev === 'van') && i >= 2 && MUNICIPALITY_NOUNS.has(toks[i - 2].w) && toks[i].cap && !model.municipalityWords.has(toks[i].w) && !STOP.has(toks[i].w)) return nameOf(i, Math.max(i, j));
    // A person's name has the same shape as "Stichtse Vecht": these two only for a single word.
    if (j === i && POSSESSION_VERBS.has(prev) && (j + 1 === toks.length || SUBJECT_PREPOSITIONS.has(toks[j + 1].w) || !toks[j + 1].cap)) return nameOf(i, j);
    // "hoeveel aandelen heeft Oost Gelre in Alliander": a stake held, by a name of several words, is a place's.
    if (j > i && POSSESSION_VERBS.has(prev) && j + 1 < toks.length && SUBJECT_PREPOSITIONS.has(toks[j + 1].w) && toks.slice(0, i).some((t) => STAKE_NOUNS.has(t.w))) return nameOf(i, j);
    const officeBefore = toks.slice(Math.max(0, i - 4), i - 1).some((t) => MUNICIPALITY_NOUNS.has(t.w) || OFFICE_NOUNS.has(t.w));
    if (j >= 0 && i >= 2 && officeBefore && (prev === 'of' || prev === 'van' || prev === 'in' || prev === 'from' || prev === 'uit') && !toks[i - 1].cap) return nameOf(i, j);
    // "wie vertegenwoordigt Hengelo bij Twence?", "... Stichtse Vecht bij de GGD", "... Apeldoorn daar?"
    if (j >= 0 && SUBJECT_VERBS.has(prev) && endsOrPrep(j)) return nameOf(i, j);
    // "wie vertegenwoordigt Schagen bij de GGD": one represented at a party is a municipality, even when a
    // colleague has that surname ("waar vertegenwoordigt Schagen ons" is the colleague).
    const represented = toks[i] && toks[i].cap && toks[i].claim !== 'party' && model.personWords.has(toks[i].w) && !model.municipalityWords.has(toks[i].w);
    if (represented && REPRESENTED_VERBS.has(prev) && i + 1 < toks.length && SUBJECT_PREPOSITIONS.has(toks[i + 1].w)) return nameOf(i, i);
    // "How much does Ter Lede pay": a run that starts with a particle is a place more than a person.
    if ((j === i || ['ter', 'den', 'de', 'het', 's'].includes(toks[i].w) || toks.slice(i, j + 1).some((t) => CONNECTORS.has(t.w))) && j >= 0 && j + 1 < toks.length && AUXILIARIES.has(prev) && SUBJECT_VERBS.has(toks[j + 1].w)) return nameOf(i, j);
  }
  // "wie zit bij de veiligheidsregio in Kribbenhoven": a place ending the question after our party, not where that party sits.
  const last = toks.length - 1;
  const placeAtEnd = last >= 2 && toks[last - 1].w === 'in' && isForeignName(toks[last]) && toks.slice(0, last - 1).some((t) => t.claim === 'party');
  if (placeAtEnd) {
    const named = toks.slice(0, last - 1).filter((t) => t.claim === 'party').map((t) => model.parties[t.partyIdx ?? -1]).filter((p) => p !== undefined);
    const home = named.some((p) => tokenize(p.location ?? '').includes(toks[last].w) || tokenize(p.name).includes(toks[last].w));
    if (!home) return nameOf(last, last);
  }
  // "Zaanoever wil uittreden": a municipality as the subject, when our party is named beside it, is not ours to answer here.
  return undefined;
}
