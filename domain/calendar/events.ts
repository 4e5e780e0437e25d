import type { ChecklistRun } from '../checklists/types';
import type { Party } from '../register/types';
import { addWeeks } from '../time/clock';
import type { CalendarTexts } from './texts';

/** Governance dates the bot knows, per party. Dates are local (the configured time zone). */
/**
 * vaststelling: the general board adopted the budget (the Wgr cycle plans the term to GS from it);
 * evaluatie and uittreding: the evaluation moment and the exit term the arrangement sets (mandatory
 * content since 1 July 2024; the periodicity is the arrangement's own).
 */
export const EVENT_KINDS = ['vergadering', 'kaderbrief', 'ontwerpbegroting', 'jaarrekening', 'overig', 'vaststelling', 'evaluatie', 'uittreding'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface GovernanceEvent {
  id: string;
  partyId: string;
  kind: EventKind;
  /** AB, DB, AvA … for meetings */
  body: string | null;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, or null for an all-day date */
  startTime: string | null;
  endTime: string | null;
  title: string | null;
  version: number;
  updatedAt: string;
}

export type NewGovernanceEvent = Omit<GovernanceEvent, 'id' | 'version' | 'updatedAt'>;

/** One calendar entry as a feed shows it; uid is stable so an update replaces the old entry. */
export interface CalendarEntry {
  uid: string;
  summary: string;
  description: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  sequence: number;
  lastModified: string;
}

/** Wgr art. 35: the council has 12 weeks from receipt of the draft budget for its zienswijze. */
export const ZIENSWIJZE_WEEKS_BUDGET = 12;

export { addWeeks };

/** Reminder and digest wording for dated kinds other than meetings. */
export function eventLabel(e: Pick<GovernanceEvent, 'kind' | 'title'>, t: CalendarTexts): string {
  return e.title ?? t.kinds[e.kind];
}


/** Feed entries for the events, plus the zienswijze deadline that follows from each draft budget. */
export function calendarEntries(events: GovernanceEvent[], parties: Map<string, Party>, uidDomain: string, t: CalendarTexts): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const e of events) {
    const party = parties.get(e.partyId);
    if (!party) continue;
    const what = e.title ?? (e.kind === 'vergadering' ? t.meetingTitle(e.body ?? '') : t.kinds[e.kind]);
    out.push({
      uid: `${e.id}@${uidDomain}`,
      summary: `${party.name}: ${what}`,
      description: t.eventDescription(party.name, party.category),
      date: e.date,
      startTime: e.startTime,
      endTime: e.endTime,
      sequence: e.version - 1,
      lastModified: e.updatedAt,
    });
    if (e.kind === 'ontwerpbegroting') {
      out.push({
        uid: `${e.id}-zienswijze@${uidDomain}`,
        summary: `${party.name}: ${t.zienswijzeSummary}`,
        description: t.zienswijzeDescription(ZIENSWIJZE_WEEKS_BUDGET, e.date),
        date: addWeeks(e.date, ZIENSWIJZE_WEEKS_BUDGET),
        startTime: null,
        endTime: null,
        sequence: e.version - 1,
        lastModified: e.updatedAt,
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

/** Open checklist steps as all-day entries on their due date; uid per run and step, so updates replace. */
export function checklistEntries(runs: ChecklistRun[], parties: Map<string, Party>, uidDomain: string, t: CalendarTexts): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const run of runs) {
    const party = parties.get(run.partyId);
    if (!party || run.status !== 'open') continue;
    for (const step of run.steps) {
      if (step.status !== 'open') continue;
      out.push({
        uid: `${run.id}-${step.stepId}@${uidDomain}`,
        summary: `${party.name}: ${step.title.nl}`,
        description: t.checklistDescription(run.changeKind, step.owner?.name ?? null),
        date: step.due,
        startTime: null,
        endTime: null,
        sequence: step.version - 1,
        lastModified: run.createdAt,
      });
    }
  }
  return out;
}
