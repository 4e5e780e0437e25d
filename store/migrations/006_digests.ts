import type { Kysely } from 'kysely';

/** Digest subscriptions: who gets an overview, where, and when (a weekly or daily time in the local time zone, TZ_DISPLAY). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('digest_subscriptions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('cron', 'varchar(64)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('last_sent_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('digest_owner').on('digest_subscriptions').columns(['owner', 'conversation_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('digest_subscriptions').execute();
}
