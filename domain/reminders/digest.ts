import { Cron } from 'croner';
import { DateTime } from 'luxon';
import { addWeeks, eventLabel, ZIENSWIJZE_WEEKS_BUDGET, type GovernanceEvent } from '../calendar/events';
import { isGr, lateDocuments, wgrCycle, type CycleItem } from '../calendar/wgrCycle';
import type { ChecklistRun } from '../checklists/types';
import type { MeetingOutcome, ActionItem, Signal } from '../meetings/types';
import type { Party } from '../register/types';
import type { CalendarTexts } from '../calendar/texts';
import { localDate, localYear, timeZone, today as localToday } from '../time/clock';

export interface DigestSubscription {
  id: string;
  conversationId: string;
  /** user:<id> for a personal digest, channel:<id> for a channel digest */
  owner: string;
  /** minute hour * * weekday (croner syntax), in the local time zone */
  cron: string;
  active: boolean;
  lastSentAt: string | null;
  createdAt: string;
}

/** "elke maandag om 8:30" → 30 8 * * 1; no weekday = every day. */
export function cronFor(weekday: number | null, hour: number, minute: number): string {
  return `${minute} ${hour} * * ${weekday === null ? '*' : weekday}`;
}

/** The latest scheduled moment at or before `now`, in local time (DST-correct via croner). */
export function latestOccurrence(cron: string, now: Date, zone = timeZone()): Date | undefined {
  const job = new Cron(cron, { timezone: zone, paused: true });
  let t = job.nextRun(new Date(now.getTime() - 8 * 86_400_000));
  let last: Date | undefined;
  while (t && t <= now) {
    last = t;
    t = job.nextRun(t);
  }
  return last ?? undefined;
}

export interface DigestItem {
  date: string;
  text: string;
}

export interface DigestContent {
  upcoming: DigestItem[];
  overdue: DigestItem[];
  outcomes: DigestItem[];
  signals: DigestItem[];
  representation: DigestItem[];
  /** Wgr cycle dates the register does not hold yet although their term is near ("nog niet bekend"). */
  unknown: DigestItem[];
  /** Documents that came after their legal term: a suggestion to report a signal ("stukken te laat"). */
  late: DigestItem[];
}

export interface DigestData {
  now: Date;
  since: Date;
  parties: Map<string, Party>;
  events: GovernanceEvent[];
  runs: ChecklistRun[];
  openActions: { outcome: MeetingOutcome; item: ActionItem }[];
  outcomes: MeetingOutcome[];
  signals: Signal[];
  /** Parties whose seats changed since, with when. */
  representationChanges: { partyId: string; at: string }[];
  texts: DigestTexts;
  /** The local time zone; the configured one unless given. */
  zone?: string;
}

/** The digest's item texts (Dutch, as its card); from locales/. */
export interface DigestTexts {
  calendar: CalendarTexts;
  meetingTitle(body: string): string;
  zienswijzeDeadline: string;
  notKnownYet(label: string): string;
  representationChanged: string;
}

export function isEmpty(c: DigestContent): boolean {
  return Object.values(c).every((items: DigestItem[]) => items.length === 0);
}

