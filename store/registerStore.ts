import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { OpenWork } from '../domain/register/importPlan';
import { suggestCode } from '../domain/register/partyCode';
import type { ChangeKind, ChangeRecord, ChangeSummary, RegisterRepository, RegisterWriter, StoredPreview } from '../domain/register/registerRepository';
import type { BbvCategory, InterestKind, NewParty, Party, RiskProfile } from '../domain/register/types';
import { writeAudit } from './audit';
import type { Database, PartiesTable, SeatsTable } from './schema';

type PartyRow = Selectable<PartiesTable>;
type SeatRow = Selectable<SeatsTable>;

function toParty(row: PartyRow, aliases: string[], seats: SeatRow[]): Party {
  return {
    id: row.id,
    name: row.name,
    aliases,
    category: row.category as BbvCategory,
    legalForm: row.legal_form,
    location: row.location,
    publicInterest: row.public_interest,
    financialInterestCents: row.financial_interest_cents,
    financialInterestEndCents: row.financial_interest_end_cents,
    financialInterestKind: row.financial_interest_kind as InterestKind | null,
    riskProfile: row.risk_profile as RiskProfile | null,
    equityStartCents: row.equity_start_cents,
    equityEndCents: row.equity_end_cents,
    debtStartCents: row.debt_start_cents,
    debtEndCents: row.debt_end_cents,
    resultCents: row.result_cents,
    ownerPortfolioHolder: row.owner_portfolio_holder,
    clientPortfolioHolder: row.client_portfolio_holder,
    accountHolder:
      row.account_holder_name === null
        ? null
        : { name: row.account_holder_name, email: row.account_holder_email, function: null },
    risks: row.risks,
    seats: seats.map((s) => ({
      body: s.body,
      role: s.role,
      person: s.person_name === null ? null : { name: s.person_name, email: s.person_email, function: s.person_function },
    })),
    demo: row.is_demo === 1,
    code: row.code,
    archivedAt: row.archived_at,
  };
}

export class KyselyRegisterStore implements RegisterRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async countParties(): Promise<number> {
    const row = await this.db.selectFrom('parties').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async fingerprint(): Promise<string> {
    const row = await this.db
      .selectFrom('parties')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('latest'), eb.fn.sum<number>('version').as('versions')])
      .executeTakeFirstOrThrow();
    return `${await this.revision()}|${Number(row.n)}|${row.latest ?? ''}|${Number(row.versions ?? 0)}`;
  }

  async revision(): Promise<number> {
    const row = await this.db.selectFrom('register_meta').select('revision').where('id', '=', 1).executeTakeFirst();
    return Number(row?.revision ?? 0);
  }

  async listParties(): Promise<Party[]> {
    return (await readParties(this.db)).filter((p) => p.archivedAt === null);
  }

  async listAllParties(): Promise<Party[]> {
    return readParties(this.db);
  }

  async getParty(id: string): Promise<Party | undefined> {
    const row = await this.db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const aliases = await this.db.selectFrom('party_aliases').select('alias').where('party_id', '=', id).orderBy('position').execute();
    const seats = await this.db.selectFrom('seats').selectAll().where('party_id', '=', id).orderBy('position').execute();
    return toParty(row, aliases.map((a) => a.alias), seats);
  }

  async openWork(): Promise<Map<string, OpenWork>> {
    return readOpenWork(this.db);
  }

  async insertParties(parties: NewParty[], actor: string, opts: { onlyIntoEmpty?: boolean } = {}): Promise<Party[]> {
    return this.write(async (w) => {
      const existing = await w.listAllParties();
      if (opts.onlyIntoEmpty && existing.length > 0) return { commit: false, value: [] };
      const taken = new Set(existing.map((p) => p.code));
      const created: Party[] = parties.map((p) => {
        const code = p.code ?? suggestCode(p, taken);
        taken.add(code);
        return { ...p, id: randomUUID(), code, archivedAt: null };
      });
      for (const p of created) await w.insert(p, actor);
      return { commit: true, value: created };
    });
  }

  async write<T>(fn: (w: RegisterWriter) => Promise<{ commit: boolean; value: T }>): Promise<T> {
    const rollback = new RollbackSignal<T>();
    try {
      return await this.db.transaction().execute(async (trx) => {
        // The first statement writes: SQLite takes its write lock (other writers wait on
        // busy_timeout), PostgreSQL locks the row until commit. Either way writers queue here.
        await trx.updateTable('register_meta').set((eb) => ({ revision: eb('revision', '+', 1) })).where('id', '=', 1).execute();
        const row = await trx.selectFrom('register_meta').select('revision').where('id', '=', 1).executeTakeFirstOrThrow();
        const result = await fn(new TrxWriter(trx, Number(row.revision) - 1));
        if (!result.commit) {
          rollback.value = result.value;
          throw rollback;
        }
        return result.value;
      });
    } catch (err) {
      if (err === rollback) return rollback.value as T;
      throw err;
    }
  }

  async savePreview(p: Omit<StoredPreview, 'id' | 'status' | 'createdAt'>): Promise<string> {
    const id = randomUUID();
    // Previews are short-lived: a week-old one is of no use to anyone and holds a whole register.
    await this.db.deleteFrom('register_previews').where('created_at', '<', new Date(Date.now() - 7 * 86_400_000).toISOString()).execute();
    await this.db
      .insertInto('register_previews')
      .values({ id, actor: p.actor, file_name: p.fileName, base_revision: p.baseRevision, incoming_json: JSON.stringify(p.incoming), status: 'open', created_at: new Date().toISOString() })
      .execute();
    return id;
  }

  async getPreview(id: string): Promise<StoredPreview | undefined> {
    const r = await this.db.selectFrom('register_previews').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      actor: r.actor,
      fileName: r.file_name,
      baseRevision: Number(r.base_revision),
      incoming: JSON.parse(r.incoming_json) as NewParty[],
      status: r.status as StoredPreview['status'],
      createdAt: r.created_at,
    };
  }

  async closePreview(id: string, status: 'applied' | 'cancelled'): Promise<boolean> {
    const res = await this.db.updateTable('register_previews').set({ status }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }
}

