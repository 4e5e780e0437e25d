/** Every question kind the bot understands; one list so the types, the corpus and the cards agree. */
export const INTENTS = [
  'help',
  'overview',
  'category',
  'risk',
  'glossary',
  'represent',
  'accountHolder',
  'portfolioHolder',
  'financialInterest',
  'largestInterest',
  'financialTotals',
  'publicInterest',
  'personSeats',
  'accountFor',
  'portfolioOf',
  'nextMeeting',
  'zienswijzeDeadline',
  'agenda',
  'guidance',
  'startChecklist',
  'partyChecklists',
  'myOpenSteps',
  'logMeeting',
  'latestDecisions',
  'openActions',
  'myActions',
  'reportSignal',
  'subscribeDigest',
  'stopDigest',
  'linkChannel',
  'roles',
  'calendarLink',
  'calendarRevoke',
  'paragraph',
  'audit',
  'partyInfo',
  'unknown',
] as const;
export type IntentName = (typeof INTENTS)[number];

/** Intents about one party: the party is a required slot (asked for when missing). */
export const PARTY_INTENTS = [
  'represent',
  'accountHolder',
  'portfolioHolder',
  'financialInterest',
  'publicInterest',
  'nextMeeting',
  'zienswijzeDeadline',
  'partyInfo',
  'startChecklist',
  'partyChecklists',
  'latestDecisions',
  'openActions',
  'linkChannel',
] as const satisfies readonly IntentName[];
export type PartyIntentName = (typeof PARTY_INTENTS)[number];

/** Intents where a party is welcome but not needed: the form asks for it. */
export const OPTIONAL_PARTY_INTENTS = ['logMeeting', 'reportSignal'] as const satisfies readonly IntentName[];

/** Intents about one person. */
export const PERSON_INTENTS = ['personSeats', 'accountFor', 'portfolioOf'] as const satisfies readonly IntentName[];
export type PersonIntentName = (typeof PERSON_INTENTS)[number];

/** Intents that write: confirmed on a card before anything is stored. */
export const WRITE_INTENTS = ['subscribeDigest', 'linkChannel', 'startChecklist'] as const satisfies readonly IntentName[];

export const GUIDANCE_TOPICS = ['signals', 'alignment', 'communication', 'roles'] as const;
export const ROLE_TOPICS = ['eigenaar', 'opdrachtgever', 'accounthouder', 'portefeuillehouder', 'vertegenwoordiger', 'concerncontrol'] as const;
export type RoleTopic = (typeof ROLE_TOPICS)[number];
export type GuidanceTopic = (typeof GUIDANCE_TOPICS)[number] | `role:${RoleTopic}`;

export function isPartyIntent(i: IntentName): i is PartyIntentName {
  return (PARTY_INTENTS as readonly string[]).includes(i);
}
export function isPersonIntent(i: IntentName): i is PersonIntentName {
  return (PERSON_INTENTS as readonly string[]).includes(i);
}
