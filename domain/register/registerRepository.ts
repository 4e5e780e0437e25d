import type { OpenWork } from './importPlan';
import type { NewParty, Party } from './types';

/** A register change as kept for undo: what it replaced and what it added. */
export interface ChangeRecord {
  id: string;
  revision: number;
  kind: ChangeKind;
  actor: string;
  at: string;
  summary: ChangeSummary;
  before: Party[];
  addedIds: string[];
}

export type ChangeKind = 'import' | 'edit' | 'archive' | 'restore' | 'undo';

export interface ChangeSummary {
  added: string[];
  updated: string[];
  archived: string[];
  restored: string[];
}

/** Writes inside one transaction that holds the register's write lock. */
export interface RegisterWriter {
  /** The register's revision before this change. */
  readonly baseRevision: number;
  listAllParties(): Promise<Party[]>;
  openWork(): Promise<Map<string, OpenWork>>;
  insert(p: Party, actor: string): Promise<void>;
  /** Replaces a party's fields, aliases, seats and archive state; audited under `action` (null: an intermediate step) with before and after. */
  update(before: Party, after: Party, actor: string, action: string | null): Promise<void>;
  recordChange(change: Omit<ChangeRecord, 'id' | 'revision' | 'at'>, at: Date): Promise<void>;
  /** The latest change that is not an undo and not undone yet. */
  lastUndoable(): Promise<ChangeRecord | undefined>;
  markUndone(id: string, actor: string, at: Date): Promise<void>;
}

export interface StoredPreview {
  id: string;
  actor: string;
  fileName: string;
  baseRevision: number;
  incoming: NewParty[];
  status: 'open' | 'applied' | 'cancelled';
  createdAt: string;
}

/** The port the register domain needs from storage; implemented in store/. */
export interface RegisterRepository {
  /** Every party, archived ones included (an empty store is what the demo seed looks for). */
  countParties(): Promise<number>;
  /** Changes whenever the register changes, cheap enough to ask per turn. */
  fingerprint(): Promise<string>;
  revision(): Promise<number>;
  /** Active parties only. */
  listParties(): Promise<Party[]>;
  /** Active and archived parties. */
  listAllParties(): Promise<Party[]>;
  getParty(id: string): Promise<Party | undefined>;
  /** Open checklists and open action items per party id. */
  openWork(): Promise<Map<string, OpenWork>>;
  /**
   * Inserts all parties in one transaction (codes made up where missing), one audit entry per
   * party. With `onlyIntoEmpty`, inserts nothing (and returns []) when the register holds any party,
   * decided under the write lock so two starting instances seed once.
   */
  insertParties(parties: NewParty[], actor: string, opts?: { onlyIntoEmpty?: boolean }): Promise<Party[]>;
  /**
   * Runs `fn` in one transaction that first bumps the register revision, which serialises
   * writers on SQLite (write lock) and PostgreSQL (row lock). `commit: false` rolls everything back.
   */
  write<T>(fn: (w: RegisterWriter) => Promise<{ commit: boolean; value: T }>): Promise<T>;
  savePreview(p: Omit<StoredPreview, 'id' | 'status' | 'createdAt'>): Promise<string>;
  getPreview(id: string): Promise<StoredPreview | undefined>;
  /** open → applied/cancelled; false when the preview was not open any more. */
  closePreview(id: string, status: 'applied' | 'cancelled'): Promise<boolean>;
}
