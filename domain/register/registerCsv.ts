import { wordTable } from '../text/wordTable';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { formatCentsDutch, parseAmountToCents } from './amounts';
import { normalizeCode } from './partyCode';
import { CODE_PATTERN, INTEREST_KINDS, type BbvCategory, type InterestKind, type NewParty, type Party, type RiskProfile, type Seat } from './types';

/**
 * The register file of ../shared/DESIGN.md: one row per seat, `;` or `,`, optional BOM, Dutch
 * decimals. `code` (the party's stable key) comes first, then the contract's columns; the
 * extension columns carry fields the budget paragraph needs and are optional on import. The same
 * table parser reads CSV and Excel (registerXlsx.ts hands it the sheet's cells).
 */
export const CONTRACT_COLUMNS = [
  'code', 'partij', 'afkortingen', 'categorie', 'vestigingsplaats', 'openbaar_belang', 'orgaan', 'rol', 'naam', 'email',
  'functie', 'portefeuillehouder', 'accounthouder', 'accounthouder_email', 'risicoprofiel', 'financieel_belang',
] as const;
export const EXTENSION_COLUMNS = [
  'opdrachtgever', 'rechtsvorm', 'eigen_vermogen_begin', 'eigen_vermogen_eind', 'vreemd_vermogen_begin', 'vreemd_vermogen_eind', 'resultaat', 'risicos',
  'financieel_belang_eind', 'soort_financieel_belang',
] as const;
export const ALL_COLUMNS = [...CONTRACT_COLUMNS, ...EXTENSION_COLUMNS] as const;
export type Column = (typeof ALL_COLUMNS)[number];

export const PARTY_COLUMNS: Column[] = [
  'afkortingen', 'categorie', 'vestigingsplaats', 'openbaar_belang', 'portefeuillehouder', 'accounthouder', 'accounthouder_email',
  'risicoprofiel', 'financieel_belang', ...EXTENSION_COLUMNS,
];
export const AMOUNT_COLUMNS: Column[] = ['financieel_belang', 'financieel_belang_eind', 'eigen_vermogen_begin', 'eigen_vermogen_eind', 'vreemd_vermogen_begin', 'vreemd_vermogen_eind', 'resultaat'];

/**
 * Longest value per column, checked once at the boundary so SQLite and PostgreSQL accept exactly
 * the same data (PostgreSQL also refuses NUL, SQLite would store it: both are refused here).
 */
export const MAX_LENGTH: Record<Column, number> = {
  code: 32, partij: 200, afkortingen: 1000, categorie: 64, vestigingsplaats: 200, openbaar_belang: 2000, orgaan: 100, rol: 100,
  naam: 200, email: 254, functie: 200, portefeuillehouder: 200, accounthouder: 200, accounthouder_email: 254, risicoprofiel: 16,
  financieel_belang: 40, opdrachtgever: 200, rechtsvorm: 200, eigen_vermogen_begin: 40, eigen_vermogen_eind: 40, vreemd_vermogen_begin: 40,
  vreemd_vermogen_eind: 40, resultaat: 40, risicos: 4000, financieel_belang_eind: 40, soort_financieel_belang: 32,
};

