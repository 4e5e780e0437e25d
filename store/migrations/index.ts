import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001_initial';

/** Versioned migrations, applied in name order at start-up. Never edit one that has shipped: add the next. */
const MIGRATIONS: Record<string, Migration> = {
  '001_initial': m001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
