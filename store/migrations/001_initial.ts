import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** SQLite has no identity columns; PostgreSQL has no autoincrement keyword. */
function autoId(db: Kysely<unknown>): (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  return isPg ? (c) => c.primaryKey().generatedByDefaultAsIdentity() : (c) => c.primaryKey().autoIncrement();
}

/** The register, the audit trail and the conversations the bot is installed in. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('parties')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'varchar(64)', (c) => c.notNull())
    .addColumn('legal_form', 'text')
    .addColumn('location', 'text')
    .addColumn('public_interest', 'text')
    .addColumn('financial_interest_cents', 'bigint')
    .addColumn('risk_profile', 'varchar(16)')
    .addColumn('equity_start_cents', 'bigint')
    .addColumn('equity_end_cents', 'bigint')
    .addColumn('debt_start_cents', 'bigint')
    .addColumn('debt_end_cents', 'bigint')
    .addColumn('result_cents', 'bigint')
    .addColumn('owner_portfolio_holder', 'text')
    .addColumn('client_portfolio_holder', 'text')
    .addColumn('account_holder_name', 'text')
    .addColumn('account_holder_email', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('parties_name_unique').on('parties').column('name').unique().execute();

  await db.schema
    .createTable('party_aliases')
    .addColumn('party_id', 'varchar(64)', (c) => c.notNull().references('parties.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('party_aliases_pk', ['party_id', 'alias'])
    .execute();

  await db.schema
    .createTable('seats')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('party_id', 'varchar(64)', (c) => c.notNull().references('parties.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text')
    .addColumn('person_email', 'text')
    .addColumn('person_function', 'text')
    .execute();
  await db.schema.createIndex('seats_party').on('seats').column('party_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('entity', 'varchar(64)', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'varchar(64)')
    .addColumn('conversation_type', 'varchar(32)')
    .addColumn('name', 'text')
    .addColumn('team_id', 'text')
    .addColumn('team_name', 'text')
    .addColumn('reference_json', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_team').on('conversations').column('team_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['conversations', 'audit_log', 'seats', 'party_aliases', 'parties']) {
    await db.schema.dropTable(t).execute();
  }
}
