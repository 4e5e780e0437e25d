import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarEntry } from './events';
import { timeZone } from '../time/clock';

const AMSTERDAM = 'Europe/Amsterdam';

/** Europe/Amsterdam as VTIMEZONE (EU rules: CEST from the last Sunday of March, CET from the last Sunday of October). */
const VTIMEZONE_AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZNAME:CEST',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:CET',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * An RFC 5545 calendar, deadlines as all-day entries. Timed entries are local times: in
 * Europe/Amsterdam with its VTIMEZONE; in any other configured zone as UTC instants, since only
 * Amsterdam's VTIMEZONE is written here.
 */
export function buildIcs(entries: CalendarEntry[], name: string): string {
  const TZ = timeZone();
  const withZone = TZ === AMSTERDAM;
  const cal = ical({ name, prodId: { company: 'Partnerwijzer', product: 'Governance calendar', language: 'NL' }, method: ICalCalendarMethod.PUBLISH });
  if (withZone) cal.timezone({ name: TZ, generator: (tz) => (tz === AMSTERDAM ? VTIMEZONE_AMSTERDAM : null) });
  for (const e of entries) {
    const allDay = e.startTime === null;
    const start = DateTime.fromISO(allDay ? e.date : `${e.date}T${e.startTime}`, { zone: TZ });
    const end = allDay ? start.plus({ days: 1 }) : e.endTime ? DateTime.fromISO(`${e.date}T${e.endTime}`, { zone: TZ }) : start.plus({ hours: 1 });
    cal.createEvent({
      id: e.uid,
      start,
      end,
      allDay,
      timezone: allDay || !withZone ? undefined : TZ,
      summary: e.summary,
      description: e.description,
      sequence: e.sequence,
      lastModified: new Date(e.lastModified),
      stamp: new Date(e.lastModified),
    });
  }
  return cal.toString();
}
