import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { formatCentsDutch, parseAmountToCents } from './amounts';
import { BBV_CATEGORIES, type BbvCategory, type NewParty, type Party, type RiskProfile, type Seat } from './types';

/**
 * The register file of ../shared/DESIGN.md: one row per seat, `;` or `,`, optional BOM, Dutch
 * decimals. The contract's columns come first; the extension columns carry fields the budget
 * paragraph needs and are optional on import.
 */
export const CONTRACT_COLUMNS = [
  'partij', 'afkortingen', 'categorie', 'vestigingsplaats', 'openbaar_belang', 'orgaan', 'rol', 'naam', 'email',
  'functie', 'portefeuillehouder', 'accounthouder', 'accounthouder_email', 'risicoprofiel', 'financieel_belang',
] as const;
export const EXTENSION_COLUMNS = [
  'opdrachtgever', 'rechtsvorm', 'eigen_vermogen_begin', 'eigen_vermogen_eind', 'vreemd_vermogen_begin', 'vreemd_vermogen_eind', 'resultaat', 'risicos',
] as const;
export const ALL_COLUMNS = [...CONTRACT_COLUMNS, ...EXTENSION_COLUMNS] as const;
type Column = (typeof ALL_COLUMNS)[number];

const PARTY_COLUMNS: Column[] = [
  'afkortingen', 'categorie', 'vestigingsplaats', 'openbaar_belang', 'portefeuillehouder', 'accounthouder', 'accounthouder_email',
  'risicoprofiel', 'financieel_belang', ...EXTENSION_COLUMNS,
];
const AMOUNT_COLUMNS: Column[] = ['financieel_belang', 'eigen_vermogen_begin', 'eigen_vermogen_eind', 'vreemd_vermogen_begin', 'vreemd_vermogen_eind', 'resultaat'];

/** A problem in the file; `reason` is a key with parameters, worded by the caller's language catalogue. */
export interface CsvProblem {
  line: number;
  column: string;
  reason: CsvReason;
}

export type CsvReason =
  | { code: 'empty_file' }
  | { code: 'unreadable'; detail: string }
  | { code: 'unknown_column' }
  | { code: 'duplicate_column' }
  | { code: 'missing_column' }
  | { code: 'field_count'; expected: number; found: number }
  | { code: 'required' }
  | { code: 'invalid_category' }
  | { code: 'invalid_risk' }
  | { code: 'invalid_amount'; value: string }
  | { code: 'invalid_email'; value: string }
  | { code: 'too_long'; max: number }
  | { code: 'contradicts'; earlierLine: number; earlier: string }
  | { code: 'required_with'; other: string }
  | { code: 'duplicate_seat'; earlierLine: number }
  | { code: 'alias_taken'; party: string };

export type CsvParseResult = { ok: true; parties: NewParty[] } | { ok: false; problems: CsvProblem[] };

const MAX_FIELD = 2000;
const Email = z.string().email();

const CATEGORY_WORDS: Record<string, BbvCategory> = {
  'gemeenschappelijke regeling': 'gemeenschappelijke regeling',
  'gemeenschappelijke regelingen': 'gemeenschappelijke regeling',
  gr: 'gemeenschappelijke regeling',
  'vennootschap of cooperatie': 'vennootschap of coöperatie',
  'vennootschappen en cooperaties': 'vennootschap of coöperatie',
  vennootschap: 'vennootschap of coöperatie',
  cooperatie: 'vennootschap of coöperatie',
  'stichting of vereniging': 'stichting of vereniging',
  'stichtingen en verenigingen': 'stichting of vereniging',
  stichting: 'stichting of vereniging',
  vereniging: 'stichting of vereniging',
  overig: 'overig',
  overige: 'overig',
  'overige verbonden partijen': 'overig',
};
const RISK_WORDS: Record<string, RiskProfile> = { laag: 'laag', midden: 'midden', gemiddeld: 'midden', hoog: 'hoog' };

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => header.split(ch).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

interface PartyDraft {
  firstLine: number;
  name: string;
  values: Partial<Record<Column, { value: string; line: number }>>;
  seats: { seat: Seat; line: number }[];
}

