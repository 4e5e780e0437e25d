import type { NewParty, Party } from './types';

/** The port the register domain needs from storage; implemented in store/. */
export interface RegisterRepository {
  countParties(): Promise<number>;
  listParties(): Promise<Party[]>;
  getParty(id: string): Promise<Party | undefined>;
  /** Inserts all parties in one transaction, with one audit entry per party. */
  insertParties(parties: NewParty[], actor: string): Promise<Party[]>;
}