/** Next 14 days, what is overdue, and what happened since the last digest. */
export function digestContent(d: DigestData): DigestContent {
  const zone = d.zone ?? timeZone();
  const tx = d.texts;
  const today = localToday(d.now, zone);
  const until = DateTime.fromJSDate(d.now).setZone(zone).plus({ days: 14 }).toISODate()!;
  const name = (id: string) => d.parties.get(id)?.name ?? '';
  // Parties not in the map (archived ones) stay out of digests, as they stay out of reminders.
  const known = (id: string) => d.parties.has(id);
  const within = (date: string) => date >= today && date <= until;
  const upcoming: DigestItem[] = [];
  for (const e of d.events) {
    if (!known(e.partyId)) continue;
    if (e.kind === 'vergadering' && within(e.date)) upcoming.push({ date: e.date, text: `${name(e.partyId)}: ${tx.meetingTitle(e.body ?? '')}` });
    if (e.kind === 'ontwerpbegroting') {
      const deadline = addWeeks(e.date, ZIENSWIJZE_WEEKS_BUDGET);
      if (within(deadline)) upcoming.push({ date: deadline, text: `${name(e.partyId)}: ${tx.zienswijzeDeadline}` });
    }
    if ((e.kind === 'evaluatie' || e.kind === 'uittreding' || e.kind === 'vaststelling') && within(e.date)) upcoming.push({ date: e.date, text: `${name(e.partyId)}: ${eventLabel(e, tx.calendar)}` });
  }
  // The Wgr cycle: legal terms in the window, and what the register does not know while its term nears.
  const unknown: DigestItem[] = [];
  const year = localYear(d.now, zone);
  for (const party of d.parties.values()) {
    if (!isGr(party)) continue;
    const cycle = wgrCycle(party, year, d.events, tx.calendar);
    const at = (m: string) => cycle.find((c) => c.milestone === m)!;
    for (const item of cycle) if (!item.recorded && item.date && item.milestone !== 'zienswijze' && within(item.date)) upcoming.push({ date: item.date, text: `${party.name}: ${item.title} (${item.basis})` });
    const gs = at('begroting-gs').date!;
    const flag = (item: CycleItem, from: string) => {
      if (item.unknown && today >= from) unknown.push({ date: item.date ?? gs, text: `${party.name}: ${tx.notKnownYet(item.label)}` });
    };
    // Kaderbrief from two weeks before its term; the draft budget once fewer than twelve weeks and two
    // remain before the budget must be at GS; the adoption from two weeks before that term.
    flag(at('kaderbrief'), localDate(at('kaderbrief').date!, zone).minus({ days: 14 }).toISODate()!);
    flag(at('ontwerpbegroting'), localDate(gs, zone).minus({ weeks: ZIENSWIJZE_WEEKS_BUDGET + 2 }).toISODate()!);
    flag(at('vaststelling'), localDate(gs, zone).minus({ days: 14 }).toISODate()!);
  }
  const late = lateDocuments(d.parties, d.events.filter((e) => e.updatedAt >= d.since.toISOString()), tx.calendar).map((l) => ({ date: l.date, text: l.text }));
  const overdue: DigestItem[] = [];
  for (const run of d.runs) {
    if (run.status !== 'open' || !known(run.partyId)) continue;
    for (const s of run.steps) {
      if (s.status !== 'open') continue;
      const text = `${name(run.partyId)}: ${s.title.nl}${s.owner ? ` (${s.owner.name})` : ''}`;
      if (s.due < today) overdue.push({ date: s.due, text });
      else if (within(s.due)) upcoming.push({ date: s.due, text });
    }
  }
  for (const { outcome, item } of d.openActions) {
    if (!known(outcome.partyId)) continue;
    const text = `${name(outcome.partyId)}: ${item.what} (${item.owner.name})`;
    if (item.due < today) overdue.push({ date: item.due, text });
    else if (within(item.due)) upcoming.push({ date: item.due, text });
  }
  const sinceIso = d.since.toISOString();
  const outcomes = d.outcomes.filter((o) => o.createdAt >= sinceIso && known(o.partyId)).map((o) => ({ date: o.meetingDate, text: `${name(o.partyId)}: ${o.body} — ${o.decisions.slice(0, 140)}` }));
  const signals = d.signals.filter((s) => s.reportedAt >= sinceIso && known(s.partyId)).map((s) => ({ date: s.reportedAt.slice(0, 10), text: `${name(s.partyId)}: ${s.description.slice(0, 140)} (${s.severity})` }));
  const representation = d.representationChanges.filter((c) => c.at >= sinceIso && known(c.partyId)).map((c) => ({ date: c.at.slice(0, 10), text: `${name(c.partyId)}: ${tx.representationChanged}` }));
  const byDate = (a: DigestItem, b: DigestItem) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text);
  return { upcoming: upcoming.sort(byDate), overdue: overdue.sort(byDate), outcomes: outcomes.sort(byDate), signals: signals.sort(byDate), representation: representation.sort(byDate), unknown: unknown.sort(byDate), late };
}