class RollbackSignal<T> {
  value: T | undefined;
}

type Executor = Kysely<Database> | Transaction<Database>;

async function readParties(db: Executor): Promise<Party[]> {
  const [rows, aliases, seats] = await Promise.all([
    db.selectFrom('parties').selectAll().orderBy('name').execute(),
    db.selectFrom('party_aliases').selectAll().orderBy('party_id').orderBy('position').execute(),
    db.selectFrom('seats').selectAll().orderBy('party_id').orderBy('position').execute(),
  ]);
  const aliasesBy = new Map<string, string[]>();
  for (const a of aliases) aliasesBy.set(a.party_id, [...(aliasesBy.get(a.party_id) ?? []), a.alias]);
  const seatsBy = new Map<string, SeatRow[]>();
  for (const s of seats) seatsBy.set(s.party_id, [...(seatsBy.get(s.party_id) ?? []), s]);
  return rows.map((r) => toParty(r, aliasesBy.get(r.id) ?? [], seatsBy.get(r.id) ?? []));
}

async function readOpenWork(db: Executor): Promise<Map<string, OpenWork>> {
  const runs = await db.selectFrom('checklist_runs').select(['party_id']).where('status', '=', 'open').execute();
  const actions = await db
    .selectFrom('action_items')
    .innerJoin('meeting_outcomes', 'meeting_outcomes.id', 'action_items.outcome_id')
    .select(['meeting_outcomes.party_id as party_id'])
    .where('action_items.status', '=', 'open')
    .execute();
  const out = new Map<string, OpenWork>();
  const entry = (id: string): OpenWork => {
    const e = out.get(id) ?? { checklists: 0, actions: 0 };
    out.set(id, e);
    return e;
  };
  for (const r of runs) entry(r.party_id).checklists += 1;
  for (const a of actions) entry(a.party_id).actions += 1;
  return out;
}

class TrxWriter implements RegisterWriter {
  constructor(
    private readonly trx: Transaction<Database>,
    readonly baseRevision: number,
  ) {}

  listAllParties(): Promise<Party[]> {
    return readParties(this.trx);
  }

  openWork(): Promise<Map<string, OpenWork>> {
    return readOpenWork(this.trx);
  }

  async insert(p: Party, actor: string): Promise<void> {
    await insertParty(this.trx, p);
    await writeAudit(this.trx, { actor, action: 'party.create', entity: 'party', entityId: p.id, after: p });
  }

