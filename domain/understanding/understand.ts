import { wordTable } from '../text/wordTable';
import type { GlossaryId } from '../glossary/terms';
import { portfolioName, type PersonRoles } from '../register/personIndex';
import { RISK_PROFILES, type BbvCategory, type Party, type RiskProfile } from '../register/types';
import { editDistance, foldText, nameTokens } from '../register/nameNormalize';
import { bodyAsked, bodyKey, sameBody } from '../register/seats';
import { tokenize } from './annotate';
import { INTENTS, isPartyIntent, isPersonIntent, type GuidanceTopic, type IntentName, type RoleTopic } from './intentNames';
import { ANAPHORA, BRIDGE, FILLER, FOLLOW_UP_START, GUIDANCE_TOPIC_CUES, PERSON_TITLES, ROLE_TOPIC_PHRASES, STOP } from './lexicon';
import { hasLegalForm, typedLegalForms, type PartyMention, type PersonMention, type UnderstandingModel } from './model';
import { ADVICE_ASKED, ROLE_MEANING, ADVICE_SHAPE, EXPECTATION, HOW_TO_GO_ABOUT, PARTY_CHANGE, rolesAfterAs, topicByStems } from './adviceCues';
import { englishWords, everydayWords, isEverydayWord } from './everydayWords';
import { genderOfFirstName } from './firstNames';
import { contextKeyOf, LIST_INTENTS, nextContext } from './context';
import { translateDescriptors } from './normalize';
import { aboutOtherMunicipality, looksLikePlace, OTHER_OWNERS, placeName } from './otherMunicipality';
import { GOVERNANCE_WORDS, NOT_GOVERNANCE, NOT_KEPT, OPENING_HOURS, PRIVATE_LIFE, SMALL_TALK } from './outOfScope';
import type { Token } from './token';
import { clausesOf } from './clauses';
import { partyAt, placeQualifier } from './placeQualifier';
import { CONCEPTS } from './partyConcepts';
import { theOtherOne } from './otherOne';
import { termByDescription } from './termByDescription';
import { capitaliseMunicipalities, namedMunicipality } from './dutchMunicipalities';

/** What the previous turns of this conversation were about (kept about 30 minutes). */
export interface ConversationContext {
  intent?: IntentName;
  partyId?: string;
  personKey?: string;
  body?: string;
  /** The seat role the last represent question asked for ("plaatsvervanger"), for "en bij X?". */
  role?: string;
  /** The last question needed a party and named none: a name alone answers it. */
  awaitingParty?: boolean;
  /** The last question needed a person and named none (or several fitted): a name alone answers it. */
  awaitingPerson?: boolean;
  /** The parties or people the last answer asked to choose between, in the order shown. */
  partyCandidates?: string[];
  personCandidates?: string[];
  /** The party talked about before the last one, for "and the other one?". */
  earlierPartyId?: string;
  /** The people the last answer named (its seats, account holder or portfolio holders), for "waar zit zij nog meer?". */
  lastPeople?: string[];
  /** The people the answer before that named, for a pronoun none of the last ones fits. */
  earlierPeople?: string[];
  /** The BBV category of the last list or total ("en hoeveel zit daar in totaal in?"). */
  category?: BbvCategory;
  /** Risk levels of the last list ("en welke wel?" after "geen hoog risico"). */
  levels?: RiskProfile[];
  /** Glossary terms of the last turn, for "wanneer moet die binnen zijn?" after "wat is een zienswijze?". */
  terms?: GlossaryId[];
}

/** Words before a noun, not before a name: an article, a demonstrative, an adjective of praise, and so on. */
const NOUN_BEFORE = new Set(['een', 'die', 'deze', 'dat', 'dit', 'a', 'an', 'this', 'that', 'good', 'great', 'nice', 'goede', 'mooie', 'leuke']);

/** Words that name no party of ours: a party in general, or the Teams channel itself. */
const NO_PARTY_NAME = new Set(['partij', 'partijen', 'party', 'parties', 'partner', 'partners', 'verbonden', 'organisatie', 'organisation', 'organization', 'teams', 'team', 'kanaal', 'channel', 'een', 'a', 'an', 'de', 'het', 'the', 'dit', 'this', 'deze']);

/** Asking whether something is a warning sign. */
const WHETHER_SIGNAL = /\b(is dat|is dit|is het|zou dat|hoort dat|valt dat|telt dat|is that|is this|could that be|would that be|does that count|does this count|should i be|moet ik me|hoef ik me)\b.{0,40}\b(signaal|signalen|waarschuwingssignaal|waarschuwingssignalen|alarmsignaal|teken|zorgen|zorgelijk|zorgwekkend|verontrustend|sign|signal|red flag|warning|worried|concerned|worry|alarming|flag|flagging)\b/;

/** One reading of a message: the intent, the slots it found, and how sure it is. */
export interface Reading {
  intent: IntentName;
  party?: PartyMention;
  person?: PersonMention;
  terms: GlossaryId[];
  /** A phrase asked about as a term that the glossary does not know. */
  unknownTerm?: string;
  body?: string;
  role?: string;
  category?: BbvCategory;
  levels?: RiskProfile[];
  change?: string;
  topic?: GuidanceTopic;
  year?: number;
  /** Days ahead for agenda questions. */
  periodDays?: number;
  /** "smallest" rather than "largest". */
  ascending?: boolean;
  /** Parties compared with each other ("meer geld in A of in B?"). */
  compare?: Party[];
  /** The party or person came from the previous turn. */
  fromContext: boolean;
  /** The party a question we do not answer was about ("wie is de directeur van het werkbedrijf?"), kept for the follow-up. */
  subjectParty?: Party;
  /** The party the answer leads with (the top of a ranking, the party an advice question was about), for "wie is daar de accounthouder?". */
  answerParty?: Party;
  /** The question asked about that other municipality, for "en wie namens ons?" next. */
  askedForOther?: IntentName;
  /** Another municipality the question was about ("wie vertegenwoordigt Oss bij de GGD?"): not ours to answer. */
  otherMunicipality?: string;
  /** Confident enough to answer without asking. */
  confident: boolean;
  score: number;
  /** The next-best readings, for "did you mean" buttons when not understood. */
  alternatives: { intent: IntentName; party?: Party }[];
}

const STRONG = 3;
/** Points of the compass: parts of a region's name ("GGD Brabant-Zuidoost", "Hollands Midden"). */
const COMPASS = new Set(['noord', 'zuid', 'oost', 'west', 'midden', 'zuidoost', 'noordoost', 'zuidwest', 'noordwest', 'centraal', 'north', 'south', 'east', 'central']);
/** Words around an everyday word that show it is used as a word ("tot slot", "samen met", "ik kan parkeren", "partijen samen"). */
const WORD_USE_BEFORE = new Set(['kost', 'kosten', 'mijn', 'my', 'jouw', 'your', 'gemeentelijke', 'tot', 'ik', 'je', 'jij', 'we', 'wij', 'ze', 'zij', 'ben', 'bent', 'is', 'was', 'erg', 'heel', 'zo', 'zeer', 'niet', 'kan', 'kun', 'kunt', 'wil', 'wilt', 'mag', 'moet', 'partijen', 'alles', 'allemaal', 'alle', 'samen', 'i', 'you', 'am', 'very', 'so']);
const WORD_USE_AFTER = new Set(['met', 'mee', 'dat', 'te', 'with', 'that']);
/** Words after which a name stands ("bij Maaswerk, dat ..."). */
const NAME_SLOT_BEFORE = new Set(['bij', 'van', 'voor', 'aan', 'de', 'het', 'in', 'over', 'namens', 'the', 'at', 'of', 'for', 'about']);
/** Words that point back to a person rather than to a party. */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'ter', 'ten', 'vd']);
/** Glossary terms that are a body's name: "and the AB?" asks for that body, not what it means. */
const BODY_TERMS = new Set<string>(['algemeen_bestuur', 'dagelijks_bestuur', 'ava', 'raad_van_commissarissen']);
/** A category word right after "hoeveel"/"how many" ("hoeveel GRs", "how many foundations"). */
const CATEGORY_WORD_AFTER = /^(gemeenschappelijke regelingen|grs|gren|gr|stichtingen|verenigingen|foundations|associations|vennootschappen|deelnemingen|companies|nvs|bvs|cvs|joint arrangements|overige)\b/;
const PERSON_ANAPHORA = new Set(['ze', 'hij', 'zij', 'hem', 'haar', 'he', 'she', 'him', 'her', 'his']);
const FIRST_PERSON = new Set(['ik', 'mij', 'me', 'mijn', 'i', 'my', 'mine']);
/** Question shapes that ask about a person's seats or portfolio rather than a party. */
const PERSON_QUESTION = /\b(waar|where|welke partijen|which parties|voor welke|for which|in portefeuille|portfolio|seats|zetels|functies|nog meer|else)\b/;
/** A kind of party in the singular, as in "de stichting", "the company". */
const SINGULAR_KINDS = new Set(['stichting', 'vereniging', 'vennootschap', 'nv', 'bv', 'cooperatie', 'foundation', 'association', 'company', 'cooperative', 'gr', 'regeling']);
const ARTICLES = new Set(['de', 'het', 'die', 'dat', 'the', 'onze', 'our', 'that']);
const foldName = (name: string): string => foldText(name).trim();
const ORDINALS = wordTable<number>({ eerste: 0, tweede: 1, derde: 2, vierde: 3, vijfde: 4, first: 0, second: 1, third: 2, fourth: 3, fifth: 4, laatste: -1, last: -1 });
/** A term named only as the setting of another ("toestemming bij een GR", "in de BBV"). */
const CONTEXT_TERMS: [GlossaryId, RegExp][] = [
  ['bbv', /\b(in de|in het|volgens de|volgens het|in the|under the|according to the|verstaat het|verstaat de|bedoelt het|bedoelt de) bbv\b/],
  ['gemeenschappelijke_regeling', /\b(bij|in|voor|van|uit|for|in|at|of|from) (een|de|a|an|the) (gr|gemeenschappelijke regeling|joint arrangement)\b/],
  ['paragraaf_verbonden_partijen', /\b(in de|in het|in the) (paragraaf|paragraph)\b/],
  ['wgr', /\b(under|onder|volgens|in) (the |de |het )?wgr\b/],
  ['verbonden_partij', /\b(bij|in|voor|van|for|in|at) (een|de|a|an|the) (verbonden partij|affiliated party)\b/],
];
const KIND_WORDS = new Set(['stichting', 'vereniging', 'cooperatie', 'gemeenschappelijke', 'regeling', 'gr', 'nv', 'bv', 'omgevingsdienst', 'veiligheidsregio', 'ggd', 'foundation', 'association', 'metropoolregio', 'waterschap', 'recreatieschap', 'werkvoorzieningschap', 'stadsregio', 'regio', 'holding', 'bank']);
/** Nouns that make a lower-case phrase an organisation's name ("groningen airport eelde", "drents museum"): one we are not in, not everyday words. */
const ORGANISATION_NOUNS = /^(airport|luchthaven|vliegveld|seaports?|port|ports|museum|ziekenhuis|hospital|waterbedrijf|waterleidingbedrijf|waterleidingmaatschappij|energiebedrijf|netbeheerder|railways?|spoorwegen|omroep|zorgverzekeraar|woningcorporatie|hogeschool|universiteit|university|provincie|province|waterschap|hoogheemraadschap|\w{3,}(haven|bedrijf|dienst|schap|bank|museum|theater|fonds))$/;
/** Who must be told, with words between: "wie moet er bij ons allemaal weten dat", "who needs to know". */
const WHO_MUST_KNOW = /\b(wie moet|wie moeten|wie dient|wie dienen|who needs?|who must|who should|who has to|who have to|who ought to)\b(\s\w+){0,4}\s(weten|know|be told|be informed|hear about|be aware|op de hoogte (zijn|gebracht|gesteld|worden))\b/;
const OWN_NAME_KINDS = new Set(['company', 'foundation', 'bedrijf', 'coop', 'cooperative', 'association', 'stichting', 'vereniging']);
const SUPERLATIVE_RISK = new Set(['meeste', 'hoogste', 'grootste', 'rood', 'groot', 'grote', 'veel']);

const GREETINGS = new Set(['moi', 'moin', 'afternoon', 'evening', 'hoi', 'hallo', 'hey', 'hee', 'hai', 'goeiemorgen', 'goeiemiddag', 'goedemorgen', 'goedemiddag', 'goedenavond', 'goedendag', 'hi', 'hello', 'morning', 'dag']);

/** Words before "een ..." that make a term the setting of a question ("signalen dat een GR", "bij een deelneming"). */
const SETTING_BEFORE = new Set(['bij', 'in', 'van', 'voor', 'dat', 'als', 'met', 'at', 'for', 'of', 'with', 'when', 'if', 'that', 'within', 'binnen', 'rond', 'around']);

/** The parties a kind, body or legal form stands for: the one, or a choice among the first eight. */
function mentionAmong(list: Party[]): PartyMention | undefined {
  if (list.length === 1) return { kind: 'match', party: list[0] };
  return list.length > 1 ? { kind: 'ambiguous', candidates: list.slice(0, 8) } : undefined;
}

function emptyScores(): Record<IntentName, number> {
  return Object.fromEntries(INTENTS.map((i) => [i, 0])) as Record<IntentName, number>;
}

/** Reads one message against the register (through the model) and the conversation context. */
/**
 * A long, formal message puts its question after a preamble ("Ter voorbereiding op ..., wil ik graag
 * weten wie er namens onze gemeente in het DB van X zit"): the words of the preamble are no cues.
 */
const PREAMBLE_END = /\b(wil ik (graag )?(weten|helder hebben|vragen)|(kunt u|kun je|zou u|zou je) (mij |me )?(\w+ ){0,2}laten weten|verzoek ik u (mij |me )?te laten weten|vraag ik (mij|me) af|zou ik graag (willen )?weten|i would like to know|i need to know|could you (please )?tell me|can you (please )?tell me)\b/gi;

/** Longer than any question (Teams itself allows about 28 KB): the rest is not read, so reading time stays bounded. */
const MAX_READ = 2000;

export function understand(message: string, model: UnderstandingModel, context?: ConversationContext): Reading {
  const typed = capitaliseMunicipalities(splitBodyCompounds(model.joinOwnName(message.length > MAX_READ ? message.slice(0, MAX_READ) : message), model), model);
  const full = narrowedByPlace(typed, model, context, questionAmongStatements(typed, model, context, readMessage(typed, model, context)));
  // "hoe heet het als de raad zijn mening geeft over de begroting?": the term described, whatever else the words name.
  // (A term named on the way, "when we leave a joint arrangement", gives way to the one described.)
  const described = termByDescription(typed);
  if (described && !(full.intent === 'glossary' && full.terms.includes(described))) return { intent: 'glossary', terms: [described], fromContext: false, confident: true, score: STRONG, alternatives: [] };
  if (typed.split(/\s+/).length < 18) return full;
  const ends = [...typed.matchAll(PREAMBLE_END)];
  const last = ends[ends.length - 1];
  if (!last || last.index === undefined) return full;
  const question = typed.slice(last.index + last[0].length).trim();
  if (question.split(/\s+/).length < 3) return full;
  const focused = readMessage(question, model, context);
  // The question alone decides, unless it lost the subject the preamble named.
  return focused.intent !== 'unknown' && !(full.party?.kind === 'match' && !focused.party && isPartyIntent(focused.intent)) ? focused : full;
}

/**
 * "dat afvalbedrijf in Alkmaar", "the archive in Lichtenvoorde": read without the place, the
 * description is the party there (or the one of several that sits there); the place never
 * makes a party of a description that names another.
 */
function narrowedByPlace(typed: string, model: UnderstandingModel, context: ConversationContext | undefined, full: Reading): Reading {
  if (full.person?.kind === 'match' || full.otherMunicipality) return full;
  const q = placeQualifier(typed, model);
  if (!q) return full;
  const r = questionAmongStatements(q.rest, model, context, readMessage(q.rest, model, context));
  if (r.intent === 'unknown' || r.otherMunicipality || r.person?.kind === 'match') return full;
  // "the youth care GR in the Alkmaar region": the GR there, not the region's own cooperation the place alone would name.
  if (full.party?.kind === 'match') return r.party?.kind === 'match' && !r.fromContext && r.party.party !== full.party.party && partyAt(r.party.party, q.place) && partyAt(full.party.party, q.place) ? r : full;
  if (r.party?.kind === 'match') return partyAt(r.party.party, q.place) ? r : full;
  if (r.party?.kind === 'ambiguous') {
    const there = r.party.candidates.filter((p) => partyAt(p, q.place, true));
    if (there.length === 1) return { ...r, party: { kind: 'match', party: there[0] }, confident: true };
  }
  return full;
}

/**
 * "het theaterbestuur", "onze aandeelhouderszetel bij Alliander", "de archiefvergadering": a party's
 * word (or a word for what it does) and a body or seat written as one word are read as two. Only when
 * the first part is such a word, so "gemeentebestuur" and "schoolbestuur" stay whole.
 */
const BODY_WORDS = /^(aandeelhouders|ledenvergadering|vennotenvergadering|algemene|stichtings|verenigings|dagelijks|algemeen)/;
function splitBodyCompounds(text: string, model: UnderstandingModel): string {
  // The first part as typed when it (or it without its linking "s") is a party's word or a word for what one does.
  const knownHead = (head: string, alsoKnown: (w: string) => boolean = () => false): string | undefined => {
    const known = (w: string): boolean => model.partyWords.has(w) || CONCEPTS[w] !== undefined || alsoKnown(w);
    const h = foldText(head);
    return known(h) ? head : h.endsWith('s') && known(h.slice(0, -1)) ? head.slice(0, -1) : undefined;
  };
  // "de afvalclub", "die leerplichtclub", "de molenstichting", "de bijstandsdienst": what the party does and a word for
  // an organisation, as one word; the club is dropped, a stichting or dienst kept beside it.
  text = text.replace(/\b(\p{L}{4,}?)(club|clubje|clubs|stichting|dienst)\b/giu, (m, head: string, tail: string) => {
    const whole = foldText(m);
    if (model.partyWords.has(whole) || CONCEPTS[whole] !== undefined || model.book.phrases.has(whole) || translateDescriptors(whole) !== whole) return m;
    const word = knownHead(head);
    if (word === undefined) return m;
    return /^club/i.test(tail) ? word : `${word} ${tail}`;
  });
  return text.replace(/\b(\p{L}{4,}?)(bestuur|zetel|zetels|vergadering|vergaderingen)\b/giu, (m, head: string, tail: string) => {
    // A word the bot knows whole ("aandeelhoudersvergadering" is the AvA) stays whole.
    if (model.book.phrases.has(foldText(m)) || (/^vergadering/i.test(tail) && BODY_WORDS.test(foldText(m)))) return m;
    return knownHead(head, (w) => /^zetels?$/i.test(tail) && /^aandeelhouders?$/.test(w)) !== undefined ? `${head} ${tail}` : m;
  });
}

/** The party or person a reading answers about. */
function subjectOf(r: Reading): string | undefined {
  if (r.party?.kind === 'match') return `p:${r.party.party.id}`;
  if (r.person?.kind === 'match') return `q:${contextKeyOf(r.person.roles.person)}`;
  return undefined;
}

/**
 * One question among statements about another subject ("Annemiek goes to the Vitens AGM, but who
 * represents us at the waste company's?"; "waar zit Lieke in? ze is toch plv bij het theater"): the
 * question decides, read as the next turn after the statements before it (so "ze" and "daar" still
 * point back). Only when the whole message read as one names another subject than the question.
 */
function questionAmongStatements(typed: string, model: UnderstandingModel, context: ConversationContext | undefined, full: Reading): Reading {
  const clauses = clausesOf(typed);
  const questions = clauses.filter((c) => c.question);
  // Two questions in one message ("wie is accounthouder van het archief? en wanneer vergaderen ze?"): the first is
  // answered (the second can follow), when it is whole on its own and no yes/no question ("Is de ISD net zo duur als …?").
  if (clauses.length === 2 && questions.length === 2 && /\?\s*$/.test(clauses[0].text) && /^(wie|wat|waar|wanneer|hoeveel|welke|who|what|where|when|which|how much|how many)\b/.test(foldText(clauses[0].text).trim())) {
    const first = readMessage(clauses[0].text, model, context);
    if (first.intent !== 'unknown' && subjectOf(first) !== undefined && !first.fromContext) return first;
  }
  // "wat is een bedrijfsvoeringsorganisatie, de belastingsamenwerking is er toch een?": the term, with a party as its example.
  const example = /^([^,]+),\s*(.+)$/.exec(typed);
  if (example && (full.intent === 'partyInfo' || full.intent === 'publicInterest' || full.intent === 'unknown') && /^(wat is|wat zijn|what is|what are|whats) (een|a|an)\b/.test(foldText(example[1]).trim()) && /\b(toch|is one|are one|apparently|right|er een|er ook een|zon|zo een|such a|one of them)\b/.test(foldText(example[2]))) {
    const term = readMessage(example[1], model, context);
    if (term.intent === 'glossary' && term.terms.length > 0) return term;
  }
  // "who's the account holder for the VVV and when do they meet next?": two questions joined by "and"; the first is answered when whole.
  const joined = clauses.length === 1 ? /^(.{12,}?)(?:,\s*|\s+)(?:and|en)\s+(?=(?:when|who|what|where|which|how|do|does|is|are|can|wanneer|wie|wat|waar|welke|hoe|zit|zitten|moet|moeten|kan|stuur|zet)\b)(.+)$/i.exec(typed.trim()) : null;
  if (joined && /^(wie|wat|waar|wanneer|hoeveel|welke|who|what|where|when|which|how much|how many|koppel|link|maak|make)\b/.test(foldText(joined[1]).trim())) {
    const first = readMessage(joined[1], model, context);
    if (first.intent !== 'unknown' && first.intent !== full.intent && subjectOf(first) !== undefined && !first.fromContext) return first;
  }
  if (clauses.length < 2 || questions.length !== 1 || (subjectOf(full) === undefined && full.intent !== 'startChecklist')) return full;
  // "namens ons in de AvA van BNG, is dat de wethouder of de burgemeester?": the question points back at the clause before it.
  if (/\b(is|was) (dat|dit|that|this)\b/i.test(questions[0].text)) return full;
  let ctx = context;
  for (const c of clauses) {
    if (c.question) break;
    ctx = nextContext(ctx, readMessage(c.text, model, ctx));
  }
  const asked = readMessage(questions[0].text, model, ctx);
  // "wat is een bedrijfsvoeringsorganisatie? de bvo is er een toch": a term asked first, a party named as its example.
  if (clauses[0] === questions[0] && asked.intent === 'glossary' && asked.terms.length > 0 && /^(wat is|wat zijn|wat betekent|wat houdt|what is|what are|what does|whats)\b/.test(foldText(questions[0].text).trim()) && (full.intent === 'partyInfo' || full.intent === 'publicInterest')) return asked;
  // "Ik moet een zienswijze voorbereiden over de begroting van de VR. Hoe pak ik dat aan?": how to go about
  // what was told is advice, on the topic the whole message is about.
  const last = clauses[clauses.length - 1];
  if (last === questions[0] && (asked.intent === 'unknown' || asked.intent === 'guidance') && HOW_TO_GO_ABOUT.test(foldText(last.text).trim())) {
    const topic = asked.intent === 'guidance' && asked.topic ? asked.topic : topicByStems(tokenize(typed));
    if (topic === 'communication' || topic === 'alignment' || topic === 'signals') return { ...asked, intent: 'guidance', topic, confident: true, answerParty: asked.answerParty ?? (full.party?.kind === 'match' ? full.party.party : undefined) };
  }
  const subject = subjectOf(asked);
  // A party taken from the statements is the whole message's subject too; a person they named ("…, maar in welke besturen zit hij zelf?") is the question's.
  const own = !asked.fromContext || isPersonIntent(asked.intent);
  // "my alderman wants to leave the recreation board, who should I tell?": advice asked about the situation told.
  if (asked.intent === 'guidance' && (asked.topic === 'alignment' || asked.topic === 'communication' || asked.topic === 'signals') && ['startChecklist', 'financialInterest', 'personSeats', 'zienswijzeDeadline', 'partyInfo', 'publicInterest'].includes(full.intent) && ADVICE_ASKED.test(foldText(questions[0].text))) return { ...asked, answerParty: asked.answerParty ?? (full.party?.kind === 'match' ? full.party.party : undefined) };
  return subject !== undefined && subject !== subjectOf(full) && asked.intent !== 'unknown' && own ? asked : full;
}

