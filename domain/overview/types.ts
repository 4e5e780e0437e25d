/**
 * The overview tab's data, as the JSON API under /api/overzicht sends it and the page reads it.
 * Pure types and functions: the page bundles this file too, so no Node or botbuilder imports.
 */
import type { BbvCategory, RiskProfile } from '../register/types';

export interface OverviewParty {
  id: string;
  code: string;
  name: string;
  category: BbvCategory;
  location: string | null;
  risk: RiskProfile | null;
  /** Whole euro cents, as in the register. */
  interestCents: number | null;
  portfolioHolder: string | null;
  accountHolder: string | null;
  seats: number;
  /** Distinct people holding a seat. */
  representatives: number;
  openSignals: number;
  openChecklists: number;
  openActions: number;
  /** Open checklist steps and action items past their due date. */
  overdue: number;
  /** The next governance date or deadline (YYYY-MM-DD), if any. */
  nextDate: string | null;
}

export interface SeatHolding {
  partyId: string;
  body: string;
  role: string;
}

export interface OverviewPerson {
  name: string;
  function: string | null;
  seats: SeatHolding[];
}

export const CALENDAR_KINDS = ['vergadering', 'kaderbrief', 'ontwerpbegroting', 'jaarrekening', 'overig', 'vaststelling', 'evaluatie', 'uittreding', 'zienswijze', 'stap', 'actie'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export interface CalendarItem {
  date: string;
  partyId: string;
  kind: CalendarKind;
  /** Body for meetings, step or action text for steps and actions. */
  label: string | null;
  /** Open step or action past its due date. */
  overdue: boolean;
}

export interface OverviewData {
  demo: boolean;
  /** Today in the local time zone (YYYY-MM-DD): what "overdue" and "coming" were measured against. */
  today: string;
  parties: OverviewParty[];
  people: OverviewPerson[];
  calendar: CalendarItem[];
}

export interface PartyDetail {
  party: OverviewParty;
  aliases: string[];
  legalForm: string | null;
  publicInterest: string | null;
  clientPortfolioHolder: string | null;
  accountHolder: { name: string; email: string | null; function: string | null } | null;
  seats: { body: string; role: string; person: { name: string; email: string | null; function: string | null } | null }[];
  checklists: { id: string; changeKind: string; started: string; deadline: string | null; done: number; total: number; openSteps: { title: { nl: string; en: string }; due: string; owner: string | null; overdue: boolean }[] }[];
  actions: { what: string; owner: string; due: string; overdue: boolean; body: string; meetingDate: string }[];
  signals: { category: string; severity: string; reportedAt: string; description: string }[];
  lastOutcome: { body: string; meetingDate: string; decisions: string } | null;
  nextDates: CalendarItem[];
}

export interface OverviewFilter {
  category?: string;
  risk?: string;
  portfolioHolder?: string;
  accountHolder?: string;
  /** Search as you type: name, code, location, people. */
  q?: string;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The rows that pass every filter; `risk: 'onbekend'` selects parties without a risk profile. */
export function filterParties(parties: OverviewParty[], f: OverviewFilter, extraText?: (p: OverviewParty) => string): OverviewParty[] {
  const q = f.q ? fold(f.q.trim()) : '';
  return parties.filter((p) => {
    if (f.category && p.category !== f.category) return false;
    if (f.risk && (p.risk ?? 'onbekend') !== f.risk) return false;
    if (f.portfolioHolder && p.portfolioHolder !== f.portfolioHolder) return false;
    if (f.accountHolder && p.accountHolder !== f.accountHolder) return false;
    if (q) {
      const hay = fold([p.name, p.code, p.location ?? '', p.portfolioHolder ?? '', p.accountHolder ?? '', extraText?.(p) ?? ''].join(' '));
      if (!q.split(/\s+/).every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** OWASP CSV injection: text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Dutch-style CSV (`;`, CRLF, BOM) of the given rows and header labels. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map((c) => csvCell(c)).join(';')).join('\r\n')}\r\n`;
}
