import { DateTime, IANAZone } from 'luxon';

/**
 * The one place that knows the municipality's local time zone (TZ_DISPLAY): what "today" is, the
 * local morning a reminder is sent, the zone of a digest schedule, and how dates are shown.
 * The composition root sets it once from the configuration; everything else reads it here.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

let current = DEFAULT_TIME_ZONE;

export function isTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

export function setTimeZone(name: string): void {
  if (!isTimeZone(name)) throw new Error(`unknown time zone: ${name}`);
  current = name;
}

export function timeZone(): string {
  return current;
}

/** The local calendar date (YYYY-MM-DD) at `now`. */
export function today(now: Date = new Date(), zone: string = current): string {
  return DateTime.fromJSDate(now).setZone(zone).toISODate()!;
}

/** The local calendar year at `now`. */
export function localYear(now: Date = new Date(), zone: string = current): number {
  return DateTime.fromJSDate(now).setZone(zone).year;
}

/** A local calendar date as a luxon DateTime at local midnight. */
export function localDate(date: string, zone: string = current): DateTime {
  return DateTime.fromISO(date, { zone });
}

/** `hour:minute` local time on a date (plus days): correct on both sides of a DST change. */
export function localMoment(date: string, hour: number, minute = 0, plusDays = 0, zone: string = current): DateTime {
  return localDate(date, zone).plus({ days: plusDays }).set({ hour, minute, second: 0, millisecond: 0 });
}

/** Calendar arithmetic on YYYY-MM-DD dates; the zone does not matter for whole days. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

export function addWeeks(date: string, weeks: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ weeks }).toISODate()!;
}

/** A calendar date or an instant (ISO-8601) shown in the local zone with a luxon format. */
export function formatLocal(value: string, format: string, locale?: string): string {
  const dt = DateTime.fromISO(value, { zone: current });
  return (locale ? dt.setLocale(locale) : dt).toFormat(format);
}
