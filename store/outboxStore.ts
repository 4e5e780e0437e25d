import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DueMessage, ReminderPayload } from '../domain/reminders/planner';
import type { Database } from './schema';

export interface OutboxRow {
  id: string;
  key: string;
  conversationId: string;
  payload: ReminderPayload;
  attempts: number;
  status: string;
  lastError: string | null;
}

/**
 * The outbox. Claims are atomic: on PostgreSQL with FOR UPDATE SKIP LOCKED, so two bot instances
 * never take the same row; on SQLite writes are serialized by the database itself.
 */
export class OutboxStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: 'sqlite' | 'postgres',
  ) {}

  /** Inserts what is not there yet; an existing idempotency key is left alone. Returns how many were new. */
  async enqueue(messages: DueMessage[]): Promise<number> {
    let added = 0;
    const now = new Date().toISOString();
    for (const m of messages) {
      const res = await this.db
        .insertInto('outbox')
        .values({
          id: randomBytes(9).toString('base64url'),
          idempotency_key: m.key,
          conversation_id: m.conversationId,
          kind: m.payload.kind,
          payload_json: JSON.stringify(m.payload),
          due_at: m.dueAt,
          not_before: m.dueAt,
          status: 'pending',
          attempts: 0,
          last_error: null,
          claimed_by: null,
          claimed_at: null,
          sent_at: null,
          activity_id: null,
          created_at: now,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .executeTakeFirst();
      added += Number(res.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  }

  /** Pending card rows of a conversation whose key starts with this prefix are no longer needed (a newer card replaces them). */
  async supersede(conversationId: string, keyPrefix: string): Promise<number> {
    const rows = await this.db.selectFrom('outbox').select(['id', 'idempotency_key']).where('status', '=', 'pending').where('kind', '=', 'card').where('conversation_id', '=', conversationId).execute();
    const ids = rows.filter((r) => r.idempotency_key.startsWith(keyPrefix)).map((r) => r.id);
    if (ids.length === 0) return 0;
    const res = await this.db.updateTable('outbox').set({ status: 'superseded' }).where('id', 'in', ids).where('status', '=', 'pending').executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  /** Claims up to `limit` due rows for this worker. */
  async claim(workerId: string, now: Date, limit: number): Promise<OutboxRow[]> {
    const at = now.toISOString();
    const claimedAt = new Date().toISOString();
    const ids = await this.db.transaction().execute(async (trx) => {
      let q = trx.selectFrom('outbox').select('id').where('status', '=', 'pending').where('not_before', '<=', at).orderBy('not_before').limit(limit);
      if (this.kind === 'postgres') q = q.modifyEnd(sql`for update skip locked`);
      const rows = await q.execute();
      if (rows.length === 0) return [];
      await trx
        .updateTable('outbox')
        .set({ status: 'sending', claimed_by: workerId, claimed_at: claimedAt })
        .where('id', 'in', rows.map((r) => r.id))
        .where('status', '=', 'pending')
        .execute();
      return rows.map((r) => r.id);
    });
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('outbox').selectAll().where('id', 'in', ids).where('claimed_by', '=', workerId).where('status', '=', 'sending').execute();
    return rows.map((r) => ({ id: r.id, key: r.idempotency_key, conversationId: r.conversation_id, payload: JSON.parse(r.payload_json) as ReminderPayload, attempts: r.attempts, status: r.status, lastError: r.last_error }));
  }

  async markSent(id: string, activityId: string | undefined): Promise<void> {
    await this.db.updateTable('outbox').set({ status: 'sent', sent_at: new Date().toISOString(), activity_id: activityId ?? null }).where('id', '=', id).execute();
  }

  async markRetry(id: string, notBefore: Date, error: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ status: 'pending', not_before: notBefore.toISOString(), last_error: error.slice(0, 500), attempts: eb('attempts', '+', 1), claimed_by: null }))
      .where('id', '=', id)
      .execute();
  }

  /** Final states: dropped (the bot is gone from the conversation) or dead (an administrator may retry). */
  async markFinal(id: string, status: 'dropped' | 'dead', error: string): Promise<void> {
    await this.db.updateTable('outbox').set((eb) => ({ status, last_error: error.slice(0, 500), attempts: eb('attempts', '+', 1) })).where('id', '=', id).execute();
  }

  /** Claims older than this were taken by a process that died: give them back. */
  async releaseStale(olderThan: Date): Promise<number> {
    const res = await this.db.updateTable('outbox').set({ status: 'pending', claimed_by: null }).where('status', '=', 'sending').where('claimed_at', '<', olderThan.toISOString()).executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  async dead(): Promise<OutboxRow[]> {
    const rows = await this.db.selectFrom('outbox').selectAll().where('status', '=', 'dead').orderBy('due_at').execute();
    return rows.map((r) => ({ id: r.id, key: r.idempotency_key, conversationId: r.conversation_id, payload: JSON.parse(r.payload_json) as ReminderPayload, attempts: r.attempts, status: r.status, lastError: r.last_error }));
  }

  async retryDead(id: string): Promise<boolean> {
    const res = await this.db.updateTable('outbox').set({ status: 'pending', not_before: new Date(0).toISOString(), last_error: null }).where('id', '=', id).where('status', '=', 'dead').executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async counts(): Promise<Record<string, number>> {
    const rows = await this.db.selectFrom('outbox').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }
}
