import type { Kysely } from 'kysely';

/** Checklist runs and their steps; both versioned so concurrent clicks never overwrite each other. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checklist_runs')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('party_id', 'varchar(64)', (c) => c.notNull().references('parties.id').onDelete('cascade'))
    .addColumn('template_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('template_version', 'integer', (c) => c.notNull())
    .addColumn('change_kind', 'text', (c) => c.notNull())
    .addColumn('anchor_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)')
    .addColumn('conversation_id', 'text')
    .addColumn('activity_id', 'text')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('started_by_name', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('checklist_runs_party').on('checklist_runs').column('party_id').execute();

  await db.schema
    .createTable('checklist_steps')
    .addColumn('run_id', 'varchar(64)', (c) => c.notNull().references('checklist_runs.id').onDelete('cascade'))
    .addColumn('step_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('audience', 'varchar(8)', (c) => c.notNull())
    .addColumn('owner_role', 'varchar(32)', (c) => c.notNull())
    .addColumn('owner_name', 'text')
    .addColumn('owner_email', 'text')
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('notes_json', 'text', (c) => c.notNull())
    .addColumn('done_by', 'text')
    .addColumn('done_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('checklist_steps_pk', ['run_id', 'step_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checklist_steps').execute();
  await db.schema.dropTable('checklist_runs').execute();
}
