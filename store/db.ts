import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

export type StoreKind = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  kind: StoreKind;
  close(): Promise<void>;
}

// PostgreSQL returns int8 as string by default; our amounts fit comfortably in a double.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens the store named by a DATABASE_URL (sqlite:<path> or postgres://…) and runs pending migrations. */
export async function openDb(url: string): Promise<Db> {
  let kysely: Kysely<Database>;
  let kind: StoreKind;
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length) || ':memory:';
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    // NORMAL is the recommended pairing with WAL: durable against crashes, no fsync per commit.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    kind = 'sqlite';
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle client can be dropped by the server (restart, failover, admin command); pg reports
    // that as an 'error' event, which would crash the process if nobody listened. The pool
    // replaces the client on the next query.
    pool.on('error', (err) => process.stderr.write(`PostgreSQL idle client error: ${err.message}\n`));
    kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    kind = 'postgres';
  } else {
    throw new Error(`Unsupported DATABASE_URL: use sqlite:<path> or postgres://…`);
  }
  try {
    await migrate(kysely);
  } catch (err) {
    await kysely.destroy();
    throw err;
  }
  return { kysely, kind, close: () => kysely.destroy() };
}

export async function migrate(kysely: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db: kysely, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
