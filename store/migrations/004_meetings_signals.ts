import type { Kysely } from 'kysely';

/** Meeting outcomes with action items, signals, and the channel linked to a party. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meeting_outcomes')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('party_id', 'varchar(64)', (c) => c.notNull().references('parties.id').onDelete('cascade'))
    .addColumn('body', 'varchar(64)', (c) => c.notNull())
    .addColumn('meeting_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('decisions', 'text', (c) => c.notNull())
    .addColumn('signals', 'text')
    .addColumn('follow_up', 'varchar(64)')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('corrected_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_outcomes_party').on('meeting_outcomes').columns(['party_id', 'meeting_date']).execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('outcome_id', 'varchar(64)', (c) => c.notNull().references('meeting_outcomes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('owner_email', 'text')
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('signals')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('party_id', 'varchar(64)', (c) => c.notNull().references('parties.id').onDelete('cascade'))
    .addColumn('category', 'varchar(16)', (c) => c.notNull())
    .addColumn('severity', 'varchar(8)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('reported_by_name', 'text')
    .addColumn('reported_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    .addColumn('escalated', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('signals_party').on('signals').columns(['party_id', 'reported_at']).execute();

  await db.schema
    .createTable('party_channels')
    .addColumn('party_id', 'varchar(64)', (c) => c.primaryKey().references('parties.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text', (c) => c.notNull())
    .addColumn('linked_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['party_channels', 'signals', 'action_items', 'meeting_outcomes']) await db.schema.dropTable(t).execute();
}
