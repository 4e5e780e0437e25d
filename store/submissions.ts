import type { Kysely, Transaction } from 'kysely';
import { PartyGoneError } from '../domain/integrity/submissions';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Claims a submit key inside the caller's transaction. On PostgreSQL a concurrent claim of the same
 * key waits for the first transaction and then finds the row; on SQLite writes are serialized.
 * Returns false when the key was stored before (the caller rolls back or reports a duplicate).
 */
export async function claimSubmission(trx: Db, key: string, entity: string, entityId: string): Promise<boolean> {
  const res = await trx
    .insertInto('form_submissions')
    .values({ key, entity, entity_id: entityId, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The entity stored by an earlier submit with this key. */
export async function submittedEntity(db: Db, key: string): Promise<string | undefined> {
  const r = await db.selectFrom('form_submissions').select('entity_id').where('key', '=', key).executeTakeFirst();
  return r?.entity_id;
}

/** Thrown inside a transaction to roll it back when the submit was a duplicate. */
export class DuplicateSubmission extends Error {
  constructor() {
    super('duplicate submission');
  }
}

/** PostgreSQL 23503 / SQLite SQLITE_CONSTRAINT_FOREIGNKEY: the referenced row is gone. */
export function isForeignKeyViolation(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Runs a write for a party; a foreign-key failure (the party was removed meanwhile) becomes PartyGoneError. */
export async function forParty<T>(partyId: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new PartyGoneError(partyId);
    throw err;
  }
}
