import type { BbvCategory, RiskProfile } from '../domain/register/types';

export type Lang = 'nl' | 'en';

/** The shape every language catalogue must fill, so a missing translation is a compile error. */
export interface Catalogue {
  lang: Lang;
  demoBanner: (municipality: string) => string;
  help: {
    title: string;
    intro: string;
    sections: { title: string; lines: string[] }[];
    tryTitle: string;
    buttons: { title: string; text: string }[];
    footer: string;
  };
  overview: {
    title: string;
    summary: (total: number) => string;
    empty: string;
    categories: Record<BbvCategory, string>;
    none: string;
    risk: Record<RiskProfile, string>;
  };
  welcome: { personal: string; team: (team: string) => string; aTeam: string };
  party: {
    category: Record<BbvCategory, string>;
    facts: { location: string; legalForm: string; publicInterest: string; risk: string; financialInterest: string; owner: string; client: string; accountHolder: string };
    seatsTitle: string;
    noSeats: string;
    vacant: string;
    notRecorded: string;
    chat: string;
    buttons: { change: string; meeting: string; signal: string; seats: string };
    followUpSoon: string;
    representSummary: (party: string) => string;
    bodySummary: (body: string, party: string) => string;
    noSuchBody: (body: string, party: string) => string;
    accountHolder: (party: string, name: string) => string;
    noAccountHolder: (party: string) => string;
    portfolio: (party: string) => string;
    goneParty: string;
  };
  choice: { whichParty: string; didYouMean: string; whichPerson: string };
  notFound: { party: (q: string) => string; closest: string; overviewButton: string; person: (q: string) => string };
  person: { title: (name: string) => string; seats: string; accountFor: string; none: string };
  glossary: { source: (s: string) => string; unknown: (term: string) => string; examples: string; differenceTitle: string };
  categoryTitle: Record<BbvCategory, string>;
  riskTitle: Record<RiskProfile, string>;
  riskSummary: (n: number, level: RiskProfile) => string;
  access: {
    refused: (what: string) => string;
    what: Record<'admin' | 'secretary', string>;
    rolesTitle: string;
    admins: string;
    secretaries: string;
    group: (id: string) => string;
    nobody: string;
    openMode: string;
    auditTitle: string;
    auditEmpty: string;
    auditExport: string;
  };
  throttled: string;
  digest: {
    title: string;
    sections: { upcoming: string; overdue: string; outcomes: string; signals: string; representation: string };
    more: string;
    empty: string;
    subscribed: (when: string, where: string) => string;
    you: string;
    thisChannel: string;
    every: (day: string, time: string) => string;
    days: string[];
    daily: string;
    stopped: string;
    nothingToStop: string;
  };
  meeting: {
    formTitle: string;
    party: string;
    body: string;
    date: string;
    decisions: string;
    action: (n: number) => string;
    actionWhat: string;
    actionOwner: string;
    actionDue: string;
    signals: string;
    followUp: string;
    noFollowUp: string;
    save: string;
    correct: string;
    errorsTitle: string;
    errors: {
      partyRequired: string;
      partyUnknown: string;
      bodyRequired: string;
      dateRequired: string;
      dateInvalid: string;
      dateFuture: string;
      decisionsRequired: string;
      decisionsTooLong: string;
      bodyTooLong: (max: number) => string;
      dateOutOfRange: (years: number) => string;
      signalsTooLong: (max: number) => string;
      actionTooLong: (n: number, max: number) => string;
      actionDueOutOfRange: (n: number, years: number) => string;
      actionIncomplete: (n: number) => string;
      actionUnknownOwner: (n: number, owner: string) => string;
      actionDuePast: (n: number) => string;
      actionDueInvalid: (n: number) => string;
      followUpUnknown: string;
    };
    summaryTitle: (body: string, party: string, date: string) => string;
    decisionsTitle: string;
    actionsTitle: string;
    actionLine: (what: string, owner: string, due: string) => string;
    signalsTitle: string;
    loggedBy: (who: string) => string;
    corrected: (date: string) => string;
    followUpStarted: string;
    notAuthor: string;
    conflict: string;
    latestNone: (body: string, party: string) => string;
    openActionsTitle: (party: string) => string;
    myActionsTitle: string;
    noActions: string;
    myActionsUnknown: string;
    lastOutcome: (body: string, date: string) => string;
    openActionsShort: (n: number) => string;
    openSignalsShort: (n: number) => string;
    linked: (party: string) => string;
    linkOnlyInChannel: string;
  };
  signal: {
    formTitle: string;
    category: string;
    categories: Record<'financieel' | 'bestuurlijk' | 'beleidsmatig' | 'uitvoering', string>;
    severity: string;
    severities: Record<'laag' | 'midden' | 'hoog', string>;
    example: string;
    examples: string[];
    description: string;
    save: string;
    saved: (party: string) => string;
    escalated: (party: string, count: number, severity: string) => string;
    raiseRisk: (current: string) => string;
    errorsTitle: string;
    missing: string;
    tooLong: (max: number) => string;
    alreadySaved: string;
  };
  checklist: {
    title: (template: string, party: string) => string;
    anchor: (label: string, date: string) => string;
    deadline: (label: string, date: string, basis: string) => string;
    progress: (done: number, total: number) => string;
    closed: (date: string) => string;
    audience: Record<'intern' | 'extern', string>;
    due: (date: string) => string;
    overdue: string;
    department: Record<'concerncontrol' | 'griffie' | 'juridisch', string>;
    noOwner: string;
    doneBy: (who: string, date: string) => string;
    naBy: (who: string, reason: string) => string;
    note: (who: string, text: string) => string;
    buttons: { done: string; na: string; note: string; reassign: string; confirm: string };
    inputs: { reason: string; note: string; ownerName: string; ownerEmail: string };
    summaryTitle: string;
    changedNotice: (who: string) => string;
    closedNotice: string;
    notFound: string;
    notMember: string;
    ownerOnly: (owner: string) => string;
    chooseTitle: (party: string) => string;
    chooseKind: string;
    chooseDate: string;
    start: string;
    missingInput: string;
    myOpenTitle: string;
    myOpenNone: string;
    myOpenUnknown: string;
    partyRunsTitle: (party: string) => string;
    partyRunsNone: (party: string) => string;
    runLine: (template: string, done: number, total: number, started: string) => string;
    required: string;
    unknownKind: (kind: string) => string;
    notHere: string;
    alreadyStarted: string;
    alreadySaved: string;
    anchorOutOfRange: (pastYears: number, futureYears: number) => string;
    savedLater: string;
  };
  links: {
    calendarTitle: (team: boolean) => string;
    calendarBody: string;
    calendarOpen: string;
    calendarRevoke: string;
    calendarRevoked: (n: number) => string;
    paragraphTitle: (year: number) => string;
    paragraphBody: (gaps: number) => string;
    paragraphValid: string;
  };
  emptyMessage: string;
  notUnderstood: (text: string) => string;
  error: string;
  unknownAction: string;
  /** A change was stored but its card could not be shown (too large, refused): never "try again". */
  savedNotShown: string;
  /** A change was stored; the card follows as soon as Teams accepts it. */
  savedDeliveredLater: string;
  /** An invoke whose data cannot be understood. */
  invalidInput: string;
}

/** Texts for the command line (register import/export). */
export interface CliCatalogue {
  csvReason: (reason: import('../domain/register/registerCsv').CsvReason) => string;
  importOk: (added: number, updated: number, removed: number, unchanged: number) => string;
  importFailed: (count: number) => string;
  exportOk: (file: string, parties: number) => string;
  fileMissing: (file: string) => string;
  fileTooLarge: (file: string, maxMb: number) => string;
  xlsxUnsupported: string;
  usage: string;
  unknownCommand: (cmd: string) => string;
}
