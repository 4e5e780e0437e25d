import { randomUUID } from 'node:crypto';
import { foldText } from './nameNormalize';
import { suggestCode } from './partyCode';
import { ALL_COLUMNS, registerRows, type Column, type ExportRow } from './registerCsv';
import { formatCentsDutch } from './amounts';
import type { NewParty, Party, Seat } from './types';

/** Open work per party, for the warnings about archiving. */
export interface OpenWork {
  checklists: number;
  actions: number;
}

export interface FieldChange {
  /** A column of the register file, or `zetels` for the seats as a whole. */
  field: Column | 'zetels' | 'status';
  before: string;
  after: string;
}

export interface PlannedUpdate {
  before: Party;
  after: Party;
  changes: FieldChange[];
  /** The party was archived and is in the file again. */
  restored: boolean;
}

export type PlanWarning =
  | { kind: 'archive_open_work'; party: string; checklists: number; actions: number }
  | { kind: 'seat_holder_gone'; party: string; person: string; seat: string }
  | { kind: 'financial_change'; party: string; before: number; after: number | null; percent: number };

export interface PlanProblem {
  party: string;
  reason: { code: 'name_taken'; party: string };
}

/** What an import would do; the dry run prints it and the apply step executes exactly this. */
export interface ImportPlan {
  added: Party[];
  updated: PlannedUpdate[];
  archived: Party[];
  unchanged: number;
  warnings: PlanWarning[];
  problems: PlanProblem[];
  /** Active parties before the import. */
  activeBefore: number;
  /** More than a third of the register would be archived: needs --force (in chat: a second confirmation). */
  needsForce: boolean;
}

const fold = (s: string): string => foldText(s).trim().replace(/\s+/g, ' ');

function seatLabel(s: Seat): string {
  return `${s.body} ${s.role}: ${s.person ? `${s.person.name}${s.person.email ? ` <${s.person.email}>` : ''}${s.person.function ? ` (${s.person.function})` : ''}` : '—'}`;
}

function cellText(v: string | number | null): string {
  return v === null ? '' : typeof v === 'number' ? formatCentsDutch(v) : v;
}

/** The party's first export row (the party columns) without the seat columns. */
function partyRow(p: Party | NewParty): ExportRow {
  return registerRows([{ ...p, seats: [] }])[0];
}

const SEAT_COLUMNS: Column[] = ['orgaan', 'rol', 'naam', 'email', 'functie'];

/** Field-by-field differences as the register file names them. */
export function diffParty(before: Party | NewParty, after: Party | NewParty): FieldChange[] {
  const a = partyRow(before);
  const b = partyRow(after);
  const changes: FieldChange[] = [];
  for (const c of ALL_COLUMNS) {
    if (SEAT_COLUMNS.includes(c)) continue;
    if (cellText(a[c]) !== cellText(b[c])) changes.push({ field: c, before: cellText(a[c]), after: cellText(b[c]) });
  }
  const sa = before.seats.map(seatLabel).join('; ');
  const sb = after.seats.map(seatLabel).join('; ');
  if (sa !== sb) changes.push({ field: 'zetels', before: sa, after: sb });
  if (before.demo !== after.demo) changes.push({ field: 'status', before: before.demo ? 'demo' : '', after: after.demo ? 'demo' : '' });
  return changes;
}

/**
 * Matches the file's parties to the register: by code first, then by name, then by an alias or
 * abbreviation; archived parties count too, so a party that returns gets its history back. A
 * party that is no longer in the file is archived, never deleted.
 */
