import type { NewParty, Party } from './types';

/** The port the register domain needs from storage; implemented in store/. */
export interface RegisterRepository {
  countParties(): Promise<number>;
  /** Changes whenever the register changes (count and latest update), cheap enough to ask per turn. */
  fingerprint(): Promise<string>;
  listParties(): Promise<Party[]>;
  getParty(id: string): Promise<Party | undefined>;
  /** Inserts all parties in one transaction, with one audit entry per party. */
  insertParties(parties: NewParty[], actor: string): Promise<Party[]>;
  /**
   * Makes the register equal to `parties` in one transaction: parties are matched by name (case
   * insensitive) and keep their id; new ones are added, missing ones removed; every change audited.
   */
  replaceAll(parties: NewParty[], actor: string): Promise<ReplaceSummary>;
}

export interface ReplaceSummary {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
}
