import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { RegisterRepository, ReplaceSummary } from '../domain/register/registerRepository';
import type { BbvCategory, NewParty, Party, RiskProfile } from '../domain/register/types';
import { registerToCsv } from '../domain/register/registerCsv';
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
    return `${Number(row.n)}|${row.latest ?? ''}|${Number(row.versions ?? 0)}`;
  }

  async listParties(): Promise<Party[]> {
    const [rows, aliases, seats] = await Promise.all([
      this.db.selectFrom('parties').selectAll().orderBy('name').execute(),
      this.db.selectFrom('party_aliases').selectAll().orderBy('party_id').orderBy('position').execute(),
      this.db.selectFrom('seats').selectAll().orderBy('party_id').orderBy('position').execute(),
    ]);
    const aliasesBy = new Map<string, string[]>();
    for (const a of aliases) aliasesBy.set(a.party_id, [...(aliasesBy.get(a.party_id) ?? []), a.alias]);
    const seatsBy = new Map<string, SeatRow[]>();
    for (const s of seats) seatsBy.set(s.party_id, [...(seatsBy.get(s.party_id) ?? []), s]);
    return rows.map((r) => toParty(r, aliasesBy.get(r.id) ?? [], seatsBy.get(r.id) ?? []));
  }

  async getParty(id: string): Promise<Party | undefined> {
    const row = await this.db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const aliases = await this.db.selectFrom('party_aliases').select('alias').where('party_id', '=', id).orderBy('position').execute();
    const seats = await this.db.selectFrom('seats').selectAll().where('party_id', '=', id).orderBy('position').execute();
    return toParty(row, aliases.map((a) => a.alias), seats);
  }

  async insertParties(parties: NewParty[], actor: string): Promise<Party[]> {
    const created: Party[] = parties.map((p) => ({ ...p, id: randomUUID() }));
    await this.db.transaction().execute(async (trx) => {
      for (const p of created) {
        await insertParty(trx, p);
        await writeAudit(trx, { actor, action: 'party.create', entity: 'party', entityId: p.id, after: p });
      }
    });
    return created;
  }

  async replaceAll(parties: NewParty[], actor: string): Promise<ReplaceSummary> {
    const summary: ReplaceSummary = { added: [], updated: [], removed: [], unchanged: 0 };
    const existing = await this.listParties();
    const byName = new Map(existing.map((p) => [p.name.toLowerCase(), p]));
    await this.db.transaction().execute(async (trx) => {
      for (const incoming of parties) {
        const current = byName.get(incoming.name.toLowerCase());
        byName.delete(incoming.name.toLowerCase());
        if (!current) {
          const p: Party = { ...incoming, id: randomUUID() };
          await insertParty(trx, p);
          await writeAudit(trx, { actor, action: 'party.create', entity: 'party', entityId: p.id, after: p });
          summary.added.push(p.name);
          continue;
        }
        const next: Party = { ...incoming, id: current.id };
        if (samePartyData(next, current)) {
          summary.unchanged += 1;
          continue;
        }
        await updateParty(trx, next);
        await writeAudit(trx, { actor, action: 'party.update', entity: 'party', entityId: current.id, before: current, after: next });
        summary.updated.push(next.name);
      }
      for (const gone of byName.values()) {
        await trx.deleteFrom('party_aliases').where('party_id', '=', gone.id).execute();
        await trx.deleteFrom('seats').where('party_id', '=', gone.id).execute();
        await trx.deleteFrom('parties').where('id', '=', gone.id).execute();
        await writeAudit(trx, { actor, action: 'party.delete', entity: 'party', entityId: gone.id, before: gone });
        summary.removed.push(gone.name);
      }
    });
    return summary;
  }
}

/** Field-by-field equality through the canonical CSV form (key order and id do not matter). */
function samePartyData(a: Party, b: Party): boolean {
  return a.demo === b.demo && registerToCsv([a]) === registerToCsv([b]);
}

function partyColumns(p: Party) {
  return {
    name: p.name,
    category: p.category,
    legal_form: p.legalForm,
    location: p.location,
    public_interest: p.publicInterest,
    financial_interest_cents: p.financialInterestCents,
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
