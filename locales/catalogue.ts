import type { BbvCategory, RiskProfile } from '../domain/register/types';
import type { ReminderTexts } from '../domain/reminders/kinds';

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
    /** In Teams a typed request opens its form in a dialog: the line above the button. */
    formInDialog: (party: string | undefined) => string;
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
  notFound: { party: (q: string) => string; closest: string; overviewButton: string; overviewAsk: string; person: (q: string) => string };
  person: { title: (name: string) => string; seats: string; accountFor: string; none: string };
  glossary: { source: (s: string) => string; unknown: (term: string) => string; examples: string; differenceTitle: string };
  categoryTitle: Record<BbvCategory, string>;
  riskTitle: Record<RiskProfile, string>;
  riskSummary: (n: number, level: RiskProfile) => string;
  /** Register administration in chat: upload preview, export, small edits, archive, undo. */
  registerAdmin: {
    archivedBanner: (date: string) => string;
    personalOnly: string;
    fileTooLarge: (mb: number) => string;
    downloadFailed: string;
    problemsTitle: (file: string, count: number) => string;
    problemsFooter: string;
    previewTitle: (file: string) => string;
    counts: { added: string; updated: string; archived: string; restored: string; unchanged: string };
    changesTitle: string;
    more: (n: number) => string;
    nothingChanges: string;
    apply: string;
    cancel: string;
    confirmForceTitle: string;
    confirmForce: (archived: number, active: number) => string;
    confirmForceButton: string;
    applied: (counts: string) => string;
    undoHint: string;
    undoButton: string;
    cancelled: string;
    previewGone: string;
    notYourPreview: string;
    stale: string;
    exportConsent: string;
    exportLinks: string;
    exportUploaded: (name: string) => string;
    exportDeclined: string;
    uploadFailed: string;
    undone: (kind: string, actor: string, at: string) => string;
    undoNothing: string;
    undoTooOld: (at: string) => string;
    editTitle: (party: string) => string;
    editIntro: string;
    seatLabel: (body: string, role: string) => string;
    personName: string;
    personEmail: string;
    save: string;
    saved: (party: string) => string;
    unchanged: string;
    editStale: string;
    whichParty: string;
    noParty: (text: string) => string;
    archiveTitle: (party: string) => string;
    archiveConfirm: (party: string) => string;
    archiveButton: string;
    archived: (party: string, date: string) => string;
    restored: (party: string) => string;
    alreadyArchived: (party: string) => string;
    fields: { accountHolder: string; accountHolderEmail: string; risk: string; financialInterest: string; owner: string; noRisk: string };
  };
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
    sections: { upcoming: string; overdue: string; outcomes: string; signals: string; representation: string; late: string; unknown: string };
    /** Item texts inside a digest (the meeting title is the reminder's). */
    items: { zienswijzeDeadline: string; notKnownYet: (label: string) => string; representationChanged: string };
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
    /** The owner field as Teams' people picker. */
    actionOwnerPicker: string;
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
      /** The person picked in Teams' people picker is not in this conversation nor in the directory. */
      actionUnknownPerson: (n: number) => string;
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
    inputs: { reason: string; note: string; ownerName: string; ownerEmail: string; ownerPicker: string };
    /** The person picked as owner is not in this conversation nor in the directory. */
    ownerUnknown: string;
    summaryTitle: string;
    /** After a step in the closing summary that did not apply. */
    naSuffix: string;
    changedNotice: (who: string) => string;
    closedNotice: string;
    notFound: string;
    notMember: string;
    ownerOnly: (owner: string) => string;
    chooseTitle: (party: string) => string;
    chooseKind: string;
    chooseDate: string;
    chooseDeadline: string;
    deadlineComputed: string;
    deadlineBeforeAnchor: string;
    notForCategory: (template: string, party: string) => string;
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
  understand: UnderstandTexts;
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
  /** Texts for behaviour specific to the Teams clients (issue #14). */
  teamsClient: TeamsClientTexts;
}

export interface TeamsClientTexts {
  /** Reminder messages; the type is the reminder kinds' (domain/reminders/kinds.ts). */
  reminder: ReminderTexts;
  welcomeGroupChat: string;
  /** Bots cannot post in private or shared channels: linking one is refused. */
  privateChannel: string;
  /** A button pressed too often in a short time. */
  throttledAction: string;
  /** Checklist paging: steps shown compactly and the button to see the others in full. */
  stepsCompact: (shown: number, total: number) => string;
  pageButton: (from: number, to: number) => string;
  /** Notification preview of a card-only message when the card has no title. */
  cardSummary: string;
  /** The welcome card: three example questions as buttons, and for administrators how to load the register. */
  welcomeTry: string;
  welcomeExamples: { title: string; text: string }[];
  welcomeAdmin: string;
  /** The public page behind a party link (what Teams unfurls): name and kind only, the rest is in Teams. */
  partyPage: { notFound: string; askInTeams: (party: string) => string };
  /** The privacy statement and terms of use the Teams manifest links to (plain paragraphs). */
  legal: { privacyTitle: string; privacy: string[]; termsTitle: string; terms: string[]; otherLanguage: string };
}

