import { allowedEdits, editDistance, nameTokens } from './nameNormalize';
import type { Party } from './types';

export interface Candidate {
  party: Party;
  score: number;
}

export type PartyResolution =
  | { kind: 'match'; party: Party; score: number }
  | { kind: 'ambiguous'; candidates: Candidate[] }
  | { kind: 'none'; closest: Candidate[] };

/** Confident enough to answer without asking. */
export const CONFIDENT = 0.8;
/** Worth offering as a choice. */
export const PLAUSIBLE = 0.5;
const MAX_CHOICES = 5;
const MAX_SCORED = 400;

interface Variant {
  partyIdx: number;
  tokens: string[];
  compact: string;
}

/**
 * Resolves what a user typed to a party: exact names and aliases after normalisation first, then
 * token-level fuzzy matching (typos, missing words) and compact matching (hyphen/space variants).
 * Ambiguity is reported rather than guessed.
 */
export class PartyIndex {
  private readonly variants: Variant[] = [];
  private readonly exact = new Map<string, Set<number>>();
  private readonly byToken = new Map<string, number[]>();
  private readonly vocabByLength = new Map<number, string[]>();

  constructor(readonly parties: Party[]) {
    parties.forEach((p, partyIdx) => {
      for (const raw of [p.name, ...p.aliases]) {
        const tokens = nameTokens(raw);
        if (tokens.length === 0) continue;
        const v: Variant = { partyIdx, tokens, compact: tokens.join('') };
        const vi = this.variants.push(v) - 1;
        for (const key of [tokens.join(' '), v.compact]) {
          const set = this.exact.get(key) ?? new Set<number>();
          set.add(partyIdx);
          this.exact.set(key, set);
        }
        for (const t of new Set(tokens)) {
          const list = this.byToken.get(t);
          if (list) list.push(vi);
          else {
            this.byToken.set(t, [vi]);
            const byLen = this.vocabByLength.get(t.length) ?? [];
            byLen.push(t);
            this.vocabByLength.set(t.length, byLen);
          }
        }
      }
    });
  }

  get size(): number {
    return this.parties.length;
  }

  /** `withClosest: false` skips the "did you mean" scan over every name (costly on big registers). */
  resolve(phrase: string, withClosest = true): PartyResolution {
    const q = nameTokens(phrase);
    if (q.length === 0) return { kind: 'none', closest: [] };
    const exactHits = this.exact.get(q.join(' ')) ?? this.exact.get(q.join(''));
    if (exactHits && exactHits.size === 1) {
      const [idx] = exactHits;
      return { kind: 'match', party: this.parties[idx], score: 1 };
    }
    const scored = this.score(q);
    if (exactHits && exactHits.size > 1) {
      return { kind: 'ambiguous', candidates: [...exactHits].map((i) => ({ party: this.parties[i], score: 1 })).slice(0, MAX_CHOICES) };
    }
    const plausible = scored.filter((c) => c.score >= PLAUSIBLE);
    if (plausible.length === 0) return { kind: 'none', closest: withClosest ? this.closest(q) : [] };
    const [top, second] = plausible;
    const clearLead = !second || top.score - second.score >= 0.1;
    if (top.score >= CONFIDENT && clearLead) return { kind: 'match', party: top.party, score: top.score };
    return { kind: 'ambiguous', candidates: plausible.slice(0, MAX_CHOICES) };
  }

  /**
   * Search-as-you-type for the compose box: fuzzy matches plus prefixes ("gg" → GGD), best first.
   * An empty query lists parties by name.
   */
  search(phrase: string, limit: number, skip = 0): Party[] {
    const q = nameTokens(phrase);
    if (q.length === 0) return [...this.parties].sort((a, b) => a.name.localeCompare(b.name, 'nl')).slice(skip, skip + limit);
    const scores = new Map<number, number>();
    for (const c of this.score(q)) scores.set(this.parties.indexOf(c.party), c.score);
    this.variants.forEach((v) => {
      const prefixHits = q.filter((t) => v.tokens.some((vt) => vt.startsWith(t))).length;
      if (prefixHits === q.length) {
        const s = 0.5 + 0.3 * (prefixHits / v.tokens.length);
        if (s > (scores.get(v.partyIdx) ?? 0)) scores.set(v.partyIdx, s);
      }
    });
    return [...scores.entries()]
      .filter(([, s]) => s >= 0.4)
      .sort((a, b) => b[1] - a[1] || this.parties[a[0]].name.localeCompare(this.parties[b[0]].name, 'nl'))
      .slice(skip, skip + limit)
      .map(([i]) => this.parties[i]);
  }

