import type { Kysely } from 'kysely';

/**
 * BBV art. 15 in the paragraph: the financial interest at the end of the year and its kind
 * (contribution, capital, guarantee) per party, and the municipality's vision and policy intentions
 * on affiliated parties, supplied per year and per variant (budget or annual report).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('parties').addColumn('financial_interest_end_cents', 'bigint').execute();
  await db.schema.alterTable('parties').addColumn('financial_interest_kind', 'varchar(16)').execute();
  await db.schema
    .createTable('paragraph_texts')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('variant', 'varchar(16)', (c) => c.notNull())
    .addColumn('vision', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(200)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('paragraph_texts_pk', ['year', 'variant'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('paragraph_texts').execute();
  await db.schema.alterTable('parties').dropColumn('financial_interest_kind').execute();
  await db.schema.alterTable('parties').dropColumn('financial_interest_end_cents').execute();
}