  async update(before: Party, after: Party, actor: string, action: string | null): Promise<void> {
    await updateParty(this.trx, after);
    if (action !== null) await writeAudit(this.trx, { actor, action, entity: 'party', entityId: after.id, before, after });
  }

  async recordChange(change: Omit<ChangeRecord, 'id' | 'revision' | 'at'>, at: Date): Promise<void> {
    await this.trx
      .insertInto('register_changes')
      .values({
        id: randomUUID(),
        revision: this.baseRevision + 1,
        kind: change.kind,
        actor: change.actor,
        at: at.toISOString(),
        summary_json: JSON.stringify(change.summary),
        before_json: JSON.stringify(change.before),
        added_json: JSON.stringify(change.addedIds),
        undone_at: null,
        undone_by: null,
      })
      .execute();
  }

  async lastUndoable(): Promise<ChangeRecord | undefined> {
    const r = await this.trx
      .selectFrom('register_changes')
      .selectAll()
      .where('kind', '!=', 'undo')
      .where('undone_at', 'is', null)
      .orderBy('revision', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      revision: Number(r.revision),
      kind: r.kind as ChangeKind,
      actor: r.actor,
      at: r.at,
      summary: JSON.parse(r.summary_json) as ChangeSummary,
      before: JSON.parse(r.before_json) as Party[],
      addedIds: JSON.parse(r.added_json) as string[],
    };
  }

  async markUndone(id: string, actor: string, at: Date): Promise<void> {
    await this.trx.updateTable('register_changes').set({ undone_at: at.toISOString(), undone_by: actor }).where('id', '=', id).execute();
  }
}

function partyColumns(p: Party) {
  return {
    code: p.code,
    archived_at: p.archivedAt,
    name: p.name,
    category: p.category,
    legal_form: p.legalForm,
    location: p.location,
    public_interest: p.publicInterest,
    financial_interest_cents: p.financialInterestCents,
    financial_interest_end_cents: p.financialInterestEndCents ?? null,
    financial_interest_kind: p.financialInterestKind ?? null,
    risk_profile: p.riskProfile,
    equity_start_cents: p.equityStartCents,
    equity_end_cents: p.equityEndCents,
    debt_start_cents: p.debtStartCents,
    debt_end_cents: p.debtEndCents,
    result_cents: p.resultCents,
    owner_portfolio_holder: p.ownerPortfolioHolder,
    client_portfolio_holder: p.clientPortfolioHolder,
    account_holder_name: p.accountHolder?.name ?? null,
    account_holder_email: p.accountHolder?.email ?? null,
    risks: p.risks,
    is_demo: p.demo ? 1 : 0,
  };
}

async function writeChildren(trx: Transaction<Database>, p: Party): Promise<void> {
  if (p.aliases.length > 0) {
    await trx
      .insertInto('party_aliases')
      .values(p.aliases.map((alias, position) => ({ party_id: p.id, alias, position })))
      .execute();
  }
  if (p.seats.length > 0) {
    await trx
      .insertInto('seats')
      .values(
        p.seats.map((s, position) => ({
          party_id: p.id,
          position,
          body: s.body,
          role: s.role,
          person_name: s.person?.name ?? null,
          person_email: s.person?.email ?? null,
          person_function: s.person?.function ?? null,
        })),
      )
      .execute();
  }
}

/** One party with its aliases and seats, inside the caller's transaction. */
async function insertParty(trx: Transaction<Database>, p: Party): Promise<void> {
  const now = new Date().toISOString();
  await trx
    .insertInto('parties')
    .values({ id: p.id, ...partyColumns(p), version: 1, created_at: now, updated_at: now })
    .execute();
  await writeChildren(trx, p);
}

/** Replaces a party's fields, aliases and seats; the version goes up so stale cards can tell. */
async function updateParty(trx: Transaction<Database>, p: Party): Promise<void> {
  await trx
    .updateTable('parties')
    .set((eb) => ({ ...partyColumns(p), version: eb('version', '+', 1), updated_at: new Date().toISOString() }))
    .where('id', '=', p.id)
    .execute();
  await trx.deleteFrom('party_aliases').where('party_id', '=', p.id).execute();
  await trx.deleteFrom('seats').where('party_id', '=', p.id).execute();
  await writeChildren(trx, p);
}