/** Parses and validates the whole file; any problem means no parties (all or nothing). */
export function parseRegisterCsv(input: string | Buffer): CsvParseResult {
  let text = typeof input === 'string' ? input : input.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problems: [{ line: 1, column: '-', reason: { code: 'empty_file' } }] };

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    return { ok: false, problems: [{ line: e.lines ?? 1, column: '-', reason: { code: 'unreadable', detail: String(e.message ?? err) } }] };
  }

  const problems: CsvProblem[] = [];
  const [headerRec, ...rows] = records;
  const header = headerRec.record.map((h) => fold(h).replace(/ /g, '_'));
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    if (!(ALL_COLUMNS as readonly string[]).includes(h)) problems.push({ line: 1, column: headerRec.record[i] || `#${i + 1}`, reason: { code: 'unknown_column' } });
    else if (index.has(h as Column)) problems.push({ line: 1, column: h, reason: { code: 'duplicate_column' } });
    else index.set(h as Column, i);
  });
  if (!index.has('partij')) problems.push({ line: 1, column: 'partij', reason: { code: 'missing_column' } });
  if (problems.length > 0) return { ok: false, problems };

  const drafts = new Map<string, PartyDraft>();
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.every((f) => f.trim() === '')) continue;
    if (record.length !== header.length) {
      problems.push({ line, column: '-', reason: { code: 'field_count', expected: header.length, found: record.length } });
      continue;
    }
    const get = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? '' : record[i].trim();
    };
    let rowOk = true;
    for (const c of index.keys()) {
      if (get(c).length > MAX_FIELD) {
        problems.push({ line, column: c, reason: { code: 'too_long', max: MAX_FIELD } });
        rowOk = false;
      }
    }
    if (!rowOk) continue;
    const name = get('partij');
    if (name === '') {
      problems.push({ line, column: 'partij', reason: { code: 'required' } });
      continue;
    }
    const key = fold(name);
    let draft = drafts.get(key);
    if (!draft) {
      draft = { firstLine: line, name, values: {}, seats: [] };
      drafts.set(key, draft);
    } else if (draft.name !== name) {
      problems.push({ line, column: 'partij', reason: { code: 'contradicts', earlierLine: draft.firstLine, earlier: draft.name } });
    }
    for (const c of PARTY_COLUMNS) {
      const v = get(c);
      if (v === '') continue;
      const earlier = draft.values[c];
      if (earlier && earlier.value !== v) problems.push({ line, column: c, reason: { code: 'contradicts', earlierLine: earlier.line, earlier: earlier.value } });
      else if (!earlier) draft.values[c] = { value: v, line };
    }
    // Seat columns
    const body = get('orgaan');
    const role = get('rol');
    const person = get('naam');
    const email = get('email');
    const fn = get('functie');
    if (body === '' && (role !== '' || person !== '' || email !== '' || fn !== '')) {
      problems.push({ line, column: 'orgaan', reason: { code: 'required_with', other: role !== '' ? 'rol' : 'naam' } });
      continue;
    }
    if (body !== '' && role === '') {
      problems.push({ line, column: 'rol', reason: { code: 'required_with', other: 'orgaan' } });
      continue;
    }
    if (person === '' && (email !== '' || fn !== '')) {
      problems.push({ line, column: 'naam', reason: { code: 'required_with', other: email !== '' ? 'email' : 'functie' } });
      continue;
    }
    if (email !== '' && !Email.safeParse(email).success) {
      problems.push({ line, column: 'email', reason: { code: 'invalid_email', value: email } });
      continue;
    }
    if (body !== '') {
      const seat: Seat = { body, role, person: person === '' ? null : { name: person, email: email === '' ? null : email, function: fn === '' ? null : fn } };
      // The same person twice in the same seat is a mistake; two vacant seats of one kind are not.
      const dup = person === '' ? undefined : draft.seats.find((s) => fold(s.seat.body) === fold(body) && fold(s.seat.role) === fold(role) && fold(s.seat.person?.name ?? '') === fold(person));
      if (dup) problems.push({ line, column: 'naam', reason: { code: 'duplicate_seat', earlierLine: dup.line } });
      else draft.seats.push({ seat, line });
    }
  }

  const parties: NewParty[] = [];
  const aliasOwner = new Map<string, string>();
  for (const d of drafts.values()) {
    const v = (c: Column): string | null => d.values[c]?.value ?? null;
    const lineOf = (c: Column): number => d.values[c]?.line ?? d.firstLine;
    const catRaw = v('categorie');
    let category: BbvCategory | undefined;
    if (catRaw === null) problems.push({ line: d.firstLine, column: 'categorie', reason: { code: 'required' } });
    else {
      category = CATEGORY_WORDS[fold(catRaw)];
      if (!category) problems.push({ line: lineOf('categorie'), column: 'categorie', reason: { code: 'invalid_category' } });
    }
    const riskRaw = v('risicoprofiel');
    const risk = riskRaw === null ? null : RISK_WORDS[fold(riskRaw)];
    if (risk === undefined) problems.push({ line: lineOf('risicoprofiel'), column: 'risicoprofiel', reason: { code: 'invalid_risk' } });
    const amounts: Partial<Record<Column, number | null>> = {};
    for (const c of AMOUNT_COLUMNS) {
      const raw = v(c);
      const cents = raw === null ? null : parseAmountToCents(raw);
      if (cents === 'invalid') problems.push({ line: lineOf(c), column: c, reason: { code: 'invalid_amount', value: raw ?? '' } });
      else amounts[c] = cents;
    }
    const ahEmail = v('accounthouder_email');
    if (ahEmail !== null && !Email.safeParse(ahEmail).success) problems.push({ line: lineOf('accounthouder_email'), column: 'accounthouder_email', reason: { code: 'invalid_email', value: ahEmail } });
    if (ahEmail !== null && v('accounthouder') === null) problems.push({ line: lineOf('accounthouder_email'), column: 'accounthouder', reason: { code: 'required_with', other: 'accounthouder_email' } });
    const aliases = (v('afkortingen') ?? '').split('|').map((a) => a.trim()).filter((a) => a !== '');
    for (const a of [d.name, ...aliases]) {
      const owner = aliasOwner.get(fold(a));
      if (owner !== undefined && owner !== d.name) problems.push({ line: lineOf('afkortingen'), column: 'afkortingen', reason: { code: 'alias_taken', party: owner } });
      else aliasOwner.set(fold(a), d.name);
    }
    if (!category || risk === undefined) continue;
    const ah = v('accounthouder');
    parties.push({
      name: d.name,
      aliases: [...new Set(aliases)],
      category,
      legalForm: v('rechtsvorm'),
      location: v('vestigingsplaats'),
      publicInterest: v('openbaar_belang'),
      financialInterestCents: amounts.financieel_belang ?? null,
      riskProfile: risk,
      equityStartCents: amounts.eigen_vermogen_begin ?? null,
      equityEndCents: amounts.eigen_vermogen_eind ?? null,
      debtStartCents: amounts.vreemd_vermogen_begin ?? null,
      debtEndCents: amounts.vreemd_vermogen_eind ?? null,
      resultCents: amounts.resultaat ?? null,
      ownerPortfolioHolder: v('portefeuillehouder'),
      clientPortfolioHolder: v('opdrachtgever'),
      accountHolder: ah === null ? null : { name: ah, email: ahEmail, function: null },
      risks: v('risicos'),
      seats: d.seats.map((s) => s.seat),
      demo: false,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, parties };
}

/** Writes the register in the same format (`;`, BOM, CRLF, Dutch decimals), parties by name. */
export function registerToCsv(parties: (Party | NewParty)[]): string {
  const amount = (c: number | null): string => (c === null ? '' : formatCentsDutch(c));
  const rows: string[][] = [];
  const sorted = [...parties].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  for (const p of sorted) {
    const partyCells: Record<Column, string> = {
      partij: p.name,
      afkortingen: p.aliases.join('|'),
      categorie: p.category,
      vestigingsplaats: p.location ?? '',
      openbaar_belang: p.publicInterest ?? '',
      orgaan: '',
      rol: '',
      naam: '',
      email: '',
      functie: '',
      portefeuillehouder: p.ownerPortfolioHolder ?? '',
      accounthouder: p.accountHolder?.name ?? '',
      accounthouder_email: p.accountHolder?.email ?? '',
      risicoprofiel: p.riskProfile ?? '',
      financieel_belang: amount(p.financialInterestCents),
      opdrachtgever: p.clientPortfolioHolder ?? '',
      rechtsvorm: p.legalForm ?? '',
      eigen_vermogen_begin: amount(p.equityStartCents),
      eigen_vermogen_eind: amount(p.equityEndCents),
      vreemd_vermogen_begin: amount(p.debtStartCents),
      vreemd_vermogen_eind: amount(p.debtEndCents),
      resultaat: amount(p.resultCents),
      risicos: p.risks ?? '',
    };
    const seats: (Seat | null)[] = p.seats.length > 0 ? p.seats : [null];
    seats.forEach((s, i) => {
      const cells = i === 0 ? { ...partyCells } : ({ ...Object.fromEntries(ALL_COLUMNS.map((c) => [c, ''])), partij: p.name } as Record<Column, string>);
      if (s) {
        cells.orgaan = s.body;
        cells.rol = s.role;
        cells.naam = s.person?.name ?? '';
        cells.email = s.person?.email ?? '';
        cells.functie = s.person?.function ?? '';
      }
      rows.push(ALL_COLUMNS.map((c) => cells[c]));
    });
  }
  return stringify([ALL_COLUMNS as unknown as string[], ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}