/** A problem in the file; `reason` is a key with parameters, worded by the caller's language catalogue. */
export interface CsvProblem {
  line: number;
  column: string;
  reason: CsvReason;
  /** Excel cell reference (B5), when the file was a workbook. */
  cell?: string;
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
  | { code: 'invalid_interest_kind' }
  | { code: 'invalid_amount'; value: string }
  | { code: 'invalid_email'; value: string }
  | { code: 'too_long'; max: number }
  | { code: 'contradicts'; earlierLine: number; earlier: string }
  | { code: 'required_with'; other: string }
  | { code: 'duplicate_seat'; earlierLine: number }
  | { code: 'alias_taken'; party: string }
  | { code: 'control_chars' }
  | { code: 'invalid_code'; value: string }
  | { code: 'code_taken'; earlierLine: number; party: string }
  | { code: 'code_conflict'; earlierLine: number; earlier: string }
  | { code: 'encoding' }
  | { code: 'not_register_file' }
  | { code: 'xls_or_protected' }
  | { code: 'unpacks_too_large'; maxMb: number }
  | { code: 'sheet_choice'; sheets: string[] }
  | { code: 'sheet_missing'; sheet: string; sheets: string[] }
  | { code: 'no_header' }
  | { code: 'formula' }
  | { code: 'hidden_row' }
  | { code: 'name_taken'; party: string };

export type Notice = { code: 'windows_1252' } | { code: 'utf16' };

export type CsvParseResult = { ok: true; parties: NewParty[]; notices: Notice[] } | { ok: false; problems: CsvProblem[] };

export type CellValue = string | number | null;
export interface RawRow {
  line: number;
  cells: CellValue[];
  /** Cell references per column (Excel), for messages. */
  refs?: string[];
}
export interface RawTable {
  headerLine: number;
  header: string[];
  rows: RawRow[];
}

const Email = z.string().email();

const CATEGORY_WORDS = wordTable<BbvCategory>({
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
});
const RISK_WORDS = wordTable<RiskProfile>({ laag: 'laag', midden: 'midden', gemiddeld: 'midden', hoog: 'hoog' });

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** Header cell → column name: case, accents and spaces do not matter. */
export function headerKey(h: string): string {
  return fold(h).replace(/ /g, '_');
}

/** Characters no register value may hold: NUL and the other C0 controls except tab and newlines. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export function hasControlChars(v: string): boolean {
  return CONTROL.test(v);
}

/** Values that spreadsheet programs would run as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Export side: a leading apostrophe makes Excel show the value as text instead of running it. */
export function neutralizeFormula(v: string): string {
  return FORMULA_START.test(v) ? `'${v}` : v;
}

/** Import side: the apostrophe export added is taken off again, so the round trip is exact. */
function unneutralize(v: string): string {
  return v.startsWith("'") && FORMULA_START.test(v.slice(1)) ? v.slice(1) : v;
}

/**
 * Bytes → text: BOM first (UTF-8, UTF-16), then strict UTF-8, then Windows-1252 (what Dutch Excel
 * writes for "CSV (gescheiden door lijstscheidingsteken)"), which is reported. Bytes that are
 * neither are refused ("sla op als CSV UTF-8").
 */
export function decodeText(buf: Buffer): { ok: true; text: string; notices: Notice[] } | { ok: false } {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(3)), notices: [] };
    } catch {
      return { ok: false };
    }
  }
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const enc = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, text: new TextDecoder(enc, { fatal: true }).decode(buf.subarray(2)), notices: [{ code: 'utf16' }] };
    } catch {
      return { ok: false };
    }
  }
  if (buf.includes(0)) return { ok: false }; // UTF-16 without BOM, or not text at all
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf), notices: [] };
  } catch {
    // Windows-1252 leaves five bytes undefined; a file with those is no Windows-1252 text either.
    if ([0x81, 0x8d, 0x8f, 0x90, 0x9d].some((b) => buf.includes(b))) return { ok: false };
    return { ok: true, text: new TextDecoder('windows-1252').decode(buf), notices: [{ code: 'windows_1252' }] };
  }
}

function detectDelimiter(text: string): ';' | ',' | '\t' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => header.split(ch).length - 1;
  const [best] = ([';', ',', '\t'] as const).map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

interface PartyDraft {
  firstLine: number;
  name: string;
  code: string | undefined;
  codeLine: number;
  values: Partial<Record<Column, { value: CellValue; line: number }>>;
  seats: { seat: Seat; line: number }[];
}

