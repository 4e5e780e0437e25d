import { DateTime } from 'luxon';
import type { GovernanceEvent } from '../calendar/events';
import { addWeeks, eventLabel, ZIENSWIJZE_WEEKS_BUDGET } from '../calendar/events';
import { isGr, wgrCycle } from '../calendar/wgrCycle';
import type { ChecklistRun } from '../checklists/types';
import type { ActionItem, MeetingOutcome } from '../meetings/types';
import type { Party } from '../register/types';
import { localMoment, localYear, timeZone } from '../time/clock';

/** A reminder addressed to a person rather than a stored conversation: `personal:<e-mail>`. */
export const PERSONAL_PREFIX = 'personal:';

/** What a reminder says; rendered into a card when it is sent. */
export interface ReminderPayload {
  /** 'card': a reply or card update that Teams refused in the turn, delivered later through the outbox. */
  kind: 'step' | 'action' | 'meeting' | 'zienswijze' | 'digest' | 'card';
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

/** Days before (and after, for overdue) each kind is announced; sensible defaults, configurable. */
export interface LeadTimes {
  stepBefore: number;
  actionBefore: number;
  meetingBefore: number;
  zienswijzeBefore: number;
  /** Reminders that fell due longer ago than this are dropped, not sent as if new. */
  horizonHours: number;
}

export const DEFAULT_LEADS: LeadTimes = { stepBefore: 2, actionBefore: 3, meetingBefore: 7, zienswijzeBefore: 14, horizonHours: 72 };

/** 09:00 local time on a date: correct on both sides of a DST change. */
export function morningOf(date: string, plusDays = 0, zone = timeZone()): DateTime {
  return localMoment(date, 9, 0, plusDays, zone);
}

/** The Dutch titles stored with a reminder (the fallback when it cannot be named in the recipient's language); from locales/. */
export interface ReminderTexts {
  meetingTitle(body: string): string;
  kaderbrief: string;
  jaarrekening: string;
  governanceDate: string;
  zienswijze: string;
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
  /** The local time zone; the configured one unless given. */
  zone?: string;
}

/**
 * A channel thread id (`19:…@thread.tacv2;messageid=…`) names its channel plus the root message:
 * the stored conversation is the channel, the reminder goes into the thread.
 */
export function threadTarget(conversationId: string | null): { conversationId: string | null; thread?: string } {
  if (!conversationId) return { conversationId };
  const channel = conversationId.split(';')[0];
  return channel === conversationId ? { conversationId } : { conversationId: channel, thread: conversationId };
}

/** Everything that is due at `now` (and not older than the horizon), each with a stable key. */
export function dueMessages(input: PlanInput): DueMessage[] {
  const leads = input.leads ?? DEFAULT_LEADS;
  const zone = input.zone ?? timeZone();
  const tx = input.texts;
  const morning = (date: string, plusDays = 0) => morningOf(date, plusDays, zone);
  const now = DateTime.fromJSDate(input.now);
  const horizon = now.minus({ hours: leads.horizonHours });
  const out: DueMessage[] = [];
  const add = (key: string, conversationId: string | null | undefined, at: DateTime, payload: Omit<ReminderPayload, 'late'>) => {
    if (!conversationId || at > now || at < horizon) return;
    out.push({ key, conversationId, dueAt: at.toUTC().toISO()!, payload: { ...payload, late: now.diff(at, 'hours').hours > 1 } });
  };
  for (const run of input.runs) {
    const party = input.parties.get(run.partyId);
    if (!party || run.status !== 'open') continue;
    for (const s of run.steps) {
      if (s.status !== 'open') continue;
      const target = threadTarget(run.conversationId);
      const base = { kind: 'step' as const, party: party.name, title: s.title.nl, titleEn: s.title.en, due: s.due, owner: s.owner, ...(target.thread ? { thread: target.thread } : {}) };
      add(`step:${run.id}:${s.stepId}:${s.due}:before`, target.conversationId, morning(s.due, -leads.stepBefore), { ...base, occurrence: 'before' });
      add(`step:${run.id}:${s.stepId}:${s.due}:overdue`, target.conversationId, morning(s.due, 1), { ...base, occurrence: 'overdue' });
    }
  }
  for (const { outcome, item } of input.openActions) {
    const party = input.parties.get(outcome.partyId);
    if (!party) continue;
    // The party's linked channel, or else the owner personally (found by e-mail when it is sent).
    const conv = input.linkedChannel(party.id) ?? (item.owner.email ? `${PERSONAL_PREFIX}${item.owner.email.toLowerCase()}` : undefined);
    const base = { kind: 'action' as const, party: party.name, title: item.what, due: item.due, owner: item.owner };
    add(`action:${item.id}:${item.due}:before`, conv, morning(item.due, -leads.actionBefore), { ...base, occurrence: 'before' });
    add(`action:${item.id}:${item.due}:overdue`, conv, morning(item.due, 1), { ...base, occurrence: 'overdue' });
  }
  for (const e of input.events) {
    const party = input.parties.get(e.partyId);
    if (!party) continue;
    const conv = input.linkedChannel(party.id);
    if (e.kind === 'vergadering') {
      add(`meeting:${e.id}:${e.date}`, conv, morning(e.date, -leads.meetingBefore), { kind: 'meeting', occurrence: 'upcoming', party: party.name, title: tx.meetingTitle(e.body ?? ''), subject: { kind: 'meeting', body: e.body ?? '' }, due: e.date, owner: null });
    }
    if (e.kind === 'evaluatie' || e.kind === 'uittreding') {
      // Evaluation and exit terms of the arrangement: announced ahead like a meeting, and on the day itself.
      const what = eventLabel(e);
      add(`date:${e.id}:${e.date}`, conv, morning(e.date, -leads.meetingBefore), { kind: 'meeting', occurrence: 'upcoming', party: party.name, title: what, due: e.date, owner: null });
      add(`date:${e.id}:${e.date}:day`, conv, morning(e.date), { kind: 'meeting', occurrence: 'upcoming', party: party.name, title: what, due: e.date, owner: null });
    }
    if (e.kind === 'kaderbrief' || e.kind === 'jaarrekening' || e.kind === 'overig') {
      const what = e.title ?? (e.kind === 'kaderbrief' ? tx.kaderbrief : e.kind === 'jaarrekening' ? tx.jaarrekening : tx.governanceDate);
      add(`date:${e.id}:${e.date}`, conv, morning(e.date, -leads.meetingBefore), { kind: 'meeting', occurrence: 'upcoming', party: party.name, title: what, subject: { kind: e.kind, ...(e.title ? { title: e.title } : {}) }, due: e.date, owner: null });
    }
    if (e.kind === 'ontwerpbegroting') {
      const deadline = addWeeks(e.date, ZIENSWIJZE_WEEKS_BUDGET);
      add(`zienswijze:${e.id}:${deadline}`, conv, morning(deadline, -leads.zienswijzeBefore), { kind: 'zienswijze', occurrence: 'upcoming', party: party.name, title: tx.zienswijze, subject: { kind: 'zienswijze' }, due: deadline, owner: null });
    }
  }
  // The yearly Wgr cycle of every GR with a linked channel: the legal terms of this year and the next.
  const year = localYear(input.now, zone);
  for (const party of input.parties.values()) {
    if (!isGr(party)) continue;
    const conv = input.linkedChannel(party.id);
    for (const y of [year - 1, year, year + 1]) {
      for (const item of wgrCycle(party, y, input.events)) {
        if (item.recorded || !item.date || item.milestone === 'zienswijze') continue;
        add(`wgr:${party.id}:${y}:${item.milestone}:${item.date}`, conv, morning(item.date, -leads.meetingBefore), { kind: 'meeting', occurrence: 'upcoming', party: party.name, title: `${item.title} (${item.basis})`, due: item.date, owner: null });
      }
    }
  }
  return out;
}
