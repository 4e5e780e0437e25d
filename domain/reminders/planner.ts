import { DateTime } from 'luxon';
import type { GovernanceEvent } from '../calendar/events';
import type { ChecklistRun } from '../checklists/types';
import type { ActionItem, MeetingOutcome } from '../meetings/types';
import type { Party } from '../register/types';
import type { CalendarTexts } from '../calendar/texts';
import { localMoment, localYear, timeZone } from '../time/clock';
import { REMINDER_KIND_NAMES, REMINDER_KINDS, type ReminderKindName, type ReminderTexts } from './kinds';

export { PERSONAL_PREFIX, threadTarget, type ReminderTexts } from './kinds';

/** What a reminder says; rendered into a card when it is sent. */
export interface ReminderPayload {
  /** 'card': a reply or card update that Teams refused in the turn, delivered later through the outbox. */
  kind: ReminderKindName | 'digest' | 'card';
  /** A digest is a whole card, built when it was due. */
  card?: Record<string, unknown>;
  /** Update this earlier message instead of posting a new one (posted anew when it is gone). */
  replaceActivityId?: string;
  /** The checklist the card shows: it learns where its card was posted. */
  runId?: string;
  /** Personal messages: look the recipient up in the rosters of these stored conversations first. */
  via?: string[];
  /** A channel thread (`<channel>;messageid=<root>`) to reply in, instead of a new post in the conversation. */
  thread?: string;
  occurrence: 'before' | 'overdue' | 'upcoming';
  party: string;
  /** Dutch title (and the English one when the source has it); rendered in the recipient's language when sent. */
  title: string;
  titleEn?: string;
  /** What a dated reminder is about, so it can be named in the recipient's language (title is the Dutch fallback). */
  subject?: { kind: 'meeting'; body: string } | { kind: 'kaderbrief' | 'jaarrekening' | 'overig' | 'zienswijze'; title?: string };
  due: string;
  owner: { name: string; email: string | null } | null;
  late: boolean;
}

export interface DueMessage {
  /** What, for whom, which occurrence: the same reminder is never queued twice. */
  key: string;
  conversationId: string;
  dueAt: string;
  payload: ReminderPayload;
}

/** Days before (and after, for overdue) each kind is announced, `<kind>Before`; sensible defaults, configurable. */
export type LeadTimes = { [K in ReminderKindName as `${K}Before`]: number } & {
  /** Reminders that fell due longer ago than this are dropped, not sent as if new. */
  horizonHours: number;
};

export const leadField = (kind: ReminderKindName): `${ReminderKindName}Before` => `${kind}Before`;

export const DEFAULT_LEADS: LeadTimes = {
  ...(Object.fromEntries(REMINDER_KIND_NAMES.map((k) => [leadField(k), REMINDER_KINDS[k].leadDays])) as Omit<LeadTimes, 'horizonHours'>),
  horizonHours: 72,
};

/** 09:00 local time on a date: correct on both sides of a DST change. */
export function morningOf(date: string, plusDays = 0, zone = timeZone()): DateTime {
  return localMoment(date, 9, 0, plusDays, zone);
}

export interface PlanInput {
  now: Date;
  parties: Map<string, Party>;
  runs: ChecklistRun[];
  openActions: { outcome: MeetingOutcome; item: ActionItem }[];
  events: GovernanceEvent[];
  linkedChannel: (partyId: string) => string | undefined;
  leads?: LeadTimes;
  texts: ReminderTexts;
  calendarTexts: CalendarTexts;
  /** The local time zone; the configured one unless given. */
  zone?: string;
}

/** Everything that is due at `now` (and not older than the horizon), each with a stable key. */
export function dueMessages(input: PlanInput): DueMessage[] {
  const leads = input.leads ?? DEFAULT_LEADS;
  const zone = input.zone ?? timeZone();
  const now = DateTime.fromJSDate(input.now);
  const horizon = now.minus({ hours: leads.horizonHours });
  const out: DueMessage[] = [];
  const add = (key: string, conversationId: string | null | undefined, at: DateTime, payload: Omit<ReminderPayload, 'late'>) => {
    if (!conversationId || at > now || at < horizon) return;
    out.push({ key, conversationId, dueAt: at.toUTC().toISO()!, payload: { ...payload, late: now.diff(at, 'hours').hours > 1 } });
  };
  const morning = (date: string, plusDays = 0) => morningOf(date, plusDays, zone);
  const year = localYear(input.now, zone);
  for (const kind of REMINDER_KIND_NAMES) REMINDER_KINDS[kind].plan({ input, before: leads[leadField(kind)], texts: input.texts, calendar: input.calendarTexts, year, morning, add });
  return out;
}
