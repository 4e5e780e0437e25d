import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ActionItem, MeetingOutcome, MeetingRepository, Severity, Signal, SignalCategory } from '../domain/meetings/types';
import { writeAudit } from './audit';
import { claimSubmission, DuplicateSubmission, forParty, submittedEntity } from './submissions';
import type { ActionItemsTable, Database, MeetingOutcomesTable, SignalsTable } from './schema';

function toOutcome(r: Selectable<MeetingOutcomesTable>, items: Selectable<ActionItemsTable>[]): MeetingOutcome {
  return {
    id: r.id,
    partyId: r.party_id,
    body: r.body,
    meetingDate: r.meeting_date,
    decisions: r.decisions,
    signals: r.signals,
    followUp: r.follow_up,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    correctedAt: r.corrected_at,
    version: r.version,
    conversationId: r.conversation_id,
    actions: items
      .sort((a, b) => a.position - b.position)
      .map((i): ActionItem => ({ id: i.id, position: i.position, what: i.what, owner: { name: i.owner_name, email: i.owner_email }, due: i.due_date, status: i.status as 'open' | 'done' })),
  };
}

function toSignal(r: Selectable<SignalsTable>): Signal {
  return { id: r.id, partyId: r.party_id, category: r.category as SignalCategory, severity: r.severity as Severity, description: r.description, reportedBy: r.reported_by, reportedByName: r.reported_by_name, reportedAt: r.reported_at, status: r.status as 'open' | 'closed', escalated: r.escalated === 1 };
}

async function writeItems(trx: Transaction<Database>, o: MeetingOutcome): Promise<void> {
  await trx.deleteFrom('action_items').where('outcome_id', '=', o.id).execute();
  if (o.actions.length === 0) return;
  await trx
    .insertInto('action_items')
    .values(o.actions.map((a) => ({ id: a.id, outcome_id: o.id, position: a.position, what: a.what, owner_name: a.owner.name, owner_email: a.owner.email, due_date: a.due, status: a.status })))
    .execute();
}

