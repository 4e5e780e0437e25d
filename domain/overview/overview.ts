import { addWeeks, ZIENSWIJZE_WEEKS_BUDGET, type GovernanceEvent } from '../calendar/events';
import type { ChecklistRun } from '../checklists/types';
import { addDays } from '../time/clock';
import type { ActionItem, MeetingOutcome, Signal } from '../meetings/types';
import type { Party } from '../register/types';
import type { CalendarItem, OverviewData, OverviewParty, OverviewPerson, PartyDetail } from './types';

export interface OverviewInputs {
  parties: Party[];
  runs: ChecklistRun[];
  openActions: { outcome: MeetingOutcome; item: ActionItem }[];
  signals: Signal[];
  events: GovernanceEvent[];
  /** YYYY-MM-DD in the local time zone. */
  today: string;
  demo: boolean;
}

/** Coming governance dates are shown this far ahead. */
export const HORIZON_DAYS = 366;

/** Governance dates and deadlines from today up to the horizon, plus every overdue open step and action. */
export function calendarItems(inp: Pick<OverviewInputs, 'parties' | 'runs' | 'openActions' | 'events' | 'today'>): CalendarItem[] {
  const active = new Set(inp.parties.map((p) => p.id));
  const until = addDays(inp.today, HORIZON_DAYS);
  const out: CalendarItem[] = [];
  const coming = (d: string) => d >= inp.today && d <= until;
  for (const e of inp.events) {
    if (!active.has(e.partyId)) continue;
    if (coming(e.date)) out.push({ date: e.date, partyId: e.partyId, kind: e.kind, label: e.title ?? e.body, overdue: false });
    if (e.kind === 'ontwerpbegroting') {
      const deadline = addWeeks(e.date, ZIENSWIJZE_WEEKS_BUDGET);
      if (coming(deadline)) out.push({ date: deadline, partyId: e.partyId, kind: 'zienswijze', label: null, overdue: false });
    }
  }
  for (const run of inp.runs) {
    if (run.status !== 'open' || !active.has(run.partyId)) continue;
    for (const s of run.steps) {
      if (s.status !== 'open') continue;
      const overdue = s.due < inp.today;
      if (overdue || coming(s.due)) out.push({ date: s.due, partyId: run.partyId, kind: 'stap', label: s.title.nl, overdue });
    }
  }
  for (const { outcome, item } of inp.openActions) {
    if (!active.has(outcome.partyId)) continue;
    const overdue = item.due < inp.today;
    if (overdue || coming(item.due)) out.push({ date: item.due, partyId: outcome.partyId, kind: 'actie', label: item.what, overdue });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.partyId.localeCompare(b.partyId) || a.kind.localeCompare(b.kind));
}

/** Everything the overview, risk picture, who-sits-where and calendar views show, in one pass. */
export function buildOverview(inp: OverviewInputs): OverviewData {
  const calendar = calendarItems(inp);
  const counts = new Map<string, { signals: number; runs: number; actions: number; overdue: number; next: string | null }>();
  const c = (id: string) => {
    let v = counts.get(id);
    if (!v) counts.set(id, (v = { signals: 0, runs: 0, actions: 0, overdue: 0, next: null }));
    return v;
  };
  for (const s of inp.signals) if (s.status === 'open') c(s.partyId).signals++;
  for (const r of inp.runs) if (r.status === 'open') c(r.partyId).runs++;
  for (const a of inp.openActions) c(a.outcome.partyId).actions++;
  for (const item of calendar) {
    const v = c(item.partyId);
    if (item.overdue) v.overdue++;
    else if (v.next === null || item.date < v.next) v.next = item.date;
  }
  const parties: OverviewParty[] = inp.parties.map((p) => overviewParty(p, counts.get(p.id)));
  const people = new Map<string, OverviewPerson>();
  for (const p of inp.parties) {
    for (const seat of p.seats) {
      if (!seat.person) continue;
      const key = (seat.person.email ?? seat.person.name).toLowerCase();
      let person = people.get(key);
      if (!person) people.set(key, (person = { name: seat.person.name, function: seat.person.function, seats: [] }));
      person.seats.push({ partyId: p.id, body: seat.body, role: seat.role });
    }
  }
  const sortedPeople = [...people.values()].sort((a, b) => b.seats.length - a.seats.length || a.name.localeCompare(b.name, 'nl'));
  return { demo: inp.demo, today: inp.today, parties, people: sortedPeople, calendar };
}

