import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { cliLang, type AppConfig } from '../bot/config';
import { cliCatalogue } from '../locales/cli';
import { openDb } from '../store/db';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function sqlitePath(url: string): string | undefined {
  return url.startsWith('sqlite:') ? url.slice('sqlite:'.length) || undefined : undefined;
}

/** Parties in a SQLite file, or undefined when it is not a Partnerwijzer database. */
function partiesIn(file: string): number | undefined {
  if (!fs.existsSync(file)) return 0;
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'parties'").get();
    if (!table) return 0;
    return Number((db.prepare('select count(*) as n from parties').get() as { n: number }).n);
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

/**
 * `partnerwijzer backup [--out file.db]`: a consistent copy while the bot runs, through SQLite's
 * online backup API (pages copied under SQLite's own locking; writers are not stopped). PostgreSQL
 * is backed up with its own tools (pg_dump, point-in-time restore): see README.
 */
export async function backupCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  const source = sqlitePath(config.databaseUrl);
  if (!source) {
    err.write(`${t.backupPostgres}\n`);
    return 2;
  }
  if (!fs.existsSync(source)) {
    err.write(`${t.fileMissing(source)}\n`);
    return 1;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = option(args, '--out') ?? path.join(path.dirname(source), 'backups', `partnerwijzer-${stamp}.db`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  const db = new SqliteDatabase(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(tmp);
  } finally {
    db.close();
  }
  fs.renameSync(tmp, target);
  out.write(`${t.backupOk(target, partiesIn(target) ?? 0)}\n`);
  return 0;
}

/**
 * `partnerwijzer restore <file.db> [--force]`: copies a backup into the store named by
 * DATABASE_URL (SQLite; stop the bot first) and brings it to the current schema. A store that
 * already holds parties is only overwritten with --force.
 */
export async function restoreCommand(config: AppConfig, args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const t = cliCatalogue(cliLang());
  const file = args.find((a) => !a.startsWith('--'));
  const target = sqlitePath(config.databaseUrl);
  if (!target) {
    err.write(`${t.backupPostgres}\n`);
    return 2;
  }
  if (!file) {
    err.write(`${t.usage}\n`);
    return 2;
  }
  const inBackup = fs.existsSync(file) ? partiesIn(file) : undefined;
  if (inBackup === undefined || !fs.existsSync(file)) {
    err.write(`${fs.existsSync(file) ? t.restoreNotABackup(file) : t.fileMissing(file)}\n`);
    return 1;
  }
  const existing = partiesIn(target);
  if ((existing ?? 1) > 0 && !args.includes('--force')) {
    err.write(`${t.restoreNotEmpty(existing ?? 0)}\n`);
    return 1;
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const src = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    await src.backup(target);
  } finally {
    src.close();
  }
  const db = await openDb(config.databaseUrl); // migrations bring an older backup up to date
  await db.close();
  out.write(`${t.restoreOk(file, partiesIn(target) ?? 0)}\n`);
  return 0;
}
