import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DigestSubscription } from '../domain/reminders/digest';
import { writeAudit } from './audit';
import type { Database } from './schema';

export class DigestStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** One subscription per owner and conversation: subscribing again changes the schedule. */
  async subscribe(conversationId: string, owner: string, cron: string): Promise<DigestSubscription> {
    return this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('digest_subscriptions').selectAll().where('owner', '=', owner).where('conversation_id', '=', conversationId).executeTakeFirst();
      const now = new Date().toISOString();
      const id = before?.id ?? randomBytes(9).toString('base64url');
      if (before) await trx.updateTable('digest_subscriptions').set({ cron, active: 1 }).where('id', '=', id).execute();
      else await trx.insertInto('digest_subscriptions').values({ id, conversation_id: conversationId, owner, cron, active: 1, last_sent_at: null, created_at: now }).execute();
      await writeAudit(trx, { actor: owner, action: before ? 'digest.change' : 'digest.subscribe', entity: 'digest', entityId: id, before, after: { conversationId, cron } });
      return { id, conversationId, owner, cron, active: true, lastSentAt: before?.last_sent_at ?? null, createdAt: before?.created_at ?? now };
    });
  }

  async stop(conversationId: string, owner: string): Promise<number> {
    const res = await this.db.updateTable('digest_subscriptions').set({ active: 0 }).where('owner', '=', owner).where('conversation_id', '=', conversationId).where('active', '=', 1).executeTakeFirst();
    const n = Number(res.numUpdatedRows);
    if (n > 0) await writeAudit(this.db, { actor: owner, action: 'digest.stop', entity: 'digest', entityId: conversationId });
    return n;
  }

  async active(): Promise<DigestSubscription[]> {
    const rows = await this.db.selectFrom('digest_subscriptions').selectAll().where('active', '=', 1).execute();
    return rows.map((r) => ({ id: r.id, conversationId: r.conversation_id, owner: r.owner, cron: r.cron, active: true, lastSentAt: r.last_sent_at, createdAt: r.created_at }));
  }

  async markSent(id: string, occurrence: string): Promise<void> {
    await this.db.updateTable('digest_subscriptions').set({ last_sent_at: occurrence }).where('id', '=', id).execute();
  }
}
