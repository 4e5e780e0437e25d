export interface ActionItem {
  id: string;
  position: number;
  what: string;
  owner: { name: string; email: string | null };
  due: string;
  status: 'open' | 'done';
}

export interface MeetingOutcome {
  id: string;
  partyId: string;
  body: string;
  meetingDate: string;
  decisions: string;
  signals: string | null;
  /** Template id of the follow-up checklist that was started, if any. */
  followUp: string | null;
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
  correctedAt: string | null;
  version: number;
  /** The conversation it was recorded in; corrections are only accepted there (or in the party's linked channel). */
  conversationId: string | null;
  actions: ActionItem[];
}

export const SIGNAL_CATEGORIES = ['financieel', 'bestuurlijk', 'beleidsmatig', 'uitvoering'] as const;
export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];
export const SEVERITIES = ['laag', 'midden', 'hoog'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Signal {
  id: string;
  partyId: string;
  category: SignalCategory;
  severity: Severity;
  description: string;
  reportedBy: string;
  reportedByName: string | null;
  reportedAt: string;
  status: 'open' | 'closed';
  escalated: boolean;
}

export interface MeetingRepository {
  /** All or nothing; a used submit key stores nothing and names the earlier outcome. Throws PartyGoneError when the party is gone. */
  insertOutcome(o: MeetingOutcome, actor: string, submitKey?: string): Promise<{ duplicateOf?: string }>;
  /** Compare-and-set on version; before/after go to the audit trail. */
  correctOutcome(o: MeetingOutcome, expectedVersion: number, actor: string): Promise<boolean>;
  getOutcome(id: string): Promise<MeetingOutcome | undefined>;
  outcomesForParty(partyId: string): Promise<MeetingOutcome[]>;
  openActions(): Promise<{ outcome: MeetingOutcome; item: ActionItem }[]>;
  insertSignal(s: Signal, actor: string, submitKey?: string): Promise<{ duplicateOf?: string }>;
  getSignal(id: string): Promise<Signal | undefined>;
  signalsForParty(partyId: string, sinceIso?: string): Promise<Signal[]>;
  linkChannel(partyId: string, conversationId: string, actor: string): Promise<void>;
  linkedChannel(partyId: string): Promise<string | undefined>;
}
