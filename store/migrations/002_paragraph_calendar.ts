import type { Kysely } from 'kysely';

/** Risks text for the budget paragraph, governance dates for the calendar, secret link tokens. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('parties').addColumn('risks', 'text').execute();

  await db.schema
    .createTable('governance_events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('party_id', 'varchar(64)', (c) => c.notNull().references('parties.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('body', 'varchar(64)')
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('start_time', 'varchar(5)')
    .addColumn('end_time', 'varchar(5)')
    .addColumn('title', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('governance_events_date').on('governance_events').column('date').execute();

  await db.schema
    .createTable('link_tokens')
    .addColumn('token', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('scope_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)')
    .addColumn('revoked_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('link_tokens_owner').on('link_tokens').columns(['kind', 'owner']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('link_tokens').execute();
  await db.schema.dropTable('governance_events').execute();
  await db.schema.alterTable('parties').dropColumn('risks').execute();
}
