import type { BbvCategory, RiskProfile } from '../domain/register/types';
import { foldText } from '../domain/register/nameNormalize';

/**
 * The offline intent layer: ordered rules over the lightly normalised question, each capturing
 * the party, person, body or term it is about. Anything no rule claims is `none`.
 */
export type Intent =
  | { kind: 'help' }
  | { kind: 'overview' }
  | { kind: 'category'; category: BbvCategory }
  | { kind: 'risk'; level: RiskProfile }
  | { kind: 'glossary'; terms: string[] }
  | { kind: 'represent'; party: string; body?: string }
  | { kind: 'accountHolder'; party: string }
  | { kind: 'portfolioHolder'; party: string }
  | { kind: 'personSeats'; person: string }
  | { kind: 'partyInfo'; party: string; explicit: boolean }
  | { kind: 'startChecklist'; party: string; change: string | undefined }
  | { kind: 'myOpenSteps' }
  | { kind: 'subscribeDigest'; text: string }
  | { kind: 'stopDigest' }
  | { kind: 'logMeeting'; party: string | undefined }
  | { kind: 'latestDecisions'; party: string; body: string | undefined }
  | { kind: 'openActions'; party: string }
  | { kind: 'myActions' }
  | { kind: 'reportSignal'; party: string | undefined }
  | { kind: 'linkChannel'; party: string }
  | { kind: 'partyChecklists'; party: string }
  | { kind: 'roles' }
  | { kind: 'calendarLink' }
  | { kind: 'calendarRevoke' }
  | { kind: 'paragraph'; year: number | null }
  | { kind: 'audit' }
  | { kind: 'none' };

