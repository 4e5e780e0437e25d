import type { EventKind } from './events';
import type { WgrMilestone } from './wgrCycle';

/** One milestone of the Wgr cycle in words; `year` is the cycle's calendar year (the budget is for year + 1). */
export interface MilestoneTexts {
  label(year: number): string;
  title(year: number, recorded: boolean): string;
  basis: string;
}

/**
 * The calendar's wording: event names, the Wgr cycle, late documents and feed entries. Dutch legal
 * terms (locales/calendar.nl.ts); the caller injects them.
 */
export interface CalendarTexts {
  kinds: Record<EventKind, string>;
  meetingTitle(body: string): string;
  eventDescription(party: string, category: string): string;
  zienswijzeSummary: string;
  zienswijzeDescription(weeks: number, received: string): string;
  checklistDescription(changeKind: string, owner: string | null): string;
  cycle: Record<WgrMilestone, MilestoneTexts>;
  cycleDescription(basis: string, unknown: boolean): string;
  lateKaderbrief(party: string, date: string): string;
  lateDraftBudget(party: string, date: string, adopted: string): string;
}