/** Parses and validates a CSV file; any problem means no parties (all or nothing). */
export function parseRegisterCsv(input: string | Buffer): CsvParseResult {
  let text: string;
  let notices: Notice[] = [];
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    const decoded = decodeText(input);
    if (!decoded.ok) return { ok: false, problems: [{ line: 1, column: '-', reason: { code: 'encoding' } }] };
    ({ text, notices } = decoded);
  }
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
  const [headerRec, ...rows] = records;
  const problems: CsvProblem[] = [];
  for (const { record, info } of rows) {
    if (record.every((f) => f.trim() === '')) continue;
    if (record.length !== headerRec.record.length) problems.push({ line: info.lines, column: '-', reason: { code: 'field_count', expected: headerRec.record.length, found: record.length } });
  }
  const table: RawTable = {
    headerLine: 1,
    header: headerRec.record,
    rows: rows.filter((r) => r.record.length === headerRec.record.length).map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
  const result = parseRegisterTable(table);
  if (!result.ok || problems.length > 0) {
    const all = [...problems, ...(result.ok ? [] : result.problems)].sort((a, b) => a.line - b.line);
    return { ok: false, problems: all };
  }
  return { ...result, notices: [...notices, ...result.notices] };
}

/**
 * The shared table parser: header names case-insensitive, one row per seat, continuation rows
 * (empty `partij` and no other party columns) belonging to the party above, `code` matched first.
 */
