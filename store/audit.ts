import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Written inside the caller's transaction so a change and its audit line land together or not at all. */
export async function writeAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry, at = new Date()): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
