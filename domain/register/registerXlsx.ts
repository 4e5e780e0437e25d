import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { BBV_CATEGORIES, RISK_PROFILES, type NewParty, type Party } from './types';
import { ALL_COLUMNS, AMOUNT_COLUMNS, headerKey, parseRegisterTable, registerRows, type CellValue, type Column, type CsvParseResult, type CsvProblem, type RawRow } from './registerCsv';

/**
 * The register as an Excel workbook (exceljs: maintained, reads and writes .xlsx without Excel,
 * streams, handles merged cells and data validation). Import reads one sheet through the same
 * table parser as CSV; export writes a formatted sheet that imports back to the same register.
 */

const HEADER_SEARCH_ROWS = 20;

/** exceljs takes most of a second to load: only processes that touch a workbook pay for it. */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
export const SHEET_NAME = 'Register';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WIDTHS: Partial<Record<Column, number>> = {
  code: 12, partij: 40, afkortingen: 24, categorie: 28, vestigingsplaats: 18, openbaar_belang: 40, orgaan: 10, rol: 16, naam: 24,
  email: 30, functie: 16, portefeuillehouder: 22, accounthouder: 22, accounthouder_email: 30, risicoprofiel: 14, financieel_belang: 18, risicos: 40,
};

type Problem = CsvProblem;
const problem = (line: number, column: string, reason: CsvProblem['reason'], cell?: string): Problem => ({ line, column, reason, ...(cell ? { cell } : {}) });

/** Excel's value of a cell as text or number; formulas and errors are reported, not guessed. */
function cellValue(cell: ExcelJS.Cell): { value: CellValue } | { formula: true } {
  const source = cell.isMerged ? cell.master : cell;
  const v = source.value;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number') return { value: v };
  if (typeof v === 'string') return { value: v };
  if (typeof v === 'boolean') return { value: v ? 'ja' : 'nee' };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v || 'error' in v) return { formula: true };
    if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
    if ('text' in v) return { value: typeof v.text === 'string' ? v.text : String(v.text) };
  }
  return { value: String(v) };
}

/** A workbook that unpacks to more than this is refused before it is read (zip bombs). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** Sums the sizes the zip's central directory declares, without unpacking anything. */
async function unpackedSize(buf: Buffer): Promise<number | undefined> {
  try {
    const zip = await JSZip.loadAsync(buf);
    let total = 0;
    zip.forEach((_path, entry) => {
      total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    });
    return total;
  } catch {
    return undefined;
  }
}

