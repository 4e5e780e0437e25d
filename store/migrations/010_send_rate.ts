import type { Kysely } from 'kysely';

/** Proactive sends per conversation and tenant, so instances on one PostgreSQL share Teams' rate limits. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('send_rate_events')
    .addColumn('scope', 'varchar(600)', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('send_rate_events_scope_at').on('send_rate_events').columns(['scope', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('send_rate_events').execute();
}
