import type { Kysely } from 'kysely';
import type { ConversationContext } from '../domain/understanding/understand';
import { CONTEXT_TTL_MS, type ContextRepository } from '../domain/understanding/context';
import type { Database } from './schema';

/** Per-user conversation context in the database: survives a restart, shared by instances. */
export class ContextStore implements ContextRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(conversationId: string, userKey: string, now = new Date()): Promise<ConversationContext | undefined> {
    const row = await this.db
      .selectFrom('conversation_context')
      .select(['context', 'updated_at'])
      .where('conversation_id', '=', conversationId)
      .where('user_key', '=', userKey)
      .executeTakeFirst();
    if (!row || now.getTime() - Date.parse(row.updated_at) > CONTEXT_TTL_MS) return undefined;
    try {
      return JSON.parse(row.context) as ConversationContext;
    } catch {
      return undefined;
    }
  }

  async set(conversationId: string, userKey: string, context: ConversationContext, now = new Date()): Promise<void> {
    const values = { conversation_id: conversationId, user_key: userKey, context: JSON.stringify(context), updated_at: now.toISOString() };
    await this.db
      .insertInto('conversation_context')
      .values(values)
      .onConflict((oc) => oc.columns(['conversation_id', 'user_key']).doUpdateSet({ context: values.context, updated_at: values.updated_at }))
      .execute();
    // Old contexts are worthless: prune a little on each write instead of a separate job.
    await this.db.deleteFrom('conversation_context').where('updated_at', '<', new Date(now.getTime() - 24 * CONTEXT_TTL_MS).toISOString()).execute();
  }
}