export class KyselyMeetingStore implements MeetingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertOutcome(o: MeetingOutcome, actor: string, submitKey?: string): Promise<{ duplicateOf?: string }> {
    return this.once(submitKey, () =>
      forParty(o.partyId, () =>
        this.db.transaction().execute(async (trx) => {
          if (submitKey && !(await claimSubmission(trx, submitKey, 'meeting_outcome', o.id))) throw new DuplicateSubmission();
          await trx
            .insertInto('meeting_outcomes')
            .values({ id: o.id, party_id: o.partyId, body: o.body, meeting_date: o.meetingDate, decisions: o.decisions, signals: o.signals, follow_up: o.followUp, created_by: o.createdBy, created_by_name: o.createdByName, created_at: o.createdAt, corrected_at: null, version: 1, conversation_id: o.conversationId })
            .execute();
          await writeItems(trx, o);
          await writeAudit(trx, { actor, action: 'outcome.create', entity: 'meeting_outcome', entityId: o.id, after: o });
        }),
      ),
    );
  }

  /** Runs an insert that claims a submit key; a duplicate rolls back and names the earlier entity. */
  private async once(submitKey: string | undefined, insert: () => Promise<void>): Promise<{ duplicateOf?: string }> {
    try {
      await insert();
      return {};
    } catch (err) {
      if (err instanceof DuplicateSubmission && submitKey) return { duplicateOf: await submittedEntity(this.db, submitKey) };
      throw err;
    }
  }

  async correctOutcome(o: MeetingOutcome, expectedVersion: number, actor: string): Promise<boolean> {
    return forParty(o.partyId, () => this.db.transaction().execute(async (trx) => {
      const before = await this.read(trx, o.id);
      const res = await trx
        .updateTable('meeting_outcomes')
        .set({ party_id: o.partyId, body: o.body, meeting_date: o.meetingDate, decisions: o.decisions, signals: o.signals, corrected_at: o.correctedAt, version: o.version })
        .where('id', '=', o.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      await writeItems(trx, o);
      await writeAudit(trx, { actor, action: 'outcome.correct', entity: 'meeting_outcome', entityId: o.id, before, after: o });
      return true;
    }));
  }

  private async read(db: Kysely<Database> | Transaction<Database>, id: string): Promise<MeetingOutcome | undefined> {
    const r = await db.selectFrom('meeting_outcomes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return toOutcome(r, await db.selectFrom('action_items').selectAll().where('outcome_id', '=', id).execute());
  }

  getOutcome(id: string): Promise<MeetingOutcome | undefined> {
    return this.read(this.db, id);
  }

  private async withItems(rows: Selectable<MeetingOutcomesTable>[]): Promise<MeetingOutcome[]> {
    if (rows.length === 0) return [];
    const items = await this.db.selectFrom('action_items').selectAll().where('outcome_id', 'in', rows.map((r) => r.id)).execute();
    return rows.map((r) => toOutcome(r, items.filter((i) => i.outcome_id === r.id)));
  }

  async outcomesForParty(partyId: string): Promise<MeetingOutcome[]> {
    return this.withItems(await this.db.selectFrom('meeting_outcomes').selectAll().where('party_id', '=', partyId).orderBy('meeting_date', 'desc').orderBy('created_at', 'desc').execute());
  }

  async openActions(): Promise<{ outcome: MeetingOutcome; item: ActionItem }[]> {
    const ids = (await this.db.selectFrom('action_items').select('outcome_id').where('status', '=', 'open').distinct().execute()).map((r) => r.outcome_id);
    if (ids.length === 0) return [];
    const outcomes = await this.withItems(await this.db.selectFrom('meeting_outcomes').selectAll().where('id', 'in', ids).execute());
    return outcomes.flatMap((outcome) => outcome.actions.filter((a) => a.status === 'open').map((item) => ({ outcome, item }))).sort((a, b) => a.item.due.localeCompare(b.item.due));
  }

  async insertSignal(s: Signal, actor: string, submitKey?: string): Promise<{ duplicateOf?: string }> {
    return this.once(submitKey, () =>
      forParty(s.partyId, () =>
        this.db.transaction().execute(async (trx) => {
          if (submitKey && !(await claimSubmission(trx, submitKey, 'signal', s.id))) throw new DuplicateSubmission();
          await trx
            .insertInto('signals')
            .values({ id: s.id, party_id: s.partyId, category: s.category, severity: s.severity, description: s.description, reported_by: s.reportedBy, reported_by_name: s.reportedByName, reported_at: s.reportedAt, status: s.status, escalated: s.escalated ? 1 : 0 })
            .execute();
          await writeAudit(trx, { actor, action: 'signal.create', entity: 'signal', entityId: s.id, after: s });
        }),
      ),
    );
  }

  async getSignal(id: string): Promise<Signal | undefined> {
    const r = await this.db.selectFrom('signals').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toSignal(r) : undefined;
  }

  async signalsForParty(partyId: string, sinceIso?: string): Promise<Signal[]> {
    let q = this.db.selectFrom('signals').selectAll().where('party_id', '=', partyId).where('status', '=', 'open');
    if (sinceIso) q = q.where('reported_at', '>=', sinceIso);
    const rows = await q.orderBy('reported_at', 'desc').execute();
    return rows.map(toSignal);
  }

  async linkChannel(partyId: string, conversationId: string, actor: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('party_channels').selectAll().where('party_id', '=', partyId).executeTakeFirst();
      await trx
        .insertInto('party_channels')
        .values({ party_id: partyId, conversation_id: conversationId, linked_by: actor, linked_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('party_id').doUpdateSet({ conversation_id: conversationId, linked_by: actor, linked_at: new Date().toISOString() }))
        .execute();
      await writeAudit(trx, { actor, action: 'channel.link', entity: 'party', entityId: partyId, before, after: { conversationId } });
    });
  }

  async outcomesSince(sinceIso: string): Promise<MeetingOutcome[]> {
    return this.withItems(await this.db.selectFrom('meeting_outcomes').selectAll().where('created_at', '>=', sinceIso).execute());
  }

  async signalsSince(sinceIso: string): Promise<Signal[]> {
    const rows = await this.db.selectFrom('signals').select('party_id').where('reported_at', '>=', sinceIso).distinct().execute();
    const out: Signal[] = [];
    for (const r of rows) out.push(...(await this.signalsForParty(r.party_id, sinceIso)));
    return out;
  }

  /** Every open signal in one query (the overview tab). */
  async openSignals(): Promise<Signal[]> {
    return (await this.db.selectFrom('signals').selectAll().where('status', '=', 'open').execute()).map(toSignal);
  }

  async allLinks(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('party_channels').select(['party_id', 'conversation_id']).execute();
    return new Map(rows.map((r) => [r.party_id, r.conversation_id]));
  }

  async linkedChannel(partyId: string): Promise<string | undefined> {
    return (await this.db.selectFrom('party_channels').select('conversation_id').where('party_id', '=', partyId).executeTakeFirst())?.conversation_id;
  }
}