export function parseRegisterTable(table: RawTable): CsvParseResult {
  const problems: CsvProblem[] = [];
  const headerLine = table.headerLine;
  const index = new Map<Column, number>();
  table.header.forEach((raw, i) => {
    const h = headerKey(raw);
    if (!(ALL_COLUMNS as readonly string[]).includes(h)) problems.push({ line: headerLine, column: raw || `#${i + 1}`, reason: { code: 'unknown_column' } });
    else if (index.has(h as Column)) problems.push({ line: headerLine, column: h, reason: { code: 'duplicate_column' } });
    else index.set(h as Column, i);
  });
  if (!index.has('partij')) problems.push({ line: headerLine, column: 'partij', reason: { code: 'missing_column' } });
  if (problems.length > 0) return { ok: false, problems };

  const drafts: PartyDraft[] = [];
  const byName = new Map<string, PartyDraft>();
  const byCode = new Map<string, PartyDraft>();
  let above: PartyDraft | undefined;
  for (const row of table.rows) {
    const { line } = row;
    const ref = (c: Column): string | undefined => {
      const i = index.get(c);
      return i === undefined ? undefined : row.refs?.[i];
    };
    const push = (c: Column | '-', reason: CsvReason) => problems.push({ line, column: c, reason, ...(c !== '-' && ref(c) ? { cell: ref(c) } : {}) });
    const raw = (c: Column): CellValue => {
      const i = index.get(c);
      const v = i === undefined ? null : row.cells[i];
      return typeof v === 'string' ? unneutralize(v.trim()) : v;
    };
    const get = (c: Column): string => {
      const v = raw(c);
      return v === null ? '' : String(v);
    };
    if ([...index.keys()].every((c) => get(c) === '')) continue;
    let rowOk = true;
    for (const c of index.keys()) {
      const v = get(c);
      if (hasControlChars(v)) {
        push(c, { code: 'control_chars' });
        rowOk = false;
      } else if (v.length > MAX_LENGTH[c]) {
        push(c, { code: 'too_long', max: MAX_LENGTH[c] });
        rowOk = false;
      }
    }
    if (!rowOk) continue;
    const name = get('partij');
    const rawCode = get('code');
    const code = rawCode === '' ? undefined : normalizeCode(rawCode);
    if (rawCode !== '' && (code !== rawCode.toUpperCase() || !code || !CODE_PATTERN.test(code))) {
      push('code', { code: 'invalid_code', value: rawCode });
      continue;
    }
    const partyColumnsFilled = PARTY_COLUMNS.some((c) => get(c) !== '');
    let draft: PartyDraft | undefined;
    if (name === '') {
      if (code !== undefined) draft = byCode.get(code);
      else if (!partyColumnsFilled) draft = above; // a continuation row: the party above
      if (!draft) {
        push('partij', { code: 'required' });
        continue;
      }
    } else {
      const sameName = byName.get(fold(name));
      const sameCode = code === undefined ? undefined : byCode.get(code);
      if (sameCode && fold(sameCode.name) !== fold(name)) {
        push('code', { code: 'code_taken', earlierLine: sameCode.codeLine, party: sameCode.name });
        continue;
      }
      if (sameName && code !== undefined && sameName.code !== undefined && sameName.code !== code) {
        push('code', { code: 'code_conflict', earlierLine: sameName.codeLine, earlier: sameName.code });
        continue;
      }
      draft = sameCode ?? sameName;
      if (!draft) {
        draft = { firstLine: line, name, code, codeLine: line, values: {}, seats: [] };
        drafts.push(draft);
        byName.set(fold(name), draft);
      } else if (draft.name !== name) {
        push('partij', { code: 'contradicts', earlierLine: draft.firstLine, earlier: draft.name });
      }
      if (code !== undefined && draft.code === undefined) {
        draft.code = code;
        draft.codeLine = line;
      }
      if (code !== undefined) byCode.set(code, draft);
    }
    above = draft;
    for (const c of PARTY_COLUMNS) {
      const v = raw(c);
      if (v === null || v === '') continue;
      const earlier = draft.values[c];
      if (earlier && String(earlier.value) !== String(v)) push(c, { code: 'contradicts', earlierLine: earlier.line, earlier: String(earlier.value) });
      else if (!earlier) draft.values[c] = { value: v, line };
    }
    // Seat columns
    const body = get('orgaan');
    const role = get('rol');
    const person = get('naam');
    const email = get('email');
    const fn = get('functie');
    if (body === '' && (role !== '' || person !== '' || email !== '' || fn !== '')) {
      push('orgaan', { code: 'required_with', other: role !== '' ? 'rol' : 'naam' });
      continue;
    }
    if (body !== '' && role === '') {
      push('rol', { code: 'required_with', other: 'orgaan' });
      continue;
    }
    if (person === '' && (email !== '' || fn !== '')) {
      push('naam', { code: 'required_with', other: email !== '' ? 'email' : 'functie' });
      continue;
    }
    if (email !== '' && !Email.safeParse(email).success) {
      push('email', { code: 'invalid_email', value: email });
      continue;
    }
    if (body !== '') {
      const seat: Seat = { body, role, person: person === '' ? null : { name: person, email: email === '' ? null : email, function: fn === '' ? null : fn } };
      // The same person twice in the same seat is a mistake; two vacant seats of one kind are not.
      const dup = person === '' ? undefined : draft.seats.find((s) => fold(s.seat.body) === fold(body) && fold(s.seat.role) === fold(role) && fold(s.seat.person?.name ?? '') === fold(person));
      if (dup) push('naam', { code: 'duplicate_seat', earlierLine: dup.line });
      else draft.seats.push({ seat, line });
    }
  }

  const parties: NewParty[] = [];
  const aliasOwner = new Map<string, string>();
  for (const d of drafts) {
    const v = (c: Column): string | null => {
      const x = d.values[c]?.value;
      return x === undefined || x === null ? null : String(x);
    };
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
    const kindRaw = v('soort_financieel_belang');
    const interestKind = kindRaw === null ? null : (INTEREST_KINDS as readonly string[]).includes(fold(kindRaw)) ? (fold(kindRaw) as InterestKind) : undefined;
    if (interestKind === undefined) problems.push({ line: lineOf('soort_financieel_belang'), column: 'soort_financieel_belang', reason: { code: 'invalid_interest_kind' } });
    const amounts: Partial<Record<Column, number | null>> = {};
    for (const c of AMOUNT_COLUMNS) {
      const x = d.values[c]?.value;
      const cents = x === undefined || x === null ? null : typeof x === 'number' ? (Number.isFinite(x) ? Math.round(x * 100) : 'invalid') : parseAmountToCents(x);
      if (cents === 'invalid' || (typeof cents === 'number' && !Number.isSafeInteger(cents))) problems.push({ line: lineOf(c), column: c, reason: { code: 'invalid_amount', value: String(x ?? '') } });
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
    if (!category || risk === undefined || interestKind === undefined) continue;
    const ah = v('accounthouder');
    parties.push({
      ...(d.code !== undefined ? { code: d.code } : {}),
      name: d.name,
      aliases: [...new Set(aliases)],
      category,
      legalForm: v('rechtsvorm'),
      location: v('vestigingsplaats'),
      publicInterest: v('openbaar_belang'),
      financialInterestCents: amounts.financieel_belang ?? null,
      financialInterestEndCents: amounts.financieel_belang_eind ?? null,
      financialInterestKind: interestKind,
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
  return problems.length > 0 ? { ok: false, problems } : { ok: true, parties, notices: [] };
}

/** One exported row: text per column, amounts as cents (null = empty). */
export type ExportRow = Record<Column, string | number | null>;

/**
 * The register as rows, parties by name, one row per seat; every row carries the party's code and
 * name so sorting the sheet cannot detach a seat. Text that a spreadsheet would run as a formula is
 * neutralised with a leading apostrophe (OWASP CSV injection); import takes it off again.
 */
export function registerRows(parties: (Party | NewParty)[]): ExportRow[] {
  const text = (v: string | null | undefined): string => neutralizeFormula(v ?? '');
  const rows: ExportRow[] = [];
  const sorted = [...parties].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  for (const p of sorted) {
    const partyCells: ExportRow = {
      code: p.code ?? '',
      partij: text(p.name),
      afkortingen: text(p.aliases.join('|')),
      categorie: p.category,
      vestigingsplaats: text(p.location),
      openbaar_belang: text(p.publicInterest),
      orgaan: '',
      rol: '',
      naam: '',
      email: '',
      functie: '',
      portefeuillehouder: text(p.ownerPortfolioHolder),
      accounthouder: text(p.accountHolder?.name),
      accounthouder_email: text(p.accountHolder?.email),
      risicoprofiel: p.riskProfile ?? '',
      financieel_belang: p.financialInterestCents,
      opdrachtgever: text(p.clientPortfolioHolder),
      rechtsvorm: text(p.legalForm),
      eigen_vermogen_begin: p.equityStartCents,
      eigen_vermogen_eind: p.equityEndCents,
      vreemd_vermogen_begin: p.debtStartCents,
      vreemd_vermogen_eind: p.debtEndCents,
      resultaat: p.resultCents,
      risicos: text(p.risks),
      financieel_belang_eind: p.financialInterestEndCents ?? null,
      soort_financieel_belang: p.financialInterestKind ?? '',
    };
    const seats: (Seat | null)[] = p.seats.length > 0 ? p.seats : [null];
    seats.forEach((s, i) => {
      const cells: ExportRow =
        i === 0
          ? { ...partyCells }
          : ({ ...Object.fromEntries(ALL_COLUMNS.map((c) => [c, AMOUNT_COLUMNS.includes(c) ? null : ''])), code: partyCells.code, partij: partyCells.partij } as ExportRow);
      if (s) {
        cells.orgaan = text(s.body);
        cells.rol = text(s.role);
        cells.naam = text(s.person?.name);
        cells.email = text(s.person?.email);
        cells.functie = text(s.person?.function);
      }
      rows.push(cells);
    });
  }
  return rows;
}

/** Writes the register in the same format (`;`, BOM, CRLF, Dutch decimals), parties by name. */
export function registerToCsv(parties: (Party | NewParty)[]): string {
  const cell = (v: string | number | null): string => (v === null ? '' : typeof v === 'number' ? formatCentsDutch(v) : v);
  const rows = registerRows(parties).map((r) => ALL_COLUMNS.map((c) => cell(r[c])));
  return stringify([ALL_COLUMNS as unknown as string[], ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/**
 * Checks one party exactly as an imported file would be checked (same lengths, characters,
 * e-mail addresses, amounts), so a form edit and a file obey the same rules on both stores.
 */
export function validateParty(p: NewParty): CsvProblem[] {
  const rows = registerRows([p]).map((r, i) => ({ line: i + 2, cells: ALL_COLUMNS.map((c) => (typeof r[c] === 'number' ? (r[c] as number) / 100 : r[c])) }));
  const result = parseRegisterTable({ headerLine: 1, header: [...ALL_COLUMNS], rows });
  if (result.ok) return [];
  // A row refused for its characters or length is not read further; what follows from that is noise.
  const boundary = result.problems.filter((p) => p.reason.code === 'control_chars' || p.reason.code === 'too_long');
  return boundary.length > 0 ? boundary : result.problems;
}