/** Texts for the command line and the register file (import preview, export, backup); the chat reuses them. */
export interface CliCatalogue {
  csvReason: (reason: import('../domain/register/registerCsv').CsvReason) => string;
  notice: (n: import('../domain/register/registerCsv').Notice) => string;
  planProblem: (p: import('../domain/register/importPlan').PlanProblem) => string;
  /** A file problem shown in chat: "regel 5 (B5): categorie: …". */
  chatProblem: (line: number, cell: string | undefined, column: string, reason: string) => string;
  warning: (w: import('../domain/register/importPlan').PlanWarning) => string;
  importOk: (added: number, updated: number, archived: number, restored: number, unchanged: number) => string;
  dryRunHeader: (added: number, updated: number, archived: number, restored: number, unchanged: number) => string;
  dryRunFooter: string;
  planAdded: (name: string, code: string) => string;
  planUpdated: (name: string, code: string) => string;
  planRestored: (name: string, code: string) => string;
  planArchived: (name: string, code: string) => string;
  planChange: (field: string, before: string, after: string) => string;
  warningsTitle: string;
  needsForce: (archived: number, active: number) => string;
  stale: string;
  importFailed: (count: number) => string;
  exportOk: (file: string, parties: number) => string;
  fileMissing: (file: string) => string;
  fileTooLarge: (file: string, maxMb: number) => string;
  wrongFileType: (file: string) => string;
  backupOk: (file: string, parties: number) => string;
  backupPostgres: string;
  restoreNotEmpty: (parties: number) => string;
  restoreOk: (file: string, parties: number) => string;
  restoreNotABackup: (file: string) => string;
  usage: string;
  unknownCommand: (cmd: string) => string;
  servingLocally: (port: string) => string;
  /** Option errors: `--option: reason`, the option name stays as typed. */
  badSince: (since: string) => string;
  badYear: string;
  badParagraphOut: string;
  visionUnreadable: (file: string) => string;
  visionLength: (max: number) => string;
  partyRequired: string;
  kindChoice: (kinds: string) => string;
  dateRequired: string;
  timeFormat: string;
  partyNotUnique: (name: string, candidates: string | null) => string;
  dateRecorded: (party: string, kind: string, body: string | null, date: string, time: string | null) => string;
  calendarName: string;
  packageNeeds: string;
  remindersUsage: string;
  retryUsage: string;
  retried: (id: string) => string;
  noSuchDeadLetter: (id: string) => string;
}

/** Texts of the understanding layer: slot questions, confirmations, new answers and guidance. */
export interface UnderstandTexts {
  whichPartyFor: string;
  typeTheName: string;
  /** Teams' party typeahead: hint and button. */
  typeToSearch: string;
  chooseParty: string;
  whichPerson: string;
  notUnderstoodTitle: (text: string) => string;
  /** A question about another municipality's seats or money: the register only holds our own. */
  otherMunicipality: (name: string) => string;
  /** Thanks or an "ok" alone: a short answer, not "not understood". */
  welcome: string;
  /** The help button on cards, and what it asks. */
  helpButton: { title: string; text: string };
  /** What the guidance cards' follow-up buttons ask. */
  guidanceAsks: { signal: string; change: string; roles: string };
  didYouMean: string;
  examplesTitle: string;
  examples: string[];
  /** Example question per intent, for "did you mean" buttons; {party} is replaced. */
  ask: Partial<Record<string, (party: string | undefined) => string>>;
  confirm: string;
  cancel: string;
  cancelled: string;
  confirmDigest: (when: string, who: string) => string;
  confirmLink: (party: string) => string;
  financial: (party: string, amount: string) => string;
  noFinancial: (party: string) => string;
  publicInterest: (party: string, text: string) => string;
  noPublicInterest: (party: string) => string;
  rankingTitle: string;
  rankingTitleAsc: string;
  rankingSummary: (n: number) => string;
  notRecorded: string;
  totalsTitle: string;
  totalsLine: (category: string, n: number, amount: string) => string;
  totalsAll: (n: number, amount: string) => string;
  totalsCategory: (category: string, n: number, amount: string) => string;
  nextMeeting: (party: string) => string;
  noMeeting: (party: string) => string;
  meetingLine: (date: string, body: string | null, time: string | null) => string;
  zienswijze: (party: string, received: string, deadline: string) => string;
  zienswijzePassed: (party: string, received: string, deadline: string) => string;
  zienswijzeNoDate: (party: string) => string;
  zienswijzeNotGr: (party: string) => string;
  agendaTitle: (days: number) => string;
  agendaEmpty: (days: number) => string;
  agendaDeadline: (party: string) => string;
  agendaMeeting: (party: string, body: string | null) => string;
  agendaOther: (party: string, kind: string) => string;
  portfolioOf: (person: string) => string;
  noPortfolio: (person: string) => string;
  accountFor: (person: string) => string;
  noAccountFor: (person: string) => string;
  rolesInSeat: (role: string, party: string) => string;
  noRoleInSeat: (role: string, party: string) => string;
  guidance: Record<'signals' | 'alignment' | 'communication' | 'roles', { title: string; lines: string[]; source: string }>;
  roleGuidance: Record<'eigenaar' | 'opdrachtgever' | 'accounthouder' | 'portefeuillehouder' | 'vertegenwoordiger' | 'concerncontrol', { title: string; text: string; source: string }>;
  guidanceButtons: { signal: string; checklist: string; roles: string };
}
