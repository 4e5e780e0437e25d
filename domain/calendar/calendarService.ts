import { DateTime } from 'luxon';
import type { Party } from '../register/types';
import { buildIcs } from './ics';
import type { ChecklistRun } from '../checklists/types';
import { cycleEntries } from './wgrCycle';
import { calendarEntries, checklistEntries, type GovernanceEvent, type NewGovernanceEvent } from './events';
import { localYear, timeZone } from '../time/clock';
import type { CalendarTexts } from './texts';

/** The storage the calendar needs. */
export interface CalendarRepository {
  listEvents(): Promise<GovernanceEvent[]>;
  countEvents(): Promise<number>;
  addEvent(e: NewGovernanceEvent, actor: string): Promise<GovernanceEvent>;
}

export class CalendarService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly texts: CalendarTexts,
    private readonly uidDomain = 'partnerwijzer',
  ) {}

  /** The whole governance calendar as iCalendar text: dates, derived deadlines and open checklist steps. */
  async ics(parties: Party[], name: string, openRuns: ChecklistRun[] = []): Promise<string> {
    const byId = new Map(parties.map((p) => [p.id, p]));
    const events = await this.repo.listEvents();
    // The Wgr cycle of this year and the next for every gemeenschappelijke regeling.
    const year = localYear();
    const entries = [...calendarEntries(events, byId, this.uidDomain, this.texts), ...cycleEntries(events, byId, this.uidDomain, [year, year + 1], this.texts), ...checklistEntries(openRuns, byId, this.uidDomain, this.texts)];
    return buildIcs(entries.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid)), name);
  }

  /** Demo dates around today, so the demo calendar shows something current. */
  async seedDemo(parties: Party[], today = DateTime.now().setZone(timeZone())): Promise<number> {
    if ((await this.repo.countEvents()) > 0) return 0;
    const by = (name: string) => parties.find((p) => p.name === name && p.demo);
    const d = (days: number) => today.plus({ days }).toISODate()!;
    const plan: [string | undefined, NewGovernanceEvent['kind'], string | null, string, string | null, string | null][] = [
      [by('GGD Haaglanden')?.id, 'vergadering', 'AB', d(21), '14:00', '16:30'],
      [by('GGD Haaglanden')?.id, 'ontwerpbegroting', null, d(-14), null, null],
      [by('Veiligheidsregio Haaglanden')?.id, 'kaderbrief', null, d(-30), null, null],
      [by('Veiligheidsregio Haaglanden')?.id, 'vergadering', 'AB', d(35), '10:00', '12:00'],
      [by('Omgevingsdienst Haaglanden')?.id, 'ontwerpbegroting', null, d(-60), null, null],
      [by('N.V. Bank Nederlandse Gemeenten')?.id, 'vergadering', 'AvA', d(80), '13:30', '15:00'],
      [by('Avalex')?.id, 'vergadering', 'DB', d(9), '09:00', '10:30'],
    ];
    let n = 0;
    for (const [partyId, kind, body, date, startTime, endTime] of plan) {
      if (!partyId) continue;
      await this.repo.addEvent({ partyId, kind, body, date, startTime, endTime, title: null }, 'system:demo-seed');
      n++;
    }
    return n;
  }
}
