import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { EventKind, GovernanceEvent, NewGovernanceEvent } from '../domain/calendar/events';
import { writeAudit } from './audit';
import type { Database } from './schema';

export interface LinkToken {
  token: string;
  kind: 'calendar' | 'download';
  owner: string;
  scope: Record<string, unknown>;
  createdAt: string;
  expiresAt: string | null;
}

/** Governance dates and the secret tokens behind calendar feeds and downloads. */
export class CalendarStore {
  constructor(private readonly db: Kysely<Database>) {}

  async listEvents(): Promise<GovernanceEvent[]> {
    const rows = await this.db.selectFrom('governance_events').selectAll().orderBy('date').execute();
    return rows.map((r) => ({
      id: r.id,
      partyId: r.party_id,
      kind: r.kind as EventKind,
      body: r.body,
      date: r.date,
      startTime: r.start_time,
      endTime: r.end_time,
      title: r.title,
      version: r.version,
      updatedAt: r.updated_at,
    }));
  }

  async countEvents(): Promise<number> {
    const r = await this.db.selectFrom('governance_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async addEvent(e: NewGovernanceEvent, actor: string): Promise<GovernanceEvent> {
    const event: GovernanceEvent = { ...e, id: randomUUID(), version: 1, updatedAt: new Date().toISOString() };
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('governance_events')
        .values({ id: event.id, party_id: e.partyId, kind: e.kind, body: e.body, date: e.date, start_time: e.startTime, end_time: e.endTime, title: e.title, version: 1, updated_at: event.updatedAt })
        .execute();
      await writeAudit(trx, { actor, action: 'event.create', entity: 'governance_event', entityId: event.id, after: event });
    });
    return event;
  }

  /** Moves or renames an event; the version goes up so calendar clients replace their copy. */
  async updateEvent(id: string, change: Partial<Pick<GovernanceEvent, 'date' | 'startTime' | 'endTime' | 'title' | 'body'>>, actor: string): Promise<GovernanceEvent | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const before = (await trx.selectFrom('governance_events').selectAll().where('id', '=', id).executeTakeFirst()) ?? undefined;
      if (!before) return undefined;
      const updatedAt = new Date().toISOString();
      await trx
        .updateTable('governance_events')
        .set({
          date: change.date ?? before.date,
          start_time: change.startTime === undefined ? before.start_time : change.startTime,
          end_time: change.endTime === undefined ? before.end_time : change.endTime,
          title: change.title === undefined ? before.title : change.title,
          body: change.body === undefined ? before.body : change.body,
          version: before.version + 1,
          updated_at: updatedAt,
        })
        .where('id', '=', id)
        .execute();
      const after = await trx.selectFrom('governance_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      await writeAudit(trx, { actor, action: 'event.update', entity: 'governance_event', entityId: id, before, after });
      return {
        id,
        partyId: after.party_id,
        kind: after.kind as EventKind,
        body: after.body,
        date: after.date,
        startTime: after.start_time,
        endTime: after.end_time,
        title: after.title,
        version: after.version,
        updatedAt,
      };
    });
  }

  async createToken(kind: LinkToken['kind'], owner: string, scope: Record<string, unknown>, ttlMs?: number): Promise<LinkToken> {
    const token: LinkToken = {
      token: randomBytes(24).toString('base64url'),
      kind,
      owner,
      scope,
      createdAt: new Date().toISOString(),
      expiresAt: ttlMs ? new Date(Date.now() + ttlMs).toISOString() : null,
    };
    await this.db
      .insertInto('link_tokens')
      .values({ token: token.token, kind, owner, scope_json: JSON.stringify(scope), created_at: token.createdAt, expires_at: token.expiresAt, revoked_at: null })
      .execute();
    await writeAudit(this.db, { actor: owner, action: `${kind}-link.create`, entity: 'link_token', entityId: token.token.slice(0, 6) });
    return token;
  }

  /** The active token (not revoked, not expired), or undefined. */
  async findToken(token: string, kind: LinkToken['kind']): Promise<LinkToken | undefined> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
    const r = await this.db.selectFrom('link_tokens').selectAll().where('token', '=', token).where('kind', '=', kind).where('revoked_at', 'is', null).executeTakeFirst();
    if (!r || (r.expires_at && r.expires_at < new Date().toISOString())) return undefined;
    return { token: r.token, kind: r.kind as LinkToken['kind'], owner: r.owner, scope: JSON.parse(r.scope_json) as Record<string, unknown>, createdAt: r.created_at, expiresAt: r.expires_at };
  }

  async activeFor(kind: LinkToken['kind'], owner: string): Promise<LinkToken | undefined> {
    const r = await this.db.selectFrom('link_tokens').select('token').where('kind', '=', kind).where('owner', '=', owner).where('revoked_at', 'is', null).orderBy('created_at', 'desc').executeTakeFirst();
    return r ? this.findToken(r.token, kind) : undefined;
  }

  /** Revokes every active token of one kind for an owner; returns how many. */
  async revokeAll(kind: LinkToken['kind'], owner: string): Promise<number> {
    const res = await this.db
      .updateTable('link_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('kind', '=', kind)
      .where('owner', '=', owner)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    const n = Number(res.numUpdatedRows);
    if (n > 0) await writeAudit(this.db, { actor: owner, action: `${kind}-link.revoke`, entity: 'link_token', entityId: owner, after: { revoked: n } });
    return n;
  }
}
