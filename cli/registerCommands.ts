import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../bot/config';
import { RegisterService } from '../domain/register/registerService';
import { cliCatalogue, cliLang } from '../locales/cli';
import { openDb } from '../store/db';
import { renderParagraph, type ParagraphFormat } from '../domain/paragraph/output';
import { KyselyAuditLog } from '../store/auditStore';
import { KyselyRegisterStore } from '../store/registerStore';

const MAX_FILE_MB = 20;

function actor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

async function withRegister<T>(config: AppConfig, fn: (r: RegisterService) => Promise<T>): Promise<T> {
  const db = await openDb(config.databaseUrl);
  try {
    return await fn(new RegisterService(new KyselyRegisterStore(db.kysely)));
  } finally {
    await db.close();
  }
}

/** `partnerwijzer import <file>`: all or nothing; every problem as `line N: column: reason`. */
export async function importCommand(config: AppConfig, file: string | undefined, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  if (!file) {
    err.write(`${t.usage}\n`);
    return 2;
  }
  if (/\.xlsx?$/i.test(file)) {
    err.write(`${t.xlsxUnsupported}\n`);
    return 1;
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    err.write(`${t.fileMissing(file)}\n`);
    return 1;
  }
  if (fs.statSync(file).size > MAX_FILE_MB * 1024 * 1024) {
    err.write(`${t.fileTooLarge(file, MAX_FILE_MB)}\n`);
    return 1;
  }
  const content = fs.readFileSync(file);
  return withRegister(config, async (register) => {
    const result = await register.importCsv(content, actor());
    if (!result.ok) {
      for (const p of result.problems) err.write(`line ${p.line}: ${p.column}: ${t.csvReason(p.reason)}\n`);
      err.write(`${t.importFailed(result.problems.length)}\n`);
      return 1;
    }
    const s = result.summary;
    out.write(`${t.importOk(s.added.length, s.updated.length, s.removed.length, s.unchanged)}\n`);
    return 0;
  });
}

/** `partnerwijzer export [file]`: the same format import reads, so the two round-trip exactly. */
export async function exportCommand(config: AppConfig, file: string | undefined, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  return withRegister(config, async (register) => {
    const csv = await register.exportCsv();
    if (!file) {
      out.write(csv);
      return 0;
    }
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, csv);
    fs.renameSync(tmp, file); // never leave a half-written export behind
    err.write(`${t.exportOk(file, (await register.listParties()).length)}\n`);
    return 0;
  });
}

/** `partnerwijzer audit [--out file.csv] [--since ISO-8601]`: the audit trail for an administrator. */
export async function auditCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const since = opt('--since');
  if (since !== undefined && Number.isNaN(Date.parse(since))) {
    err.write(`--since: "${since}" is geen datum (ISO-8601, bijvoorbeeld 2026-01-01)\n`);
    return 2;
  }
  const db = await openDb(config.databaseUrl);
  try {
    const csv = await new KyselyAuditLog(db.kysely).exportCsv(since ? new Date(since).toISOString() : undefined);
    const file = opt('--out');
    if (!file) out.write(csv);
    else {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, csv);
      err.write(`${file}\n`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

/** `partnerwijzer paragraaf --jaar 2027 --out paragraaf.docx|.html|.md` */
export async function paragraphCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const year = Number(opt('--jaar') ?? opt('--year') ?? new Date().getFullYear() + 1);
  const file = opt('--out');
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    err.write('--jaar: geef een jaartal, bijvoorbeeld --jaar 2027\n');
    return 2;
  }
  const format = file ? path.extname(file).slice(1).toLowerCase() : 'md';
  if (!['md', 'html', 'docx'].includes(format)) {
    err.write('--out: gebruik een bestand dat eindigt op .md, .html of .docx\n');
    return 2;
  }
  return withRegister(config, async (register) => {
    const bytes = await renderParagraph(await register.listParties(), year, format as ParagraphFormat);
    if (!file) out.write(bytes);
    else {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, bytes);
      err.write(`${file}\n`);
    }
    return 0;
  });
}