export function planImport(current: Party[], incoming: NewParty[], openWork: ReadonlyMap<string, OpenWork> = new Map(), now = new Date()): ImportPlan {
  const byCode = new Map(current.map((p) => [p.code, p]));
  const byName = new Map(current.map((p) => [fold(p.name), p]));
  const byAlias = new Map<string, Party | null>();
  for (const p of current) {
    for (const a of p.aliases) {
      const k = fold(a);
      byAlias.set(k, byAlias.has(k) && byAlias.get(k) !== p ? null : p); // null: ambiguous, never used
    }
  }
  const claimedBy = new Map<string, string>();
  const problems: PlanProblem[] = [];
  const added: Party[] = [];
  const updated: PlannedUpdate[] = [];
  let unchanged = 0;
  const takenCodes = new Set<string>([...current.map((p) => p.code), ...incoming.flatMap((p) => (p.code ? [p.code] : []))]);
  // Three passes, so a weaker match never takes a party a stronger one claims: codes, then names,
  // then names and aliases against the names and aliases of parties still unclaimed.
  const matchOf: (Party | undefined)[] = incoming.map(() => undefined);
  const claim = (i: number, p: Party): void => {
    matchOf[i] = p;
    claimedBy.set(p.id, incoming[i].name);
  };
  incoming.forEach((inc, i) => {
    const p = inc.code ? byCode.get(inc.code) : undefined;
    if (p) claim(i, p);
  });
  incoming.forEach((inc, i) => {
    const p = matchOf[i] ? undefined : byName.get(fold(inc.name));
    if (p && !claimedBy.has(p.id)) claim(i, p);
  });
  incoming.forEach((inc, i) => {
    if (matchOf[i]) return;
    for (const a of [inc.name, ...inc.aliases]) {
      const hit = byName.get(fold(a)) ?? byAlias.get(fold(a));
      if (hit && !claimedBy.has(hit.id)) {
        claim(i, hit);
        return;
      }
    }
  });
  const matches = incoming.map((inc, i) => ({ incoming: inc, match: matchOf[i] }));

  // A name may only move to a party when no stored party that stays keeps it (archived ones keep theirs).
  const finalNames = new Map<string, string>();
  for (const p of current) if (!claimedBy.has(p.id)) finalNames.set(fold(p.name), p.code);
  for (const { incoming: inc } of matches) {
    const holder = finalNames.get(fold(inc.name));
    if (holder !== undefined) problems.push({ party: inc.name, reason: { code: 'name_taken', party: holder } });
  }

  for (const { incoming: inc, match } of matches) {
    if (!match) {
      const code = inc.code ?? suggestCode(inc, takenCodes);
      takenCodes.add(code);
      added.push({ ...inc, id: randomUUID(), code, archivedAt: null });
      continue;
    }
    const after: Party = { ...inc, id: match.id, code: inc.code ?? match.code, archivedAt: null };
    const changes = diffParty(match, after);
    if (match.archivedAt !== null) changes.unshift({ field: 'status', before: `gearchiveerd ${match.archivedAt.slice(0, 10)}`, after: 'actief' });
    if (changes.length === 0) {
      unchanged += 1;
      continue;
    }
    updated.push({ before: match, after, changes, restored: match.archivedAt !== null });
  }

  const at = now.toISOString();
  const archived = current.filter((p) => p.archivedAt === null && !claimedBy.has(p.id)).map((p) => ({ ...p, archivedAt: at }));

  const warnings: PlanWarning[] = [];
  for (const p of archived) {
    const w = openWork.get(p.id);
    if (w && (w.checklists > 0 || w.actions > 0)) warnings.push({ kind: 'archive_open_work', party: p.name, checklists: w.checklists, actions: w.actions });
  }
  for (const u of updated) {
    const still = new Set(u.after.seats.flatMap((s) => (s.person ? [fold(s.person.name)] : [])));
    for (const s of u.before.seats) {
      if (s.person && !still.has(fold(s.person.name))) warnings.push({ kind: 'seat_holder_gone', party: u.after.name, person: s.person.name, seat: `${s.body} ${s.role}` });
    }
    const b = u.before.financialInterestCents;
    const a = u.after.financialInterestCents;
    if (b !== null && b !== 0 && a !== b) {
      const percent = a === null ? 100 : Math.round((Math.abs(a - b) / Math.abs(b)) * 100);
      if (percent > 50) warnings.push({ kind: 'financial_change', party: u.after.name, before: b, after: a, percent });
    }
  }
  const activeBefore = current.filter((p) => p.archivedAt === null).length;
  return {
    added,
    updated,
    archived,
    unchanged,
    warnings,
    problems,
    activeBefore,
    needsForce: activeBefore > 0 && archived.length * 3 > activeBefore,
  };
}

/** The plan without generated ids and instants, for comparing a dry run with what was applied. */
export function planDigest(plan: ImportPlan): unknown {
  return {
    added: plan.added.map((p) => ({ code: p.code, name: p.name })),
    updated: plan.updated.map((u) => ({ code: u.after.code, name: u.after.name, changes: u.changes, restored: u.restored })),
    archived: plan.archived.map((p) => ({ code: p.code, name: p.name })),
    unchanged: plan.unchanged,
    warnings: plan.warnings,
    needsForce: plan.needsForce,
  };
}
