import type { Kysely } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import type { AuditLog, AuditRecord } from '../domain/access/audit';
import { writeAudit } from './audit';
import type { Database } from './schema';

export class KyselyAuditLog implements AuditLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: { actor: string; action: string; entity: string; entityId: string; before?: unknown; after?: unknown }): Promise<void> {
    await writeAudit(this.db, entry);
  }

  async recent(limit: number): Promise<AuditRecord[]> {
    const rows = await this.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toRecord);
  }

  /** Parties whose register entry was updated since an instant, with when (for the digest). */
  async partyUpdatesSince(sinceIso: string): Promise<{ partyId: string; at: string }[]> {
    const rows = await this.db.selectFrom('audit_log').select(['entity_id', 'at']).where('action', '=', 'party.update').where('at', '>=', sinceIso).execute();
    return rows.map((r) => ({ partyId: r.entity_id, at: r.at }));
  }

  /** Every entry since an instant, oldest first, as CSV (`;`, BOM) for an administrator. */
  async exportCsv(since?: string): Promise<string> {
    let q = this.db.selectFrom('audit_log').selectAll().orderBy('id', 'asc');
    if (since) q = q.where('at', '>=', since);
    const rows = await q.execute();
    return stringify(
      [['tijdstip', 'wie', 'actie', 'object', 'id', 'voor', 'na'], ...rows.map((r) => [r.at, r.actor, r.action, r.entity, r.entity_id, r.before_json ?? '', r.after_json ?? ''])],
      { delimiter: ';', bom: true, record_delimiter: 'windows' },
    );
  }
}

function toRecord(r: { at: string; actor: string; action: string; entity: string; entity_id: string; before_json: string | null; after_json: string | null }): AuditRecord {
  return {
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  };
}
