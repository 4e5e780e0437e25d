import type { Kysely } from 'kysely';

/**
 * Integrity: the conversation a meeting outcome was recorded in (corrections are authorised
 * against it), and one row per stored form submit so the same submit is never stored twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('meeting_outcomes').addColumn('conversation_id', 'text').execute();
  await db.schema
    .createTable('form_submissions')
    .addColumn('key', 'varchar(128)', (c) => c.primaryKey())
    .addColumn('entity', 'varchar(32)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('form_submissions').execute();
  await db.schema.alterTable('meeting_outcomes').dropColumn('conversation_id').execute();
}
