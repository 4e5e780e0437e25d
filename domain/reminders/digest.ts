import { Cron } from 'croner';
import { DateTime } from 'luxon';
import { addWeeks, ZIENSWIJZE_WEEKS_BUDGET, type GovernanceEvent } from '../calendar/events';
import type { ChecklistRun } from '../checklists/types';
import type { MeetingOutcome, ActionItem, Signal } from '../meetings/types';
import type { Party } from '../register/types';

const TZ = 'Europe/Amsterdam';

export interface DigestSubscription {
  id: string;
  conversationId: string;
  /** user:<id> for a personal digest, channel:<id> for a channel digest */
  owner: string;
  /** minute hour * * weekday (croner syntax), in Europe/Amsterdam */
  cron: string;
  active: boolean;
  lastSentAt: string | null;
  createdAt: string;
}

/** "elke maandag om 8:30" → 30 8 * * 1; no weekday = every day. */
export function cronFor(weekday: number | null, hour: number, minute: number): string {
  return `${minute} ${hour} * * ${weekday === null ? '*' : weekday}`;
}

/** The latest scheduled moment at or before `now`, in Amsterdam time (DST-correct via croner). */
export function latestOccurrence(cron: string, now: Date): Date | undefined {
  const job = new Cron(cron, { timezone: TZ, paused: true });
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
}

export function isEmpty(c: DigestContent): boolean {
  return Object.values(c).every((items: DigestItem[]) => items.length === 0);
}

/** Next 14 days, what is overdue, and what happened since the last digest. */
export function digestContent(d: DigestData): DigestContent {
  const today = DateTime.fromJSDate(d.now).setZone(TZ).toISODate()!;
  const until = DateTime.fromJSDate(d.now).setZone(TZ).plus({ days: 14 }).toISODate()!;
  const name = (id: string) => d.parties.get(id)?.name ?? '';
  // Parties not in the map (archived ones) stay out of digests, as they stay out of reminders.
  const known = (id: string) => d.parties.has(id);
  const within = (date: string) => date >= today && date <= until;
  const upcoming: DigestItem[] = [];
  for (const e of d.events) {
    if (!known(e.partyId)) continue;
    if (e.kind === 'vergadering' && within(e.date)) upcoming.push({ date: e.date, text: `${name(e.partyId)}: ${e.body ?? ''}-vergadering`.replace(': -', ': ') });
    if (e.kind === 'ontwerpbegroting') {
      const deadline = addWeeks(e.date, ZIENSWIJZE_WEEKS_BUDGET);
      if (within(deadline)) upcoming.push({ date: deadline, text: `${name(e.partyId)}: uiterste datum zienswijze raad (Wgr art. 35)` });
    }
  }
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
  const representation = d.representationChanges.filter((c) => c.at >= sinceIso && known(c.partyId)).map((c) => ({ date: c.at.slice(0, 10), text: `${name(c.partyId)}: vertegenwoordiging gewijzigd` }));
  const byDate = (a: DigestItem, b: DigestItem) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text);
  return { upcoming: upcoming.sort(byDate), overdue: overdue.sort(byDate), outcomes: outcomes.sort(byDate), signals: signals.sort(byDate), representation: representation.sort(byDate) };
}