/** Lower case, no accents, single spaces, no trailing punctuation; dots and hyphens inside names stay. */
export function lightNormalize(text: string): string {
  return foldText(text)
    .replace(/[“”"'‘’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.,;:]+$/, '');
}

const BODY = '(?<body>ab|db|ava|rvc|algemeen bestuur|dagelijks bestuur|bestuur|algemene vergadering(?: van aandeelhouders)?|aandeelhoudersvergadering|raad van commissarissen|general board|executive board|board|shareholders meeting|general meeting|supervisory board)';
const ART = '(?:de |het |een |the |a |an )?';
const P = '(?<party>.+)';

const BODY_CANON: Record<string, string> = {
  ab: 'AB', 'algemeen bestuur': 'AB', 'general board': 'AB',
  db: 'DB', 'dagelijks bestuur': 'DB', 'executive board': 'DB',
  ava: 'AvA', 'algemene vergadering': 'AvA', 'algemene vergadering van aandeelhouders': 'AvA', aandeelhoudersvergadering: 'AvA', 'shareholders meeting': 'AvA', 'general meeting': 'AvA',
  rvc: 'RvC', 'raad van commissarissen': 'RvC', 'supervisory board': 'RvC',
  bestuur: 'bestuur', board: 'bestuur',
};

/** What users call a change, in both languages, mapped to the templates' change kinds. */
const CHANGE_CANON: Record<string, string> = {
  ontwerpbegroting: 'ontwerpbegroting', 'draft budget': 'ontwerpbegroting', begroting: 'ontwerpbegroting', budget: 'ontwerpbegroting',
  begrotingswijziging: 'begrotingswijziging', 'budget amendment': 'begrotingswijziging',
  'wijziging regeling': 'wijziging regeling', 'regeling wijzigen': 'wijziging regeling', 'amendment': 'wijziging regeling', 'arrangement amendment': 'wijziging regeling',
  toetreding: 'toetreding', joining: 'toetreding', uittreding: 'uittreding', leaving: 'uittreding', exit: 'uittreding',
  'wisseling vertegenwoordiger': 'wisseling vertegenwoordiger', 'nieuwe vertegenwoordiger': 'wisseling vertegenwoordiger', 'new representative': 'wisseling vertegenwoordiger',
  signaal: 'signaal', signal: 'signaal',
};
const CHANGE_WORDS = Object.keys(CHANGE_CANON).sort((a, b) => b.length - a.length).join('|');

export function canonicalChange(word: string): string {
  return CHANGE_CANON[word] ?? word;
}

type Rule = { re: RegExp; make: (g: Record<string, string>) => Intent };

const r = (source: string, make: Rule['make']): Rule => ({ re: new RegExp(`^${source}$`), make });

const CATEGORY_WORDS: [RegExp, BbvCategory][] = [
  [/gemeenschappelijke regelingen|\bgr'?s\b|\bgr'en\b|joint arrangements/, 'gemeenschappelijke regeling'],
  [/vennootschappen|cooperaties|deelnemingen|companies|cooperatives|shareholdings/, 'vennootschap of coöperatie'],
  [/stichtingen|verenigingen|foundations|associations/, 'stichting of vereniging'],
  [/overige (verbonden )?partijen|other (affiliated )?(parties|partners)/, 'overig'],
];

const RULES: Rule[] = [
  r('(help|hulp|menu|start|\\?|wat kun je|wat kan je|wat kun jij|what can you do|commands|help me|hallo|hoi|hello|hi)', () => ({ kind: 'help' })),
  r('(?:rollen|toon (?:de )?rollen|welke rollen zijn er|wie zijn (?:de )?(?:registerbeheerders|beheerders|secretarissen)|roles|list roles|show roles|who are the (?:administrators|admins|secretaries))', () => ({ kind: 'roles' })),
  r('(?:agenda[- ]?link|agendalink)(?: \\w+)* (?:intrekken|intrekken aub)|trek (?:de |mijn )?agenda[- ]?link in|(?:revoke|remove) (?:the |my )?calendar link', () => ({ kind: 'calendarRevoke' })),
  r('(?:geef (?:mij|me|ons) )?(?:de |een |mijn )?(?:agenda[- ]?link|agendalink|agenda-abonnement|ical[- ]?link)(?: voor (?:mij|dit team|ons team|het team))?|(?:give me |get )?(?:the |a |my )?calendar (?:link|feed|subscription)(?: for (?:me|this team))?', () => ({ kind: 'calendarLink' })),
  r('(?:maak|genereer|toon)? ?(?:de )?paragraaf (?:verbonden partijen)?(?: voor| van)? ?(?<year>20\\d\\d)?|(?:make|create|generate) (?:the )?(?:budget )?paragraph(?: on affiliated parties)?(?: for)? ?(?<year2>20\\d\\d)?', (g) => ({ kind: 'paragraph', year: g.year ? Number(g.year) : g.year2 ? Number(g.year2) : null })),
  r('(?:wijziging|verandering) (?:melden|doorgeven) (?:bij|voor|van) (?:de |het )?(?<party>.+)', (g) => ({ kind: 'startChecklist', party: g.party, change: undefined })),
  r('report a change (?:at|for|of) (?:the )?(?<party>.+)', (g) => ({ kind: 'startChecklist', party: g.party, change: undefined })),
  r(`(?:start )?(?:de |een )?checklist (?<change>${CHANGE_WORDS}) (?:voor |bij |van |for |at |of )?(?:de |het |the )?(?<party>.+)`, (g) => ({ kind: 'startChecklist', party: g.party, change: canonicalChange(g.change) })),
  r('start (?:a )?checklist (?:voor|bij|for|at) (?:de |het |the )?(?<party>.+)', (g) => ({ kind: 'startChecklist', party: g.party, change: undefined })),
  r('(?:vergadering|uitkomst|besluiten|vergaderuitkomst) vastleggen(?: (?:van|voor|bij) (?:de |het )?(?<party>.+))?', (g) => ({ kind: 'logMeeting', party: g.party })),
  r('log (?:a |the )?meeting(?: (?:of|for|at) (?:the )?(?<party>.+))?', (g) => ({ kind: 'logMeeting', party: g.party })),
  r(`wat is er besloten (?:in|bij|tijdens|op) (?:de |het )?(?:laatste )?(?:${BODY.replace('(?<body>', '(?<body>')}(?:-| )?)?(?:vergadering )?(?:van|bij) (?:de |het )?(?<party>.+)`, (g) => ({ kind: 'latestDecisions', party: g.party, body: g.body })),
  r(`what was decided (?:at|in) the last (?:${BODY}(?:-| )?)?(?:meeting )?(?:of|at) (?:the )?(?<party>.+)`, (g) => ({ kind: 'latestDecisions', party: g.party, body: g.body })),
  r('(?:openstaande|open|lopende) (?:acties|actiepunten) (?:voor|van|bij) (?:de |het )?(?<party>.+)', (g) => ({ kind: 'openActions', party: g.party })),
  r('open action items? (?:for|of|at) (?:the )?(?<party>.+)', (g) => ({ kind: 'openActions', party: g.party })),
  r('(?:mijn acties|mijn actiepunten|my actions|my action items)', () => ({ kind: 'myActions' })),
  r('signaal (?:melden|doorgeven)(?: (?:bij|voor|over) (?:de |het )?(?<party>.+))?', (g) => ({ kind: 'reportSignal', party: g.party })),
  r('report a signal(?: (?:at|for|about) (?:the )?(?<party>.+))?', (g) => ({ kind: 'reportSignal', party: g.party })),
  r('koppel (?:dit|het|ons) kanaal aan (?:de |het )?(?<party>.+)', (g) => ({ kind: 'linkChannel', party: g.party })),
  r('link this channel to (?:the )?(?<party>.+)', (g) => ({ kind: 'linkChannel', party: g.party })),
  r('(?:stop|stoppen|geen)(?: met)? (?:het |mijn |ons |dit )?(?:overzicht|digest)(?: meer| voor dit kanaal)?|(?:overzicht|digest) (?:stoppen|uitzetten)|stuur (?:mij|me|ons) geen overzicht meer|stop (?:my|the|this channel\'s) digest|unsubscribe(?: from the digest)?', () => ({ kind: 'stopDigest' })),
  r('(?<all>.*\\b(?:overzicht|digest)\\b.*\\b(?:elke|iedere|every|each|op|on|daily|dagelijks|wekelijks|weekly)\\b.*|.*\\b(?:elke|iedere|every|each)\\b.*\\b(?:overzicht|digest)\\b.*)', (g) => ({ kind: 'subscribeDigest', text: g.all ?? '' })),
  r('(?:mijn open stappen|mijn stappen|mijn open taken|wat moet ik nog doen|my open steps|my steps|what do i still have to do)', () => ({ kind: 'myOpenSteps' })),
  r('(?:checklists?|lopende checklists|open checklists) (?:voor|van|bij|for|of|at) (?:de |het |the )?(?<party>.+)', (g) => ({ kind: 'partyChecklists', party: g.party })),
  r('(?:audit|auditlog|audit log|toon (?:de )?audit(?: ?log)?|laatste wijzigingen|recente wijzigingen|show (?:the )?audit(?: log)?|recent changes)', () => ({ kind: 'audit' })),
  // Glossary: difference between two terms, then "what is X"
  r(`wat is (?:nou )?het verschil tussen ${ART}(?<a>.+?) en ${ART}(?<b>.+)`, (g) => ({ kind: 'glossary', terms: [g.a, g.b] })),
  r(`what(?: is|'s) the difference between ${ART}(?<a>.+?) and ${ART}(?<b>.+)`, (g) => ({ kind: 'glossary', terms: [g.a, g.b] })),
  r(`verschil (?:tussen )?${ART}(?<a>.+?) en ${ART}(?<b>.+)`, (g) => ({ kind: 'glossary', terms: [g.a, g.b] })),
  // Representation, optionally in one body
  r(`wie (?:zit|zitten|zetelt|zetelen) (?:er )?(?:namens ons |namens de gemeente |voor ons )?(?:in|bij|op) ${ART}${BODY} (?:van|bij) ${P}`, (g) => ({ kind: 'represent', party: g.party, body: g.body })),
  r(`wie (?:gaat|gaan) (?:er )?namens ons naar ${ART}${BODY} (?:van|bij) ${P}`, (g) => ({ kind: 'represent', party: g.party, body: g.body })),
  r(`who (?:sits|sit|is|are) (?:for us |on our behalf )?(?:on|in) ${ART}${BODY} (?:of|at|for) ${P}`, (g) => ({ kind: 'represent', party: g.party, body: g.body })),
  r(`wie (?:is|zijn) (?:onze|de) (?:aandeelhoudersvertegenwoordiger|aandeelhouder|vertegenwoordiger in de ava)s? (?:bij|van|in) ${P}`, (g) => ({ kind: 'represent', party: g.party, body: 'ava' })),
  r(`who (?:is|are) our shareholder(?:s)? representative(?:s)? (?:at|in|for|with|of) ${P}`, (g) => ({ kind: 'represent', party: g.party, body: 'ava' })),
  r(`wie (?:vertegenwoordigt|vertegenwoordigen|vertegenwoordig) (?:ons|de gemeente|onze gemeente) (?:bij|in|op|namens ons bij) ${P}`, (g) => ({ kind: 'represent', party: g.party })),
  r(`wie (?:zit|zitten) (?:er )?(?:namens ons |namens de gemeente |voor ons )(?:in|bij) ${P}`, (g) => ({ kind: 'represent', party: g.party })),
  r(`wie (?:is|zijn) (?:onze|de) (?:vertegenwoordiger|vertegenwoordigers|bestuurder|bestuurders|afgevaardigde)s? (?:bij|van|in) ${P}`, (g) => ({ kind: 'represent', party: g.party })),
  r(`(?:vertegenwoordiging|vertegenwoordigers|bestuurders|zetels) (?:bij|van|in) ${P}`, (g) => ({ kind: 'represent', party: g.party })),
  r(`who (?:represents|represent|is representing) (?:us|the municipality|our municipality) (?:at|in|on|with|for) ${P}`, (g) => ({ kind: 'represent', party: g.party })),
  r(`who (?:is|are) our (?:representative|representatives|delegate|delegates|board members?) (?:at|in|on|with|for) ${P}`, (g) => ({ kind: 'represent', party: g.party })),
  r(`(?:representation|representatives|seats) (?:at|in|for|of) ${P}`, (g) => ({ kind: 'represent', party: g.party })),
  // Account holder, portfolio holders
  r(`wie is (?:de |onze )?(?:ambtelijk )?(?:accounthouder|contactpersoon|ambtelijk contact) (?:van|voor|bij) ${P}`, (g) => ({ kind: 'accountHolder', party: g.party })),
  r(`(?:accounthouder|contactpersoon) (?:van|voor|bij) ${P}`, (g) => ({ kind: 'accountHolder', party: g.party })),
  r(`who is (?:the |our )?(?:account ?holder|account manager|contact person|relationship manager) (?:of|for|at) ${P}`, (g) => ({ kind: 'accountHolder', party: g.party })),
  r(`wie (?:is|zijn) (?:de )?(?:portefeuillehouders?|eigenaar|opdrachtgever) (?:van|voor|bij) ${P}`, (g) => ({ kind: 'portfolioHolder', party: g.party })),
  r(`who (?:is|are) (?:the )?(?:portfolio holders?|owners?) (?:of|for) ${P}`, (g) => ({ kind: 'portfolioHolder', party: g.party })),
  // Reverse: a person
  r('waar (?:vertegenwoordigt|zit|zetelt) (?<person>.+?)(?: ons| namens ons| namens de gemeente)?', (g) => ({ kind: 'personSeats', person: g.person })),
  r('in welke (?:besturen|organen|partijen|gremia|vergaderingen) (?:zit|zitten|zetelt) (?<person>.+)', (g) => ({ kind: 'personSeats', person: g.person })),
  r('(?:welke zetels heeft|welke rollen heeft|wat doet) (?<person>.+)', (g) => ({ kind: 'personSeats', person: g.person })),
  r('where (?:does|do) (?<person>.+?) represent (?:us|the municipality)', (g) => ({ kind: 'personSeats', person: g.person })),
  r('(?:on )?(?:which|what) boards? (?:is|does|do) (?<person>.+?)(?: sit)?(?: on| in)?', (g) => ({ kind: 'personSeats', person: g.person })),
  // Lists
  r('.*\\b(?:hoog|hoge) risico.*|.*risico(?:profiel)? (?:is )?hoog.*|.*\\bhigh[ -]risk.*', () => ({ kind: 'risk', level: 'hoog' })),
  r('.*\\b(?:midden|gemiddeld|gemiddelde) risico.*|.*\\bmedium[ -]risk.*', () => ({ kind: 'risk', level: 'midden' })),
  r('.*\\b(?:laag|lage) risico.*|.*\\blow[ -]risk.*', () => ({ kind: 'risk', level: 'laag' })),
];

const LIST_VERBS = /^(?:toon|laat zien|geef|welke|alle|lijst|overzicht|show|list|which|all)\b/;
const OVERVIEW = [
  /\b(?:welke|alle|overzicht|lijst)\b.*\b(?:verbonden )?partijen\b/,
  /\bhoeveel\b.*\bpartijen\b/,
  /\b(?:which|all|list|show)\b.*\b(?:partners|parties)\b/,
  /\bhow many\b.*\b(?:partners|parties)\b/,
  /^(?:overzicht|overview|register|alle partijen)$/,
];

const GLOSSARY_Q = [
  new RegExp(`^wat (?:is|zijn|betekent|betekenen|houdt) ${ART}(?<term>.+?)(?: in)?$`),
  new RegExp(`^what (?:is|are|does|do) ${ART}(?<term>.+?)(?: mean)?$`),
  new RegExp(`^what's ${ART}(?<term>.+)$`),
  /^(?:uitleg|definitie|begrip|betekenis) (?:van )?(?<term>.+)$/,
  /^(?:explain|define|definition of|meaning of) (?<term>.+)$/,
];

const PARTY_INFO = [
  /^(?:toon|laat zien|info|informatie|gegevens|details|kaart|alles)(?: over| van)? (?<party>.+)$/,
  /^(?:show|tell me about|info on|information about|about|details of|card for) (?<party>.+)$/,
];

export function classify(text: string): Intent {
  const t = lightNormalize(text);
  if (t === '') return { kind: 'none' };
  for (const rule of RULES) {
    const m = rule.re.exec(t);
    if (m) return rule.make((m.groups ?? {}) as Record<string, string>);
  }
  if (LIST_VERBS.test(t) || /\b(?:gemeenschappelijke regelingen|vennootschappen|stichtingen)\b/.test(t)) {
    for (const [re, category] of CATEGORY_WORDS) if (re.test(t)) return { kind: 'category', category };
  }
  if (OVERVIEW.some((re) => re.test(t))) return { kind: 'overview' };
  for (const re of GLOSSARY_Q) {
    const m = re.exec(t);
    // A term is a few words; "wat is het weer morgen in …" is not a glossary question.
    if (m?.groups?.term && m.groups.term.split(' ').length <= 5) return { kind: 'glossary', terms: [m.groups.term] };
  }
  for (const re of PARTY_INFO) {
    const m = re.exec(t);
    if (m?.groups?.party) return { kind: 'partyInfo', party: m.groups.party, explicit: true };
  }
  // A short message may just be a name ("GGD", "Avalex?"); up to two words a miss is reported as
  // an unknown party, longer text that names no party is simply not understood.
  const words = t.split(' ').length;
  if (words <= 6) return { kind: 'partyInfo', party: t, explicit: words <= 2 };
  return { kind: 'none' };
}

export function canonicalBody(body: string | undefined): string | undefined {
  return body === undefined ? undefined : (BODY_CANON[body] ?? body);
}
