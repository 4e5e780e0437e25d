import path from 'node:path';
import { parseRegisterCsv, type CsvParseResult } from './registerCsv';
import { parseRegisterXlsx } from './registerXlsx';

/** The largest register file accepted, on the command line and in chat. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: an old .xls, or an encrypted (password-protected) .xlsx. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const BINARY_MAGIC = [Buffer.from('%PDF'), Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from('GIF8'), Buffer.from([0xff, 0xd8, 0xff])];

export type RegisterFileKind = 'csv' | 'xlsx';

/** Decides by content first (an .xlsx renamed to .csv still reads), then by extension. */
export function registerFileKind(buf: Buffer, fileName: string): RegisterFileKind | 'protected' | 'unsupported' {
  const ext = path.extname(fileName).toLowerCase();
  if (buf.subarray(0, 4).equals(ZIP)) return ext === '.xlsx' || ext === '.xlsm' || ext === '' || ext === '.csv' ? 'xlsx' : 'unsupported';
  if (buf.subarray(0, 8).equals(CFB)) return 'protected';
  if (BINARY_MAGIC.some((m) => buf.subarray(0, m.length).equals(m))) return 'unsupported';
  if (ext === '.xlsx' || ext === '.xls') return ext === '.xls' ? 'protected' : 'unsupported';
  if (ext === '' || ext === '.csv' || ext === '.txt') return 'csv';
  return 'unsupported';
}

/** Any register file (CSV or Excel) to parties, or every problem with its line (and cell). */
export async function parseRegisterFile(buf: Buffer, fileName: string, opts: { sheet?: string } = {}): Promise<CsvParseResult> {
  const kind = registerFileKind(buf, fileName);
  if (kind === 'protected') return { ok: false, problems: [{ line: 1, column: '-', reason: { code: 'xls_or_protected' } }] };
  if (kind === 'unsupported') return { ok: false, problems: [{ line: 1, column: '-', reason: { code: 'not_register_file' } }] };
  return kind === 'xlsx' ? parseRegisterXlsx(buf, opts) : parseRegisterCsv(buf);
}
