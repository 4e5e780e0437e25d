import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Keeping the register safely (issue #13):
 * - every party gets a stable short `code` (backfilled from its abbreviation or initials) and an
 *   `archived_at` instead of ever being deleted;
 * - `register_meta.revision` is the register's write lock and version: every change bumps it
 *   first, so two imports are serialised on both stores and a stale preview can be recognised;
 * - `register_changes` keeps what each change replaced, for undo within 24 hours;
 * - `register_previews` holds an uploaded file's parsed parties between preview and confirm;
 * - no cascade can destroy history any more: on PostgreSQL the foreign keys of checklists,
 *   outcomes, action items, signals, calendar dates and channel links become RESTRICT; SQLite
 *   cannot alter a foreign key in place, so triggers refuse deleting a party, a checklist run or a
 *   meeting outcome (the events that would cascade).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.alterTable('parties').addColumn('code', 'varchar(32)').execute();
  await db.schema.alterTable('parties').addColumn('archived_at', 'varchar(32)').execute();

  const rows = await sql<{ id: string; name: string }>`select id, name from parties order by name`.execute(db);
  const aliasRows = await sql<{ party_id: string; alias: string }>`select party_id, alias from party_aliases order by party_id, position`.execute(db);
  const taken = new Set<string>();
  for (const r of rows.rows) {
    const aliases = aliasRows.rows.filter((a) => a.party_id === r.id).map((a) => a.alias);
    const code = backfillCode(r.name, aliases, taken);
    taken.add(code);
    await sql`update parties set code = ${code} where id = ${r.id}`.execute(db);
  }
  if (isPg) await sql`alter table parties alter column code set not null`.execute(db);
  await db.schema.createIndex('parties_code_unique').on('parties').column('code').unique().execute();

  await db.schema
    .createTable('register_meta')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into register_meta (id, revision) values (1, 0)`.execute(db);

  await db.schema
    .createTable('register_changes')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('summary_json', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text', (c) => c.notNull())
    .addColumn('added_json', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'varchar(32)')
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema.createIndex('register_changes_revision').on('register_changes').column('revision').execute();

  await db.schema
    .createTable('register_previews')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('base_revision', 'integer', (c) => c.notNull())
    .addColumn('incoming_json', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  if (isPg) {
    const fks: [string, string, string][] = [
      ['checklist_runs', 'party_id', 'parties'],
      ['checklist_steps', 'run_id', 'checklist_runs'],
      ['meeting_outcomes', 'party_id', 'parties'],
      ['action_items', 'outcome_id', 'meeting_outcomes'],
      ['signals', 'party_id', 'parties'],
      ['party_channels', 'party_id', 'parties'],
      ['governance_events', 'party_id', 'parties'],
    ];
    for (const [table, column, target] of fks) {
      await sql.raw(`alter table ${table} drop constraint if exists ${table}_${column}_fkey`).execute(db);
      await sql.raw(`alter table ${table} add constraint ${table}_${column}_fkey foreign key (${column}) references ${target}(id) on delete restrict`).execute(db);
    }
  } else {
    for (const table of ['parties', 'checklist_runs', 'meeting_outcomes']) {
      await sql.raw(`create trigger ${table}_keep_history before delete on ${table} begin select raise(abort, '${table}: history is archived, never deleted'); end`).execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (!isPg) for (const table of ['parties', 'checklist_runs', 'meeting_outcomes']) await sql.raw(`drop trigger if exists ${table}_keep_history`).execute(db);
  await db.schema.dropTable('register_previews').execute();
  await db.schema.dropTable('register_changes').execute();
  await db.schema.dropTable('register_meta').execute();
  await db.schema.dropIndex('parties_code_unique').execute();
  await db.schema.alterTable('parties').dropColumn('archived_at').execute();
  await db.schema.alterTable('parties').dropColumn('code').execute();
}

/** Frozen copy of the code rule at the time of this migration (migrations never change once shipped). */
function backfillCode(name: string, aliases: string[], taken: Set<string>): string {
  const norm = (raw: string) =>
    raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 24).replace(/-+$/, '');
  const noise = new Set(['NV', 'BV', 'CV', 'GR', 'STICHTING', 'VERENIGING', 'DE', 'HET', 'EEN', 'VAN', 'EN', 'TE', 'VOOR', 'IN', 'OP', 'DER', 'DEN']);
  const abbr = aliases.map((a) => a.trim()).filter((a) => a.length >= 2 && a.length <= 12 && !/\s/.test(a)).sort((a, b) => a.length - b.length);
  let base = abbr.length > 0 ? norm(abbr[0]) : '';
  if (!base) {
    const words = norm(name).split('-').filter((w) => w !== '' && !noise.has(w));
    base = words.length === 1 ? words[0].slice(0, 12) : words.map((w) => (/^\d+$/.test(w) ? w : w[0])).join('').slice(0, 12);
  }
  if (!base) base = 'P';
  let code = base;
  for (let i = 2; taken.has(code); i += 1) code = `${base}-${i}`;
  return code;
}