function readMessage(typed: string, model: UnderstandingModel, context?: ConversationContext): Reading {
  const text = translateDescriptors(typed);
  const caps = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9'’`.]+/).filter(Boolean);
  const words = tokenize(text);
  // A word is capitalised as a name, not because a new sentence starts with it ("... N.V.? Nodig voor ...").
  const sentenceStarts = new Set(tokenize((text.match(/[?!;]\s+[A-Z][a-z]+|\.\s+[A-Z][a-z]{2,}/g) ?? []).map((m) => m.replace(/^[.?!;]\s+/, '')).join(' ')));
  const capSet = new Set(caps.filter((c) => /[A-Z]/.test(c)).map((c) => tokenize(c).join('')).filter((w) => !sentenceStarts.has(w) || model.partyWords.has(w) || model.personWords.has(w)));
  const toks: Token[] = words.map((w) => ({ w, cap: capSet.has(w) }));
  const folded = words.join(' ');
  // "wat betekent ...", "what does ... mean": what a word means is asked.
  const meaningAsked = /\b(betekent|mean|means|meaning|definitie|definition)\b/.test(folded);
  // The words without greetings and filler ("hoi, wie is ..." → "wie is ...").
  const withoutFiller = words.filter((w) => !FILLER.has(w)).join(' ');
  // Words typed as one hyphenated compound ("Brabant-Zuidoost") belong to a name.
  const hyphenated = new Set(tokenize((text.match(/[A-Za-zÀ-ÿ]+-[A-Za-zÀ-ÿ]+/g) ?? []).join(' ')));

  // 1. Exact party names anywhere in the sentence; an alias that is an everyday word, typed in
  // lower case and used as that word ("tot slot", "samen met de griffie"), is no name.
  const colleagueAt = new Set<number>();
  for (const [s, e, idx] of model.exactParties(words)) {
    if (s === e && !toks[s].cap && model.everydayAliases.has(words[s]) && ((s > 0 && WORD_USE_BEFORE.has(words[s - 1])) || (WORD_USE_AFTER.has(words[s + 1] ?? '') && !(s > 0 && NAME_SLOT_BEFORE.has(words[s - 1]))))) {
      toks[s].claim = 'skip';
      continue;
    }
    // "wat is het publiek belang van de bieb": an alias typed in lower case that is also a question phrase ("Publiek Belang") is the phrase.
    if (e > s && words.slice(s, e + 1).every((_, k) => !toks[s + k].cap) && model.book.phrases.get(words.slice(s, e + 1).join(' '))?.cues) continue;
    // "wethouder Kolk", "waar zit kolk allemaal in": a colleague's surname that is also a party's alias word
    // ("Theater De Kolk") is the colleague after a title, or as the subject of a person question.
    if (s === e && model.personWords.has(words[s]) && !(s > 0 && ['de', 'het', 'the', 't'].includes(words[s - 1]) && toks[s - 1].cap)) {
      const prev = s > 0 ? words[s - 1] : '';
      const afterTitle = PERSON_TITLES.has(prev) || prev === 'alderwoman';
      const subject = !['de', 'het', 'the', 't', 'bij', 'van', 'at', 'of', 'in', 'voor', 'for', 'naar', 'to', 'met', 'with', 'on', 'op', 'aan'].includes(prev) && PERSON_QUESTION.test(folded);
      if (afterTitle || subject) {
        colleagueAt.add(s);
        continue;
      }
    }
    // "waar zit Van der Weerd": a surname with its particles is the colleague, not the party "De Weerd".
    if (s === e && s >= 2 && ['der', 'den'].includes(words[s - 1]) && words[s - 2] === 'van' && model.personWords.has(words[s])) continue;
    // "wat is een bvo": an alias that is also a glossary term, asked as "a ...", is the term.
    if (s >= 2 && ['een', 'a', 'an'].includes(words[s - 1]) && ['is', 'zijn', 'betekent', 'doet', 'does'].includes(words[s - 2]) && model.book.phrases.get(words.slice(s, e + 1).join(' '))?.term) continue;
    for (let i = s; i <= e; i++) {
      toks[i].claim = 'party';
      toks[i].partyIdx = idx;
    }
  }
  // "de Omgevingsdienst Regio Nijmegen": a capitalised alias word ("Regio") between one name and a place
  // is part of another party's name, not a second party of ours.
  for (let i = 0; i + 2 < toks.length; i++) {
    const [a, b, c] = [toks[i], toks[i + 1], toks[i + 2]];
    if (a.claim === 'party' && b.claim === 'party' && a.partyIdx !== b.partyIdx && !c.claim && ((b.cap && c.cap && placeName(c.w, model)) || (!c.cap && ['regio', 'region'].includes(b.w) && placeName(c.w, model)))) {
      b.claim = undefined;
      b.partyIdx = undefined;
    }
  }
  // 2. Phrases of the lexicons, longest first, left to right.
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].claim) continue;
    for (let n = Math.min(model.book.maxWords, toks.length - i); n >= 1; n--) {
      const slice = toks.slice(i, i + n);
      if (slice.some((t) => t.claim)) continue;
      const key = slice.map((t) => t.w).join(' ');
      let meaning = model.book.phrases.get(key);
      let matchedAs: string | undefined;
      // Filler inside a phrase ("what exactly is a", "wat is nou het verschil") does not break it.
      if (!meaning && n > 2 && !FILLER.has(slice[0].w) && !FILLER.has(slice[n - 1].w)) {
        const bare = slice.filter((t) => !FILLER.has(t.w)).map((t) => t.w).join(' ');
        if (bare !== key) {
          meaning = model.book.phrases.get(bare);
          // The phrase as the lexicon knows it, so its advice topic is found too.
          if (meaning) matchedAs = bare;
        }
      }
      // "acount holder", "financial intrest": one slipped word in a phrase of two.
      if (!meaning && n === 2) {
        const fixed = slice.map((t) => (model.book.phrases.has(t.w) || STOP.has(t.w) || FILLER.has(t.w) || englishWords().has(t.w) || model.partyWords.has(t.w) || model.personWords.has(t.w) ? t.w : model.book.phraseWordNear(t.w) ?? t.w));
        // Only one of the two slipped; the other is as the phrase has it.
        // (An inflection is no slip: "ambtelijke accounthouder" is not the term "ambtelijk accounthouder".)
        const inflected = fixed.some((w, k) => w + 'e' === slice[k].w || slice[k].w + 'e' === w);
        if (fixed.join(' ') !== key && fixed.some((w, k) => w === slice[k].w) && !inflected) meaning = model.book.phrases.get(fixed.join(' '));
      }
      if (!meaning && n === 1 && !STOP.has(key) && !FILLER.has(key) && !model.partyWords.has(key) && !model.personWords.has(key)) {
        const near = model.book.fuzzy(key) ?? (!isEverydayWord(key) && !englishWords().has(key) && !/\d/.test(key) ? model.book.abbreviated(key) : undefined);
        if (near) meaning = model.book.phrases.get(near);
      }
      // "GGD Hollands Midden", "Brabant Midden": after a name word (a party, a capital, "hollands"), "midden" is part of the name, not a risk level.
      // "Midden-Drenthe": a capitalised hyphenated name, not a risk level ("medium-risk" still is).
      if (meaning?.risk && n === 1 && hyphenated.has(key) && toks[i].cap) meaning = undefined;
      if (meaning?.risk && n === 1 && COMPASS.has(key) && i > 0 && (toks[i - 1].claim === 'party' || (!toks[i - 1].claim && !STOP.has(toks[i - 1].w) && !FILLER.has(toks[i - 1].w) && (toks[i - 1].cap || /s$/.test(toks[i - 1].w))))) meaning = undefined;
      // "Stichting De Brug": a capitalised kind of party before a capitalised word is part of a name.
      if (meaning?.category && n === 1 && toks[i].cap && toks[i + 1]?.cap && !meaning.cues) meaning = undefined;
      if (meaning) {
        // A capitalised word right after a name is part of that name ("GGD Hollands Midden").
        // A question word that starts the sentence is capitalised for that reason only ("Which GRs ...").
        const sentenceStart = i === 1 && STOP.has(toks[0].w);
        if (n === 1 && toks[i].cap && !meaning.cues && !meaning.body && !meaning.role && i > 0 && (toks[i - 1].claim === 'party' || (!toks[i - 1].claim && toks[i - 1].cap && !sentenceStart))) break;
        // A lone person title or name word that is also a cue stays a name ("Bakker", "Smit").
        if (n === 1 && meaning.cues && !meaning.personTitle && model.personWords.has(key) && Object.keys(meaning).length === 1 && toks[i].cap) break;
        slice.forEach((t) => {
          t.claim = 'phrase';
          t.meaning = meaning;
          t.phrase = matchedAs ?? key;
        });
        i += n - 1;
        break;
      }
    }
  }

  // 3. Collect meanings (once per phrase occurrence).
  const scores = emptyScores();
  const terms: GlossaryId[] = [];
  const roleTopics: RoleTopic[] = [];
  const topicHits = new Set<string>();
  const levels: RiskProfile[] = [];
  let negateRisk = false;
  // "laag of hoog, dus niet midden": the levels named without a negation, less the ones named with one.
  const negatedLevels: RiskProfile[] = [];
  let body: string | undefined;
  let role: string | undefined;
  let category: BbvCategory | undefined;
  const categories = new Set<BbvCategory>();
  let change: string | undefined;
  let weekday: number | undefined;
  let personTitleAt = -1;
  let lastNegationAt = -10;
  // ("not the account holder, the portfolio holder": a comma after the negated words contrasts too.)
  const contrast = words.some((w) => w === 'maar' || w === 'but' || w === 'alleen' || w === 'only' || w === 'wel' || w === 'bedoel' || w === 'mean') || /\b(not|niet)\s+(the|de|het)\s+[\p{L}-]+(\s+[\p{L}-]+)?\s*[,:;]/iu.test(typed);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.claim !== 'phrase' || !t.meaning) continue;
    if (i > 0 && toks[i - 1].claim === 'phrase' && toks[i - 1].phrase === t.phrase && toks[i - 1].meaning === t.meaning) continue;
    const m = t.meaning;
    // "niet de accounthouder maar de portefeuillehouder", "geen GR'en, alleen de vennootschappen": the negated one does not count.
    const negated = i - lastNegationAt <= 2 && contrast;
    if (!negated) for (const [k, v] of Object.entries(m.cues ?? {}) as [IntentName, number][]) scores[k] += v;
    const topicCue = t.phrase ? GUIDANCE_TOPIC_CUES[t.phrase] : undefined;
    if (topicCue) topicHits.add(topicCue);
    if (m.term && !terms.includes(m.term)) terms.push(m.term);
    if (m.roleTopic && !roleTopics.includes(m.roleTopic)) roleTopics.push(m.roleTopic);
    if (m.body) body ??= m.body;
    if (m.role && !negated) role ??= m.role;
    if (m.category && !negated) {
      category ??= m.category;
      categories.add(m.category);
    }
    if (m.change) change ??= m.change;
    if (m.weekday !== undefined) weekday = m.weekday;
    if (m.negation) lastNegationAt = i;
    // "hoe hoog is de OZB": how high, not the risk level.
    const howHigh = i > 0 && (toks[i - 1].w === 'hoe' || toks[i - 1].w === 'how');
    // "midden in het jaar": the middle of something, not a risk level.
    const midst = (t.w === 'midden' && ['in', 'op', 'van'].includes(toks[i + 1]?.w ?? '')) || (t.w === 'middle' && toks[i + 1]?.w === 'of');
    if (m.risk && !howHigh && !midst && !(SUPERLATIVE_RISK.has(t.w) && !/\brisic|\brisk/.test(folded))) {
      // "niet in de categorie hoog risico": the negation a few small words before.
      const negated = i - lastNegationAt <= 3 || (i - lastNegationAt <= 5 && words.slice(lastNegationAt + 1, i).every((w) => STOP.has(w) || w === 'categorie' || w === 'category' || w === 'qua'));
      if (negated) negateRisk = true;
      if (negated && !negatedLevels.includes(m.risk)) negatedLevels.push(m.risk);
      if (!levels.includes(m.risk)) levels.push(m.risk);
    }
    if (m.personTitle) personTitleAt = i;
  }

  // "en hoe gaat die procedure stap voor stap?" right after the zienswijze: the zienswijze procedure.
  if (terms.length === 0 && (context?.terms?.includes('zienswijze') || context?.intent === 'zienswijzeDeadline') && /\bprocedure\b/.test(folded)) {
    terms.push('zienswijzeprocedure');
    scores.glossary += 6;
  }
  // "wat moet daar eigenlijk wettelijk in staan?" after the paragraph: what the paragraph must hold.
  if (terms.filter((t) => t !== 'bbv').length === 0 && (context?.intent === 'paragraph' || context?.terms?.includes('paragraaf_verbonden_partijen')) && /\b(wat moet|wat hoort|what must|what should)\b.*\b(in staan|erin|daarin|in it|be in)\b|\bin staan\b/.test(folded)) {
    terms.length = 0;
    terms.push('paragraaf_verbonden_partijen');
    scores.glossary += 6;
  }
  // "wat staat er in de Wgr": what the act says, not the agenda.
  if (terms.length === 1 && (terms[0] === 'wgr' || terms[0] === 'bbv') && /\b(wat staat er in|what is in|what does .* say)\b/.test(folded)) scores.glossary += 6;
  // "wanneer moet die binnen zijn?" right after the zienswijze was explained: its deadline.
  if (terms.length === 0 && context?.terms?.includes('zienswijze') && words.some((w) => ANAPHORA.has(w)) && /\b(wanneer|when|deadline|binnen|uiterlijk|termijn)\b/.test(folded)) scores.zienswijzeDeadline += 4;
  // A capitalised function word inside a sentence may be a name ("Van der Meer"), not at its start.
  const i0 = (t: Token): number => toks.indexOf(t);
  // 4. Leftover words become name phrases; two name words may be joined by "en", "van", "den"…
  const isContent = (t: Token): boolean => !t.claim && (!STOP.has(t.w) || (t.cap && i0(t) > 0 && (model.personWords.has(t.w) || model.partyWords.has(t.w))) || (model.personWords.has(t.w) && i0(t) > 0 && NAME_PARTICLES.has(toks[i0(t) - 1].w))) && !FILLER.has(t.w) && !ANAPHORA.has(t.w) && !(model.municipalityWords.has(t.w) && !hyphenated.has(t.w) && !besideKind(t));
  // "the Hoogeveld foundation", "Stichting Hoogeveld": our own name used in a party's.
  function besideKind(t: Token): boolean {
    const k = toks.indexOf(t);
    return [toks[k - 1]?.w, toks[k + 1]?.w].some((w) => w !== undefined && (KIND_WORDS.has(w) || OWN_NAME_KINDS.has(w)));
  }
  const spans: { start: number; end: number; text: string; afterTitle: boolean; hasParty: boolean }[] = [];
  // A comma or colon ends a name ("checklist wisseling vertegenwoordiger GGD, Yusuf neemt het over").
  const clauseEnds = clauseBreaks(text, words.length);
  for (let i = 0; i < toks.length; i++) {
    const startsWithParty = toks[i].claim === 'party';
    if (!isContent(toks[i]) && !startsWithParty) continue;
    let j = i;
    const take = (k: number): boolean => k < toks.length && (isContent(toks[k]) || (toks[k].claim === 'party' && toks[k].partyIdx === toks[j].partyIdx));
    for (;;) {
      if (clauseEnds.has(j) && !(toks[j].claim === 'party' && toks[j + 1]?.claim === 'party' && toks[j + 1].partyIdx === toks[j].partyIdx)) break;
      if (take(j + 1)) j++;
      else if (j + 2 < toks.length && BRIDGE.has(toks[j + 1].w) && !toks[j + 1].claim && isContent(toks[j + 2])) j += 2;
      else if (toks[j].claim === 'party' && j + 1 < toks.length && isContent(toks[j + 1])) j++;
      else if (isContent(toks[j]) && j + 1 < toks.length && toks[j + 1].claim === 'party') j++;
      else break;
    }
    const slice = toks.slice(i, j + 1);
    spans.push({ start: i, end: j, text: slice.map((t) => t.w).join(' '), afterTitle: personTitleAt >= 0 && personTitleAt < i && i - personTitleAt <= 2 && !(!toks[i].cap && !model.personWords.has(toks[i].w) && /en$/.test(toks[i].w)), hasParty: slice.some((t) => t.claim === 'party') });
    i = j;
  }

  // 5. Resolve each phrase: a party, a person, or an unknown name.
  const personCue = scores.personSeats > 0 || scores.accountFor > 0 || scores.portfolioOf > 0 || personTitleAt >= 0;
  const partyMentions: PartyMention[] = [];
  const everydayMentions = new Set<PartyMention>();
  // "de haven bv, niet het havenschap": a party said not to be meant.
  const notMeant = new Set<PartyMention>();
  // "Vergeleken met Vitens, hoe groot is ons belang in Alliander?": the party compared with is not the one asked about.
  const notMeantAt = (start: number): boolean => {
    let before = start > 0 && ARTICLES.has(words[start - 1]) ? start - 2 : start - 1;
    // "niet onze eigen GGD", "not our own GGD".
    if (before >= 1 && ['eigen', 'own'].includes(words[before]) && ['onze', 'our'].includes(words[before - 1])) before -= 2;
    const lead = words.slice(Math.max(0, before - 2), before + 1).join(' ');
    return before >= 0 && (['niet', 'not', 'nee', 'no', 'unlike'].includes(words[before]) || /\b(vergeleken met|vergelijking met|compared to|compared with|comparison with|anders dan|net als|net als bij|zoals bij|net zoals bij|zo duur als|zo groot als|just like|as with|like at)$/.test(lead));
  };
  let unknownPerson: string | undefined;
  const personMentions: PersonMention[] = [];
  const unknownSpans: { text: string; cap: boolean; start: number }[] = [];
  let lastPartySpan: { start: number; end: number; at: number; mention: PartyMention } | undefined;
  for (const span of spans) {
    const slice = toks.slice(span.start, span.end + 1);
    const pureParty = slice.every((t) => t.claim === 'party');
    if (pureParty) {
      const idxs = new Set(slice.map((t) => t.partyIdx!));
      const full = slice.map((t) => t.w);
      const variantTokens = full.filter((w) => !STOP.has(w));
      // The whole alias as typed ("Lage Weide Werkt") decides; without its function words it may be another's.
      const exactFull = model.partiesWithVariant(full);
      const sharing = exactFull.length > 0 ? exactFull : model.partiesWithVariant(variantTokens.length > 0 ? variantTokens : full);
      // An alias of one party that is also part of another's official name ("Lage Weide"): both fit.
      // "De Linge" typed with its capitalised article, as the alias is written, is that party, even though
      // "Linge" stands in other parties' names ("GGD Maas en Linge").
      const article = span.start > 0 ? words[span.start - 1] : '';
      const withArticle = ['de', 'het', 't'].includes(article) && toks[span.start - 1].cap && idxs.size === 1 && model.parties[[...idxs][0]].aliases.some((a) => foldText(a).trim() === [article, ...full].join(' '));
      const inNames = idxs.size === 1 && !withArticle ? model.partiesWithNameRun(full).filter((i) => !model.parties[i].archivedAt) : [];
      let all = new Set([...idxs, ...sharing, ...inNames]);
      // "Lage Weide C.V.": a legal form typed with the name settles which one.
      if (all.size > 1) {
        const forms = typedLegalForms(words);
        const withForm = [...all].filter((i) => hasLegalForm(model.parties[i], forms));
        if (forms.length > 0 && withForm.length === 1) all = new Set(withForm);
      }
      const mention: PartyMention = all.size === 1 ? { kind: 'match', party: model.parties[[...all][0]] } : { kind: 'ambiguous', candidates: [...all].map((i) => model.parties[i]) };
      // "the Koog recreatieschap": two names side by side that together are one of them (Recreatieschap Koogmeer, not Theater De Koog).
      const before = lastPartySpan;
      lastPartySpan = { end: span.end, start: span.start, at: partyMentions.length, mention };
      if (before && before.end + 1 === span.start && before.mention.kind === 'match' && mention.kind === 'match' && before.mention.party !== mention.party) {
        const joined = model.resolveParty(words.slice(before.start, span.end + 1).join(' '));
        if (joined?.kind === 'match' && (joined.party === before.mention.party || joined.party === mention.party)) {
          partyMentions[before.at] = joined;
          lastPartySpan = { ...before, end: span.end, mention: joined };
          continue;
        }
      }
      partyMentions.push(mention);
      if (notMeantAt(span.start)) notMeant.add(mention);
      // "de brug over de Vaart is weer open": an alias that is an everyday word, typed in lower case, may be just the word.
      const claimed = toks.filter((t, k) => k >= span.start && k <= span.end && t.claim === 'party' && !ARTICLES.has(t.w));
      // (Only a proper name made of an everyday word, "De Brug", "Het Baken": not "het archief", which names the party's kind.)
      const properName = mention.kind === 'match' && new RegExp(`\\b(de|het|t)\\s+${claimed[0]?.w ?? '-'}\\b`).test(foldText(mention.party.name));
      if (claimed.length === 1 && !claimed[0].cap && properName && isEverydayWord(claimed[0].w)) everydayMentions.add(mention);
      continue;
    }
    const spanText = span.text;
    const tryPerson = (): PersonMention | undefined => {
      // "door de bomen het bos niet meer zien": a lowercase surname after "het" is the word.
      if (slice.length === 1 && !slice[0].cap && toks[span.start - 1]?.w === 'het') return undefined;
      // "een kraai op de vensterbank", "die roos", "is visser geweest", "good job": a lowercase word after a determiner is the word.
      if (slice.length === 1 && !slice[0].cap && NOUN_BEFORE.has(toks[span.start - 1]?.w ?? '') && (isEverydayWord(slice[0].w) || englishWords().has(slice[0].w))) return undefined;
      if (slice.length >= 2 && !slice[slice.length - 1].cap && slice[slice.length - 2].w === 'het') return undefined;
      // "staat de Berkel hoog": an article before a bare surname makes it a thing or a place, unless a
      // name holds that article ("de Boer").
      const before = toks[span.start - 1]?.w;
      if (slice.length === 1 && !span.afterTitle && (before === 'de' || before === 'het' || before === 'the') && !model.personWithArticle(before, slice[0].w)) return undefined;
      const strict = !span.afterTitle && !personCue;
      const ws0 = span.text.split(' ');
      // "P. Bakker": an initial settles which Bakker.
      if (ws0.length >= 2 && ws0[0].length === 1) {
        const rest = model.resolvePerson(ws0.slice(1).join(' '), strict);
        if (rest?.kind === 'ambiguous') {
          const fitting = rest.candidates.filter((c) => foldName(c.person.name).startsWith(ws0[0]));
          if (fitting.length === 1) return { kind: 'match', roles: fitting[0] };
        }
        if (rest) return rest;
      }
      const whole = model.resolvePerson(span.text, strict);
      // "waar zit wethouder Yilmas", "voor welke partijen is Lemmen accounthouder": one capitalised surname with a slip, asked about a person.
      if (!whole && slice.length === 1 && slice[0].cap && (span.afterTitle || PERSON_QUESTION.test(folded) || personCue)) return model.surnameWithSlip(slice[0].w);
      if (whole || !span.text.includes(' ')) return whole;
      // A verb or word stuck to a name ("Sanne Visser manage", "waar Jansen zit"): try without it,
      // but never drop a capitalised word ("Lotte de Boer" is not Lotte van Hattem).
      const ws = span.text.split(' ');
      const spanToks = toks.slice(span.start, span.end + 1);
      const lastCap = spanToks[spanToks.length - 1]?.cap ?? false;
      const firstCap = spanToks[0]?.cap ?? false;
      // A capitalised word may only be dropped as a typo of that person's name ("Pieter Janssen").
      const keeps = (pm: PersonMention | undefined, dropped: string, cap: boolean): PersonMention | undefined =>
        !pm || !cap ? pm : pm.kind === 'match' && nameTokens(pm.roles.person.name).some((n) => editDistance(n, dropped) <= 2) ? pm : undefined;
      const dropLast = keeps(model.resolvePerson(ws.slice(0, -1).join(' '), strict), ws[ws.length - 1], lastCap) ?? keeps(model.resolvePerson(ws.slice(1).join(' '), strict), ws[0], firstCap);
      if (dropLast) return dropLast;
      // Several lowercase words after a capitalised name ("Iris Mulder cover besides"): the name alone.
      for (let k = ws.length - 2; k >= 2; k--) {
        if (!spanToks.slice(0, k).every((t) => t.cap || NAME_PARTICLES.has(t.w)) || spanToks.slice(k).some((t) => t.cap)) continue;
        const pm = model.resolvePerson(ws.slice(0, k).join(' '), strict);
        if (pm) return pm;
      }
      return undefined;
    };
    const tryParty = (): PartyMention | undefined => {
      // One lowercase word that is no word of a name is no party: not beside a party named exactly
      // ("Per wanneer dient ... de Omgevingsdienst"), and not an English word typed as such, which
      // is no slip of a name word ("which alderman deals with" is not "Deal").
      const lone = slice.length === 1 && !slice[0].cap && !model.partyWords.has(slice[0].w);
      if (lone && (toks.some((t) => t.claim === 'party') || (englishWords().has(slice[0].w) && !everydayWords().has(slice[0].w)))) return { kind: 'unknown', phrase: spanText, closest: [] };
      const whole = model.resolveParty(spanText);
      // "Omgevingsdienst Regio Nijmegen": a capitalised place no name of ours holds makes it another region's party.
      if (whole?.kind === 'match' && span.hasParty && slice.some((t, k) => !t.claim && (t.cap ? placeName(t.w, model) : ['regio', 'region', 'provincie'].includes(slice[k - 1]?.w ?? '') && placeName(t.w, model)))) return { kind: 'unknown', phrase: spanText, closest: [] };
      if (whole?.kind !== 'unknown' || !span.hasParty) return whole;
      // A known name with extra words: another party when the extra words look like a name
      // ("GGD Brabant-Zuidoost"), otherwise the known party and some other words.
      const partToks = slice.filter((t) => t.claim === 'party');
      const extra = slice.filter((t) => t.claim !== 'party' && !BRIDGE.has(t.w));
      const endsSentence = span.end === toks.length - 1;
      // "brakelstroom coop": a kind of party after the name is not another name.
      const kindOnly = extra.length > 0 && extra.every((t) => KIND_WORDS.has(t.w) || ['coop', 'cooperatie', 'cv', 'ua', 'partij', 'party', 'company', 'partnership', 'development', 'project', 'arrangement', 'cooperative', 'region', 'organisation', 'organization', 'organisatie', 'authority', 'body', 'one'].includes(t.w));
      // A lowercase everyday word at the end ("... van de omgevingsdienst gekomen") is no name part;
      // a point of the compass is ("GGD midden").
      const everydayTail = extra.length > 0 && extra.every((t) => (!t.cap && everydayWords().has(t.w) && !COMPASS.has(t.w)) || /^\d+$/.test(t.w));
      // "de ggd groningen" typed on a phone: a word right after the name that is no everyday word is a place.
      const lowerPlace = slice[0].claim === 'party' && extra.length >= 1 && extra.length <= 2 && extra[0] === slice[partToks.length] && !extra[0].cap && looksLikePlace(extra[0].w, model) && [undefined, 'namens', 'binnen', 'bij', 'voor', 'for', 'at', 'on', 'behalf'].includes(toks[span.start + partToks.length + 1]?.w);
      const nameLike = !kindOnly && (lowerPlace || extra.some((t) => t.cap || COMPASS.has(t.w)) || hyphenated.has(extra[0]?.w ?? '') || (extra.length <= 2 && endsSentence && slice[0].claim === 'party' && !everydayTail));
      if (nameLike) return whole;
      for (const t of extra) unknownSpans.push({ text: t.w, cap: t.cap, start: span.start });
      return model.resolveParty(partToks.map((t) => t.w).join(' '));
    };
    if (span.afterTitle && !(span.hasParty && toks[span.start - 1]?.w !== undefined && ["voor", "van", "bij", "for", "of", "at"].includes(toks[span.start - 1].w))) {
      let pm = tryPerson();
      const titles = toks.slice(Math.max(0, span.start - 2), span.start).filter((t) => t.meaning?.personTitle).map((t) => (t.w === 'mayor' ? 'burgemeester' : t.w === 'alderman' || t.w === 'alderwoman' ? 'wethouder' : t.w));
      // "wethouder Kamphuis" when two Kamphuizen are in the register: the title decides; also one just
      // after the name ("Jansen the alderman", "de Wit? I mean the alderwoman", "commissaris Kramer").
      if (pm?.kind === 'ambiguous') {
        const near = [...toks.slice(Math.max(0, span.start - 2), span.start), ...toks.slice(span.end + 1, span.end + 6)].map((t) => OFFICE_WORDS[t.w]).filter((o): o is string => o !== undefined);
        const fitting = pm.candidates.filter((c) => titles.includes((c.person.function ?? '').toLowerCase()));
        const byOffice = pm.candidates.filter((c) => near.some((o) => (c.person.function ?? '').toLowerCase().includes(o)));
        if (fitting.length === 1) pm = { kind: 'match', roles: fitting[0] };
        else if (byOffice.length === 1) pm = { kind: 'match', roles: byOffice[0] };
      }
      // "wethouder Jansen" when our only Jansen is a civil servant: no alderman of ours.
      if (pm?.kind === 'match') {
        const holds = pm.roles;
        const fn = (holds.person.function ?? '').toLowerCase();
        const office = titles.find((t) => t === 'wethouder' || t === 'burgemeester');
        if (office && (fn !== '' || holds.seats.length === 0) && !fn.includes(office) && holds.portfolioFor.length === 0 && holds.seats.every((st) => !(st.seat.person?.function ?? '').toLowerCase().includes(office))) pm = { kind: 'unknown', phrase: [...titles, span.text].join(' ') };
      }
      if (pm) {
        personMentions.push(pm);
        continue;
      }
      // "wethouder Pietersen": a person the register does not know, not a party.
      const title = toks.slice(Math.max(0, span.start - 2), span.start).filter((t) => t.meaning?.personTitle).map((t) => t.w);
      unknownPerson ??= [...title, span.text].join(' ');
      continue;
    }
    // "Zaanoever wil toetreden tot de belastingsamenwerking": a capitalised word that is only part of
    // another party's name, beside a party named exactly, is a place (a municipality), not that party.
    if (slice.length === 1 && slice[0].cap && model.isPartOfNameOnly(slice[0].w) && toks.some((t) => t.claim === 'party')) {
      unknownSpans.push({ text: span.text, cap: true, start: span.start });
      continue;
    }
    // "wat is een gemeenschapelijke adviescommissie": a word with a slip right before a term is part of the term asked about.
    if (slice.length === 1 && !slice[0].cap && toks[span.end + 1]?.meaning?.term && /^(wat is|wat zijn|wat betekent|what is|what are|what does|wat houdt)\b/.test(withoutFiller) && !model.singleWordAliases.has(slice[0].w)) {
      unknownSpans.push({ text: span.text, cap: false, start: span.start });
      continue;
    }
    // "where does Kamp sit?": a colleague's surname that is only part of an alias ("Den Kamp") is the colleague.
    if (slice.length === 1 && ((slice[0].cap && !model.singleWordAliases.has(slice[0].w)) || colleagueAt.has(span.start)) && model.personWords.has(slice[0].w)) {
      const pm = tryPerson();
      if (pm) {
        personMentions.push(pm);
        continue;
      }
    }
    let party = tryParty();
    // "de haven bv": a legal form typed with a name several parties share settles which one.
    // (Five candidates may be a cut-off list: then others may have that form too.)
    if (party?.kind === 'ambiguous' && party.candidates.length < 5) {
      const forms = typedLegalForms(toks.slice(span.start, span.end + 2).map((t) => t.w));
      const withForm = party.candidates.filter((p) => hasLegalForm(p, forms));
      if (forms.length > 0 && withForm.length === 1) party = { kind: 'match', party: withForm[0] };
    }
    if (party && party.kind !== 'unknown') {
      partyMentions.push(party);
      if (notMeantAt(span.start)) notMeant.add(party);
      // "mijn oude collega" beside "de GGD": lowercase everyday words that only share words with a name.
      if (slice.every((t) => !t.cap && (isEverydayWord(t.w) || englishWords().has(t.w) || STOP.has(t.w) || FIRST_PERSON.has(t.w))) && !slice.some((t) => t.claim === 'party')) everydayMentions.add(party);
      continue;
    }
    const person = tryPerson();
    if (person) {
      personMentions.push(person);
      continue;
    }
    // "waar zit Gerrit Nijhuis namens ons?": a full name the register does not know is a person, not a party.
    if (party && slice.length >= 2 && !KIND_WORDS.has(slice[0].w) && slice.every((t) => t.cap || NAME_PARTICLES.has(t.w)) && !slice.some((t) => model.partyWords.has(t.w)) && PERSON_QUESTION.test(folded)) {
      unknownPerson ??= span.text;
      continue;
    }
    if (party) unknownSpans.push({ text: span.text, cap: slice.some((t) => t.cap), start: span.start });
  }
  // "de heer Hoving", "mevrouw Hoving": the honorific says which of two Hovings.
  // Only right before the surname; "mr" (the Dutch law degree) and "ms" (as in MS Teams) say nothing.
  personMentions.forEach((pm, k) => {
    if (pm.kind !== 'ambiguous') return;
    const surname = nameTokens(pm.candidates[0].person.name).pop() ?? '';
    let at = words.indexOf(surname) - 1;
    while (at >= 0 && NAME_PARTICLES.has(words[at])) at--;
    const honorific = ['heer', 'meneer', 'dhr', 'mister'].includes(words[at] ?? '') ? 'm' : ['mevrouw', 'mevr', 'mw', 'mrs', 'miss'].includes(words[at] ?? '') ? 'f' : undefined;
    if (!honorific) return;
    const fit = pm.candidates.filter((c) => genderOfFirstName(c.person.name) === honorific);
    if (fit.length === 1) personMentions[k] = { kind: 'match', roles: fit[0] };
  });
  // "Anja vroeg me: voor welke partijen is Gerrit Jansen ...": the one who asked is not the subject.
  if (personMentions.length > 1) {
    const asker = spans.findIndex((sp) => /^(vroeg|vraagt|asked|asks|wil|wilde|zegt|zei|says|said)$/.test(toks[sp.end + 1]?.w ?? ''));
    if (asker >= 0) {
      const askerMention = model.resolvePerson(spans[asker].text, false);
      const drop = personMentions.findIndex((pm) => pm.kind === 'match' && askerMention?.kind === 'match' && pm.roles === askerMention.roles);
      if (drop >= 0) personMentions.splice(drop, 1);
    }
  }
  let personFromContext = false;
  // "de wethouder financiën", "wethouder van onderwijs": the alderman with that portfolio.
  // "de havenwethouder" (read as "wethouder haven"): a portfolio word right after the title is the portfolio, not the party Haven.
  const titleAt = words.findIndex((w) => w === 'wethouder' || w === 'alderman' || w === 'portefeuillehouder');
  const rightAfter = titleAt >= 0 ? words[titleAt + 1] : undefined;
  // "en waar zit de wethouder financiën?" after another alderman: the portfolio names who, not the last answer.
  const portfolioNamed = rightAfter !== undefined && rightAfter.length >= 4 && !STOP.has(rightAfter) ? model.personByPortfolioWord(rightAfter) : undefined;
  // "waar zit de burgemeester in" after another colleague: the mayor, not the last answer's person.
  const mayorNamed = words.some((w) => w === 'burgemeester' || w === 'mayor') && !words.some((w) => PERSON_ANAPHORA.has(w)) && model.byFunction('burgemeester').length === 1;
  // "waar zit zij nog meer?", "where else does the substitute sit?": someone the last answer named.
  const answered = partyMentions.length === 0 && personMentions.length === 0 && !unknownPerson && !portfolioNamed && !mayorNamed ? personNamedBefore(words, folded, context, model) : undefined;
  if (answered) {
    personMentions.push(answered);
    personFromContext = true;
  }
  // A person question pointing back ("waar zit zij?", "waarvoor is hij portefeuillehouder?").
  const ctxPersonEarly = context?.personKey && partyMentions.length === 0 ? model.personByKey(context.personKey) : undefined;
  const personAnaphora = words.some((w) => PERSON_ANAPHORA.has(w));
  // "waar is die nog meer accounthouder van?": "die" with "nog meer" is the person just named, not the party.
  const personBack = personAnaphora || (words.some((w) => ANAPHORA.has(w)) && !context?.partyId) || (words.some((w) => w === 'die' || w === 'diegene') && /\b(nog meer|else|besides|verder nog|andere|other)\b/.test(folded));
  // "zit hij daar ook in het bestuur?", "is he also the portfolio holder for it?": a question about the party.
  const aboutTheParty = !!context?.partyId && backAtTheParty(folded);
  if (ctxPersonEarly && !aboutTheParty && !mayorNamed && personMentions.length === 0 && personBack && (/\b(nog meer|else|other|andere|more|besides|daarnaast|verder nog)\b/.test(folded) || scores.personSeats > 0 || scores.portfolioHolder > 0 || scores.portfolioOf > 0 || scores.accountHolder > 0 || scores.accountFor > 0 || scores.represent > 0)) {
    personMentions.push({ kind: 'match', roles: ctxPersonEarly });
    personFromContext = true;
  }
  // "de wethouder zorg en jeugd"": a portfolio of several words after the title, one of them also a
  // party word ("Inkoop Jeugd"); the register's portfolio may be worded otherwise ("Jeugd", "Volksgezondheid").
  const portfolioRun = ((): PersonRoles | undefined => {
    // "portefeuillehouder sport en welzijn" asks for the portfolio holder of a party by that name.
    if (titleAt < 0 || !rightAfter || toks[titleAt + 1]?.cap || words[titleAt] === 'portefeuillehouder') return undefined;
    const holders = new Set<PersonRoles>();
    let end = titleAt + 1;
    while (end < words.length && end <= titleAt + 5 && !toks[end].cap) {
      const w = words[end];
      const holder = model.personByPortfolioWord(w);
      if (holder) holders.add(holder);
      else if (!['en', 'and', '&'].includes(w) && !(w.length >= 4 && isEverydayWord(w) && !STOP.has(w))) break;
      end++;
    }
    const inside = toks.every((t, k) => t.claim !== 'party' || (k > titleAt && k < end));
    return end - titleAt > 3 && holders.size === 1 && inside ? [...holders][0] : undefined;
  })();
  if (personMentions.length === 0 && words.length === toks.length && portfolioRun) {
    partyMentions.length = 0;
    personMentions.push({ kind: 'match', roles: portfolioRun });
    unknownPerson = undefined;
    for (let k = 0; k < unknownSpans.length; k++) if (unknownSpans[k].start > titleAt) unknownSpans.splice(k--, 1);
  }
  if (personMentions.length === 0 && partyMentions.length === 1 && rightAfter && !toks[titleAt + 1].cap && /\p{L}{3,}wethouder\b|\b\p{L}+ (alderman|alderwoman)\b/iu.test(typed) && !/\b(ik ben|i am|im|als|as)( de| the| een| a)? (wethouder|alderman|portefeuillehouder)\b/.test(folded) && model.personByPortfolioWord(rightAfter) && !model.singleWordAliases.has(rightAfter)) partyMentions.length = 0;
  if (personMentions.length === 0 && partyMentions.length === 0) {
    // Not one's own office ("ik ben wethouder financiën, wat houdt mijn rol in").
    const at = /\b(ik ben|i am|im|als|as)( de| the| een| a)? (wethouder|alderman|portefeuillehouder)\b/.test(folded) || /\b(rol|role|eigenaarsrol|opdrachtgeversrol)\b/.test(folded) ? -1 : words.findIndex((w) => w === 'wethouder' || w === 'alderman' || w === 'portefeuillehouder');
    const next = at >= 0 ? words.slice(at + 1).find((w) => !['van', 'voor', 'of', 'for', 'de', 'het'].includes(w)) : undefined;
    const byPortfolio = next ? model.personByPortfolioWord(next) : undefined;
    if (byPortfolio) {
      personMentions.push({ kind: 'match', roles: byPortfolio });
      unknownPerson = undefined;
      for (let k = 0; k < unknownSpans.length; k++) if (unknownSpans[k].text.split(' ').includes(next!)) unknownSpans.splice(k--, 1);
    }
  }
  // "de burgemeester", "the mayor": the person holding that office, when no name follows.
  if (personMentions.length === 0) {
    // "onze burgmeester": the title as typed, typos included.
    const fnWord = toks.find((t) => t.w === 'burgemeester' || t.w === 'mayor' || t.phrase === 'burgemeester' || (t.meaning?.personTitle && editDistance(t.w, 'burgemeester') <= 2))?.w;
    if (fnWord) {
      const holders = model.byFunction('burgemeester');
      // A name after the title must be the holder's, give or take a typo ("burgemeester Nijhuijs").
      const named = unknownPerson ? nameTokens(unknownPerson).filter((w) => !PERSON_TITLES.has(w)) : [];
      const fits = holders.length === 1 && named.every((w) => nameTokens(holders[0].person.name).some((n) => editDistance(n, w) <= 2));
      if (fits) {
        personMentions.push({ kind: 'match', roles: holders[0] });
        unknownPerson = undefined;
      }
    }
  }
  // "zit de gemeentesecretaris ergens in een bestuur?": another office only one person in the register holds.
  if (personMentions.length === 0 && partyMentions.length === 0 && !unknownPerson) {
    for (const t of toks) {
      if (t.w.length < 6 || t.w === 'burgemeester' || t.w === 'wethouder' || !ARTICLES.has(toks[toks.indexOf(t) - 1]?.w ?? '')) continue;
      const holders = model.byFunction(t.w);
      if (holders.length === 1) {
        personMentions.push({ kind: 'match', roles: holders[0] });
        for (let k = 0; k < unknownSpans.length; k++) if (unknownSpans[k].text.split(' ').includes(t.w)) unknownSpans.splice(k--, 1);
        break;
      }
    }
  }
  // "en zit die ook bij de ggd?", "die zit toch zelf ook in een bestuur?", "does she also sit on the GGD board?":
  // the person the last answer named is the subject; their seats answer it (not a question about "there").
  const pronounSits = /\b(zit|zitten) (die|hij|zij|ze|diegene)\b|\b(die|hij|zij|ze|diegene) (zit|zitten)\b|\b(does|is) (he|she) (also )?(sit|sits|on)\b|\b(he|she) (also )?sits\b/.test(folded) && /\b(ook|zelf|also|too)\b/.test(folded);
  const ctxPersonSits = pronounSits && personMentions.length === 0 && !unknownPerson && !(context?.partyId && backAtTheParty(folded)) ? (context?.personKey ? model.personByKey(context.personKey) : undefined) : undefined;
  if (ctxPersonSits) {
    personMentions.push({ kind: 'match', roles: ctxPersonSits });
    personFromContext = true;
    partyMentions.length = 0;
    scores.personSeats += 4;
  }
  // "waar zit wethouder Kuipers nog meer behalve de GGD?": the party named is the one left out.
  if (personMentions.length > 0 && partyMentions.length > 0 && /\b(dan|behalve|besides|except|than|apart from|naast)\b/.test(folded) && /\b(nog meer|ergens anders|anders|else|elsewhere|other|andere)\b/.test(folded)) partyMentions.length = 0;
  // (Also when the one meant is not ours: "de GGD Groningen, niet onze eigen GGD".)
  if (notMeant.size > 0 && (partyMentions.some((m) => !notMeant.has(m)) || unknownSpans.some((u) => u.cap))) {
    const kept = partyMentions.filter((m) => !notMeant.has(m));
    partyMentions.length = 0;
    partyMentions.push(...kept);
  }
  // A party named exactly wins over everyday words that happen to share words with another's name.
  if (everydayMentions.size > 0 && partyMentions.some((m) => !everydayMentions.has(m))) {
    const kept = partyMentions.filter((m) => !everydayMentions.has(m));
    partyMentions.length = 0;
    partyMentions.push(...kept);
  }
  // "welke partijen hebben hetzelfde risicoprofiel als Waardafval?": the parties at that party's level, not that party.
  const sameRiskAs = /\b(same risk|zelfde risico\w*|hetzelfde risico\w*|dezelfde risico\w*|even risicovol|as risky as|same level of risk)\b/.test(folded) && partyMentions.length === 1 && partyMentions[0].kind === 'match' ? partyMentions[0].party.riskProfile : undefined;
  if (sameRiskAs) {
    if (!levels.includes(sameRiskAs)) levels.push(sameRiskAs);
    partyMentions.length = 0;
  }
  const onlyEverydayParty = partyMentions.length > 0 && partyMentions.every((m) => everydayMentions.has(m));
  const partyHit = partyMentions[0];
  const personHit = personMentions[0];
  const hasParty = partyHit !== undefined;
  const hasPerson = personHit !== undefined;
  const unknownWords = unknownSpans.reduce((n, u) => n + u.text.split(' ').length, 0);
  const compare = partyMentions.filter((m): m is { kind: 'match'; party: Party } => m.kind === 'match').map((m) => m.party);

  const partyInfoCue = scores.partyInfo;
  const personSeatsCue = scores.personSeats;
  // 6. Entity evidence.
  const cueMax = Math.max(...Object.values(scores));
  // "what's a joint arrangement", "wat is een GR": the term, not the list.
  if (category && !hasParty && terms.length > 0 && /\b(wat is een|wat is|what is a|what is an|whats a|whats an|wat betekent|what does)\b/.test(folded) && !/\b(welke|which|toon|show|lijst|list|alle|all)\b/.test(folded)) {
    scores.glossary += 4;
    scores.category -= 4;
  }
  // "toon de gr's": a list of that kind, not what the word means.
  if (category && !hasParty && terms.length > 0 && /\b(toon|laat|lijst|show|list|geef|welke|alle|which|all)\b/.test(folded) && !/\b(wat is|wat zijn|what is|what are|betekent|mean)\b/.test(folded)) {
    scores.category += 3;
    scores.glossary -= 3;
  }
  // "wie vertegenwoordigt ons bij de stichting?": one party of that kind, named by its kind.
  const kindRef = category && !hasParty && !hasPerson ? toks.findIndex((t, i) => t.meaning?.category === category && SINGULAR_KINDS.has(t.w) && i > 0 && ARTICLES.has(toks[i - 1].w)) : -1;
  if (category && !hasParty && !hasPerson && scores.guidance < 3 && kindRef < 0) scores.category += 4;
  const listCue = scores.overview > 0;
  if ((category || levels.length > 0) && !hasParty) scores.overview = 0;
  if (hasParty && scores.glossary > 0 && scores.glossary <= 4) scores.glossary -= 3;
  if (!hasParty && terms.length > 0 && scores.publicInterest > 0 && !words.some((w) => ROLE_TOPIC_PHRASES[w])) scores.glossary += scores.publicInterest;
  const firstPerson = words.some((w) => FIRST_PERSON.has(w));
  if (!hasParty && firstPerson && scores.openActions > 0) scores.myActions += scores.openActions + 2;
  if (!hasParty && firstPerson && topicHits.size === 0 && /\b(stap|stappen|steps?|taken|tasks?|checklist\w*)\b/.test(folded) && !/\b(start|starten|begin|kick|opstarten)\b/.test(folded)) scores.myOpenSteps += 5;
  if ((scores.subscribeDigest > 0 || /\b(overzicht|digest|samenvatting|summary|berichten|messages)\b|\w*(mail|mails|mailtje|berichten)\b/.test(folded)) && /\b(geen|stop|stoppen|cancel|uit|uitzetten|unsubscribe|afmelden|uitschrijven|schrijf me uit|opzeggen|hou op|ophouden|stoppen met|niet meer|no more|stop sending|anymore|dont want)\b/.test(folded)) scores.stopDigest += 6 + scores.subscribeDigest;
  if (scores.calendarLink > 0 && /\b(uitzetten|leaked|gelekt|intrekken|blokkeren|revoke|disable|deactivate|kill|ongeldig|niet meer werken|verwijder\w*|delete|invalidate|stop)\b/.test(folded) || /\btrek\b.*\bin\b/.test(folded)) scores.calendarRevoke += 8 + scores.calendarLink;
  if (/\b(outlook|agenda|kalender|calendar)\b/.test(folded) && /\b(koppel\w*|connect|sync\w*)\b/.test(folded) && !/\bkanaal|channel\b/.test(folded)) scores.calendarLink += 5;
  // "geef me de link naar de agenda": the calendar feed.
  if (/\b(link|url)\b/.test(folded) && /\b(agenda|kalender|calendar)\b/.test(folded) && !/\b(kanaal|channel)\b/.test(folded)) scores.calendarLink += 6;
  // "toch maar niet, zet dat maar weer uit" right after subscribing: stop it.
  if (context?.intent === 'subscribeDigest' && /\b(toch maar niet|zet .*\buit|never mind|laat maar|cancel that|undo)\b/.test(folded)) scores.stopDigest += 8;
  // "hoe abonneer ik me op de kalender", "de vergaderdata in mijn eigen agenda zetten": the calendar feed.
  if (/\b(kalender|calendar|agenda)\b/.test(folded) && /\b(abonneer\w*|subscribe|subscription|in mijn (eigen )?(agenda|kalender)|in my (own )?calendar)\b/.test(folded) && !/\b(overzicht|digest|samenvatting|summary)\b/.test(folded)) scores.calendarLink += 6;
  if (scores.calendarLink > 0 && /\b(blokkeer|turn off|switch off|uitschakelen|schakel uit)\b/.test(folded)) scores.calendarRevoke += 8 + scores.calendarLink;
  if (/\bregister\w*/.test(folded) && /\b(veranderd|gewijzigd|gewijzigde|veranderd|changed|wijzigingen|changes|bijgewerkt|aangepast|modified|edited)\b/.test(folded)) scores.audit += 5;
  // "zet een vergadering met Kees in mijn agenda": an appointment, not the calendar feed.
  if (/\b(afspraak|vergadering met|meeting with|inplannen|plan een|schedule a)\b/.test(folded)) scores.calendarLink = 0;
  if (/\b(wie mag|wie kan|who can|who may)\b/.test(folded) && /\b(register|bijwerken|edit|wijzigen|update|beheren|aanpassen)\b/.test(folded)) scores.roles += 4;
  // "wat is er uit het laatste AB gekomen": what came out.
  if (/\buit\b.*\bgekomen\b/.test(folded)) scores.latestDecisions += 5;
  // "wat moet er verplicht in zo'n paragraaf staan?": what the paragraph must hold, not making one.
  if (scores.paragraph > 0 && /\b(wat moet er|verplicht|wettelijk|what must|required|mandatory)\b/.test(folded) && !/\b(maak|genereer|make|generate|create|export)\b/.test(folded)) scores.glossary += 6;
  // "wie is wethouder van het cultuurhuis": the portfolio holder.
  if (hasParty && !body && scores.represent === 0 && /\b(wie is|wie zijn|who is|who are) (de |onze |the |our )?(wethouder|wethouders|alderman|alderperson|alderwoman)\b/.test(words.filter((w) => !FILLER.has(w) || w === 'onze' || w === 'our').join(' '))) scores.portfolioHolder += 5;
  // "wanneer moet Marieke weer naar de GGD": when the next meeting there is.
  if (hasParty && /\b(wanneer|when)\b/.test(folded) && /\bnaar (de|het)\b|\bgo to\b/.test(folded) && scores.zienswijzeDeadline === 0) scores.nextMeeting += 4;
  // "wat komt er dit voorjaar aan": what is coming up.
  if (!hasParty && (/\b(dit|deze|komend|komende|this|next) (voorjaar|najaar|zomer|winter|spring|autumn|fall|summer)\b/.test(folded) || /\bkomt er\b.*\baan\b|\bkomen er\b.*\baan\b/.test(folded))) scores.agenda += 5;
  // "top 3 partijen qua geld", "onze kleinste verbonden partij qua bedrag", "biggest financial exposure": a ranking.
  if (!hasParty && /\b(grootste|kleinste|duurste|goedkoopste|hoogste|laagste|meeste|minste|zwaarst|zwaarste|duurst|meest|biggest|largest|smallest|highest|lowest|top)\b/.test(folded) && /\b(geld|bedrag|bedragen|belang|belangen|exposure|financ\w*|money|euro|euros|kost|kosten|bijdrage\w*|duurste|duurst|goedkoopste|expensive|cheapest|costs?|contribution\w*|deelneming\w*)\b/.test(folded)) scores.largestInterest += 6;
  // "wanneer moeten we onze zienswijze op hun begroting indienen": the deadline, not how to go about it.
  if (terms.includes('zienswijze') && /\b(wanneer|when|uiterlijk|by when)\b/.test(folded) && /\b(indienen|ingediend|binnen|insturen|versturen|verstuurd|opsturen|submit|submitted|due|in)\b/.test(folded) && !/\b(hoe|how|route|stappen|steps)\b/.test(folded)) scores.zienswijzeDeadline += 6;
  // "wat krijgt de muziekschool van ons", "what do they get from us": our money.
  if (hasParty && /\b(krijgt|krijgen|ontvangt|ontvangen|gets?|receives?)\b/.test(folded) && /\b(van ons|from us|van de gemeente|from the municipality)\b/.test(folded)) scores.financialInterest += 4;
  // "wat is er de komende weken te doen", "what's happening in Q3": the agenda.
  if (!hasParty && !hasPerson && (/\b(komende|coming|next|afgelopen) (\w+ )?(weken|maanden|weeks|months|periode)\b/.test(folded) || /\bq[1-4]\b/.test(folded)) && !/\b(afgelopen)\b/.test(folded)) scores.agenda += 5;
  // "meld een risico: ...": a message headed as a report is a signal.
  if (/^(meld|melding|report|flag)\b/.test(withoutFiller) && !/\b(checklist\w*|wijziging\w*|change)\b/.test(folded)) scores.reportSignal += 4;
  // "alle partijen waarin we een bestuurlijk en financieel belang hebben": the register itself (that is what a verbonden partij is).
  if (terms.includes('bestuurlijk_belang') && terms.includes('financieel_belang') && !hasParty && !meaningAsked && /\b(hoeveel|alle|overzicht|organisaties|partijen|parties|lijst|list|how many|all)\b/.test(folded) && !/\b(verschil|difference)\b/.test(folded)) {
    scores.overview += 6;
    scores.glossary -= 4;
    scores.largestInterest = 0;
    scores.financialInterest = 0;
  }
  // "welke GR'en hebben een hoog risicoprofiel": risk levels asked with risk words are a risk list (of that kind).
  if (levels.length > 0 && !hasParty && /\b(risic\w*|risk\w*)\b/.test(folded) && !/\b(financieel|financiele|financial|geld|money|euro|euros|bedrag)\b/.test(folded)) scores.risk += 5;
  // "welke is het hoogst van allemaal", "which one is the largest overall": a ranking.
  const rankingAsked = !hasParty && /\b(welke|which|wie|who|wat|what)\b/.test(folded) && /\b(grootst|hoogst|grootste|hoogste|largest|biggest|highest)\b/.test(folded) && /\b(allemaal|overall|all|van alle|of all|deelneming\w*|partij|party|vp)\b/.test(folded) && !/\b(risic\w*|risk\w*)\b/.test(folded);
  if (rankingAsked) scores.largestInterest += 6;
  // "what's in the mayor's portfolio regarding affiliated parties", "welke AvA's doet Ruud": about the person, not the term.
  if (hasPerson && !hasParty && terms.length > 0 && terms.every((t) => t === 'verbonden_partij' || t === 'ava' || t === 'algemeen_bestuur' || t === 'dagelijks_bestuur' || t === 'raad_van_commissarissen') && !meaningAsked) scores.glossary -= 5;
  // "uitkomst vorige bestuursvergadering": what came out, not logging it.
  if (/\b(uitkomst|uitkomsten|outcome|outcomes)\b/.test(folded) && /\b(vorige|laatste|last|previous|afgelopen)\b/.test(folded) && !/\b(vastleggen|invoeren|registreren|noteren|loggen|record|log)\b/.test(folded)) scores.latestDecisions += 4;
  // "bij wie ligt enexis bestuurlijk": the portfolio holder.
  if (hasParty && /\bbestuurlijk\b/.test(folded) && /\b(bij wie|wie)\b/.test(folded) && !/\b(belang|betrokken|involved)\b/.test(folded)) scores.portfolioHolder += 4;
  // "wethouder Samen?": the alderman of that party.
  if (hasParty && !hasPerson && toks.some((t, k) => (t.w === 'wethouder' || t.w === 'alderman') && toks[k + 1]?.claim === 'party')) scores.portfolioHolder += 4;
  // "toestemming van de raad, wat houdt dat in bij een GR": a GR named as the setting of a term.
  if (category && !hasParty && terms.some((t) => t !== 'gemeenschappelijke_regeling') && /\b(bij|in|van|voor) (een|de) (gr|gemeenschappelijke regeling)\b/.test(folded) && /\b(wat houdt|houdt dat in|betekent|what does that mean|what is meant)\b/.test(folded)) {
    scores.category -= 4;
    scores.glossary += 3;
  }
  // "en welke is de grootste?", "welke gr is het duurst voor ons?": a ranking (of that kind).
  if (!hasParty && /^(en )?(welke|which)( gr| vp| partij| one)? (is|zijn)( het| de| the)? (grootste|grootst|duurste|duurst|largest|biggest)\b/.test(folded) && !/\b(risic\w*|risk\w*)\b/.test(folded)) {
    scores.largestInterest += 6;
    scores.category -= 4;
  }
  // "en welke is de grootste?", "is that our biggest one?", "is dat veel vergeleken met de rest?" after a money question or a list: the ranking.
  const sizeAsked = /\b(grootst|grootste|hoogst|hoogste|kleinst|kleinste|largest|biggest|smallest|bigger ones?|smaller ones?|top (drie|three|vijf|five|3|5|10|tien|ten)|vergeleken met (de rest|de andere\w*|andere\w*)|compared (to|with) (the rest|the others|others|other \w+))\b/.test(folded) && !/\b(risic\w*|risk\w*)\b/.test(folded);
  const sizeAfterList = sizeAsked && !hasParty && !!context?.intent && ['financialInterest', 'largestInterest', 'financialTotals', 'category', 'overview', 'risk'].includes(context.intent);
  if (sizeAfterList) scores.largestInterest += 6;
  // "wat moet ik deze week in de gaten houden qua verbonden partijen": what is coming up.
  if (!hasParty && scores.subscribeDigest === 0 && /\b(deze week|deze maand|dit kwartaal|komende|voor de zomer|this week|this month|before the summer|coming)\b/.test(folded) && (/\b(in de gaten houden|op letten|gebeuren|keep an eye|watch)\b/.test(folded) || /\b(zienswijzen|zienswijzes|vergaderingen|abs|meetings|deadlines|termijnen)\b/.test(folded))) {
    scores.agenda += 9;
    scores.guidance -= 3;
  }
  // "welke deelnemingen beheert wethouder Wolters als eigenaar": his portfolio.
  if (hasPerson && !hasParty && /\b(als|as) (de |the )?(eigenaar|portefeuillehouder|opdrachtgever|owner|portfolio holder)\b/.test(folded)) scores.portfolioOf += 5;
  // "wat zijn onze verbonden partijen": the register's list, not the definition.
  if (terms.length === 1 && terms[0] === 'verbonden_partij' && /\bverbonden partijen\b/.test(folded) && /\b(onze|our|we|wij|hebben we|have we|do we)\b/.test(folded) && !hasParty && !hasPerson && scores.financialTotals === 0 && scores.financialInterest === 0 && !/\b(betekent|mean|means|definitie|definition|wanneer is iets|totaal|total|geld|money|betalen|pay|hoeveel|how much|bedrag)\b/.test(folded)) {
    scores.overview += 6;
    scores.glossary -= 4;
  }
  // "wat moet er in januari allemaal gebeuren": what is coming up that month.
  if (!hasParty && /\b(in|voor|before|during) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b/.test(folded) && /\b(gebeuren|komt|komen|staat|staan|due|happening|coming)\b/.test(folded)) {
    scores.agenda += 6;
    scores.glossary -= 4;
  }
  // "wat verstaat het BBV onder financieel belang": what the term means.
  if (terms.length > 0 && /\b(verstaat|verstaan|versta)\b.*\bonder\b/.test(folded)) scores.glossary += 5;
  // "wat is het verschil tussen al die rollen", "welke rollen zijn er nog meer?": the roles, as advice.
  // ("rollen" alone is the command that lists the bot's own roles.)
  if (/\brollen\b/.test(folded) && words.length >= 3 && !/(beheer|rechten|secretar|admin|\btoon\b|\blaat\b|\bshow\b|\blijst\b|partnerwijzer|\bbot\b)/.test(folded) && !hasParty && !hasPerson) {
    scores.guidance += 5;
    scores.roles -= 3;
    topicHits.add('roles');
    if (/\b(verschil|difference)\b/.test(folded)) scores.glossary -= 4;
  }
  // "is er binnenkort een AB van de RUD?": with a party named, the period words ask for its next meeting.
  if (hasParty && scores.agenda > 0 && scores.represent === 0 && scores.subscribeDigest === 0 && /\b(binnenkort|soon|komende|coming|deze maand|this month|volgende week|next week|wanneer|when)\b/.test(folded) && !/\b(agenda|kalender|calendar)\b/.test(folded)) scores.nextMeeting += scores.agenda + 1;
  // "besluiten van de AvA van X invoeren": entering decisions is logging the meeting.
  if (/\b(besluiten|besluit|besloten|decisions|decided|uitkomst|uitkomsten)\b/.test(folded) && /\b(invoeren|registreren|vastleggen|noteren|loggen|opslaan|enter|record|register)\b/.test(folded)) scores.logMeeting += 3;
  // "..., start checklist": an explicit request to start one.
  if (/\b(start|begin) (de |een |the |a )?checklist\b|\bchecklist (starten|start|beginnen)\b/.test(folded)) scores.startChecklist += 6;
  // "what roles are there in the governance of our partners": the roles, as advice.
  if (/\broles\b/.test(folded) && /\b(governance|partners|parties|affiliated|verbonden)\b/.test(folded) && !/(admin|permission|rights|secretar|bot)/.test(folded)) {
    scores.guidance += 5;
    topicHits.add('roles');
  }
  // "bij wie ligt X in het college": the portfolio holder.
  if (/\bin het college\b/.test(folded) && /\b(ligt|valt|hoort|gaat)\b/.test(folded)) scores.portfolioHolder += 4;
  // "wie van ons zit er in het bestuur": who sits there, not how much money is in it.
  if (/\b(wie|who)\b/.test(folded) && body && scores.financialInterest > 0 && !/\b(geld|money|belang|bedrag|euro)\b/.test(folded)) scores.financialInterest -= 3;
  // "Who should I contact about X? The account holder I mean": the account holder.
  if (hasParty && /\b(de accounthouder|the account holder) (bedoel ik|i mean)\b|\b(ik bedoel|i mean) (de accounthouder|the account holder)\b/.test(folded)) scores.accountHolder += 8;
  // "welk collegelid zit er namens ons bij X": who sits there for us.
  if (hasParty && !hasPerson && /\b(zit|zitten|sits?|sitting)\b/.test(folded) && /\b(namens ons|voor ons|for us|on our behalf)\b/.test(folded)) scores.represent += 3;
  // "is een deelneming hetzelfde als een verbonden partij?", "wanneer is het een zienswijze en wanneer ...": two terms compared.
  if (terms.length >= 2 && !hasParty && /\b(hetzelfde als|same as|the same|wanneer is het een|when is it a|of is het|or is it)\b/.test(folded)) scores.glossary += 6;
  if (terms.includes('nota_verbonden_partijen')) scores.glossary += 4;
  // "wanneer moeten we reageren op de ontwerpbegroting van X": the zienswijze deadline.
  if (terms.includes('ontwerpbegroting') && /\b(wanneer|when|uiterlijk|deadline|reageren|respond)\b/.test(folded) && !/checklist/.test(folded) && (hasParty || unknownSpans.some((u) => u.cap))) scores.zienswijzeDeadline += 4;
  // "welke vergaderingen van verbonden partijen zijn er in juni": meetings in general are the agenda.
  if (!hasParty && !hasPerson && /\b(vergaderingen|meetings|termijnen|zomerreces)\b/.test(folded) && Math.max(scores.calendarLink, scores.myActions, scores.subscribeDigest, scores.myOpenSteps, scores.logMeeting) === 0 && !/\b(outlook|kalender|calendar|agenda)\b/.test(folded)) scores.agenda += 3;
  // "met welke afdelingen stem ik een zienswijze af": alignment, the separable verb around its object.
  if (/\bstem\b.*\baf\b|\bstemmen\b.*\baf\b/.test(folded) && !hasPerson) {
    scores.guidance += 5;
    topicHits.add('alignment');
  }
  // "met wie kan ik schakelen over de GGD? ik zoek de accounthouder": the account holder asked for.
  if (hasParty && /\b(zoek|zoeken|looking for|need)\b.*\b(accounthouder|account holder)\b/.test(folded)) scores.accountHolder += 6;
  // "financiersrol vs toezichthoudersrol?": two terms set against each other.
  if (terms.length >= 2 && /\b(vs|versus)\b/.test(folded)) scores.glossary += 4;
  // "is een dalende solvabiliteit een signaal dat ik moet melden?": asking whether it is a signal is advice.
  if (/^(is|zijn|are)\b/.test(folded) && /(signaal|signal|\bteken|\bsign\b|waarschuwing)/.test(folded)) {
    scores.guidance += 6;
    scores.reportSignal -= 4;
    topicHits.add('signals');
  }
  // "any open checklist for the Parkeerbedrijf?": the running ones, not a new one.
  if (/\b(any|open|lopende|lopen|running|actieve|active)\b/.test(folded) && /\bchecklists?\b/.test(folded) && !/\b(stap|stappen|steps?|taken|tasks?|start|starten|begin|kick)\b/.test(folded) && !firstPerson && !/\b(open|opent|openen) (a|an|een|de|the) (new |nieuwe )?checklist/.test(folded)) scores.partyChecklists += 4;
  // "wat zijn de drie duurste verbonden partijen": a list or ranking of them, not what the term means.
  if (terms.length > 0 && terms.every((t) => t === 'verbonden_partij') && /\bverbonden partijen\b/.test(folded) && Math.max(scores.largestInterest, scores.financialTotals, scores.overview, scores.agenda, scores.risk, scores.category) >= 3) scores.glossary -= 5;
  // A level word alone is a risk question when risks or a list of parties are asked ("welke zijn hoog?",
  // "alleen hoog"), not in an everyday sentence ("staat de Berkel hoog vandaag").
  const riskShape = /\b(risic\w*|risk\w*|welke|which|partijen|parties|lijst|list|overzicht|zijn|are|alleen|only|show|toon|laat)\b/.test(folded) || words.length <= 3 || context?.intent === 'risk' || (context?.intent === 'largestInterest' && !!context.levels);
  if (levels.length > 0 && !hasParty && riskShape) scores.risk += 4;
  // "hoeveel GRs zijn er in totaal", "how many foundations are we involved in": a count of that category.
  const countAt = words.findIndex((w) => w === 'hoeveel' || w === 'many');
  if (category && !hasParty && countAt >= 0 && /\b(hoeveel|how many)\b/.test(folded) && words[countAt + 1] !== undefined && CATEGORY_WORD_AFTER.test(words.slice(countAt + 1).join(' ')) && !/\b(geld|money|euro|euros|belang|interest|bedrag|amount|betalen|pay)\b/.test(folded)) scores.category += 6;
  if (scores.risk > 0 && hasParty) scores.partyInfo += 2;
  // "wat is ons risico in euro's bij Dommelpark", "hoeveel geld loopt de gemeente risico": money at risk is the financial interest.
  if (hasParty && /\b(risico|risk|risicos|risks)\b/.test(folded) && /\b(euro|euros|geld|money|bedrag|hoeveel|how much)\b/.test(folded)) scores.financialInterest += 5;
  if (terms.length > 0 && scores.glossary > 0) scores.glossary += 2;
  // "wat is het totaal van onze deelnemingen": the total of the shareholdings, not what a deelneming is.
  if (terms.includes('deelneming') && terms.every((t) => t === 'deelneming' || t === 'financieel_belang') && !/\b(hoeveel|how many) (partijen|parties|deelnemingen|vps)\b/.test(folded) && scores.financialTotals >= 3 && /\b(totaal|totale|totaalbedrag|total|totals|opgeteld|som)\b/.test(folded) && !meaningAsked) scores.financialTotals += 5;
  if (hasParty) {
    for (const i of INTENTS) if (isPartyIntent(i) && scores[i] > 0) scores[i] += 1;
    scores.partyInfo += 1.5;
    if (scores.reportSignal > 0) scores.reportSignal += 1;
    if (scores.logMeeting > 0) scores.logMeeting += 1;
  }
  // "welke (verbonden) partijen heeft/doet X": what X holds; X's own roles in the register say which list.
  if (hasPerson && !hasParty && personHit?.kind === 'match' && /\b(welke|which|hoeveel|how many)\b.*\b(partijen|parties|vps|deelnemingen)\b/.test(folded) && /\b(heeft|hebben|has|have|doet|does|vallen|falls?|hoort|horen|onder)\b/.test(folded) && !/\b(accounthouder\w*|account holder|accounts?|portefeuille\w*|portfolio|pfh|zit|zitten|sits?|seats?|zetels?|bestuur\w*|boards?|vertegenwoordig\w*|represent\w*|functies|posities|rollen|functions|positions|roles)\b/.test(folded)) {
    const held = personHit.roles;
    // "welke partijen doet Youssef": what one handles is the civil servant's accounts, when there are any.
    if (/\b(doet|does|doen)\b/.test(folded) && held.accountFor.length > 0) scores.accountFor += 5;
    else if (held.portfolioFor.length > 0 && held.accountFor.length === 0) scores.portfolioOf += 5;
    else if (held.accountFor.length > 0 && held.portfolioFor.length === 0) scores.accountFor += 5;
    else scores.personSeats += 3;
  }
  if (hasPerson && !hasParty) {
    scores.personSeats += 1.5;
    if (scores.represent > 0) scores.personSeats += scores.represent;
    if (scores.accountHolder > 0) scores.accountFor += scores.accountHolder + 2;
    if (scores.portfolioHolder > 0 || scores.portfolioOf > 0) scores.portfolioOf += scores.portfolioHolder + 2;
  }
  if (body && /\b(wanneer|when)\b/.test(folded) && topicHits.size === 0) scores.nextMeeting += 3;
  // "welke wethouder zit er in het AB van de omgevingsdienst": who sits in that body, not who holds the portfolio.
  if (body && hasParty && /\b(welke|which) (wethouder|alderman|collegelid|raadslid|bestuurder)\b/.test(folded) && /\b(zit|zitten|sits|sit|is lid|member)\b/.test(folded) && !/\b(pfh|portefeuillehouder|portfolio|verantwoordelijk|responsible|gaat over)\b/.test(folded)) scores.represent += 5;
  if (body && !hasPerson) scores.represent += /\b(wie|who|whom)\b/.test(folded) && (hasParty || unknownSpans.some((u) => u.cap)) ? 3 : 1;
  if (role && hasParty && /\b(wie|who)\b/.test(folded)) scores.represent += 3;
  // "wie gaat er als de wethouder verhinderd is", "if Jeroen can't make it": the substitute.
  if (!role && /\b(als|wanneer|if|when|indien)\b/.test(folded) && /\b(niet kan|niet kunnen|verhinderd|er niet is|afwezig|niet aanwezig|niet naar|cannot|cant|can not|is absent|unavailable|not available|is away|is ill|is sick|ziek is)\b/.test(folded) && (hasParty || body !== undefined || scores.represent > 0 || !!context?.partyId)) {
    role = 'plaatsvervanger';
    scores.represent += 3;
  }
  if (role) scores.represent += 2;
  if (change && scores.startChecklist > 0) scores.startChecklist += 3;
  // "de bieb wil een statutenwijziging", "nieuwe plv voor de rud want harm stopt": a change at a party, told as news.
  if (change && hasParty && !/^(wat|wie|wanneer|hoe|waar|welke|what|who|when|how|where|which)\b/.test(withoutFiller) && !/\b(signaal|signal|melden|report|zorgen|concern|eentje)\b/.test(folded) && (/\b(wil|willen|wants|gaat|komt|stopt|vertrekt|neemt .* over|wordt vervangen|leaves|steps down|quits|coming up)\b/.test(folded) || change === 'wisseling vertegenwoordiger')) scores.startChecklist += 5;
  // "over de ijwd, jeugdkosten lopen weer uit de hand": a party's trouble told as news is a signal to report.
  if (hasParty && /^over (de|het|t) /.test(withoutFiller) && topicHits.has('signals') && !/\b(wat|hoe|welke|wanneer|moet|what|how|which|should)\b/.test(folded) && !/\?\s*$/.test(typed)) scores.reportSignal += 6;
  // "leg het besluit van de AB-vergadering vast": the separable verb around the object.
  if (/\bleg\b.*\bvast\b|\bleggen\b.*\bvast\b/.test(folded)) scores.logMeeting += 5;
  // "signaal: de GGD vraagt extra bijdrage": a message headed as a signal is one.
  if (/^(signaal|signal|waarschuwing|warning)\b/.test(folded)) scores.reportSignal += 5;
  // "begrotingswijziging avalex melden": reporting a change is a checklist, not a signal.
  if (change && scores.reportSignal > 0 && scores.reportSignal <= 3 && !/\b(signaal|signal|zorgen|concern)\b/.test(folded)) scores.startChecklist += 3;
  if (scores.subscribeDigest >= 3 && /\b(overzicht|digest|samenvatting|summary|update|updates)\b/.test(folded)) scores.subscribeDigest += 2;
  if (/\b(stuur|send|mail)\b/.test(folded) && /\b(iedere|elke|every|each|wekelijks|maandelijks|dagelijks|weekly|monthly|daily)\b/.test(folded)) scores.subscribeDigest += 4;
  // "kan ik elke ochtend een update krijgen", "om de twee weken een update": a recurring summary.
  if (/\b(iedere|elke|every|each|om de)\b/.test(folded) && /\b(update|updates|overzicht|overzichtje|lijstje|samenvatting|summary|digest|mail|mailtje|herinneren|herinner|remind)\b/.test(folded)) scores.subscribeDigest += 6;
  if (change && scores.zienswijzeDeadline > 0) scores.zienswijzeDeadline += 1;
  if (weekday !== undefined && scores.subscribeDigest > 0) scores.subscribeDigest += 2;
  if (/\b\d{1,2}([:.]\d{2})?\s*(uur|u|am|pm|h)\b|\bom \d{1,2}\b|\bat \d{1,2}\b/.test(folded) && scores.subscribeDigest > 0) scores.subscribeDigest += 2;
  if (scores.zienswijzeDeadline > 0 && scores.nextMeeting > 0 && (terms.includes('zienswijze') || /deadline|termijn|uiterlijk/.test(folded))) scores.zienswijzeDeadline += 2;
  if (scores.largestInterest > 0 && context?.intent === 'largestInterest') scores.largestInterest += 3;
  if (scores.largestInterest > 0 && scores.financialInterest === 0 && context?.intent !== 'largestInterest' && !rankingAsked && !sizeAfterList && !/belang|geld|interest|money|bijdrage|contribution|financ|duurst|goedkoopst|bedrag|exposure|expensive|cheapest|costl|kost/.test(folded)) scores.largestInterest = 0;
  // ("what's the total for those?" right after a list of parties is their money.)
  const afterList = !!context?.intent && ['category', 'overview', 'risk', 'financialTotals', 'financialInterest', 'largestInterest'].includes(context.intent);
  if (scores.financialTotals > 0 && scores.financialInterest === 0 && !category && !(afterList && /\b(total|totaal)\b/.test(folded)) && !/belang|geld|interest|money|bijdrage|contribution|financ|euro|totalen|totaalbedrag|het totaal|the total|bedrag|amount|per categorie|per category|by category|per bbv|totals|totalen/.test(folded)) scores.financialTotals = 0;
  const nameLikeUnknown = unknownSpans.some((u) => u.cap) || (unknownSpans.length > 0 && (scores.financialInterest > 0 || scores.represent > 0 || scores.accountHolder > 0));
  if (scores.largestInterest > 0 && !hasParty && !nameLikeUnknown) scores.largestInterest += scores.financialInterest;
  // "hoeveel hebben we in X zitten": money in that party; "... in alle partijen": the total.
  if (/\bhoeveel ((geld|kapitaal|euro|budget|vermogen) )?(hebben|zit|zitten|steken|gestoken|stoppen)\b/.test(folded) || /\bwat (hebben|heeft) (we|wij|de gemeente) (in|bij)\b.*\bzitten\b/.test(folded)) {
    if (hasParty || unknownSpans.some((u) => u.cap)) scores.financialInterest += 4;
    else if (/\b(alle|allemaal|in totaal|bij elkaar|samen)\b/.test(folded)) scores.financialTotals += 5;
  }
  const totalWords = /\b(totaal|totale|total|totals|samen|together|alle|all|opgeteld|optellen|bij elkaar)\b/.test(folded);
  if (scores.financialTotals > 0 && !hasParty && !(nameLikeUnknown && !category && !totalWords)) scores.financialTotals += scores.financialInterest + (category ? 4 : 0);
  // "wat is het openbaar belang van Waterschap Vallei en Veluwe": that party's, not the term.
  if (!hasParty && nameLikeUnknown && /\b(van|of)\b/.test(folded) && !meaningAsked) {
    if (terms.includes('openbaar_belang')) {
      scores.publicInterest += 4;
      scores.glossary -= 3;
    }
    if (terms.includes('financieel_belang')) {
      scores.financialInterest += 4;
      scores.glossary -= 3;
    }
  }
  // "wat is onze duurste verbonden partij": a ranking, not the definition.
  if (!hasParty && scores.largestInterest >= 3 && terms.every((t) => t === 'verbonden_partij')) scores.glossary -= 3;
  // "wat wordt in de BBV bedoeld met financieel belang?": the BBV is the context, not a second term.
  for (const [id, re] of CONTEXT_TERMS) if (terms.length > 1 && terms.includes(id) && re.test(folded)) terms.splice(terms.indexOf(id), 1);
  // "wat betekent DVO?": asking what a word means is a term question, known or not.
  const definitional = /\b(betekent|betekenen|betekenis|staat voor|stand for|stands for|mean|means|meaning|definitie|definition|afkorting|abbreviation)\b/.test(folded);
  if (nameLikeUnknown && !hasParty && !definitional && scores.glossary > 0 && scores.glossary <= 4) scores.glossary -= 3;
  if (scores.overview > 0 && (hasParty || hasPerson)) scores.overview = 0;
  if (compare.length >= 2 && scores.largestInterest === 0 && /\b(meer|groter|kleiner|minder|more|bigger|larger|smaller|less|versus|vs)\b/.test(folded) && scores.financialInterest > 0) scores.largestInterest = 1;

  // Two parties and a money question: a comparison ("zit er meer geld in Avalex of in de VRH?").
  if (compare.length >= 2 && scores.financialInterest > 0) scores.largestInterest += scores.financialInterest + 3;
  if (hasPerson && scores.accountHolder > 0 && (!hasParty || /\b(partijen|parties|nog meer|more|else)\b/.test(folded)) && /\b(partijen|parties|meer|more|else|nog|welke|which)\b/.test(folded)) scores.accountFor += scores.accountHolder + 3;
  // "is Lisa nog steeds accounthouder van de omgevingsdienst?": who holds it for that party (the answer says).
  if (hasPerson && hasParty && scores.accountHolder > 0 && !/\b(partijen|parties|nog meer|more|else)\b/.test(folded)) scores.accountHolder += 4;
  // Guidance topic; role words may sit inside a longer cue ("als accounthouder").
  for (let n = 2; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const rt = ROLE_TOPIC_PHRASES[words.slice(i, i + n).join(' ')];
      if (rt && !roleTopics.includes(rt)) roleTopics.push(rt);
    }
  }
  let topic: GuidanceTopic | undefined;
  if (topicHits.has('roles') && roleTopics.length > 0) topic = `role:${roleTopics[0]}`;
  else if (topicHits.has('signals') && scores.reportSignal < 5) topic = 'signals';
  else if (topicHits.has('alignment') && /\b(met wie|wie moet|wie moeten|who do i|who should|with whom|align|who else|consulted)\b/.test(folded)) topic = 'alignment';
  else if (topicHits.has('communication')) topic = 'communication';
  else if (topicHits.has('alignment')) topic = 'alignment';
  else if (topicHits.has('roles')) topic = 'roles';
  if (!topic && roleTopics.length > 0 && scores.guidance > 0) topic = `role:${roleTopics[0]}`;
  // "wie moet er bij ons allemaal weten dat …", "who needs to know that …": who must be told inside is internal alignment.
  if (WHO_MUST_KNOW.test(folded) && (!topic || topic === 'communication') && !/\b(raad|council|inwoners|residents|pers|press|extern\w*)\b/.test(folded)) {
    topic = 'alignment';
    scores.guidance += 5;
  }
  // "welke petten heb ik allemaal": all the roles one has.
  if (/\b(petten|hats)\b/.test(folded)) topic = 'roles';
  // Telling the portfolio holder or concern control in time is internal alignment, not the council.
  if (topic === 'communication' && roleTopics.some((r) => r === 'portefeuillehouder' || r === 'concerncontrol') && !/\b(raad|council|extern\w*|buiten|public|pers)\b/.test(folded)) topic = 'alignment';
  // An advice question in words no cue lists ("hoe pak ik de afstemming met de griffie aan?"):
  // the topic whose word stems it uses most.
  if (!topic && !hasParty && !hasPerson && scores.help < 4 && ADVICE_SHAPE.test(folded)) {
    const stemTopic = topicByStems(words);
    if (stemTopic) {
      topic = stemTopic;
      scores.guidance += 3;
    }
  }
  // "als accounthouder", "as the representative": a question about that role.
  const asRoles = rolesAfterAs(words);
  // "wie heeft de belastingsamenwerking als accounthouder": who holds that role for the party.
  const whoHolds = (hasParty || unknownSpans.some((u) => u.cap)) && /^(wie|who)\b/.test(withoutFiller) && !EXPECTATION.test(folded) && !ADVICE_ASKED.test(folded) && topicHits.size <= 1;
  if (whoHolds && asRoles.some((r) => r === 'accounthouder')) scores.accountHolder += 5;
  if (whoHolds && asRoles.some((r) => r === 'portefeuillehouder')) scores.portfolioHolder += 5;
  for (const rt of hasPerson || unknownPerson || whoHolds || (hasParty && (role || /\b(wie|who)\b/.test(folded))) ? [] : asRoles) {
    if (rt) {
      // "waaraan herken ik als accounthouder dat het misgaat?": the signals, seen as an account holder.
      const perspective = topicHits.has('signals') || topicHits.has('alignment') || topicHits.has('communication');
      if (!perspective) topic = `role:${rt}`;
      scores.guidance += 4;
    }
  }
  // What a role does, with no party or person named: guidance about that role.
  const roleCompound = words.map((w) => ROLE_COMPOUNDS[w]).find((r) => r !== undefined);
  if (roleCompound && !hasParty && !hasPerson && !meaningAsked && (scores.guidance > 0 || /\b(houdt|inhoudt|doet|doen|involve|taken|praktijk)\b/.test(folded))) {
    topic = `role:${roleCompound}`;
    scores.guidance += 4;
  } else if (roleTopics.length >= 2 && (topicHits.size === 0 || topicHits.has('roles')) && !hasParty && !hasPerson && !(contrast && context?.partyId)) {
    topic = 'roles';
    scores.guidance += 4;
  } else if (roleTopics.length > 0 && !hasParty && !hasPerson && !meaningAsked && (topic === undefined || topic === 'roles' || topic.startsWith('role:')) && (scores.publicInterest > 0 || scores.guidance > 0 || /\b(taak|taken|tasks?|doet|doen|does|do|rol|role|verwacht|expected|involve|involves|inhoudt|houdt)\b/.test(folded))) {
    topic = topic?.startsWith('role:') ? topic : `role:${roleTopics[0]}`;
    scores.guidance += 3 + scores.publicInterest;
  }
  // "ik vervul de eigenaarsrol voor het afvalbedrijf, waar moet ik op letten?", "I'm the new account
  // holder for the RBH, what's expected of me?": advice about one's own role, even with a party named.
  const holdsRole = /\b(vul ik|vullen we|is nieuw|is net|is sinds|wordt|is now|is new|has become|ik word|word ik|i will be|i am becoming|im becoming|i become|i became|i just became|ive become|ive just become|i have become|i have just become|ive been appointed|i have been appointed|i was appointed|ive taken over|geworden|ben net|ben sinds|i took over|ik neem .* over|hoe pak ik|pak ik|how do i take|ik ben|ik vervul|ik heb de|ik heb het|ik zit|i am|im|i have the|i represent|ik vertegenwoordig|als|as)\b/.test(folded);
  if (((firstPerson && holdsRole) || !hasParty) && EXPECTATION.test(folded) && !hasPerson && !/^((welke|which) (wethouder|alderman|alderperson|ambtenaar|official|collega|colleague)|wie|who)\b/.test(folded)) {
    // "what does the owner role involve for me as an alderman": the role named as a role wins.
    const named = words.findIndex((w, k) => (w === 'role' || w === 'rol') && k > 0 && ROLE_TOPIC_PHRASES[words[k - 1]] !== undefined);
    // "ik ben sinds vorige week accounthouder van de ISD en … een AB": the role one says one holds.
    const declared = /\b(?:ik ben|ik word|word ik|ben ik|i am|im|i became|i will be|is nieuw|is net|wordt)((?: [\w-]+){1,5})/.exec(folded)?.[1].trim().split(' ').map((w) => ROLE_TOPIC_PHRASES[w]).find((r) => r !== undefined);
    // (An alderman in a body sits there as its representative: "I'm the alderman in the AB of ...".)
    const explicit = named > 0 ? ROLE_TOPIC_PHRASES[words[named - 1]] : (asRoles[0] ?? (declared === 'portefeuillehouder' && body !== undefined ? undefined : declared));
    const seatHolder = firstPerson && body !== undefined;
    const own = explicit ?? (seatHolder || (firstPerson && role === 'plaatsvervanger') ? 'vertegenwoordiger' : roleTopics[0]) ?? (/\b(zit namens|zit in het|ik zit|i sit|i represent|ik vertegenwoordig|ik ben (lid|plaatsvervanger)|i am (a )?(member|deputy|substitute)|degene die namens|iemand die namens|namens ons in het|sits for us|represents us)\b/.test(folded) ? 'vertegenwoordiger' : undefined);
    if (own) {
      topic = `role:${own}`;
      scores.guidance += 8;
      // "ik ben net plaatsvervanger geworden, wat zijn mijn taken": the tasks of the role, not my open checklist steps.
      if (holdsRole && /\b(geworden|ben net|word ik|ik word|became|become|becoming|appointed|taken over)\b/.test(folded)) scores.guidance += 4;
    }
  }
  // "wat zijn de taken van de opdrachtgever richting de omgevingsdienst": that role's tasks, towards a party.
  if (roleTopics.length > 0 && !hasPerson && /\b(taken|taak|tasks?|verantwoordelijkheden|responsibilities|duties|expected|verwacht|verwachting)\b/.test(folded) && /\b(richting|towards|tegenover|ten opzichte van|vis a vis|in relation to)\b/.test(folded)) {
    topic = `role:${roleTopics[0]}`;
    scores.guidance += 8;
  }
  // "ik ben accounthouder van de bieb geworden, wat houdt die rol in?", "wat is haar rol als eigenaar bij het
  // werkbedrijf?": what the role named asks, also with a party named (the party is where it is held).
  if (roleTopics.length > 0 && !hasPerson && (ROLE_MEANING.test(folded) || (hasParty && /\b(wat is|what is|whats) (de|the) (eigenaarsrol|opdrachtgeversrol|accounthoudersrol)\b/.test(folded))) && !/^(wie|who)\b/.test(withoutFiller) && !topicHits.has('signals') && !topicHits.has('alignment') && !topicHits.has('communication')) {
    const compoundRole = words.map((w) => ROLE_COMPOUNDS[w] ?? ROLE_SHIPS[w]).find((r) => r !== undefined);
    // A title of the asker ("de wethouder vraagt …") is no role asked about when another role is named.
    const others = roleTopics.filter((r) => r !== 'portefeuillehouder');
    // (A role the reading already settled on, "I'm the alderman in the AB" = the representative, stays.)
    const explicitRole = compoundRole ?? asRoles.find((r) => r !== undefined);
    if (explicitRole) topic = `role:${explicitRole}`;
    else if (!topic?.startsWith('role:') || (topic === 'role:portefeuillehouder' && others.length > 0)) topic = `role:${others[0] ?? roleTopics[0]}`;
    scores.guidance += 8;
  }
  // "… is both owner and client. What do those roles mean?": the roles explained, whoever holds them.
  if (/\b(what do (those|these|the|both) roles (mean|involve|entail)|what are (those|these) roles|wat betekenen (die|deze|de|beide) rollen|wat houden (die|deze|de|beide) rollen in|wat zijn (die|deze) rollen)\b/.test(folded)) {
    topic = roleTopics.length === 1 ? `role:${roleTopics[0]}` : 'roles';
    scores.guidance += 10;
  }
  // "wat mag een plaatsvervanger in het AB eigenlijk", "mag de vertegenwoordiger zelf een standpunt innemen": the representative's role.
  if (!hasParty && !hasPerson && (role === 'plaatsvervanger' || roleTopics.includes('vertegenwoordiger')) && (/\b(wat mag|wat doet|zijn rol|haar rol|what may|what does|his role|her role)\b/.test(folded) || (/\b(mag|moet|may|must)\b/.test(folded) && /\b(standpunt|instructie|mandaat|stemmen|vote|mandate|instruction|zelf)\b/.test(folded)))) {
    topic = 'role:vertegenwoordiger';
    scores.guidance += 8;
  }
  // "moet de raad dit weten als de veiligheidsregio extra geld vraagt?", "de GGD verhoogt de bijdrage,
  // wat moet ik nu doen richting de raad?": advice about a party's change, not a fact about the party.
  const factAsked = hasParty && (/\b(wie is|wie zijn|who is|who are)\b/.test(folded) || (/\b(wanneer|when|deadline|uiterlijk)\b/.test(folded) && scores.zienswijzeDeadline >= 2));
  if (!topic && !hasPerson && ADVICE_ASKED.test(folded) && PARTY_CHANGE.test(folded)) topic = 'communication';
  if (topic && !topic.startsWith('role:') && !factAsked && ADVICE_ASKED.test(folded) && !/\b(zienswijzes|zienswijzen|vergaderingen|deadlines|termijnen)\b/.test(folded)) scores.guidance += 5;
  // Asked as advice, with no party or person: the advice ("hoe breng ik een wijziging naar buiten?").
  if (topic && !hasParty && !hasPerson && ADVICE_SHAPE.test(folded)) scores.guidance += topic === 'communication' && /\b(hoe|how)\b/.test(folded) ? 4 : 2;
  if (topic === 'roles' && /\bleg\b.*\buit\b|\b(verbonden partij\w*|affiliated|rond|around|betekenen|explain|uitleg|wat doen|who does what|wie doet wat)\b/.test(folded)) scores.guidance += 4;
  if (hasPerson && scores.guidance > 0) scores.guidance -= 3;
  // "wat zijn rode vlaggen bij een verbonden partij": the advice, not the definition of a verbonden partij.
  // Any term named as "een ..." ("signalen dat een gemeenschappelijke regeling in de problemen komt",
  // "rode vlaggen bij een deelneming") is the setting of the advice.
  const indefinite = (id: GlossaryId): boolean => !definitional && toks.some((t, k) => t.meaning?.term === id && k > 1 && toks[k - 1].phrase !== t.phrase && ['een', 'a', 'an'].includes(toks[k - 1].w) && SETTING_BEFORE.has(toks[k - 2].w));
  if (topic && topicHits.size > 0 && terms.length > 0 && terms.every((t) => t === 'verbonden_partij' || indefinite(t) || (t === 'gemeenschappelijke_regeling' && /\b(bij|in|van) (een|de) (gr|gemeenschappelijke regeling)\b/.test(folded))) && !hasParty) {
    scores.guidance += 3;
    scores.glossary -= 3;
  }
  if (hasParty && !hasPerson && /\bwaar\b.*\bvoor\b|\bwaarvoor\b|\bwhat\b.*\bfor$/.test(folded)) scores.publicInterest += 4;
  // "wat doet een toezichthouder": a glossary term that is no role the guidance explains.
  if (topic === 'roles' && roleTopics.length === 0 && terms.length > 0 && !terms.every((t) => t === 'verbonden_partij')) {
    scores.glossary += 4;
    scores.guidance -= 4;
  }
  // "hoe werkt de zienswijzeprocedure stap voor stap": the procedure the glossary explains, unless asked as one's own next step.
  if (terms.includes('zienswijzeprocedure') && !hasParty && !ADVICE_ASKED.test(folded)) {
    scores.glossary += 9;
    scores.guidance -= 4;
    scores.zienswijzeDeadline = 0;
  }
  // "wat is de rol van de portefeuillehouder bij een GR": the role's part, not the word's meaning.
  if (!hasParty && !hasPerson && roleTopics.length === 1 && /\b(de rol van|rol van de|the role of)\b/.test(folded) && !definitional) {
    topic = `role:${roleTopics[0]}`;
    scores.guidance += 6;
  }
  // "welke signalen moet ik als accounthouder in de gaten houden": signals, seen as an account holder.
  if (topic?.startsWith('role:') && topicHits.has('signals') && asRoles.some((r) => r !== undefined) && !EXPECTATION.test(folded)) topic = 'signals';
  // "waar moet ik op letten als accounthouder om problemen vroeg te zien": spotting trouble, whoever asks.
  if (topic?.startsWith('role:') && /\b(problemen vroeg|vroeg te (zien|herkennen|signaleren)|aan de bel (trekken|te trekken)|alarm slaan|spot problems|problems early|early warning)\b/.test(folded)) topic = 'signals';
  // "wat houdt de eigenaarsrol in de praktijk in, wat moet ik daar als wethouder mee?": the role named as a role.
  const roleNamed = /\b(eigenaarsrol|opdrachtgeversrol)\b/.exec(folded)?.[1];
  if (topic?.startsWith('role:') && roleNamed) topic = roleNamed === 'eigenaarsrol' ? 'role:eigenaar' : 'role:opdrachtgever';
  // Greetings alone: the help card.
  if (spans.length === 0 && cueMax === 0 && words.some((w) => GREETINGS.has(w))) scores.help += 3;

  // 7. Context: follow-ups keep the intent or the subject of the previous turn.
  // "oké, en bij de veiligheidsregio dan?", "bedankt! en van het afvalbedrijf?": thanks first, then the follow-up.
  const lead = words.findIndex((w) => !FILLER.has(w));
  const unled = lead > 0 ? words.slice(lead).join(' ') : folded;
  // "oh nee sorry, ik bedoel de Sociale Dienst", "bij het archief bedoel ik": a correction continues the question.
  // "ook in het DB?": "ook" is filler elsewhere, but at the start it says the question continues.
  const startsFollowUp = FOLLOW_UP_START.some((p) => unled === p || unled.startsWith(`${p} `) || folded.startsWith(`${p} `)) || /\b(ik bedoel|bedoel ik|i meant|i mean)\b/.test(folded);
  const anaphora = words.some((w) => ANAPHORA.has(w));
  const contentCount = toks.filter((t) => isContent(t) || t.claim === 'party' || (t.claim === 'phrase' && !t.meaning?.cues)).length;
  const short = words.filter((w) => !FILLER.has(w) && !STOP.has(w)).length <= 4;
  const ctxParty = context?.partyId ? model.parties.find((p) => p.id === context.partyId) : undefined;
  const ctxPerson = context?.personKey ? model.personByKey(context.personKey) : undefined;
  const followish = context !== undefined && (startsFollowUp || anaphora || short);

  const available = (i: IntentName): boolean => {
    // A person named and no party: "what does Iris Mulder cover besides that?" is about her.
    if (isPartyIntent(i) && hasPerson && !hasParty && unknownSpans.length === 0 && scores[i] < 5) return false;
    if (isPartyIntent(i)) return hasParty || unknownSpans.length > 0 || (followish && !!ctxParty && scores[i] >= 2 && i !== 'partyInfo') || scores[i] >= STRONG;
    if (isPersonIntent(i)) return hasPerson || (unknownSpans.length > 0 && scores[i] >= STRONG) || (followish && !!ctxPerson);
    switch (i) {
      case 'glossary':
        return terms.length > 0 || (unknownSpans.length > 0 && scores.glossary >= STRONG);
      case 'category':
        return category !== undefined && !hasParty;
      case 'risk':
        return levels.length > 0 && !hasParty && riskShape;
      case 'guidance':
        return topic !== undefined;
      case 'largestInterest':
        return (!hasParty && !hasPerson) || compare.length >= 2;
      case 'overview':
      case 'financialTotals':
        return !hasParty && !hasPerson;
      case 'agenda':
        return !hasPerson;
      case 'paragraph':
        return scores.paragraph >= 2;
      case 'help':
        return !hasParty && !hasPerson && terms.length === 0 && Math.max(...INTENTS.filter((x) => x !== 'help').map((x) => scores[x])) <= 4;
      default:
        return true;
    }
  };
  const ranked = INTENTS.filter((i) => i !== 'unknown' && scores[i] > 0 && available(i)).sort((a, b) => scores[b] - scores[a]);
  let intent: IntentName = ranked[0] ?? 'unknown';
  let score = ranked[0] ? scores[ranked[0]] : 0;
  const second = ranked[1] ? scores[ranked[1]] : 0;
  // A kind word inside a party's name ("en de energiecoöperatie?") is no question of its own.
  const cueOnly = Math.max(0, ...INTENTS.filter((i) => i !== 'partyInfo' && !(hasParty && i === 'category')).map((i) => scores[i]));

  const before = intent;
  // A bare subject after a question: the previous question about the new subject ("en bij Avalex?").
  if (context?.intent && startsFollowUp && cueOnly < 2) {
    if (hasParty && isPartyIntent(context.intent) && context.intent !== 'partyInfo') intent = context.intent;
    else if (hasPerson && isPersonIntent(context.intent)) intent = context.intent;
    else if ((hasParty || hasPerson) && startsFollowUp && context.intent) intent = hasParty ? (isPartyIntent(context.intent) ? context.intent : 'partyInfo') : 'personSeats';
  }
  // No cue at all: a name alone, a term alone, a list word alone.
  if (score < 2 && intent === 'unknown') {
    if (hasParty && cueMax < 2) intent = 'partyInfo';
    else if (hasPerson && cueMax < 2) intent = 'personSeats';
    else if (terms.length > 0 && contentCount <= 3 && unknownSpans.length === 0) intent = 'glossary';
    else if (category) intent = 'category';
    else if (levels.length > 0 && riskShape) intent = 'risk';
    else if (unknownSpans.length === 1 && words.length <= 3 && unknownSpans[0].cap) intent = 'partyInfo';
  }
  // "en wie namens ons?" after another municipality's seat: the same question, for us.
  if (context?.intent && isPartyIntent(context.intent) && ctxParty && startsFollowUp && !hasParty && !hasPerson && cueOnly < 2 && /\b(namens ons|voor ons|bij ons|van ons|for us|on our behalf|ours|our own|onze eigen)\b/.test(folded)) intent = context.intent;
  // "which ones do we have?" right after "wat is een gemeenschappelijke regeling?": the parties of that kind.
  const termKind: Partial<Record<GlossaryId, BbvCategory>> = { gemeenschappelijke_regeling: 'gemeenschappelijke regeling', deelneming: 'vennootschap of coöperatie' };
  const askedKind = (context?.terms ?? []).map((t) => termKind[t]).find((c) => c !== undefined);
  if (askedKind && !hasParty && !hasPerson && terms.length === 0 && /\b(which ones|welke hebben|welke zijn er|welke hebben we|welke hebben wij|hoeveel zijn er|hoeveel hebben we|do we have|have we got)\b/.test(folded) && cueOnly < 4) {
    intent = 'category';
    category = askedKind;
  }
  // "en alleen de GR'en?" after a total: the total of that category.
  if (context?.intent === 'financialTotals' && startsFollowUp && category && !hasParty && Math.max(0, ...INTENTS.filter((i) => i !== 'category' && i !== 'partyInfo' && i !== 'financialTotals').map((i) => scores[i])) < 3) intent = 'financialTotals';
  // "en ook voor de ISD?" after subscribing: the same subscription for that party.
  if (context?.intent === 'subscribeDigest' && startsFollowUp && hasParty && cueOnly < 2) intent = 'subscribeDigest';
  // "rud?", "Vitens?" right after a question about a party: the same question about this one.
  const nameOnly = hasParty && toks.every((t) => t.claim === 'party' || STOP.has(t.w) || FILLER.has(t.w)) && words.length <= 4;
  if (nameOnly && context?.intent && isPartyIntent(context.intent) && context.intent !== 'partyInfo' && context.intent !== 'startChecklist' && cueOnly === 0 && /\?\s*$/.test(typed)) intent = context.intent;
  // The answer to "over welke partij gaat het?": the name alone continues the question.
  if (context?.awaitingParty && context.intent && (isPartyIntent(context.intent) || context.intent === 'logMeeting' || context.intent === 'reportSignal') && hasParty && cueOnly < 2) intent = context.intent;
  // "het gaat om de afvalservice, het dividend valt tegen" after "ik wil een signaal melden": the report goes on, with its party.
  if (context?.awaitingParty && (context.intent === 'reportSignal' || context.intent === 'logMeeting' || context.intent === 'startChecklist') && hasParty && !/\?\s*$/.test(typed) && !/^(wie|wat|waar|wanneer|hoe|welke|hoeveel|who|what|where|when|how|which)\b/.test(unled)) intent = context.intent;
  // The answer to "over wie gaat het?": a name alone continues the person question.
  if (context?.awaitingPerson && context.intent && isPersonIntent(context.intent) && hasPerson && !hasParty && cueOnly < 2) intent = context.intent;
  // "en bij GGD Haaglanden?" in a register without it: the same question, about a party we do not know.
  if (context?.intent && isPartyIntent(context.intent) && context.intent !== 'partyInfo' && startsFollowUp && cueOnly < 2 && !hasParty && !hasPerson && unknownSpans.some((u) => u.cap)) intent = context.intent;
  // Pointing back with a new party and no question of its own: the previous question again.
  if (context?.intent && isPartyIntent(context.intent) && context.intent !== 'partyInfo' && hasParty && (anaphora || startsFollowUp) && (intent === 'unknown' || intent === 'partyInfo') && cueOnly < 3) intent = context.intent;
  // "is that one of the smallest? — and Alliander?": the money of that party.
  if (context?.intent === 'largestInterest' && hasParty && !hasPerson && startsFollowUp && (intent === 'unknown' || intent === 'partyInfo') && cueOnly < 3) intent = 'financialInterest';
  // "and who is on the supervisory board?" after a question about a party.
  if (body && !hasParty && ctxParty && followish && /\b(wie|who)\b/.test(folded) && (intent === 'glossary' || intent === 'unknown')) intent = 'represent';
  // A body alone after a question about a party: the same question for that body ("en het DB?").
  if (body && !hasParty && ctxParty && startsFollowUp && cueOnly <= 3 && context?.intent && ['represent', 'nextMeeting', 'latestDecisions'].includes(context.intent) && (intent === 'glossary' || intent === 'unknown')) intent = context.intent;
  // "en van de portefeuillehouder?" after advice about a role: the same advice for that role.
  if (context?.intent === 'guidance' && startsFollowUp && roleTopics.length > 0 && !hasParty && !hasPerson && cueOnly <= 4) {
    intent = 'guidance';
    topic = `role:${roleTopics[0]}`;
  }
  // "what's our financial interest there?", "wat is het openbaar belang daar?": that party's, not the term.
  // "what's the financial interest?" right after a question about a party: the article points back too.
  const pointsBackByArticle = !!context?.intent && isPartyIntent(context.intent) && /\b(the|het|our|ons|onze) (financial|financieel|financiele|public|openbaar|openbare)\b/.test(folded);
  if ((intent === 'glossary' || intent === 'largestInterest' || intent === 'financialTotals') && !hasParty && ctxParty && (anaphora || startsFollowUp || pointsBackByArticle) && (terms.includes('financieel_belang') || terms.includes('openbaar_belang')) && !/\b(betekent|mean|means|meaning|definitie|definition|wat is een|what is a)\b/.test(folded)) {
    intent = terms.includes('openbaar_belang') ? 'publicInterest' : 'financialInterest';
    terms.length = 0;
  }
  // "en het financieel belang?" after a question about a party: that party's, not the ranking.
  if ((intent === 'largestInterest' || intent === 'financialTotals') && !hasParty && ctxParty && (startsFollowUp || anaphora) && context?.intent !== 'largestInterest' && !/\b(grootst|grootste|kleinst|kleinste|hoogst|hoogste|laagst|laagste|meeste|minste|largest|smallest|biggest|most|least|totaal|total|alle|all)\b/.test(folded)) intent = 'financialInterest';
  // "en welke wel?" after "welke partijen hebben geen hoog risico?": the other levels.
  let complementLevels: RiskProfile[] | undefined;
  if (context?.intent === 'risk' && context.levels && levels.length === 0 && startsFollowUp && /\b(wel|niet|not|do|does|are)\b/.test(folded) && cueOnly <= 3 && !hasParty) {
    complementLevels = RISK_PROFILES.filter((l) => !context.levels!.includes(l));
    intent = 'risk';
  }
  // "which other parties have the same risk level?", "what else is in that risk class?" after a party: its level.
  if (!hasParty && ctxParty?.riskProfile && /\b(same|zelfde|dezelfde|hetzelfde|that|dat|die|this|dit) (risk|risico)\w*( (level|profile|class|category|rating|profiel|niveau|categorie|klasse))?\b|\bevenveel risico\b|\bas risky\b/.test(folded)) {
    complementLevels = [ctxParty.riskProfile];
    intent = 'risk';
  }
  // "en wat staat er voor mij nog open?" after my open steps or my actions: the same list.
  if ((context?.intent === 'myOpenSteps' || context?.intent === 'myActions') && startsFollowUp && firstPerson && (intent === 'myOpenSteps' || intent === 'myActions') && !/\b(stap|stappen|steps?|checklist\w*|actie\w*|actions?)\b/.test(folded)) intent = context.intent;
  // "and which of them are mine?", "en welke van mij?" after a party's open action items: my action items.
  if (context?.intent === 'openActions' && ['unknown', 'overview', 'openActions', 'myOpenSteps'].includes(intent) && startsFollowUp && !hasParty && !hasPerson && /\b(mine|mij|my|mijn|me|ik)\b/.test(folded) && words.length <= 8) intent = 'myActions';
  // A role asked about alone after a representation question: "en de plaatsvervanger?"
  if (role && !hasParty && ctxParty && followish && cueOnly <= 3) intent = 'represent';
  // "and the AB?", "en het DB daar?" after a seat question: that body, not what it means.
  if (body && !hasParty && !hasPerson && ctxParty && startsFollowUp && short && context?.intent && isPartyIntent(context.intent) && terms.every((t) => BODY_TERMS.has(t)) && !meaningAsked && !/\b(wat|what|wanneer|when|whens|vergader\w*|meeting\w*)\b/.test(folded)) intent = context.intent === 'nextMeeting' || context.intent === 'latestDecisions' ? context.intent : 'represent';
  // "wat is het totaal van alle partijen?", "en per categorie" after money questions: the totals.
  if (!hasParty && context?.intent && ['financialInterest', 'financialTotals', 'largestInterest'].includes(context.intent) && /\b(totaal|total|totals|per categorie|per category|opgeteld|samen|together|bij elkaar|altogether|all together)\b/.test(folded) && !/\b(grootste|largest|biggest|kleinste|smallest)\b/.test(folded)) intent = 'financialTotals';
  // "zit die plaatsvervanger ook nog ergens anders?": the person the last answer named, elsewhere.
  if (!hasParty && !hasPerson && ctxPerson && (anaphora || role) && /\b(ergens anders|nog ergens|elders|elsewhere|anywhere else|somewhere else|other boards|andere besturen)\b/.test(folded)) intent = 'personSeats';
  // "wie heeft de accounthouder van de GGD aangepast en wanneer": who changed the register, the audit trail.
  // "wat is er de laatste tijd aangepast", "what has been changed recently": the register's audit trail.
  if (/^(wat|what)\b.*\b(is er|zijn er|has been|have been|was|were)\b.*\b(aangepast|gewijzigd|bijgewerkt|changed|updated|modified|edited)\b/.test(folded) && /\b(laatst\w*|recent\w*|lately|onlangs|afgelopen|vorige week|last week|in het register|in the register)\b/.test(folded) && !hasPerson && intent !== 'glossary') intent = 'audit';
  if (/\b(wie heeft|who has|who)\b.*\b(aangepast|gewijzigd|veranderd|bijgewerkt|changed|updated|modified|edited)\b/.test(folded) && !/\b(gaat|moet|zal|will|should)\b/.test(folded) && intent !== 'glossary') intent = 'audit';
  // "what's the Regio Deal about?", "wat houdt de regio deal in": what the party is for.
  if (hasParty && !hasPerson && (intent === 'partyInfo' || intent === 'unknown' || intent === 'glossary') && terms.every((t) => t === 'gemeenschappelijke_regeling' || t === 'verbonden_partij') && roleTopics.length === 0 && (/^(what is|whats|what s|what are)\b.*\babout\s*$/.test(folded.trim()) || /^(wat houdt|waar gaat)\b.*\b(in|over)\s*$/.test(folded.trim()))) intent = 'publicInterest';
  // "who has those roles for Vitens?" after the owner and client roles were explained: its portfolio holders.
  if (hasParty && !hasPerson && /\b(wie|who)\b/.test(folded) && /\b(rollen|roles|die rol|that role|those roles|these roles|deze rollen)\b/.test(folded) && ((context?.terms ?? []).some((t) => t === 'eigenaarsrol' || t === 'opdrachtgeversrol') || /\b(eigenaar\w*|opdrachtgever\w*|owner|client)\b/.test(folded))) intent = 'portfolioHolder';
  // "and opdrachtgeversrol?" after a term was explained: that term too.
  if (context?.intent === 'glossary' && startsFollowUp && terms.length > 0 && !hasParty && !hasPerson && words.length <= 5 && !/\b(wie|who|welke|which|hoeveel|how much|wanneer|when)\b/.test(folded)) intent = 'glossary';
  // "who's going?", "wie gaat daar naartoe?" after a question about a meeting: who represents us there.
  if (!hasParty && !hasPerson && ctxParty && (context?.intent === 'nextMeeting' || context?.intent === 'latestDecisions') && /\b(wie gaat|wie gaan|wie zit|wie zitten|who is going|who goes|who attends|who will attend|who will go|who sits|who represents)\b/.test(folded) && cueOnly <= 4) intent = 'represent';
  // "en de wethouder?", "who's the alderman?", "wethouder?" after a question about a party: its portfolio holder.
  if (!hasParty && !hasPerson && !unknownPerson && ctxParty && context?.intent && isPartyIntent(context.intent) && !context.personCandidates && !body && cueOnly <= 4 && /\b(wethouder|alderman|alderwoman|alderperson|portefeuillehouder|pfh)\b/.test(folded) && !/\b(waar|where|welke partijen|which parties|zit|zitten|sits?|seats?|vertegenwoordig\w*|represent\w*)\b/.test(folded) && ['unknown', 'personSeats', 'partyInfo', 'portfolioOf'].includes(intent)) intent = 'portfolioHolder';
  // The question itself came from the previous turn: the checks below for stray words do not apply.
  const intentFromContext = intent !== before;

  // "zit de burgemeester daar ook in het DB?": who sits in that body of the party just talked about.
  if (intent === 'personSeats' && ctxParty && !hasParty && anaphora && body && /\b(burgemeester|mayor|wethouder|alderman)\b/.test(folded) && !unknownPerson) intent = 'represent';
  // "waar vertegenwoordigt … ons?" (the command menu's blank): where someone sits, and who is asked for.
  if (intent === 'represent' && !hasParty && !hasPerson && !unknownPerson && !ctxParty && /^(waar|where)\b/.test(unled)) intent = 'personSeats';
  let party: PartyMention | undefined = partyHit;
  let person: PersonMention | undefined = personHit;
  let fromContext = false;
  // "and the other one?", "en bij het andere recreatieschap?": the other of two, beside the party just talked about.
  const other = !hasPerson && !unknownPerson && context ? theOtherOne({ words, typedWords: tokenize(typed), mention: partyHit, current: ctxParty, earlier: model.parties.find((p) => p.id === context.earlierPartyId), offered: (context.partyCandidates ?? []).flatMap((id) => model.parties.find((p) => p.id === id) ?? []) }, model) : [];
  if (other.length > 0 && context) {
    const asked = isPartyIntent(intent) && intent !== 'partyInfo' && scores[intent] >= STRONG;
    intent = asked ? intent : context.intent && (isPartyIntent(context.intent) || context.intent === 'logMeeting' || context.intent === 'reportSignal') ? (context.intent as IntentName) : 'partyInfo';
    party = mentionAmong(other);
    fromContext = true;
  }
  // "which other parties fall under the same alderman?", "en wat doet dezelfde accounthouder nog meer?" after a party: that party's holder.
  const sameHolder = !hasParty && !hasPerson && ctxParty && /\b(welke|which|what|wat|andere|other|nog meer|else|partijen|parties)\b/.test(folded) && !/\b(wie zit|who sits|vertegenwoordig\w*|represent\w*)\b/.test(folded) ? /\b(same|zelfde|dezelfde) (alderman|alderwoman|wethouder|portfolio holder|portefeuillehouder|account holder|accounthouder)\b/.exec(folded) : null;
  if (sameHolder && ctxParty) {
    const account = sameHolder[2].startsWith('account');
    const key = account ? (ctxParty.accountHolder ? contextKeyOf(ctxParty.accountHolder) : undefined) : portfolioName(ctxParty.ownerPortfolioHolder ?? ctxParty.clientPortfolioHolder ?? '');
    const roles = key ? model.personByKey(key) : undefined;
    if (roles) {
      intent = account ? 'accountFor' : 'portfolioOf';
      person = { kind: 'match', roles };
      personFromContext = true;
    }
  }
  // "is Rutger ook de accounthouder?" right after that party: whether they hold that role there.
  const roleThere = hasPerson && !hasParty && ctxParty && !/\b(ergens|elsewhere|anywhere|nog|other|andere|welke|which)\b/.test(folded) ? /^(is|was|isnt|and is)\b.*\b(accounthouder|account holder|portefeuillehouder|portfolio holder)\s*(daar|there|van|of|for)?\s*(it|die|them)?$/.exec(folded) : null;
  if (roleThere && ctxParty) {
    intent = /accounthouder|account holder/.test(roleThere[2]) ? 'accountHolder' : 'portfolioHolder';
    party = { kind: 'match', party: ctxParty };
    person = undefined;
    fromContext = true;
  }
  // "who sits for us in the AB of the youth procurement GR", "the theatre foundation": a description
  // with its kind names one party of that kind; the question is the party question asked beside it.
  if (intent === 'category' && category && !hasParty && !hasPerson && unknownSpans.length === 1 && !unknownSpans[0].cap) {
    const fits = (model.describedParties(unknownSpans[0].text.split(' ')) ?? []).filter((p) => p.category === category);
    const asked = ranked.find((i) => isPartyIntent(i) && i !== 'partyInfo' && scores[i] >= 2);
    const mention = mentionAmong(fits);
    if (mention && asked) {
      intent = asked;
      party = mention;
    }
  }
  const onlyStrayWords = unknownSpans.every((u) => !u.cap && !u.text.includes(' ')) && scores[intent] >= 2 && (anaphora || startsFollowUp);
  if (isPartyIntent(intent) && !party && (unknownSpans.length === 0 || onlyStrayWords) && ctxParty && followish) {
    party = { kind: 'match', party: ctxParty };
    fromContext = true;
  }
  // "What's the deadline for the zienswijze?": the joint arrangements are the candidates.
  if (intent === 'zienswijzeDeadline' && !party && unknownSpans.length === 0 && !hasPerson && !(followish && ctxParty)) {
    party = mentionAmong(model.partiesOfCategory('gemeenschappelijke regeling')) ?? party;
  }
  // "eerstvolgende AvA?": the parties that have that body are the candidates.
  if (isPartyIntent(intent) && !party && body && unknownSpans.length === 0 && !hasPerson && !(followish && ctxParty)) {
    party = mentionAmong(model.partiesWithBody(body)) ?? party;
  }
  if (isPartyIntent(intent) && !party && kindRef >= 0 && category) {
    party = mentionAmong(model.partiesOfCategory(category)) ?? party;
  }
  if (isPartyIntent(intent) && !party && unknownSpans.length > 0) {
    const u = unknownSpans[0];
    // "who sits for us at the regional cooperation": lowercase everyday words, none of a name, are
    // no slip of a name ("regional" is not "Regiodeal"); they may still describe a party (below).
    const uWords = u.text.split(' ');
    const plainWords = !u.cap && uWords.every((w) => !model.partyWords.has(w) && (everydayWords().has(w) || englishWords().has(w) || STOP.has(w)));
    party = (plainWords ? undefined : model.resolveParty(u.text)) ?? { kind: 'unknown', phrase: u.text, closest: [] as Party[] };
    // "de netbeheerder", "het theater": a lowercase description of what one party does.
    // Relative clauses split the description into spans ("de club die het afval ophaalt"): all their words count.
    // A span with a name in it ("veiligheidsregio utrecht") is another party's name, not a description.
    const named = (x: (typeof unknownSpans)[number]): boolean => toks.slice(x.start, x.start + x.text.split(' ').length).some((t) => t.claim === 'party');
    if (party.kind === 'unknown' && !u.cap && unknownSpans.every((x) => !x.cap && !named(x))) party = mentionAmong(model.describedParties(unknownSpans.flatMap((x) => x.text.split(' '))) ?? []) ?? party;
  }
  // "wie zit er namens ons in de CV": a legal form alone stands for the parties that have it.
  const formAlone = isPartyIntent(intent) && party?.kind === 'unknown' && !partyHit && /^(cv|nv|bv|ua)$/.test(party.phrase) ? party.phrase : undefined;
  if (formAlone) {
    party = mentionAmong(model.partiesWithLegalForm(formAlone)) ?? party;
  }
  // A name the bot does not know stands for the party of a signal or meeting; ordinary words do not.
  const capSpan = unknownSpans.find((u) => u.cap);
  if ((intent === 'logMeeting' || intent === 'reportSignal') && !party && capSpan && scores[intent] >= STRONG) {
    party = model.resolveParty(capSpan.text) ?? party;
  }
  // "de tweede", "de C.V.", "de wethouder": a choice among what the bot just offered.
  const pickFrom = <T>(keys: string[] | undefined, lookup: (k: string) => T | undefined, fits: (x: T) => boolean): T | undefined => {
    if (!keys || keys.length < 2) return undefined;
    const items = keys.map(lookup).filter((x): x is T => x !== undefined);
    const ord = words.map((w) => ORDINALS[w]).find((n) => n !== undefined);
    if (ord !== undefined) return ord === -1 ? items[items.length - 1] : items[ord];
    const fitting = items.filter(fits);
    return fitting.length === 1 ? fitting[0] : undefined;
  };
  if (context?.intent && !hasParty && !hasPerson && (cueOnly < 3 || words.length <= 3)) {
    const forms = typedLegalForms(words);
    const described = words.filter((w) => w.length >= 4 && !STOP.has(w) && !FILLER.has(w)).map((w) => KIND_OF_WORD[w] ?? w);
    // "the solar coop", "and the grid operator?": a candidate by what it does, too.
    const byWhatItDoes = context.partyCandidates && context.partyCandidates.length >= 2 ? model.describedParties(words.filter((w) => !STOP.has(w) && !FILLER.has(w))) ?? [] : [];
    const pickedParty = pickFrom(context.partyCandidates, (id) => model.parties.find((p) => p.id === id), (p) => hasLegalForm(p, forms) || describes(described, p) || byWhatItDoes.includes(p));
    const seatRole = words.map((w) => SEAT_ROLE_WORDS[w]).find((x) => x !== undefined);
    const pickedPerson = pickedParty ? undefined : pickFrom(context.personCandidates, (k) => model.personByKey(k), (r) => (seatRole !== undefined && r.seats.some((st) => (!context.partyId || st.party.id === context.partyId) && foldText(st.seat.role).includes(seatRole))) || [...words, ...(/\bcouncil members?\b/.test(folded) ? ['raadslid'] : [])].map((w) => (w === 'alderman' ? 'wethouder' : w === 'mayor' ? 'burgemeester' : /^(councillor|councilor|councilman|councilwoman|raadsman|raadsvrouw)$/.test(w) ? 'raadslid' : w)).some((w) => w.length > 2 && (foldName(r.person.function ?? '').split(/\s+/).includes(w) || nameTokens(r.person.name)[0] === w)));
    if (pickedParty) {
      intent = isPartyIntent(context.intent) || context.intent === 'logMeeting' || context.intent === 'reportSignal' ? context.intent : 'partyInfo';
      party = { kind: 'match', party: pickedParty };
      fromContext = true;
    } else if (pickedPerson) {
      intent = isPersonIntent(context.intent) ? context.intent : 'personSeats';
      person = { kind: 'match', roles: pickedPerson };
      fromContext = true;
    }
  }
  if (isPersonIntent(intent) && !person && ctxPerson && followish && unknownSpans.length === 0) {
    person = { kind: 'match', roles: ctxPerson };
    fromContext = true;
  }
  // "which other parties does he have?" after a portfolio (or account) question: more of the same kind.
  const moreOfTheSame = /\b(besides|else|nog meer|verder nog|daarnaast|other|andere)\b/.test(folded) && !/\b(accounthouder\w*|account|portefeuille\w*|portfolio|pfh|wethouder|alderman)\b/.test(folded);
  // "and what does he do besides that?" after the account holder was named: his other parties, not what the party does.
  const reverseOf = context?.intent ? REVERSE_LOOKUP[context.intent as IntentName] : undefined;
  if (personFromContext && person?.kind === 'match' && isPartyIntent(intent) && intent !== 'partyInfo' && partyMentions.length === 0 && reverseOf && /\b(besides|daarnaast|verder nog|nog meer|else)\b/.test(folded)) intent = reverseOf;
  if ((intent === 'personSeats' || (intent === 'portfolioOf' && moreOfTheSame)) && (fromContext || personFromContext || (hasPerson && startsFollowUp) || (hasPerson && /\b(besides|else|nog meer|verder nog|daarnaast|other|andere)\b/.test(folded))) && !/\b(zit|zitten|sits?|seats?|bestuur\w*|boards?|vertegenwoordig\w*|represent\w*)\b/.test(folded)) {
    if (context?.intent === 'portfolioHolder' || context?.intent === 'portfolioOf') intent = 'portfolioOf';
    else if (context?.intent === 'accountHolder' || context?.intent === 'accountFor') intent = 'accountFor';
  }
  if (unknownPerson && !hasParty && !hasPerson && (intent === 'unknown' || intent === 'guidance' || intent === 'overview' || isPartyIntent(intent) || isPersonIntent(intent))) {
    if (!isPersonIntent(intent)) {
      const forAccounts = scores.accountFor + scores.accountHolder;
      const forPortfolio = scores.portfolioOf + scores.portfolioHolder;
      const forSeats = scores.personSeats + scores.represent;
      const aldermanTitle = /\b(wethouder|alderman)\b/.test(unknownPerson) && forAccounts <= forPortfolio + 2;
      intent = aldermanTitle && forPortfolio + forAccounts > 0 ? 'portfolioOf' : forAccounts > forSeats && forAccounts >= forPortfolio ? 'accountFor' : forPortfolio > forSeats ? 'portfolioOf' : 'personSeats';
    }
    person = { kind: 'unknown', phrase: unknownPerson };
  }
  // "bij welke partijen is de burgemeester voorzitter?", "welke AvA's doet Ruud": the seats, not the portfolio.
  if ((intent === 'portfolioOf' || intent === 'accountFor' || intent === 'unknown') && person?.kind === 'match' && !partyHit && (role !== undefined || body !== undefined) && !/\b(portefeuille\w*|portfolio|pfh|accounthouder\w*|account holder|accounts?|pakket)\b/.test(folded)) intent = 'personSeats';
  // "voor welke partijen is Sander accounthouder", "what is Anna Smit account holder for?": the parties of a person we do not know.
  const reverseShape = /\b(voor welke|van welke|welke partijen|which parties|for which|for what parties|what parties|what is \w+( \w+)? (account holder|portfolio holder) for|waar is \w+( \w+)? (accounthouder|portefeuillehouder) van)\b/.test(folded) || /\b(account holder|portfolio holder) for\s*\??\s*$/.test(folded);
  if ((intent === 'accountHolder' || intent === 'portfolioHolder') && !partyHit && !person && reverseShape && unknownSpans.some((u) => u.cap)) {
    intent = intent === 'accountHolder' ? 'accountFor' : 'portfolioOf';
    // "het werk van Ruud Alkema": the colleague is the end of the phrase.
    const phrase = unknownSpans.find((u) => u.cap)!.text.split(' ');
    const tail = phrase.map((_, k) => model.resolvePerson(phrase.slice(k).join(' '), false)).find((m) => m?.kind === 'match');
    person = tail ?? { kind: 'unknown', phrase: phrase.join(' ') };
  }
  // "en voor welke partijen is ze portefeuillehouder", "waar is de wethouder portefeuillehouder van": the person just talked about, not the party.
  // (A title only when the person just talked about holds it.)
  const titleAsked = /\b(wethouder|alderman)\b/.test(folded) ? 'wethouder' : /\b(burgemeester|mayor)\b/.test(folded) ? 'burgemeester' : undefined;
  const pointsAtPerson = words.some((w) => PERSON_ANAPHORA.has(w)) || (titleAsked !== undefined && (ctxPerson?.person.function ?? '').toLowerCase().includes(titleAsked));
  if ((intent === 'accountHolder' || intent === 'portfolioHolder') && !partyHit && reverseShape && pointsAtPerson && ctxPerson && !person) {
    intent = intent === 'accountHolder' ? 'accountFor' : 'portfolioOf';
    person = { kind: 'match', roles: ctxPerson };
    personFromContext = true;
  }
  if (isPersonIntent(intent) && !person && unknownSpans.length > 0) person = { kind: 'unknown', phrase: unknownSpans[0].text };
  // "wie zit daar namens ons in?" after "en het DB?": that body still.
  // "and at the ggd?" after the substitute at the safety region: the substitute there too.
  if (role === undefined && intent === 'represent' && intentFromContext && startsFollowUp && context?.intent === 'represent' && context.role) role = context.role;
  // ("ik wil de uitkomst van die vergadering vastleggen" after the AvA: that AvA's outcome.)
  const bodyTyped = body;
  if (body === undefined && (fromContext || intentFromContext) && context?.body && (intent === 'represent' || intent === 'nextMeeting' || intent === 'latestDecisions' || intent === 'logMeeting') && (role || anaphora || intentFromContext || startsFollowUp || context.intent === 'nextMeeting' || context.intent === 'latestDecisions' || context.intent === 'logMeeting')) body = context.body;
  if ((intent === 'logMeeting' || intent === 'reportSignal') && !party && ctxParty && anaphora) {
    party = { kind: 'match', party: ctxParty };
    fromContext = true;
  }

  // A question word with only unknown words ("wat is het weer morgen") is not understood.
  if (intent === 'glossary' && terms.length === 0 && unknownSpans.length > 0) {
    const unknownTerm = unknownSpans.map((u) => u.text).join(' ');
    if (unknownTerm.split(' ').length > 3) intent = 'unknown';
  }
  // A weakly asked question about a phrase we do not know is not understood, unless the phrase is plainly an
  // organisation's name after "bij/van/…" ("wie is plaatsvervanger bij Werkzaak Rivierenland"): then it is said to be unknown.
  const namedOrganisation = (p: PartyMention | undefined): boolean => {
    if (p?.kind !== 'unknown') return false;
    const ws = p.phrase.split(' ');
    const span = unknownSpans.find((u) => u.text === p.phrase);
    const at = span ? span.start : -1;
    return at > 0 && NAME_SLOT_BEFORE.has(words[at - 1]) && ((span?.cap ?? false) || ws.some((w) => KIND_WORDS.has(w) || ORGANISATION_NOUNS.test(w)));
  };
  if (isPartyIntent(intent) && party?.kind === 'unknown' && !partyHit && scores[intent] < STRONG && intent !== 'partyInfo' && !intentFromContext && !(scores[intent] >= 1 && intent !== 'linkChannel' && namedOrganisation(party))) intent = 'unknown';
  if (intent === 'partyInfo' && party?.kind === 'unknown' && !(words.length <= 3 && unknownSpans.some((u) => u.cap)) && scores.partyInfo < STRONG) intent = 'unknown';
  if (intent === 'guidance' && !topic) intent = 'unknown';
  // A category named in a request that is not a list question ("schrijf een raadsvoorstel over de nieuwe GR").
  if (intent === 'category' && !listCue && unknownWords >= 2) intent = 'unknown';
  // A person named inside some other request ("plan een afspraak met X volgende week"): not a question about their seats.
  if (intent === 'personSeats' && personSeatsCue === 0 && scores.represent === 0 && cueMax >= 2 && !personFromContext) intent = 'unknown';
  // "ik koop mijn sokken bij de Zeeman", "Dekker, kun je me terugbellen?": a surname in a sentence that asks nothing about seats.
  if (intent === 'personSeats' && !context && person?.kind === 'match' && typedSurnameIsWord(person.roles.person.name, words) && personSeatsCue === 0 && scores.represent === 0 && words.length >= 4 && !PERSON_QUESTION.test(folded) && !/\b(zit|zitten|sits?|seats?|zetel\w*|bestuur\w*|boards?|functies|rollen|roles|namens|vertegenwoordig\w*|represent\w*)\b/.test(folded)) intent = 'unknown';
  // Several ordinary lowercase words are no party name ("wat kost het om mijn rijbewijs te verlengen").
  if (isPartyIntent(intent) && party?.kind === 'unknown' && !partyHit) {
    const phrase = party.phrase;
    const ws = phrase.split(' ');
    const ownWords = unknownSpans.find((u) => u.text === phrase);
    if (ws.length >= 2 && ownWords && !ownWords.cap && !hyphenated.has(ws[0]) && !ws.some((w) => model.partyWords.has(w) || KIND_WORDS.has(w) || ORGANISATION_NOUNS.test(w))) {
      // (A checklist asked for plainly names its party optionally: the phrase is dropped, and the bot asks which party.)
      if (intent === 'startChecklist' && scores[intent] >= STRONG) party = undefined;
      else intent = 'unknown';
    }
  }
  if ((intent === 'overview' || intent === 'largestInterest' || intent === 'financialTotals') && unknownWords >= 2 && scores[intent] < 4) intent = 'unknown';
  // "welke zienswijzetermijnen lopen af", "vergaderingen en zienswijzetermijnen": deadlines in general are the agenda.
  if ((intent === 'zienswijzeDeadline' || intent === 'nextMeeting') && !hasParty && !fromContext && /\b(zienswijzetermijnen|termijnen|deadlines|vergaderingen|meetings)\b/.test(folded)) intent = 'agenda';
  // Meetings in general, no party: the agenda ("which meetings are planned this month?").
  if (intent === 'nextMeeting' && !hasParty && !fromContext && (/\b(vergaderingen|meetings)\b/.test(folded) || scores.agenda >= 2)) intent = 'agenda';
  // "wie is de voorzitter van de RvC van Enexis": the party's own chair, when none of our seats is the chair.
  if (intent === 'represent' && role === 'voorzitter' && partyHit?.kind === 'match' && !/\b(namens ons|voor ons|onze|ons|our|us|we|wij)\b/.test(folded) && !partyHit.party.seats.some((st) => /voorzit|chair/i.test(st.role))) intent = 'unknown';
  // "de brug staat open, weet jij waarom?": a why that is not about taking part.
  if (intent === 'publicInterest' && /\b(weet jij|weet je|do you know) waarom\b|\bwhy is it\b/.test(folded)) intent = 'unknown';
  // "wat is de solvabiliteit van de Dinkelgroep": figures of a party the register does not keep.
  if (intent !== 'unknown' && intent !== 'glossary' && intent !== 'guidance' && intent !== 'reportSignal' && hasParty && terms.some((t) => t === 'solvabiliteit' || t === 'weerstandsvermogen')) intent = 'unknown';
  // "how much is parking per hour", "hoeveel kost een kuub water": a tariff, not our interest.
  if (intent === 'financialInterest' && /\bper (uur|hour|kuub|liter|m3|kilo|ton|stuk)\b|\b(kuub|liter)\b/.test(folded)) intent = 'unknown';
  // "wat was het resultaat van de veiligheidsregio over 2023": a party's results are not in the register.
  if (intent !== 'unknown' && intent !== 'reportSignal' && /\b(resultaat|result|results|jaarresultaat)\b/.test(folded) && /\b(was|waren|over (19|20)\d\d|in (19|20)\d\d)\b/.test(folded)) intent = 'unknown';
  // "wat was de jaarrekening uitkomst van de GGD 2024": a party's annual results are not in the register.
  if (intent !== 'unknown' && intent !== 'reportSignal' && /\b(jaarrekening|annual accounts)\b/.test(folded) && /\b(uitkomst|resultaat|result|outcome)\b/.test(folded) && !/\b(registreren|vastleggen|invoeren|noteren|loggen|record|log)\b/.test(folded)) intent = 'unknown';
  // "wat was onze bijdrage aan de VR in 2019": past figures are not in the register.
  if (intent === 'financialInterest' && /\b(was|waren|betaalden|paid|were)\b/.test(folded) && /\b(19|20)\d\d\b/.test(folded)) intent = 'unknown';
  // "wanneer is de volgende raadsvergadering": the council's own meetings are not in the register.
  if (intent === 'nextMeeting' && !hasParty && !fromContext && /\b(raadsvergadering|raadsvergaderingen|gemeenteraadsvergadering|collegevergadering|council meeting|commissievergadering)\b/.test(folded)) intent = 'unknown';
  // "wanneer" alone is no meeting question ("wanneer wordt mijn container geleegd door Avalex?").
  if (intent === 'nextMeeting' && !fromContext && !intentFromContext && !body && !/(vergad\w*|\bmeet\w*|bijeen\w*|overleg\b|\btafel|\belkaar|zitting\w*|\bsessions?|\bweer naar|\bgo to\b.*\bagain|\bstuurgroep\w*|\bsteering)\b/.test(folded)) intent = 'unknown';
  // Only a question word plus words the bot does not know ("wanneer wordt mijn container geleegd
  // door Avalex?"): out of scope, not a question about the party.
  const lowerUnknown = unknownSpans.filter((u) => !u.cap).reduce((n, u) => n + u.text.split(' ').length, 0);
  if (intent !== 'unknown' && intent !== 'partyInfo' && intent !== 'reportSignal' && intent !== 'logMeeting' && intent !== 'guidance' && !intentFromContext && unknownWords >= 2 && hasParty && scores[intent] < STRONG) intent = 'unknown';
  // A name plus a question the bot does not know ("how many employees does Avalex have?"): not a card about the party.
  if (intent === 'partyInfo' && partyInfoCue < 2 && lowerUnknown >= 1 && !fromContext) intent = 'unknown';
  // "het was een heel theater in de raad gisteren": everyday words in a sentence, no question about a party.
  if (intent === 'partyInfo' && onlyEverydayParty && partyInfoCue < 2 && words.length > 3 && !fromContext && !/^(wat|wie|hoe|waar|wanneer|welke|what|who|how|where|when|which|vertel|tell|kun|kan|can|could)\b/.test(withoutFiller) && !/\?\s*$/.test(typed)) intent = 'unknown';
  // "hoeveel <something we do not keep>": counting what the register does not hold.
  if (intent !== 'unknown' && /\b(hoeveel|how many)\b/.test(folded)) {
    const at = words.findIndex((w) => w === 'hoeveel' || w === 'many');
    const next = toks.slice(at + 1).find((t) => !STOP.has(t.w) && !FILLER.has(t.w));
    if (next && !next.claim && !next.cap && unknownSpans.some((u) => u.text.split(' ').includes(next.w))) intent = 'unknown';
  }

  // "wat is de paragraaf verbonden partijen?": what it is, not making one.
  if (intent === 'paragraph' && terms.includes('paragraaf_verbonden_partijen') && scores.glossary >= 2 && !/\b(maak|genereer|geef|stuur|exporteer|download|make|generate|create|export|send|opstellen|schrijf)\b/.test(folded)) intent = 'glossary';
  // "wat kost een paspoort", "wat kost een ton afval verbranden bij Twence": a price, not our interest.
  if (intent === 'financialInterest' && /\b(kost|kosten|costs?|prijs|price|tarief|tarieven)\b/.test(folded) && !/\b(belang|interest|bijdrage|contribution|geld|money|betalen|betaalt|pay|ons|we|us|wij)\b/.test(folded) && (lowerUnknown >= 1 || party?.kind === 'unknown' || /\bper (uur|dag|week|maand|stuk|kwartier|hour|day|month)\b/.test(folded) || (/\bper jaar\b/.test(folded) && party?.kind !== 'match'))) intent = 'unknown';
  // "who is the CEO of Alliander?": staff, addresses, opening hours are not in the register.
  if (intent !== 'unknown' && !['reportSignal', 'logMeeting', 'startChecklist', 'guidance', 'glossary'].includes(intent) && asksWhatIsNotKept(typed, folded, party)) intent = 'unknown';
  // "mijn container is niet geleegd, wie moet ik bellen": a practical errand, not internal alignment.
  if (intent === 'guidance' && topic === 'alignment' && /\b(bellen|bel|call|phone|ring|mailen)\b/.test(folded) && !GOVERNANCE_WORDS.test(folded) && terms.length === 0) intent = 'unknown';
  // "schrijf de zienswijze maar vast voor me": writing a text is not something this bot does.
  if (intent !== 'unknown' && intent !== 'paragraph' && intent !== 'logMeeting' && intent !== 'reportSignal' && /\b(schrijf|schrijven|write|formuleer|formuleren|opstellen)\b/.test(folded) && (/^(schrijf|write|formuleer)\b/.test(folded) || /\b(voor me|voor mij|for me)\b/.test(folded)) && !/\b(paragraaf|paragraph)\b/.test(folded)) intent = 'unknown';
  // "is Esther Dijkstra vandaag thuis?", "wat vind jij van wethouder Kramer?": a person named in a question about something else.
  if (intent === 'personSeats' && /\b(vind jij|vind je|what do you think|thuis|home|ziek|sick|vakantie|holiday|jarig|birthday|afspraak|inplannen|lunchen|lunch|koffie|coffee|appointment|schedule)\b/.test(folded)) intent = 'unknown';
  // "is de bieb zaterdag open?": opening hours are not in the register.
  if (intent !== 'unknown' && /\b(open|dicht|gesloten|closed|opening)\b/.test(folded) && /\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|nu|now|kerst|pasen|feestdagen|christmas|easter|holidays|zomervakantie)\b/.test(folded) && !/(checklist|actie|stappen|steps|zienswijze)/.test(folded)) intent = 'unknown';
  // "stuur de raadsinformatiebrief naar de griffie": sending documents is not something this bot does.
  if ((intent === 'guidance' || intent === 'glossary') && /^(stuur|verstuur|send|mail|email)\b/.test(folded) && !/\b(stuur me|send me|stuur mij)\b/.test(folded)) intent = 'unknown';
  // "wat vind jij van de plannen van de wethouder": an opinion is not the bot's to give.
  if (/\b(wat vind jij|wat vind je|wat vindt u|what do you think|your opinion|jouw mening)\b/.test(folded)) intent = 'unknown';
  // "maak een checklist voor mijn verhuizing", "plan a coffee with my team": personal errands.
  if (/\b(verhuizing|verhuis|bruiloft|boodschappen|koffie|coffee|lunch|moving house|wedding|groceries)\b/.test(folded) && !GOVERNANCE_WORDS.test(folded) && !hasParty) intent = 'unknown';
  // "mijn aanslag gemeentelijke belastingen klopt niet": one's own tax bill, not a signal about the partner.
  if (/\b(mijn|my) (aanslag|woz|belastingaanslag|tax bill|tax assessment|aanslagbiljet|rekening|waterrekening|energierekening|factuur|bill|water bill|energy bill)\b/.test(folded)) intent = 'unknown';
  // "ok dank je gr marloes": thanks and a greeting, signed with a name.
  if (/^(ok |oke |top |prima |super )?(dank je|dankjewel|bedankt|thanks|thank you|thx|merci)\b/.test(folded) && /\b(gr|groet|groetjes|grt|regards|cheers)\b/.test(folded) && !hasParty) intent = 'unknown';
  // "plan een teams overleg met harm in", "wanneer gaat het buitenbad open": agenda-keeping and opening times.
  if (/\b(plan|plannen|inplannen|schedule|book|boek)\b.*\b(overleg|meeting|afspraak|call|gesprek)\b.*\b(met|with)\b/.test(folded) && !hasParty) intent = 'unknown';
  if (/\b(gaat|gaan|opent|open gaat|opens)\b.*\bopen\b|\bopeningstijden\b|\bopening hours\b/.test(folded) && !/(checklist|actie|stappen|steps|zienswijze)/.test(folded)) intent = 'unknown';
  // "waar vind ik de notulen van 2019", "where can I find the archive of council minutes": documents the bot does not keep.
  if (/\b(waar vind ik|waar kan ik .* vinden|where can i find|where do i find)\b/.test(folded) && /\b(notulen|minutes|stukken|documents|archief|archive|verslag|verslagen|report|reports)\b/.test(folded)) intent = 'unknown';

  // "thanks, that's all": a thank-you, answered politely by the dialog.
  if (/^(thanks|thank you|thx|bedankt|dank je|dankjewel|dank u)\b/.test(folded) && words.length <= 5 && !hasParty && !hasPerson) intent = 'unknown';
  // "hoe meld ik een lekkage in het gemeentehuis": facility trouble, not a warning signal about a partner.
  if (!hasParty && /\b(lekkage|lek|lantaarnpaal|lantaarnpalen|kapotte|kapot|defect|defecte|gat in de weg|stoep|riool|zwerfafval|graffiti|verstopping|leak|broken streetlight|pothole)\b/.test(folded)) intent = 'unknown';
  // "lekkage bij de kraan, moet ik Vitens bellen", "stroomstoring thuis": a household errand, not the party's governance.
  if (/\b(bellen|bel|call|phone|ring|mailen)\b/.test(folded) && /\b(lekkage|lek|kraan|storing|stroomstoring|stroom uitgevallen|verstopt|verstopping|thuis|at home|outage|power cut|voor mijn deur|in mijn straat)\b/.test(folded) && !GOVERNANCE_WORDS.test(folded)) intent = 'unknown';
  // "can you email him that I'm looking for him", "stuur Ruud een appje": messages the bot does not send.
  if (/\b(email him|email her|mail him|mail her|mail hem|mail haar|appje|app hem|app haar|bericht sturen|stuur .* (een )?(appje|berichtje|bericht|mailtje)|text him|text her|let him know|let her know|laat hem weten|laat haar weten)\b/.test(folded)) intent = 'unknown';
  // "ik sta in de file bij Leerdam, kom wat later", "regel een bos bloemen voor Ilse": about one's day, not a question for the bot.
  if (/\b(in de file|kom (wat |iets |een beetje |even )?later|ben (\d+ (min|minuten) )?(wat |iets )?later|kom te laat|ben te laat|in de trein|onderweg|bos bloemen|bloemen|afscheid|verjaardag|jarig|beterschap|ziek gemeld|verplaatst naar|raadzaal|vergaderzaal|vergaderruimte|stuck in traffic|running late|be late|flowers|farewell|birthday)\b/.test(folded)) intent = 'unknown';
  // "kan Kramer mij morgen bellen?", "kun je een mail sturen naar de burgemeester": calls and mails the bot does not make.
  if (/\b(mij|me|mijn|my) (\w+ ){0,4}(bellen|terugbellen|call|phone)\b|\b(bellen|bel|call) (mij|me)\b/.test(folded) || (/\b(kun je|kan je|kunt u|can you|could you|wil je|would you)\b/.test(folded) && /\b(mail|e-?mail|mailtje|mailen|appje|bericht|message)\b/.test(folded) && !/\b(wie|who|welke|which)\b/.test(folded))) intent = 'unknown';
  // "welke route is mooi", "mag ik mijn hond meenemen": leisure, not governance.
  if (/\b(wandelen|fietsen|hond|honden|route is mooi|mooie route|zwemmen|picknick|barbecue|walk|hiking|my dog)\b/.test(folded) && !GOVERNANCE_WORDS.test(folded)) intent = 'unknown';
  // "mijn outlook doet het niet": IT trouble, not a question for this bot.
  if ((!hasParty || (/\b(laptop|computer|printer|wifi|schijf|harde schijf|disk)\b/.test(folded) && !GOVERNANCE_WORDS.test(folded))) && intent !== 'calendarRevoke' && /\b(laptop|computer|printer|wachtwoord|password|wifi|inloggen|log in|login|doet het niet|doet raar|werkt niet|vol zit|is vol|wont start|won t start|broken(?! down)|doesnt work|does not work|kapot|crasht|crashes|storing|vastgelopen)\b/.test(folded)) intent = 'unknown';
  // Another municipality's seat or money ("wie vertegenwoordigt de gemeente Oss bij de GGD?",
  // "what does Hengelo pay to the safety region"): the register only knows our own.
  // "wie zit er namens ons in het AB van het waterschap?": asked for us, the water board is the party.
  // "onze vertegenwoordiger bij het waterschap": after "bij" the water board is the party asked about, not the owner.
  const ownerHit = OTHER_OWNERS.exec(folded);
  const otherOwner = /\b(namens ons|voor ons|for us|on our behalf)\b/.test(folded) || (ownerHit && /\b(bij|in|at|with)\s*$/.test(folded.slice(0, ownerHit.index)) && /\b(ons|onze|our|us|we|wij)\b/.test(folded)) ? undefined : ownerHit?.[0];
  // "Apeldoorn's account holder": another municipality's, in the possessive.
  const possessive = [...typed.matchAll(/(\S+\s+)?\b([A-Z][a-z\p{Ll}-]+)['’]s\s+(account|representative|rep|delegate|alderman|mayor|share|shares|stake|interest|financial|seat|seats|contribution|money|board)/gu)]
    .filter((m) => !/^(de|van|der|den|alderman|mayor|mr|mrs|ms|wethouder)\s+$/i.test(m[1] ?? ''))
    .map((m) => m[2])
    .find((n) => {
      const w = tokenize(n).join('');
      return !STOP.has(w) && !FILLER.has(w) && !model.partyWords.has(w) && !model.personWords.has(w) && !model.municipalityWords.has(w);
    });
  // "de gemeente Tubbergen wil toetreden, start de checklist": another municipality's step is a change at our party.
  const foreign = intent !== 'unknown' && intent !== 'startChecklist' && intent !== 'reportSignal' && intent !== 'logMeeting' ? (aboutOtherMunicipality(toks, model, hyphenated) ?? possessive ?? (party?.kind !== 'unknown' && party?.kind !== 'ambiguous' ? namedMunicipality(typed, model) : undefined) ?? (otherOwner && (['financialInterest', 'represent', 'accountHolder', 'portfolioHolder'].includes(intent) || (['overview', 'category', 'risk', 'financialTotals', 'largestInterest'].includes(intent) && /\b(heeft|hebben|has|have) (de provincie|het rijk|the province|the state)\b/.test(folded))) ? otherOwner : undefined)) : undefined;
  // The question another municipality's seat was asked with ("wie vertegenwoordigt Delft ..."): "en wie namens ons?" asks it for us.
  const askedForOther = foreign ? intent : undefined;
  // "wie is portefeuillehouder van het waterschap", "who represents us at the province of Gelderland": with none
  // of our parties named, the other government after a preposition is the party asked about, and it is not ours.
  const ownerAsParty = foreign !== undefined && foreign === otherOwner && ownerHit !== null && !partyHit && isPartyIntent(intent)
    && /\b(van|aan|bij|in|at|of|to|from|voor|over)\s*$/.test(folded.slice(0, ownerHit.index)) && !/\b(belang|interest|aandeel|aandelen|share|shares|stake|bijdrage|contribution)\s+(van|of)\s*$/.test(folded.slice(0, ownerHit.index));
  if (ownerAsParty) party = { kind: 'unknown', phrase: folded.slice(ownerHit.index).split(' ').slice(0, 4).join(' '), closest: [] };
  else if (foreign) intent = 'unknown';

  // "met wie moet ik schakelen over de VR, wie is de accounthouder?", "who do I contact about X, i.e. the account holder":
  // the contact for one party is its account holder, not advice on alignment.
  if (intent === 'guidance' && party?.kind === 'match' && (topic === 'alignment' || topic === 'role:accounthouder') && /\b(accounthouder|account holder|accountholder|ambtelijk|aanspreekpunt|contactpersoon|contact person)\b/.test(folded) && /\b(wie|who|whom)\b/.test(folded) && !/\b(ik ben|i am|im|ik word|als accounthouder|as account holder|as an account holder|mijn rol|my role|verwacht|expected|taken|tasks)\b/.test(folded)) intent = 'accountHolder';
  // "someone said the GGD is 'verlengd lokaal bestuur', what does that mean": the quoted term's meaning is asked.
  if (meaningAsked && intent !== 'glossary') {
    const quoted = [...typed.matchAll(/['‘’"“”]([^'‘’"“”]{2,60})['‘’"“”]/g)].map((m) => model.book.phrases.get(tokenize(m[1]).join(' '))?.term).filter((t): t is GlossaryId => t !== undefined);
    if (quoted.length > 0) {
      intent = 'glossary';
      terms.splice(0, terms.length, ...quoted);
    }
  }
  if (intent !== 'unknown' && SMALL_TALK.test(folded)) intent = 'unknown';
  if ((isPersonIntent(intent) || intent === 'partyInfo' || intent === 'represent') && PRIVATE_LIFE.test(folded) && !GOVERNANCE_WORDS.test(folded)) intent = 'unknown';
  if ((intent === 'partyInfo' || intent === 'publicInterest') && OPENING_HOURS.test(folded) && !GOVERNANCE_WORDS.test(folded)) intent = 'unknown';
  if ((isPersonIntent(intent) || isPartyIntent(intent)) && NOT_GOVERNANCE.test(folded)) intent = 'unknown';
  // "Het zwembad vraagt om extra geld. Welke wethouder moet ik hierover informeren?": that party's portfolio holder.
  if (intent === 'guidance' && (party?.kind === 'match' || ctxParty) && /\b(welke|which) (wethouder|alderman|portefeuillehouder|portfolio holder|collegelid)\b/.test(folded)) {
    intent = 'portfolioHolder';
    if (!party) {
      party = { kind: 'match', party: ctxParty! };
      fromContext = true;
    }
  }
  // "voor welke partijen is die persoon portefeuillehouder?" after a party's seats: a list of parties is asked,
  // for one of the people just named, not the portfolio holder of that party.
  if ((intent === 'portfolioHolder' || intent === 'accountHolder') && fromContext && !partyHit && !person && (/\b(welke partijen|which parties|welke verbonden partijen|for which|voor welke)\b/.test(folded) || /^(en |and )?(waar|where) is\b.*\b(van|of|for)$/.test(folded))) {
    // "de wethouder": the one of the people named before who holds that office.
    const office = words.map((w) => OFFICE_WORDS[w]).find((o) => o !== undefined && o !== 'accounthouder');
    const holding = office ? [...peopleByKeys(model, context?.lastPeople), ...peopleByKeys(model, context?.earlierPeople)].filter((r) => foldText(r.person.function ?? '').includes(office)) : [];
    const named = holding.length > 0 ? holding : peopleByKeys(model, context?.lastPeople);
    if (named.length > 0) {
      intent = intent === 'portfolioHolder' ? 'portfolioOf' : 'accountFor';
      person = named.length === 1 ? { kind: 'match', roles: named[0] } : { kind: 'ambiguous', candidates: named };
      party = undefined;
      fromContext = false;
      personFromContext = true;
    }
  }
  // "ik word haar vervanger, wat wordt er van een accounthouder verwacht?": the role's tasks, not her parties.
  if (isPersonIntent(intent) && personFromContext && roleTopics.length > 0 && EXPECTATION.test(folded)) {
    intent = 'guidance';
    topic = `role:${roleTopics[0]}`;
  }
  // "Ik moet even schakelen met mijn teamleider, ben zo terug": a remark, not a question about alignment.
  if (intent === 'guidance' && scores.guidance < 6 && ['ik', 'wij', 'we', 'i'].includes(words[0] ?? '') && !/\?/.test(typed) && !/\b(wie|wat|hoe|wanneer|waar|welke|waarom|waaraan|moet ik|moeten we|kan ik|mag ik|who|what|how|when|where|which|why|should|must i|can i|could|do i|leg|uitleg|vertel|explain|tell|geef|show|toon|help|advies|advice|tips?|weten|know|wonder|vraag|afvragen)\b/.test(folded)) intent = 'unknown';
  // "koppel dit kanaal aan een partij", "link this Teams channel to a partner": no party named yet (the bot asks which).
  if (party?.kind === 'unknown' && tokenize(party.phrase).every((w) => NO_PARTY_NAME.has(w))) party = undefined;
  // "de directeur is plotseling vertrokken, is dat iets om me zorgen over te maken?", "…, is that a warning sign?":
  // whether something is a signal is advice on the signals (its card offers to report one), not the report itself.
  if (['reportSignal', 'zienswijzeDeadline', 'startChecklist', 'financialInterest', 'partyInfo', 'personSeats'].includes(intent) && WHETHER_SIGNAL.test(folded) && !/\b(meld|melden|report|log|vastleggen|registreren|noteren)\b/.test(folded)) {
    intent = 'guidance';
    topic = 'signals';
  }

  // "wie stemt er in de AvA van de bank?" beside a Kredietbank (a GR, no AvA): the one candidate with that body.
  // (A body typed in this message, among a few candidates: not the body of the turn before, nor a long list from a loose word.)
  if (party?.kind === 'ambiguous' && body && body === bodyTyped && party.candidates.length <= 3 && bodyKey(body) !== 'bestuur') {
    const withBody = party.candidates.filter((p) => p.seats.some((st) => sameBody(st.body, body!)));
    if (withBody.length === 1) party = { kind: 'match', party: withBody[0] };
  }
  if (intent === 'represent') {
    // "ons AB-lid", "lid van het dagelijks bestuur": the member, not the substitute.
    if (!role && body && /\b(ab|db|bestuurs|rvc|ava|alv) ?(lid|leden)\b|\b(lid|leden) (van|in) (het |de )?(ab|db|algemeen bestuur|dagelijks bestuur|bestuur|rvc|ava|alv)\b/.test(folded)) role = 'lid';
    // "wie stemt namens ons bij Enexis", "who casts our shareholder vote": the shareholders' meeting.
    if (!body && party?.kind === 'match' && /\b(stemt|stem|stemmen|stemrecht|vote|votes|voting|casts?)\b/.test(folded) && party.party.seats.some((st) => bodyKey(st.body) === 'ava') && !party.party.seats.some((st) => ['ab', 'db'].includes(bodyKey(st.body)))) body = 'AvA';
  }

  // "en hoeveel zit daar in totaal in?" after the foundations; "het totaal van onze deelnemingen": that category's total.
  if (intent === 'financialTotals' && !category) {
    if (terms.includes('deelneming') || /\b(deelnemingen|shareholdings)\b/.test(folded)) category = 'vennootschap of coöperatie';
    // ("what's the total?" right after the list of one category is that list's total.)
    else if (context?.category && (anaphora || context.intent === 'category' || /\b(die|those|them|these|daarvan|daarin|daar|samen|together)\b/.test(folded)) && !/\b(alle|all|alles|overall|per|everything|grand)\b/.test(folded)) category = context.category;
  }
  const year = /\b(20\d\d)\b/.exec(folded)?.[1];
  const periodDays = /\b(week|weken|weeks)\b/.test(folded) ? (/\b(twee|2|two)\b/.test(folded) ? 14 : 7) : /\b(kwartaal|quarter|drie maanden|3 maanden)\b/.test(folded) ? 92 : 31;
  const ascending = /\b(kleinste|kleinst|laagste|smallest|lowest|minste|minst|least)\b/.test(folded);
  const namedPlainly = levels.filter((l) => !negatedLevels.includes(l));
  const finalLevels = complementLevels ?? (negateRisk ? (namedPlainly.length > 0 ? namedPlainly : RISK_PROFILES.filter((l) => !levels.includes(l))) : levels);

  const alternatives = ranked
    .filter((i) => i !== intent)
    .slice(0, 3)
    .map((i) => ({ intent: i, party: party?.kind === 'match' ? party.party : undefined }));
  const confident = intent !== 'unknown' && (score >= STRONG || score - second >= 1 || intent === 'partyInfo');
  // "welke GR'en hebben we? — en welke is de grootste?": the ranking of the list just shown, unless all are asked.
  const rankedAmong = compare.length >= 2 ? compare : intent === 'largestInterest' && !hasParty && context && !/\b(alle|all|overall|everything|allemaal|totaal|total)\b/.test(folded) ? listShown(model, context, /\b(daarvan|ervan|van die|van deze|of those|of them|of these|among them|among those)\b/.test(folded)) : [];
  return {
    intent,
    party: isPartyIntent(intent) || intent === 'logMeeting' || intent === 'reportSignal' || intent === 'subscribeDigest' ? party : undefined,
    // Not ours to answer, but the party stays for "en wie namens ons?", unless another municipality's
    // own name found it ("namens Zaanoever" is not the ISD Wijkerbroek-Zaanoever).
    subjectParty: intent === 'unknown' && party?.kind === 'match' && !(foreign && nameTokens(foreign).some((w) => party.party.aliases.concat(party.party.name).some((n) => nameTokens(n).includes(w)))) ? party.party : undefined,
    person: isPersonIntent(intent) ? person : undefined,
    answerParty: intent === 'largestInterest' ? topByInterest(rankedAmong.length >= 2 ? rankedAmong : model.parties, ascending) : intent === 'guidance' && party?.kind === 'match' ? party.party : answeredParty(intent, person),
    terms,
    unknownTerm: intent === 'glossary' && terms.length === 0 ? unknownSpans.map((u) => u.text).join(' ') : undefined,
    body,
    role,
    category: intent === 'financialTotals' && categories.size > 1 ? undefined : category,
    levels: finalLevels.sort(),
    change,
    topic,
    year: year ? Number(year) : undefined,
    periodDays,
    ascending,
    compare: intent === 'largestInterest' && rankedAmong.length >= 2 ? rankedAmong : undefined,
    fromContext: fromContext || personFromContext,
    otherMunicipality: foreign,
    askedForOther,
    confident,
    score,
    alternatives,
  };
}

/** The parties of the list the last answer showed (one category, or risk levels), or none. */
function listShown(model: UnderstandingModel, context: ConversationContext, ofThose: boolean): Party[] {
  if (!context.intent || !LIST_INTENTS.includes(context.intent)) return [];
  if (context.category && context.intent !== 'risk') return model.partiesOfCategory(context.category);
  // A risk list only with "daarvan", "of those": "which is the biggest?" after one is often asked of all parties.
  if (ofThose && context.levels && context.levels.length > 0 && (context.intent === 'risk' || context.intent === 'largestInterest')) return model.parties.filter((p) => p.riskProfile !== null && context.levels!.includes(p.riskProfile));
  return [];
}

/** NOT_KEPT for every occurrence, built once (matchAll copies it, so no state is shared between calls). */
const NOT_KEPT_EACH = new RegExp(NOT_KEPT.source, 'g');

/**
 * What the register does not keep, asked in the question itself: not a word in a sentence of context
 * beside the question ("…accounthouder van BNG? ik heb een vraag over het dividend"), nor a word of the
 * named party's own description ("the account holder for the WOZ and tax collection body").
 */
function asksWhatIsNotKept(typed: string, folded: string, party: PartyMention | undefined): boolean {
  // "dus niet de afvalstoffenheffing maar ons belang": a word said not to be meant does not count.
  const hits = [...folded.matchAll(NOT_KEPT_EACH)].filter((m) => !/\b(niet|not|geen|no)\s+((de|het|the|een|a)\s+)?$/.test(folded.slice(Math.max(0, (m.index ?? 0) - 12), m.index))).map((m) => m[0]);
  const described = party?.kind === 'match' ? foldText(party.party.publicInterest ?? '') : '';
  if (!hits.some((h) => !new RegExp(`\\b${h}`).test(described))) return false;
  const sentences = typed.split(/(?<=[?!.])\s+/);
  const questions = sentences.filter((x) => /\?\s*$/.test(x));
  return sentences.length < 2 || questions.length === 0 || questions.some((x) => NOT_KEPT.test(foldText(x)));
}

/** The party a ranking by financial interest starts with (as the ranking card orders them). */
function topByInterest(parties: readonly Party[], ascending: boolean): Party | undefined {
  let top: Party | undefined;
  for (const p of parties) {
    if (p.financialInterestCents === null || p.archivedAt) continue;
    if (!top || (ascending ? p.financialInterestCents < (top.financialInterestCents ?? 0) : p.financialInterestCents > (top.financialInterestCents ?? 0))) top = p;
  }
  return top;
}

/** Descriptions of a kind of party in other words, as the name would say it ("the cooperative"). */
const KIND_OF_WORD = wordTable<string>({ cooperative: 'cooperatie', coop: 'cooperatie', foundation: 'stichting', association: 'vereniging', company: 'bedrijf', waste: 'afval' });

/** Whether these words describe this party: a word of its name or a word with the same start ("het afvalbedrijf" for "Afvalservice X"). */
function describes(words: string[], p: Party): boolean {
  // (The official name's own words too: name tokens leave out kinds such as "stichting".)
  const tokens = [p.name, ...p.aliases].flatMap((n) => [...nameTokens(n), ...tokenize(n).filter((w) => w.length >= 4)]);
  return words.some((w) => tokens.some((t) => t === w || (w.length >= 5 && t.length >= 5 && commonPrefix(w, t) >= 5)));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The indexes of the words a comma, colon, semicolon or question mark follows; none when the clauses do not add up to the words. */
function clauseBreaks(text: string, wordCount: number): Set<number> {
  const out = new Set<number>();
  let n = 0;
  for (const clause of text.split(/[,;:?!]+/)) {
    n += tokenize(clause).length;
    out.add(n - 1);
  }
  return n === wordCount ? out : new Set();
}

/** The one party a person's answer names ("waar zit Tjeerd?" → one seat), so "daar" can point at it. */
function answeredParty(intent: IntentName, person: PersonMention | undefined): Party | undefined {
  if (person?.kind !== 'match') return undefined;
  const parties = intent === 'personSeats' ? person.roles.seats.map((s) => s.party) : intent === 'accountFor' ? person.roles.accountFor : intent === 'portfolioOf' ? person.roles.portfolioFor : [];
  const one = new Set(parties);
  return one.size === 1 ? [...one][0] : undefined;
}

/** "zit hij daar ook in het bestuur?", "is he also the portfolio holder for it?": back at the party, not elsewhere. */
function backAtTheParty(folded: string): boolean {
  return /\b(daar|there|it|its|erin|daarin|ervan|daarvan)\b/.test(folded) && !/\b(nog meer|ergens anders|elsewhere|where else|anywhere else|other parties|andere partijen)\b/.test(folded);
}

/** A role named as one compound word ("eigenaarsrol"): the role it names. */
const ROLE_COMPOUNDS = wordTable<RoleTopic>({ eigenaarsrol: 'eigenaar', opdrachtgeversrol: 'opdrachtgever', accounthoudersrol: 'accounthouder' });
/** A role named as what one holds ("het opdrachtgeverschap"): asked about beside a party, it is that role. */
const ROLE_SHIPS = wordTable<RoleTopic>({ opdrachtgeverschap: 'opdrachtgever', eigenaarschap: 'eigenaar' });
/** A question about a party's person, turned to that person's other parties ("and what does he do besides that?"). */
const REVERSE_LOOKUP: Partial<Record<IntentName, IntentName>> = { accountHolder: 'accountFor', accountFor: 'accountFor', portfolioHolder: 'portfolioOf', portfolioOf: 'portfolioOf', represent: 'personSeats', personSeats: 'personSeats' };

/** Words that point at a person of the last answer, by pronoun or by the role or office they held there. */
const PRONOUN_GENDER = wordTable<'f' | 'm' | 'any'>({ zij: 'f', ze: 'f', haar: 'f', she: 'f', her: 'f', hij: 'm', hem: 'm', he: 'm', him: 'm', his: 'm', die: 'any', diegene: 'any', dezelfde: 'any' });
const SEAT_ROLE_WORDS = wordTable<string>({ plaatsvervanger: 'plaatsvervanger', plv: 'plaatsvervanger', substitute: 'plaatsvervanger', deputy: 'plaatsvervanger', vervanger: 'plaatsvervanger', voorzitter: 'voorzitter', chair: 'voorzitter' });
const OFFICE_WORDS = wordTable<string>({ wethouder: 'wethouder', alderman: 'wethouder', alderwoman: 'wethouder', burgemeester: 'burgemeester', mayor: 'burgemeester', commissaris: 'commissaris', commissioner: 'commissaris', raadslid: 'raadslid', accounthouder: 'accounthouder' });
/** A question about a person's other places: "nog meer", "ergens anders", "where else", "waar zit". */
const ELSEWHERE = /\b(nog meer|ergens anders|nog ergens|ook ergens|elders|elsewhere|where else|what else|anywhere else|somewhere else|other seats|other boards|other bodies|any boards?|any other boards?|ergens in een bestuur|in een bestuur|in besturen|andere organen|andere besturen|waar zit|waar zitten|where does|where is|allemaal|verder nog|verder in|ook nog)\b/;

/**
 * The person a follow-up means among the people the last answer named: by role ("de plaatsvervanger"),
 * office ("de wethouder") or pronoun ("zij"); several fitting are offered, not guessed.
 */
function personNamedBefore(words: string[], folded: string, context: ConversationContext | undefined, model: UnderstandingModel): PersonMention | undefined {
  const keys = context?.lastPeople;
  // "en zij?" after a person's seats: the other person of that answer, asked the same.
  const pronounOnly = words.filter((w) => !FILLER.has(w) && w !== 'en' && w !== 'and' && w !== 'what' && w !== 'about').length === 1 && words.some((w) => PRONOUN_GENDER[w] === 'f' || PRONOUN_GENDER[w] === 'm') && !!context?.intent && isPersonIntent(context.intent);
  if (!keys || keys.length === 0 || (!ELSEWHERE.test(folded) && !pronounOnly)) return undefined;
  // "wat doen die eigenlijk allemaal?": what the party does.
  if (/\b(wat doen|wat doet|what do|what does)\b/.test(folded)) return undefined;
  // "zit hij daar ook in het bestuur?", "is he also the portfolio holder for it?": a question about the party.
  if (backAtTheParty(folded)) return undefined;
  // The last pronoun is the one asked about ("so he holds the portfolio but she votes? where else does she sit?").
  const pronoun = words.map((w) => PRONOUN_GENDER[w]).filter((g) => g !== undefined).pop();
  const seatRole = words.map((w) => SEAT_ROLE_WORDS[w]).find((r) => r !== undefined);
  const office = words.map((w) => OFFICE_WORDS[w]).find((o) => o !== undefined);
  if (!pronoun && !seatRole && !office && !/\b(that person|die persoon|deze persoon|the person)\b/.test(folded)) return undefined;
  let people = peopleByKeys(model, keys);
  const partyId = context?.partyId;
  const narrow = (keep: (r: (typeof people)[number]) => boolean): void => {
    const fit = people.filter(keep);
    if (fit.length > 0) people = fit;
  };
  if (seatRole) narrow((r) => r.seats.some((s) => (!partyId || s.party.id === partyId) && foldText(s.seat.role).includes(seatRole)));
  if (office === 'commissaris') narrow((r) => r.seats.some((s) => (!partyId || s.party.id === partyId) && /rvc|rvt|commissar|toezicht/i.test(s.seat.body)));
  else if (office === 'accounthouder') narrow((r) => r.accountFor.length > 0);
  else if (office) narrow((r) => foldText(r.person.function ?? '').includes(office));
  if (pronoun === 'f' || pronoun === 'm') {
    const fits = (r: (typeof people)[number]): boolean => genderOfFirstName(r.person.name) !== (pronoun === 'f' ? 'm' : 'f');
    const fit = people.filter(fits);
    // "he holds the portfolio but she votes? where else does she sit?": she was named the answer before.
    const earlier = fit.length > 0 ? [] : peopleByKeys(model, context?.earlierPeople).filter(fits);
    if (fit.length > 0) people = fit;
    else if (earlier.length > 0) people = earlier;
  }
  // "en zij?" asks about someone else than the one just answered.
  if (pronounOnly && context?.personKey && people.length > 1) people = people.filter((r) => contextKeyOf(r.person) !== context.personKey);
  // "wie zit er in het AB? — en waar zit hij verder nog in?": the member the answer led with, not the substitute listed under them.
  // (Only when the answer had that one member: two members and a substitute leave "he" open.)
  else if (people.length > 1 && !seatRole && partyId && (pronoun === 'f' || pronoun === 'm')) {
    const body = bodyAsked(model.parties.find((p) => p.id === partyId)?.seats ?? [], context?.body);
    const holds = (r: PersonRoles): boolean => r.seats.some((s) => s.party.id === partyId && (!body || sameBody(s.seat.body, body)) && !/plaatsvervang|substitute|deputy/.test(foldText(s.seat.role)));
    const members = peopleByKeys(model, keys).filter(holds);
    if (members.length === 1 && people.includes(members[0])) people = members;
  }
  if (people.length === 1) return { kind: 'match', roles: people[0] };
  return people.length > 1 ? { kind: 'ambiguous', candidates: people } : undefined;
}

/** The people behind context keys (the last answers' people), those still in the register. */
function peopleByKeys(model: UnderstandingModel, keys: string[] | undefined): PersonRoles[] {
  return (keys ?? []).map((k) => model.personByKey(k)).filter((r): r is PersonRoles => r !== undefined);
}

/** Whether the person was typed by the surname alone and that surname is an everyday word ("bij de Zeeman", "haring happen"). */
function typedSurnameIsWord(name: string, words: string[]): boolean {
  const parts = nameTokens(name);
  const first = parts[0];
  const last = parts[parts.length - 1];
  const isWord = (w: string): boolean => everydayWords().has(w) || englishWords().has(w);
  // "tell me a joke" (Joke Hazelhoff), "haring happen op de markt": a first name or surname alone that is also a word.
  return (!words.includes(first) && words.includes(last) && isWord(last)) || (words.includes(first) && !words.includes(last) && englishWords().has(first));
}
