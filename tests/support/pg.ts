import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * PostgreSQL for tests: DATABASE_URL_TEST names a server; each suite gets a fresh database that is
 * dropped afterwards. With CI=true a missing server fails the suite; elsewhere it is skipped loudly.
 */
export const PG_URL = process.env.DATABASE_URL_TEST;
export const CI = process.env.CI === 'true';

export function pgAvailable(suite: string): boolean {
  if (PG_URL) return true;
  if (CI) throw new Error(`${suite}: CI=true but DATABASE_URL_TEST is not set; the PostgreSQL suite is mandatory in CI`);
  process.stderr.write(`\n*** NOTICE: ${suite} skipped its PostgreSQL run: set DATABASE_URL_TEST=postgres://… to include it ***\n\n`);
  return false;
}

export interface TempPg {
  url: string;
  drop(): Promise<void>;
}

export async function createTempDatabase(): Promise<TempPg> {
  if (!PG_URL) throw new Error('DATABASE_URL_TEST is not set');
  const name = `pw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
