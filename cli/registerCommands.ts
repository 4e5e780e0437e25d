import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliLang, type AppConfig } from '../bot/config';
import { RegisterService } from '../domain/register/registerService';
import { cliCatalogue } from '../locales/cli';
import type { CliCatalogue } from '../locales/catalogue';
import { formatPlan, planCounts } from '../locales/planText';
import { registerToCsv, type CsvProblem } from '../domain/register/registerCsv';
import { MAX_FILE_BYTES, parseRegisterFile } from '../domain/register/registerFile';
import { registerToXlsx } from '../domain/register/registerXlsx';
import { openDb, type Db } from '../store/db';
import { paragraphRenderer, type ParagraphFormat } from '../domain/paragraph/output';
import { paragraphNl } from '../locales/paragraph.nl';
import { calendarNl } from '../locales/calendar.nl';
import type { ParagraphVariant } from '../domain/paragraph/paragraph';
import { MAX_VISION_LENGTH, ParagraphTextStore } from '../store/paragraphTextStore';
import { DateTime } from 'luxon';
import { CalendarService } from '../domain/calendar/calendarService';
import { EVENT_KINDS, type EventKind } from '../domain/calendar/events';
import { lateDocuments } from '../domain/calendar/wgrCycle';
import { CalendarStore } from '../store/calendarStore';
import { KyselyChecklistStore } from '../store/checklistStore';
import { KyselyAuditLog } from '../store/auditStore';
import { KyselyRegisterStore } from '../store/registerStore';
import { localYear } from '../domain/time/clock';


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

function problemLine(p: CsvProblem, t: CliCatalogue): string {
  return `line ${p.line}: ${p.column}${p.cell ? ` (${p.cell})` : ''}: ${t.csvReason(p.reason)}`;
}

/**
 * `partnerwijzer import <file.csv|.xlsx> [--dry-run] [--force] [--blad naam]`: all or nothing;
 * every problem as `line N: column: reason`; --dry-run prints exactly what would change.
 */
export async function importCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--blad');
  const dryRun = args.includes('--dry-run');
  const force = args.includes('--force');
  const sheet = option(args, '--blad', '--sheet');
  if (!file) {
    err.write(`${t.usage}\n`);
    return 2;
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    err.write(`${t.fileMissing(file)}\n`);
    return 1;
  }
  if (fs.statSync(file).size > MAX_FILE_BYTES) {
    err.write(`${t.fileTooLarge(file, MAX_FILE_BYTES / 1024 / 1024)}\n`);
    return 1;
  }
  const parsed = await parseRegisterFile(fs.readFileSync(file), file, { sheet });
  if (!parsed.ok) {
    for (const p of parsed.problems) err.write(`${problemLine(p, t)}\n`);
    err.write(`${t.importFailed(parsed.problems.length)}\n`);
    return 1;
  }
  for (const n of parsed.notices) err.write(`${t.notice(n)}\n`);
  return withRegister(config, async (register) => {
    if (dryRun) {
      const { plan } = await register.preview(parsed.parties);
      out.write(`${t.dryRunHeader(...planCounts(plan))}\n`);
      for (const line of formatPlan(plan, t)) out.write(`${line}\n`);
      for (const p of plan.problems) err.write(`${t.planProblem(p)}\n`);
      if (plan.needsForce) out.write(`${t.needsForce(plan.archived.length, plan.activeBefore)}\n`);
      out.write(`${t.dryRunFooter}\n`);
      return plan.problems.length > 0 ? 1 : 0;
    }
    const result = await register.apply(parsed.parties, { actor: actor(), force });
    switch (result.status) {
      case 'applied':
        out.write(`${t.importOk(...planCounts(result.plan))}\n`);
        for (const line of formatPlan(result.plan, t)) out.write(`${line}\n`);
        return 0;
      case 'needs_force':
        for (const line of formatPlan(result.plan, t)) err.write(`${line}\n`);
        err.write(`${t.needsForce(result.plan.archived.length, result.plan.activeBefore)}\n`);
        return 1;
      case 'problems':
        for (const p of result.plan.problems) err.write(`${t.planProblem(p)}\n`);
        err.write(`${t.importFailed(result.plan.problems.length)}\n`);
        return 1;
      case 'stale':
        err.write(`${t.stale}\n`);
        return 1;
    }
  });
}

/** `partnerwijzer export [file.csv|.xlsx]`: the same format import reads, so the two round-trip exactly. */
export async function exportCommand(config: AppConfig, file: string | undefined, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  const xlsx = file !== undefined && /\.xlsx$/i.test(file);
  if (file !== undefined && !xlsx && !/\.(csv|txt)$/i.test(file)) {
    err.write(`${t.wrongFileType(file)}\n`);
    return 2;
  }
  return withRegister(config, async (register) => {
    const parties = await register.listParties();
    const data = xlsx ? await registerToXlsx(parties) : registerToCsv(parties);
    writeResult(file, data, out, err, file ? t.exportOk(file, parties.length) : undefined);
    return 0;
  });
}

/** `partnerwijzer audit [--out file.csv] [--since ISO-8601]`: the audit trail for an administrator. */
export async function auditCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  const since = option(args, '--since');
  if (since !== undefined && Number.isNaN(Date.parse(since))) {
    err.write(`${t.badSince(since)}\n`);
    return 2;
  }
  return withDb(config, async (db) => {
    writeResult(option(args, '--out'), await new KyselyAuditLog(db.kysely).exportCsv(since ? new Date(since).toISOString() : undefined), out, err);
    return 0;
  });
}

