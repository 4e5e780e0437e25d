import type { Kysely } from 'kysely';

/**
 * What each user's conversation was last about, so follow-ups ("en bij Avalex?") work across a
 * restart and across instances. Rows older than the context lifetime are ignored and pruned.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conversation_context')
    .addColumn('conversation_id', 'varchar(400)', (c) => c.notNull())
    .addColumn('user_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_context_pk', ['conversation_id', 'user_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversation_context').execute();
}