function overviewParty(p: Party, v: { signals: number; runs: number; actions: number; overdue: number; next: string | null } | undefined): OverviewParty {
  const reps = new Set(p.seats.filter((s) => s.person).map((s) => (s.person!.email ?? s.person!.name).toLowerCase()));
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    category: p.category,
    location: p.location,
    risk: p.riskProfile,
    interestCents: p.financialInterestCents,
    portfolioHolder: p.ownerPortfolioHolder,
    accountHolder: p.accountHolder?.name ?? null,
    seats: p.seats.length,
    representatives: reps.size,
    openSignals: v?.signals ?? 0,
    openChecklists: v?.runs ?? 0,
    openActions: v?.actions ?? 0,
    overdue: v?.overdue ?? 0,
    nextDate: v?.next ?? null,
  };
}

export interface PartyDetailInputs {
  party: Party;
  runs: ChecklistRun[];
  openActions: { outcome: MeetingOutcome; item: ActionItem }[];
  signals: Signal[];
  outcomes: MeetingOutcome[];
  events: GovernanceEvent[];
  today: string;
}

/** One party's detail: what its card in chat shows, plus open checklists, actions, signals and dates. */
export function buildPartyDetail(inp: PartyDetailInputs): PartyDetail {
  const p = inp.party;
  const mine = <T extends { partyId: string }>(xs: T[]) => xs.filter((x) => x.partyId === p.id);
  const runs = mine(inp.runs).filter((r) => r.status === 'open');
  const actions = inp.openActions.filter((a) => a.outcome.partyId === p.id);
  const signals = mine(inp.signals).filter((s) => s.status === 'open');
  const calendar = calendarItems({ parties: [p], runs, openActions: actions, events: mine(inp.events), today: inp.today });
  const next = calendar.find((x) => !x.overdue)?.date ?? null;
  const last = [...mine(inp.outcomes)].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.createdAt.localeCompare(a.createdAt))[0];
  const person = (x: { name: string; email: string | null; function: string | null }) => ({ name: x.name, email: x.email, function: x.function });
  return {
    party: overviewParty(p, { signals: signals.length, runs: runs.length, actions: actions.length, overdue: calendar.filter((x) => x.overdue).length, next }),
    aliases: p.aliases,
    legalForm: p.legalForm,
    publicInterest: p.publicInterest,
    clientPortfolioHolder: p.clientPortfolioHolder,
    accountHolder: p.accountHolder ? person(p.accountHolder) : null,
    seats: p.seats.map((s) => ({ body: s.body, role: s.role, person: s.person ? person(s.person) : null })),
    checklists: runs.map((r) => ({
      id: r.id,
      changeKind: r.changeKind,
      started: r.createdAt.slice(0, 10),
      deadline: r.deadline,
      done: r.steps.filter((s) => s.status !== 'open').length,
      total: r.steps.length,
      openSteps: r.steps.filter((s) => s.status === 'open').map((s) => ({ title: s.title, due: s.due, owner: s.owner?.name ?? null, overdue: s.due < inp.today })),
    })),
    actions: actions.map(({ outcome, item }) => ({ what: item.what, owner: item.owner.name, due: item.due, overdue: item.due < inp.today, body: outcome.body, meetingDate: outcome.meetingDate })),
    signals: signals.sort((a, b) => b.reportedAt.localeCompare(a.reportedAt)).map((s) => ({ category: s.category, severity: s.severity, reportedAt: s.reportedAt, description: s.description })),
    lastOutcome: last ? { body: last.body, meetingDate: last.meetingDate, decisions: last.decisions } : null,
    nextDates: calendar,
  };
}
