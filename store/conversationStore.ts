import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface ConversationRecord {
  id: string;
  channelId: string;
  serviceUrl: string;
  tenantId: string | null;
  conversationType: string | null;
  name: string | null;
  teamId: string | null;
  teamName: string | null;
  /** The serialized botbuilder ConversationReference, opaque to the store. */
  referenceJson: string;
  active: boolean;
}

/** Conversations the bot is installed in, kept fresh from every inbound activity. */
export class ConversationStore {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(rec: Omit<ConversationRecord, 'active'>, active = true): Promise<void> {
    const now = new Date().toISOString();
    const values = {
      channel_id: rec.channelId,
      service_url: rec.serviceUrl,
      tenant_id: rec.tenantId,
      conversation_type: rec.conversationType,
      name: rec.name,
      team_id: rec.teamId,
      team_name: rec.teamName,
      reference_json: rec.referenceJson,
      active: active ? 1 : 0,
      updated_at: now,
    };
    await this.db
      .insertInto('conversations')
      .values({ id: rec.id, created_at: now, ...values })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          ...values,
          // Never overwrite a known name with an unknown one (activities often omit names).
          name: (eb) => eb.fn.coalesce(eb.ref('excluded.name'), eb.ref('conversations.name')),
          team_name: (eb) => eb.fn.coalesce(eb.ref('excluded.team_name'), eb.ref('conversations.team_name')),
        }),
      )
      .execute();
  }

  async setActive(id: string, active: boolean): Promise<void> {
    await this.db
      .updateTable('conversations')
      .set({ active: active ? 1 : 0, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
  }

  async setActiveForTeam(teamId: string, active: boolean): Promise<number> {
    const res = await this.db
      .updateTable('conversations')
      .set({ active: active ? 1 : 0, updated_at: new Date().toISOString() })
      .where('team_id', '=', teamId)
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  async rename(id: string, name: string): Promise<void> {
    await this.db.updateTable('conversations').set({ name, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
  }

  async renameTeam(teamId: string, teamName: string): Promise<void> {
    await this.db.updateTable('conversations').set({ team_name: teamName }).where('team_id', '=', teamId).execute();
  }

  /** Active Teams team or channel conversations: rosters in which to find a colleague by e-mail. */
  async activeTeamConversations(limit = 5): Promise<ConversationRecord[]> {
    const rows = await this.db.selectFrom('conversations').select('id').where('active', '=', 1).where('channel_id', '=', 'msteams').where('team_id', 'is not', null).orderBy('updated_at', 'desc').limit(limit).execute();
    const out: ConversationRecord[] = [];
    for (const r of rows) {
      const rec = await this.get(r.id);
      if (rec) out.push(rec);
    }
    return out;
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    const r = await this.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      channelId: r.channel_id,
      serviceUrl: r.service_url,
      tenantId: r.tenant_id,
      conversationType: r.conversation_type,
      name: r.name,
      teamId: r.team_id,
      teamName: r.team_name,
      referenceJson: r.reference_json,
      active: r.active === 1,
    };
  }
}
