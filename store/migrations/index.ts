import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001_initial';
import * as m002 from './002_paragraph_calendar';
import * as m003 from './003_checklists';
import * as m004 from './004_meetings_signals';
import * as m005 from './005_outbox';
import * as m006 from './006_digests';
import * as m007 from './007_integrity';
import * as m008 from './008_register_identity';
import * as m009 from './009_conversation_context';
import * as m010 from './010_send_rate';
import * as m011 from './011_paragraph_art15';

/** Versioned migrations, applied in name order at start-up. Never edit one that has shipped: add the next. */
const MIGRATIONS: Record<string, Migration> = {
  '001_initial': m001,
  '002_paragraph_calendar': m002,
  '003_checklists': m003,
  '004_meetings_signals': m004,
  '005_outbox': m005,
  '006_digests': m006,
  '007_integrity': m007,
  '008_register_identity': m008,
  '009_conversation_context': m009,
  '010_send_rate': m010,
  '011_paragraph_art15': m011,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