/**
 * `partnerwijzer paragraaf --jaar 2027 [--jaarstukken] [--intern] [--visie visie.md] --out paragraaf.docx|.html|.md`:
 * the budget variant by default, the annual-report variant with --jaarstukken; --visie stores the
 * vision text for that year and variant first; --intern adds the internal gap list.
 */
export async function paragraphCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  const year = Number(option(args, '--jaar', '--year') ?? localYear() + 1);
  const file = option(args, '--out');
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    err.write(`${t.badYear}\n`);
    return 2;
  }
  const format = file ? path.extname(file).slice(1).toLowerCase() : 'md';
  if (!['md', 'html', 'docx'].includes(format)) {
    err.write(`${t.badParagraphOut}\n`);
    return 2;
  }
  const variant: ParagraphVariant = args.includes('--jaarstukken') ? 'jaarstukken' : 'begroting';
  const visionFile = option(args, '--visie', '--vision');
  let visionText: string | undefined;
  if (visionFile !== undefined) {
    try {
      visionText = fs.readFileSync(visionFile, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      err.write(`${t.visionUnreadable(visionFile)}\n`);
      return 2;
    }
    if (visionText.trim() === '' || visionText.length > MAX_VISION_LENGTH) {
      err.write(`${t.visionLength(MAX_VISION_LENGTH)}\n`);
      return 2;
    }
  }
  return withDb(config, async (db) => {
    const register = new RegisterService(new KyselyRegisterStore(db.kysely));
    const texts = new ParagraphTextStore(db.kysely);
    if (visionText !== undefined) await texts.setVision(year, variant, visionText, actor());
    const parties = await register.listParties();
    const developments = variant === 'jaarstukken' ? await yearDevelopments(db, year) : undefined;
    const options = { variant, intern: args.includes('--intern'), vision: await texts.vision(year, variant), developments };
    writeResult(file, await paragraphRenderer(paragraphNl)(parties, year, format as ParagraphFormat, options), out, err);
    return 0;
  });
}

/** Annual report: per party, the decisions of the meetings logged in that year, oldest first. */
async function yearDevelopments(db: Db, year: number): Promise<Map<string, string[]>> {
  const rows = await db.kysely
    .selectFrom('meeting_outcomes')
    .select(['party_id', 'meeting_date', 'body', 'decisions'])
    .where('meeting_date', '>=', `${year}-01-01`)
    .where('meeting_date', '<=', `${year}-12-31`)
    .orderBy('meeting_date')
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const decisions = String(r.decisions ?? '').replace(/\s+/g, ' ').trim();
    if (decisions === '') continue;
    out.set(r.party_id, [...(out.get(r.party_id) ?? []), `${r.body} ${r.meeting_date}: ${decisions}`]);
  }
  return out;
}


/** `partnerwijzer calendar [--out file.ics]`: every governance date as iCalendar. */
export async function calendarCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  return withDb(config, async (db) => {
    const parties = await new KyselyRegisterStore(db.kysely).listParties();
    const openRuns = await new KyselyChecklistStore(db.kysely).openRuns();
    writeResult(option(args, '--out'), await new CalendarService(new CalendarStore(db.kysely), calendarNl).ics(parties, cliCatalogue(cliLang()).calendarName, openRuns), out, err);
    return 0;
  });
}

/**
 * `partnerwijzer datum --partij GGD --soort vergadering --orgaan AB --datum 2027-03-12 --tijd 14:00-16:00`:
 * an administrator enters a governance date (soort: vergadering, kaderbrief, ontwerpbegroting, jaarrekening, overig,
 * vaststelling, evaluatie, uittreding).
 */
export async function addDateCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  const partyName = option(args, '--partij');
  const kind = option(args, '--soort') ?? 'vergadering';
  const date = option(args, '--datum');
  const time = option(args, '--tijd');
  const body = option(args, '--orgaan') ?? null;
  const title = option(args, '--omschrijving') ?? null;
  const problems: string[] = [];
  if (!partyName) problems.push(t.partyRequired);
  if (!(EVENT_KINDS as readonly string[]).includes(kind)) problems.push(t.kindChoice(EVENT_KINDS.join(', ')));
  if (!date || !DateTime.fromISO(date).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(t.dateRequired);
  const tm = time === undefined ? null : /^(\d{2}:\d{2})(?:-(\d{2}:\d{2}))?$/.exec(time);
  if (time !== undefined && !tm) problems.push(t.timeFormat);
  if (problems.length > 0) {
    for (const p of problems) err.write(`${p}\n`);
    return 2;
  }
  return withDb(config, async (db) => {
    const register = new RegisterService(new KyselyRegisterStore(db.kysely));
    const r = (await register.snapshot()).partyIndex.resolve(partyName!);
    if (r.kind !== 'match') {
      err.write(`${t.partyNotUnique(partyName!, r.kind === 'ambiguous' ? r.candidates.map((c) => c.party.name).join(', ') : null)}\n`);
      return 1;
    }
    const e = await new CalendarStore(db.kysely).addEvent(
      { partyId: r.party.id, kind: kind as EventKind, body, date: date!, startTime: tm ? tm[1] : null, endTime: tm?.[2] ?? null, title },
      actor(),
    );
    out.write(`${t.dateRecorded(r.party.name, kind, body, e.date, e.startTime)}\n`);
    // A document after its legal term (Wgr calendar): suggest reporting a signal.
    const events = await new CalendarStore(db.kysely).listEvents();
    for (const late of lateDocuments(new Map([[r.party.id, r.party]]), events.filter((x) => x.partyId === r.party.id), calendarNl)) if (late.eventId === e.id) out.write(`${late.text}\n`);
    return 0;
  });
}
