import type { Party } from '../register/types';
import { FILLER, STOP } from './lexicon';
import type { PartyMention, UnderstandingModel } from './model';

const OTHER = new Set(['other', 'andere', 'ander']);
/** Words after "other" that still point at one party ("the other one", "die andere partij"). */
const ONE = new Set(['one', 'ene', 'een', 'party', 'partij', 'organisation', 'organisatie', 'organization', 'club', 'clubje', 'then', 'dan', 'there', 'daar']);
/** "other parties", "andere besturen": a list or other seats, not the other of two. */
const NOT_ONE = /^(parties|partijen|partners|ones|seats|zetels|boards|besturen|organen|bodies|people|mensen|organisaties|organisations|organizations|colleagues|collega)$/;

export interface OtherOneQuestion {
  /** The words as read (descriptors translated) and as typed ("the other ferry" is read as "veerdienst", one of the two). */
  words: readonly string[];
  typedWords: readonly string[];
  /** The party the words name, if any. */
  mention: PartyMention | undefined;
  /** The party just talked about, the one before it, and the parties the last answer offered. */
  current: Party | undefined;
  earlier: Party | undefined;
  offered: readonly Party[];
}

/**
 * "and the other one?", "en bij het andere recreatieschap?", "the other cooperative, the energy one":
 * the parties that, beside the one just talked about, fit what was offered or described. Empty when
 * the message does not ask for "the other" one or nothing else fits (then the usual reading stands).
 */
export function theOtherOne(q: OtherOneQuestion, model: UnderstandingModel): Party[] {
  const { current, earlier } = q;
  if (!current) return [];
  const described = (ws: readonly string[]): string[] | undefined => {
    const at = ws.findIndex((w) => OTHER.has(w));
    return at < 0 ? undefined : ws.slice(at + 1).filter((w) => !STOP.has(w) && !FILLER.has(w) && !ONE.has(w));
  };
  const after = described(q.words);
  if (!after) return [];
  const typedAfter = described(q.typedWords) ?? [];
  if ([...after, ...typedAfter].some((w) => NOT_ONE.test(w))) return [];
  const named = q.mention?.kind === 'ambiguous' ? q.mention.candidates : q.mention?.kind === 'match' ? [q.mention.party] : [];
  // No description: the other of what was offered, or of the last two parties talked about.
  if (after.length === 0 && typedAfter.length === 0) {
    const pool = q.offered.includes(current) ? q.offered : earlier ? [current, earlier] : [];
    const rest = pool.filter((p) => p !== current);
    return rest.length === 1 ? rest : [];
  }
  // A description: each word that describes a party narrows; "the other" leaves out the one just talked about
  // (and, among several, the one before it).
  for (const ws of [typedAfter, after]) {
    let pool: Party[] | undefined = named.length > 0 && ws === after ? [...named] : undefined;
    for (const w of ws) {
      const fits = model.describedParties([w]) ?? [];
      if (fits.length === 0) continue;
      const narrowed = pool ? pool.filter((p) => fits.includes(p)) : fits;
      if (narrowed.length > 0) pool = narrowed;
    }
    if (!pool) continue;
    // "the other one, the housing one" after a choice: among what was offered.
    const amongOffered = pool.filter((p) => q.offered.includes(p));
    if (pool.length > 1 && !pool.includes(current) && amongOffered.length > 0) pool = amongOffered;
    let rest = pool.filter((p) => p !== current);
    if (rest.length > 1 && earlier) rest = rest.filter((p) => p !== earlier);
    if (rest.length === 1 || (rest.length > 1 && pool.includes(current))) return rest;
  }
  return [];
}
