/** Register vocabulary follows ../shared/domain/governance.md (BBV art. 1 and 15). */

export const BBV_CATEGORIES = [
  'gemeenschappelijke regeling',
  'vennootschap of coöperatie',
  'stichting of vereniging',
  'overig',
] as const;
export type BbvCategory = (typeof BBV_CATEGORIES)[number];

/**
 * What the financial interest is (BBV art. 1 lid 1 sub c): an amount made available — a yearly
 * contribution or capital (shares, a loan) — or the amount the municipality is liable for (a guarantee).
 */
export const INTEREST_KINDS = ['bijdrage', 'kapitaal', 'garantie'] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];

export const RISK_PROFILES = ['laag', 'midden', 'hoog'] as const;
export type RiskProfile = (typeof RISK_PROFILES)[number];

export interface Person {
  name: string;
  email: string | null;
  /** e.g. wethouder, burgemeester */
  function: string | null;
}

export interface Seat {
  /** AB, DB, AvA, RvC, bestuur or free text */
  body: string;
  /** lid, voorzitter, plaatsvervanger or free text */
  role: string;
  /** null: the seat exists but nobody holds it */
  person: Person | null;
}

/**
 * A party as the register file describes it. Amounts are whole euro cents to keep Dutch decimals
 * exact. `code` is the stable short key (e.g. GGD-HL); a file may leave it out for new parties.
 */
export interface NewParty {
  code?: string;
  name: string;
  aliases: string[];
  category: BbvCategory;
  legalForm: string | null;
  location: string | null;
  publicInterest: string | null;
  /** The interest at the start of the year (BBV art. 15 lid 2 sub b). */
  financialInterestCents: number | null;
  /** The expected interest at the end of the year (budget) or the realised one (annual report). */
  financialInterestEndCents?: number | null;
  financialInterestKind?: InterestKind | null;
  riskProfile: RiskProfile | null;
  equityStartCents: number | null;
  equityEndCents: number | null;
  debtStartCents: number | null;
  debtEndCents: number | null;
  resultCents: number | null;
  /** eigenaarsrol */
  ownerPortfolioHolder: string | null;
  /** opdrachtgeversrol */
  clientPortfolioHolder: string | null;
  accountHolder: Person | null;
  /** Risks in words, for the budget paragraph. */
  risks: string | null;
  seats: Seat[];
  demo: boolean;
}

/** A stored party: a stable id and code, and archived (uitgetreden) instead of ever deleted. */
export interface Party extends NewParty {
  id: string;
  code: string;
  /** ISO-8601 instant the party left the register; null while active. */
  archivedAt: string | null;
}

/** The shape of a code: upper-case letters, digits and hyphens, at most 32 characters. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,31}$/;
