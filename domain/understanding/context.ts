import { isPartyIntent, isPersonIntent } from './intentNames';
import { portfolioName } from '../register/personIndex';
import { bodyAsked, seatsIn } from '../register/seats';
import type { Person } from '../register/types';
import type { ConversationContext, Reading } from './understand';

/** How long a conversation's last subject is remembered for follow-ups. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;

/** How a context remembers a person: by e-mail, or by name where the register has none (portfolio holders). */
export function contextKeyOf(p: Person): string {
  return p.email ?? p.name;
}

/** Answers that show a list of parties (one category, risk levels, a ranking of them): what "en welke is de grootste?" ranks. */
export const LIST_INTENTS: readonly string[] = ['risk', 'category', 'financialTotals', 'largestInterest'];

/** The context after a turn: what the next "en bij X?" or "en de accounthouder?" refers to. */
export function nextContext(prev: ConversationContext | undefined, r: Reading): ConversationContext | undefined {
  // "wie vertegenwoordigt Tiel bij de GGD?", "wie is de directeur van het werkbedrijf?" are not ours
  // to answer, but the party is still the subject.
  if (r.intent === 'unknown' && r.subjectParty) return { ...prev, intent: r.askedForOther ?? prev?.intent, partyId: r.subjectParty.id, awaitingParty: undefined };
  if (r.intent === 'unknown' || r.intent === 'help') return prev;
  const next: ConversationContext = { intent: r.intent };
  const party = r.party?.kind === 'match' ? r.party.party.id : undefined;
  const person = r.person?.kind === 'match' ? contextKeyOf(r.person.roles.person) : undefined;
  // A person taken from the last answer ("does he handle any other parties?") leaves the party where it was.
  next.partyId = party ?? r.answerParty?.id ?? (r.person && !r.fromContext ? undefined : prev?.partyId);
  if (prev?.partyId && next.partyId !== prev.partyId) next.earlierPartyId = prev.partyId;
  else if (next.partyId === prev?.partyId && prev?.earlierPartyId) next.earlierPartyId = prev.earlierPartyId;
  const named = answeredPeople(r);
  next.personKey = person ?? (named.length === 1 ? named[0] : undefined) ?? (r.party ? undefined : prev?.personKey);
  // A person taken from the last answer keeps that answer's people for the next "en zij?".
  if (named.length > 0) next.lastPeople = named;
  // (Portfolio holders are kept by name, everyone else by e-mail.)
  else if (person) next.lastPeople = r.fromContext && r.person?.kind === 'match' && (prev?.lastPeople?.includes(person) || prev?.lastPeople?.includes(r.person.roles.person.name)) ? prev.lastPeople : [person];
  // One answer further back only: the people of the answer this one replaced, then forgotten.
  if (prev?.lastPeople && next.lastPeople && next.lastPeople !== prev.lastPeople) next.earlierPeople = prev.lastPeople;
  else if (next.lastPeople === prev?.lastPeople && prev?.earlierPeople) next.earlierPeople = prev.earlierPeople;
  if (r.body) next.body = r.body;
  else if (r.fromContext && prev?.body && r.party?.kind === 'match' && r.party.party.id === prev.partyId) next.body = prev.body;
  if (r.intent === 'represent' && r.role) next.role = r.role;
  if (r.terms.length > 0) next.terms = r.terms;
  if (r.party?.kind === 'ambiguous') next.partyCandidates = r.party.candidates.map((p) => p.id);
  // One picked from the choice ("the solar coop"): the others stay on offer ("and the grid operator?").
  else if (r.party?.kind === 'match' && prev?.partyCandidates?.includes(r.party.party.id)) next.partyCandidates = prev.partyCandidates;
  if (r.person?.kind === 'ambiguous') next.personCandidates = r.person.candidates.map((c) => contextKeyOf(c.person));
  // One picked from the choice ("the councillor"): the others stay on offer ("and the alderman?").
  else if (r.person?.kind === 'match' && prev?.personCandidates?.includes(contextKeyOf(r.person.roles.person))) next.personCandidates = prev.personCandidates;
  if (r.intent === 'risk' && r.levels && r.levels.length > 0) next.levels = r.levels;
  if ((r.intent === 'category' || r.intent === 'financialTotals') && r.category) next.category = r.category;
  // A ranking of the list just shown ("en welke is de grootste?") is still about that list ("and the medium ones?", "the total for that category").
  if (r.intent === 'largestInterest' && prev?.intent && LIST_INTENTS.includes(prev.intent)) {
    if (prev.category) next.category = prev.category;
    if (prev.levels) next.levels = prev.levels;
  }
  // Missing or ambiguous: a name alone next turn answers the question.
  if ((isPartyIntent(r.intent) || r.intent === 'logMeeting' || r.intent === 'reportSignal') && r.party?.kind !== 'match') next.awaitingParty = true;
  if (isPersonIntent(r.intent) && r.person?.kind !== 'match') next.awaitingPerson = true;
  return next;
}

/** Where contexts are kept (the store), keyed by conversation and user. */
export interface ContextRepository {
  get(conversationId: string, userKey: string, now?: Date): Promise<ConversationContext | undefined>;
  set(conversationId: string, userKey: string, context: ConversationContext, now?: Date): Promise<void>;
}

/** The people an answer names ("wie is de voorzitter van X?", the AB member and substitute), so "waar zit zij nog meer?" follows. */
function answeredPeople(r: Reading): string[] {
  if (r.party?.kind !== 'match') return [];
  const party = r.party.party;
  const key = (p: Person | null | undefined): string | undefined => (p ? contextKeyOf(p) : undefined);
  const unique = (ks: (string | undefined)[]): string[] => [...new Set(ks.filter((k): k is string => !!k))].slice(0, 6);
  if (r.intent === 'accountHolder') return unique([key(party.accountHolder)]);
  if (r.intent === 'portfolioHolder') return unique([party.ownerPortfolioHolder, party.clientPortfolioHolder].filter((x): x is string => !!x).map(portfolioName).filter((n) => n !== ''));
  if (r.intent !== 'represent') return [];
  return unique(seatsIn(party.seats, bodyAsked(party.seats, r.body), r.role).map((s) => key(s.person)));
}