/** Reads the first sheet (or the named one) of an .xlsx file; every problem with its cell. */
export async function parseRegisterXlsx(buf: Buffer, opts: { sheet?: string } = {}): Promise<CsvParseResult> {
  const size = await unpackedSize(buf);
  if (size === undefined) return { ok: false, problems: [problem(1, '-', { code: 'not_register_file' })] };
  if (size > MAX_UNPACKED_BYTES) return { ok: false, problems: [problem(1, '-', { code: 'unpacks_too_large', maxMb: MAX_UNPACKED_BYTES / 1024 / 1024 })] };
  const wb = new (await excel()).Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    return { ok: false, problems: [problem(1, '-', { code: 'unreadable', detail: err instanceof Error ? err.message : String(err) })] };
  }
  const sheets = wb.worksheets.filter((w) => w.state === 'visible' || w.state === undefined);
  const names = sheets.map((s) => s.name);
  let ws: ExcelJS.Worksheet | undefined;
  if (opts.sheet !== undefined) {
    ws = sheets.find((s) => s.name.toLowerCase() === opts.sheet!.toLowerCase());
    if (!ws) return { ok: false, problems: [problem(1, '-', { code: 'sheet_missing', sheet: opts.sheet, sheets: names })] };
  } else if (sheets.length === 1) ws = sheets[0];
  else ws = sheets.find((s) => s.name.toLowerCase() === SHEET_NAME.toLowerCase());
  if (!ws) return { ok: false, problems: [problem(1, '-', sheets.length === 0 ? { code: 'empty_file' } : { code: 'sheet_choice', sheets: names })] };

  let headerRow = 0;
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SEARCH_ROWS) && headerRow === 0; r += 1) {
    const row = ws.getRow(r);
    for (let c = 1; c <= row.cellCount; c += 1) {
      const v = cellValue(row.getCell(c));
      if ('value' in v && typeof v.value === 'string' && headerKey(v.value) === 'partij') headerRow = r;
    }
  }
  if (headerRow === 0) return { ok: false, problems: [problem(1, '-', ws.rowCount === 0 ? { code: 'empty_file' } : { code: 'no_header' })] };

  const hRow = ws.getRow(headerRow);
  const header: string[] = [];
  for (let c = 1; c <= hRow.cellCount; c += 1) {
    const v = cellValue(hRow.getCell(c));
    header.push('value' in v && v.value !== null ? String(v.value).trim() : '');
  }
  // Columns without a header and without data (Excel's trailing empty columns) do not count.
  const width = ws.columnCount;
  const columns: number[] = [];
  for (let c = 1; c <= Math.max(width, header.length); c += 1) {
    if ((header[c - 1] ?? '') !== '') columns.push(c);
    else {
      let used = false;
      for (let r = headerRow + 1; r <= ws.rowCount && !used; r += 1) {
        const v = cellValue(ws.getRow(r).getCell(c));
        used = !('value' in v) || (v.value !== null && String(v.value).trim() !== '');
      }
      if (used) columns.push(c);
    }
  }

  const problems: Problem[] = [];
  const rows: RawRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const cells: CellValue[] = [];
    const refs: string[] = [];
    let any = false;
    for (const c of columns) {
      const cell = row.getCell(c);
      const v = cellValue(cell);
      refs.push(cell.address);
      if (!('value' in v)) {
        problems.push(problem(r, header[c - 1] || `#${c}`, { code: 'formula' }, cell.address));
        cells.push(null);
        any = true;
        continue;
      }
      cells.push(v.value);
      if (v.value !== null && String(v.value).trim() !== '') any = true;
    }
    if (!any) continue;
    if (row.hidden) {
      problems.push(problem(r, '-', { code: 'hidden_row' }, `${r}:${r}`));
      continue;
    }
    rows.push({ line: r, cells, refs });
  }
  if (problems.length > 0) return { ok: false, problems };
  return parseRegisterTable({ headerLine: headerRow, header: columns.map((c) => header[c - 1] ?? ''), rows });
}

/** A formatted sheet: frozen header, widths, euro amounts, drop-down lists for categorie and risicoprofiel. */
export async function registerToXlsx(parties: (Party | NewParty)[]): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Partnerwijzer';
  // A fixed instant keeps the file's metadata stable between exports of the same register.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = ALL_COLUMNS.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? 16 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const r of registerRows(parties)) {
    ws.addRow(ALL_COLUMNS.map((c) => {
      const v = r[c];
      if (typeof v === 'number') return v / 100;
      return v === '' ? null : v;
    }));
  }
  for (const c of AMOUNT_COLUMNS) ws.getColumn(ALL_COLUMNS.indexOf(c) + 1).numFmt = '"€" #,##0.00;-"€" #,##0.00';
  ws.getColumn(ALL_COLUMNS.indexOf('partij') + 1).font = { bold: true };
  ws.getRow(1).font = { bold: true };
  const last = Math.max(ws.rowCount + 500, 1000);
  const col = (c: Column) => ws.getColumn(ALL_COLUMNS.indexOf(c) + 1).letter;
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${col('categorie')}2:${col('categorie')}${last}`, {
    type: 'list', allowBlank: true, formulae: [`"${BBV_CATEGORIES.join(',')}"`], showErrorMessage: true, errorTitle: 'categorie', error: BBV_CATEGORIES.join(', '),
  });
  validations.add(`${col('risicoprofiel')}2:${col('risicoprofiel')}${last}`, {
    type: 'list', allowBlank: true, formulae: [`"${RISK_PROFILES.join(',')}"`], showErrorMessage: true, errorTitle: 'risicoprofiel', error: RISK_PROFILES.join(', '),
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ALL_COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