  /** Vocabulary tokens within the allowed edit distance of a query token, with their similarity. */
  private similarTokens(t: string): [string, number][] {
    const out: [string, number][] = [];
    if (this.byToken.has(t)) out.push([t, 1]);
    const edits = allowedEdits(t.length);
    for (let len = t.length - edits; len <= t.length + edits; len++) {
      for (const v of this.vocabByLength.get(len) ?? []) {
        if (v === t || allowedEdits(v.length) === 0) continue;
        // Cheap filter first (big registers): a typo rarely changes both the first and the last letter.
        if (v[0] !== t[0] && v[v.length - 1] !== t[t.length - 1]) continue;
        const d = editDistance(t, v);
        if (d <= edits) out.push([v, 1 - d / Math.max(t.length, v.length)]);
      }
    }
    return out;
  }

  private score(q: string[]): Candidate[] {
    // Per query token: similar vocabulary tokens → variants containing them.
    const tokenSims = q.map((t) => new Map(this.similarTokens(t)));
    // Variants hit by the most query words; on a big register a common word ("noord") hits
    // hundreds of names that cannot win, so only those within one hit of the best are scored.
    const hits = new Map<number, number>();
    tokenSims.forEach((sims) => {
      const seen = new Set<number>();
      for (const tok of sims.keys()) for (const vi of this.byToken.get(tok) ?? []) seen.add(vi);
      for (const vi of seen) hits.set(vi, (hits.get(vi) ?? 0) + 1);
    });
    let maxHits = 0;
    for (const h of hits.values()) maxHits = Math.max(maxHits, h);
    // When some name has every query word, names missing one cannot win or tie.
    const floor = maxHits === q.length ? maxHits : Math.max(1, maxHits - 1);
    // A very common word alone ("noord" in a 5,000-party register) yields an ambiguous answer at
    // best: a bounded number of candidates is enough to list the choices.
    const candidates = [...hits.entries()]
      .filter(([, h]) => h >= floor)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_SCORED)
      .map(([vi]) => vi);
    const qCompact = q.join('');
    const best = new Map<number, number>();
    for (const vi of candidates) {
      const v = this.variants[vi];
      let qCover = 0;
      const matchedV = new Set<string>();
      tokenSims.forEach((sims) => {
        let bestSim = 0;
        let bestTok = '';
        for (const vt of v.tokens) {
          const s = sims.get(vt) ?? 0;
          if (s > bestSim) {
            bestSim = s;
            bestTok = vt;
          }
        }
        qCover += bestSim;
        if (bestTok) matchedV.add(bestTok);
      });
      let score = 0.6 * (qCover / q.length) + 0.4 * (matchedV.size / new Set(v.tokens).size);
      if (Math.abs(v.compact.length - qCompact.length) <= allowedEdits(qCompact.length)) {
        const d = editDistance(qCompact, v.compact);
        const compactSim = 1 - d / Math.max(qCompact.length, v.compact.length);
        if (compactSim > score && d <= allowedEdits(qCompact.length)) score = compactSim;
      }
      if (score > (best.get(v.partyIdx) ?? 0)) best.set(v.partyIdx, score);
    }
    // Whole-name typos whose tokens are all short or merged ("brabantzuidoost"): compact pass.
    if (best.size === 0 && qCompact.length >= 4) {
      const edits = allowedEdits(qCompact.length);
      this.variants.forEach((v) => {
        if (Math.abs(v.compact.length - qCompact.length) > edits) return;
        if (v.compact[0] !== qCompact[0] && v.compact[v.compact.length - 1] !== qCompact[qCompact.length - 1]) return;
        const d = editDistance(qCompact, v.compact);
        if (d <= allowedEdits(qCompact.length)) {
          const s = 1 - d / Math.max(qCompact.length, v.compact.length);
          if (s > (best.get(v.partyIdx) ?? 0)) best.set(v.partyIdx, s);
        }
      });
    }
    return [...best.entries()]
      .map(([i, score]) => ({ party: this.parties[i], score }))
      // Plain comparison for ties: localeCompare on thousands of candidates costs milliseconds.
      .sort((a, b) => b.score - a.score || (a.party.name < b.party.name ? -1 : a.party.name > b.party.name ? 1 : 0));
  }

  /** The nearest names by edit distance, for "did you mean" on a miss. */
  private closest(q: string[]): Candidate[] {
    const qCompact = q.join('');
    const best = new Map<number, number>();
    for (const v of this.variants) {
      const s = 1 - editDistance(qCompact, v.compact) / Math.max(qCompact.length, v.compact.length);
      if (s > (best.get(v.partyIdx) ?? -1)) best.set(v.partyIdx, s);
    }
    return [...best.entries()]
      .map(([i, score]) => ({ party: this.parties[i], score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
  }
}
