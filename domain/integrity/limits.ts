import { DateTime } from 'luxon';
import { timeZone, today as localToday } from '../time/clock';

/**
 * One set of limits for everything users type, checked at the boundary, so SQLite and PostgreSQL
 * accept and refuse exactly the same input (the narrowest PostgreSQL column decides).
 */
export const LIMITS = {
  /** meeting_outcomes.body is varchar(64) */
  meetingBody: 64,
  decisions: 4000,
  signals: 4000,
  actionWhat: 500,
  actionOwner: 200,
  signalDescription: 2000,
  note: 500,
  reason: 300,
  ownerName: 120,
  ownerEmail: 200,
} as const;

export type DateCheck = 'ok' | 'invalid' | 'outOfRange';

/** A calendar date (YYYY-MM-DD) within [today − pastYears, today + futureYears]. */
export function checkDate(value: string, range: { pastYears: number; futureYears: number }, today = localToday()): DateCheck {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone: timeZone() }).isValid) return 'invalid';
  const base = DateTime.fromISO(today, { zone: timeZone() });
  const lo = base.minus({ years: range.pastYears }).toISODate()!;
  const hi = base.plus({ years: range.futureYears }).toISODate()!;
  return value < lo || value > hi ? 'outOfRange' : 'ok';
}

/** Sensible windows: a checklist anchor, a meeting that took place, an action item's due date. */
export const DATE_RANGES = {
  anchor: { pastYears: 2, futureYears: 5 },
  meeting: { pastYears: 10, futureYears: 1 },
  actionDue: { pastYears: 0, futureYears: 5 },
} as const;

/** Control characters (except tab, newline, carriage return) never reach the store. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControl(s: string): string {
  return s.replace(CONTROL, '');
}
