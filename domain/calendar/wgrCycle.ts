import { DateTime } from 'luxon';
import type { Party } from '../register/types';
import { addWeeks, ZIENSWIJZE_WEEKS_BUDGET, type CalendarEntry, type GovernanceEvent } from './events';
import { timeZone } from '../time/clock';
import type { CalendarTexts } from './texts';

/**
 * The yearly Wgr cycle of a gemeenschappelijke regeling (governance.md §2 and §8), for the calendar,
 * the reminders and the digest. In calendar year Y:
 * - the executive board sends the kaderbrief and the voorlopige jaarrekening to the councils (art. 34b;
 *   30 April according to BZK and gemeente.nu — the current text of the law is to be checked);
 * - it sends the ontwerpbegroting for Y+1 twelve weeks before it is offered to the general board
 *   (art. 35 lid 1); the council's zienswijze window runs from receipt to the date in the letter;
 * - the general board adopts the budget for Y+1 (art. 34 lid 1);
 * - the adopted budget goes to GS within two weeks of adoption and before 15 September (art. 34 lid 2);
 * - the adopted annual accounts for Y-1 go to GS within two weeks of adoption and before 15 July.
 * Dates are all-day dates in the local time zone; what the register does not hold yet is "not known".
 */
export const WGR_MILESTONES = ['kaderbrief', 'ontwerpbegroting', 'zienswijze', 'vaststelling', 'begroting-gs', 'jaarrekening-gs'] as const;
export type WgrMilestone = (typeof WGR_MILESTONES)[number];

export interface CycleItem {
  milestone: WgrMilestone;
  /** Calendar year of the cycle; the budget is for year + 1. */
  year: number;
  /** The date it happened (recorded) or the legal latest date; null when neither is known. */
  date: string | null;
  /** true: a recorded date from the register; false: a legal or computed deadline. */
  recorded: boolean;
  /** No date recorded yet for something the cycle needs. */
  unknown: boolean;
  /** Short name, e.g. for "nog niet bekend". */
  label: string;
  title: string;
  basis: string;
}

/** A document that arrived after its legal term: a reason to consider reporting a signal. */
export interface LateDocument {
  partyId: string;
  eventId: string;
  date: string;
  text: string;
}

export const KADERBRIEF_LATEST = { month: 4, day: 30 };
export const BUDGET_TO_GS_LATEST = { month: 9, day: 15 };
export const ACCOUNTS_TO_GS_LATEST = { month: 7, day: 15 };

const ymd = (year: number, md: { month: number; day: number }) => DateTime.fromObject({ year, month: md.month, day: md.day }, { zone: timeZone() }).toISODate()!;
const yearOf = (date: string) => Number(date.slice(0, 4));

export function isGr(party: Party): boolean {
  return party.category === 'gemeenschappelijke regeling';
}

/** The cycle of one GR in calendar year `year`, from its recorded governance dates. */
export function wgrCycle(party: Party, year: number, events: GovernanceEvent[], t: CalendarTexts): CycleItem[] {
  const mine = events.filter((e) => e.partyId === party.id && yearOf(e.date) === year);
  const first = (kind: GovernanceEvent['kind']) => mine.filter((e) => e.kind === kind).sort((a, b) => a.date.localeCompare(b.date))[0];
  const kader = first('kaderbrief');
  const draft = first('ontwerpbegroting');
  const adopted = first('vaststelling');
  const gsBudgetLegal = ymd(year, BUDGET_TO_GS_LATEST);
  const adoptedPlus2 = adopted ? addWeeks(adopted.date, 2) : null;
  const item = (milestone: WgrMilestone, date: string | null, recorded: boolean, unknown: boolean): CycleItem => {
    const w = t.cycle[milestone];
    return { milestone, label: w.label(year), year, date, recorded, unknown, title: w.title(year, recorded), basis: w.basis };
  };
  return [
    item('kaderbrief', kader?.date ?? ymd(year, KADERBRIEF_LATEST), !!kader, !kader),
    item('ontwerpbegroting', draft?.date ?? null, !!draft, !draft),
    item('zienswijze', draft ? addWeeks(draft.date, ZIENSWIJZE_WEEKS_BUDGET) : null, false, !draft),
    item('vaststelling', adopted?.date ?? null, !!adopted, !adopted),
    item('begroting-gs', adoptedPlus2 && adoptedPlus2 < gsBudgetLegal ? adoptedPlus2 : gsBudgetLegal, false, false),
    item('jaarrekening-gs', ymd(year, ACCOUNTS_TO_GS_LATEST), false, false),
  ];
}

/**
 * Documents that came after the legal term: a kaderbrief after 30 April, or an ontwerpbegroting
 * received less than twelve weeks before the general board adopted the budget.
 */
export function lateDocuments(parties: Map<string, Party>, events: GovernanceEvent[], t: CalendarTexts): LateDocument[] {
  const out: LateDocument[] = [];
  for (const e of events) {
    const party = parties.get(e.partyId);
    if (!party || !isGr(party)) continue;
    const year = yearOf(e.date);
    if (e.kind === 'kaderbrief' && e.date > ymd(year, KADERBRIEF_LATEST)) {
      out.push({ partyId: party.id, eventId: e.id, date: e.date, text: t.lateKaderbrief(party.name, e.date) });
    }
    if (e.kind === 'ontwerpbegroting') {
      const adopted = events.filter((x) => x.partyId === e.partyId && x.kind === 'vaststelling' && yearOf(x.date) === year && x.date >= e.date).sort((a, b) => a.date.localeCompare(b.date))[0];
      if (adopted && addWeeks(e.date, ZIENSWIJZE_WEEKS_BUDGET) > adopted.date) {
        out.push({ partyId: party.id, eventId: e.id, date: e.date, text: t.lateDraftBudget(party.name, e.date, adopted.date) });
      }
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text));
}

/** The Wgr cycle of every GR in these years as feed entries: legal terms and what is not known yet. */
export function cycleEntries(events: GovernanceEvent[], parties: Map<string, Party>, uidDomain: string, years: number[], t: CalendarTexts): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const party of parties.values()) {
    if (!isGr(party)) continue;
    for (const year of years) {
      for (const item of wgrCycle(party, year, events, t)) {
        // Recorded dates are already entries of their own; the zienswijze follows from the draft budget.
        if (item.recorded || !item.date || item.milestone === 'zienswijze') continue;
        out.push({
          uid: `wgr-${party.id}-${year}-${item.milestone}@${uidDomain}`,
          summary: `${party.name}: ${item.title}`,
          description: t.cycleDescription(item.basis, item.unknown),
          date: item.date,
          startTime: null,
          endTime: null,
          sequence: 0,
          lastModified: `${year}-01-01T00:00:00.000Z`,
        });
      }
    }
  }
  return out;
}
