/** The audit trail as the domain sees it; the store writes and reads it. */
export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditLog {
  record(entry: { actor: string; action: string; entity: string; entityId: string; before?: unknown; after?: unknown }): Promise<void>;
  recent(limit: number): Promise<AuditRecord[]>;
}
