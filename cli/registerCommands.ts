import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../bot/config';
import { RegisterService } from '../domain/register/registerService';
import { cliCatalogue, cliLang } from '../locales/cli';
import { openDb, type Db } from '../store/db';
import { renderParagraph, type ParagraphFormat } from '../domain/paragraph/output';
import { DateTime } from 'luxon';
import { CalendarService } from '../domain/calendar/calendarService';
import { EVENT_KINDS, type EventKind } from '../domain/calendar/events';
import { CalendarStore } from '../store/calendarStore';
import { KyselyChecklistStore } from '../store/checklistStore';
import { KyselyAuditLog } from '../store/auditStore';
import { KyselyRegisterStore } from '../store/registerStore';

const MAX_FILE_MB = 20;

function option(args: string[], ...names: string[]): string | undefined {
  for (const n of names) {
    const i = args.indexOf(n);
    if (i >= 0) return args[i + 1];
  }
  return undefined;
}

/** To standard output without a file; otherwise written whole (temp file + rename), never half. */
function writeResult(file: string | undefined, data: string | Buffer, out: NodeJS.WritableStream, err: NodeJS.WritableStream, done?: string): void {
  if (!file) {
    out.write(data);
    return;
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
  err.write(`${done ?? file}\n`);
}

function actor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** Opens the store for one command and always closes it. */
async function withDb<T>(config: AppConfig, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb(config.databaseUrl);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

function withRegister<T>(config: AppConfig, fn: (r: RegisterService) => Promise<T>): Promise<T> {
  return withDb(config, (db) => fn(new RegisterService(new KyselyRegisterStore(db.kysely))));
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
    writeResult(file, csv, out, err, file ? t.exportOk(file, (await register.listParties()).length) : undefined);
    return 0;
  });
}

/** `partnerwijzer audit [--out file.csv] [--since ISO-8601]`: the audit trail for an administrator. */
export async function auditCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const since = option(args, '--since');
  if (since !== undefined && Number.isNaN(Date.parse(since))) {
    err.write(`--since: "${since}" is geen datum (ISO-8601, bijvoorbeeld 2026-01-01)\n`);
    return 2;
  }
  return withDb(config, async (db) => {
    writeResult(option(args, '--out'), await new KyselyAuditLog(db.kysely).exportCsv(since ? new Date(since).toISOString() : undefined), out, err);
    return 0;
  });
}

/** `partnerwijzer paragraaf --jaar 2027 --out paragraaf.docx|.html|.md` */
export async function paragraphCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const year = Number(option(args, '--jaar', '--year') ?? new Date().getFullYear() + 1);
  const file = option(args, '--out');
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
    writeResult(file, await renderParagraph(await register.listParties(), year, format as ParagraphFormat), out, err);
    return 0;
  });
}


/** `partnerwijzer calendar [--out file.ics]`: every governance date as iCalendar. */
export async function calendarCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  return withDb(config, async (db) => {
    const parties = await new KyselyRegisterStore(db.kysely).listParties();
    const openRuns = await new KyselyChecklistStore(db.kysely).openRuns();
    writeResult(option(args, '--out'), await new CalendarService(new CalendarStore(db.kysely)).ics(parties, 'Partnerwijzer — verbonden partijen', openRuns), out, err);
    return 0;
  });
}

/**
 * `partnerwijzer datum --partij GGD --soort vergadering --orgaan AB --datum 2027-03-12 --tijd 14:00-16:00`:
 * an administrator enters a governance date (soort: vergadering, kaderbrief, ontwerpbegroting, jaarrekening, overig).
 */
export async function addDateCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const partyName = option(args, '--partij');
  const kind = option(args, '--soort') ?? 'vergadering';
  const date = option(args, '--datum');
  const time = option(args, '--tijd');
  const body = option(args, '--orgaan') ?? null;
  const title = option(args, '--omschrijving') ?? null;
  const problems: string[] = [];
  if (!partyName) problems.push('--partij: verplicht');
  if (!(EVENT_KINDS as readonly string[]).includes(kind)) problems.push(`--soort: kies uit ${EVENT_KINDS.join(', ')}`);
  if (!date || !DateTime.fromISO(date).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push('--datum: verplicht, als JJJJ-MM-DD');
  const tm = time === undefined ? null : /^(\d{2}:\d{2})(?:-(\d{2}:\d{2}))?$/.exec(time);
  if (time !== undefined && !tm) problems.push('--tijd: als UU:MM of UU:MM-UU:MM');
  if (problems.length > 0) {
    for (const p of problems) err.write(`${p}\n`);
    return 2;
  }
  return withDb(config, async (db) => {
    const register = new RegisterService(new KyselyRegisterStore(db.kysely));
    const r = (await register.snapshot()).partyIndex.resolve(partyName!);
    if (r.kind !== 'match') {
      err.write(`--partij: "${partyName}" is niet eenduidig een verbonden partij${r.kind === 'ambiguous' ? ` (${r.candidates.map((c) => c.party.name).join(', ')})` : ''}\n`);
      return 1;
    }
    const e = await new CalendarStore(db.kysely).addEvent(
      { partyId: r.party.id, kind: kind as EventKind, body, date: date!, startTime: tm ? tm[1] : null, endTime: tm?.[2] ?? null, title },
      actor(),
    );
    out.write(`${r.party.name}: ${kind}${body ? ` ${body}` : ''} op ${e.date}${e.startTime ? ` ${e.startTime}` : ''} vastgelegd.\n`);
    return 0;
  });
}
