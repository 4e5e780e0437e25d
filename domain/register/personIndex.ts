import { allowedEdits, editDistance, foldText } from './nameNormalize';
import type { Party, Person, Seat } from './types';

/** Where one person represents the municipality, and which relations they manage. */
export interface PersonRoles {
  person: Person;
  seats: { party: Party; seat: Seat }[];
  accountFor: Party[];
  /** Parties whose owner or client role (portfolio) this person holds in the college. */
  portfolioFor: Party[];
}

export type PersonResolution =
  | { kind: 'match'; roles: PersonRoles }
  | { kind: 'ambiguous'; candidates: PersonRoles[] }
  | { kind: 'none' };

const TITLES = new Set(['wethouder', 'burgemeester', 'mevrouw', 'mevr', 'mw', 'meneer', 'dhr', 'heer', 'de heer', 'mr', 'mrs', 'ms', 'drs', 'dr', 'ir', 'ing', 'alderman', 'mayor', 'accounthouder', 'gemeentesecretaris', 'raadslid']);
const PARTICLES = new Set(['vd', 'de', 'van', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', 't', 'la', 'le', 'du']);

function tokens(s: string): string[] {
  return foldText(s).replace(/[^a-z0-9]+/g, ' ').trim().split(/\s+/).filter((t) => t !== '');
}

/** "Fatima Bakker (Financiën)" → "Fatima Bakker". */
export function portfolioName(raw: string): string {
  return raw.replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();
}

function personKey(p: Person): string {
  return p.email ? p.email.toLowerCase() : tokens(p.name).join(' ');
}

/** Reverse lookup: "waar vertegenwoordigt wethouder De Vries ons?", "in welke besturen zit Jansen?" */
export class PersonIndex {
  private readonly people = new Map<string, PersonRoles>();

  constructor(parties: Party[]) {
    const entry = (person: Person): PersonRoles => {
      const key = personKey(person);
      let e = this.people.get(key);
      if (!e) {
        e = { person, seats: [], accountFor: [], portfolioFor: [] };
        this.people.set(key, e);
      }
      if (!e.person.function && person.function) e.person = person;
      return e;
    };
    for (const party of parties) {
      for (const seat of party.seats) if (seat.person) entry(seat.person).seats.push({ party, seat });
      if (party.accountHolder) entry(party.accountHolder).accountFor.push(party);
    }
    // Portfolio holders are recorded as "Name (portfolio)": matched to a known person by name.
    const byName = new Map<string, PersonRoles>();
    for (const e of this.people.values()) byName.set(tokens(e.person.name).join(' '), e);
    for (const party of parties) {
      const names = new Set([party.ownerPortfolioHolder, party.clientPortfolioHolder].filter((x): x is string => !!x).map(portfolioName).filter((n) => n !== ''));
      for (const name of names) {
        const key = tokens(name).join(' ');
        let e = byName.get(key);
        if (!e) {
          e = { person: { name, email: null, function: null }, seats: [], accountFor: [], portfolioFor: [] };
          this.people.set(key, e);
          byName.set(key, e);
        }
        e.portfolioFor.push(party);
      }
    }
    this.indexTokens();
  }

  /** Every known person, for vocabulary building. */
  all(): PersonRoles[] {
    return [...this.people.values()];
  }

  /** By e-mail address or exact name, for a button on a choice card. */
  byKey(key: string): PersonRoles | undefined {
    return this.people.get(key.toLowerCase()) ?? this.people.get(tokens(key).join(' '));
  }

  /** Name words → people, by word length, so a lookup touches only people with a similar word. */
  private readonly tokenIndex = new Map<string, PersonRoles[]>();
  private readonly vocabByLength = new Map<number, string[]>();

  /** Built with the register snapshot, so the first lookup is as fast as the rest. */
  private indexTokens(): void {
    for (const r of this.people.values()) {
      for (const t of new Set(tokens(r.person.name))) {
        const list = this.tokenIndex.get(t);
        if (list) list.push(r);
        else {
          this.tokenIndex.set(t, [r]);
          const byLen = this.vocabByLength.get(t.length) ?? [];
          byLen.push(t);
          this.vocabByLength.set(t.length, byLen);
        }
      }
    }
  }

  private candidates(significant: string[]): Iterable<PersonRoles> {
    const out = new Set<PersonRoles>();
    for (const t of significant) {
      const edits = allowedEdits(t.length);
      for (let len = t.length - edits; len <= t.length + edits; len++) {
        for (const v of this.vocabByLength.get(len) ?? []) if (v === t || editDistance(t, v) <= edits) for (const r of this.tokenIndex.get(v) ?? []) out.add(r);
      }
    }
    return out;
  }

  resolve(phrase: string): PersonResolution {
    const q = tokens(phrase).filter((t) => !TITLES.has(t));
    const significant = q.filter((t) => !PARTICLES.has(t));
    if (significant.length === 0) return { kind: 'none' };
    const scored: { roles: PersonRoles; score: number }[] = [];
    for (const roles of this.candidates(significant)) {
      const nameToks = tokens(roles.person.name);
      let covered = 0;
      for (const t of significant) {
        let best = 0;
        for (const n of nameToks) {
          if (PARTICLES.has(n)) continue;
          // Surnames differing by a letter more or less are often other families (Smit/Smits,
          // Jansen/Janssen): short names may differ by a swap or a substitution, not by length.
          if (t.length !== n.length && Math.max(t.length, n.length) <= 7) continue;
          const d = editDistance(t, n);
          if (d <= allowedEdits(t.length)) best = Math.max(best, 1 - d / Math.max(t.length, n.length));
        }
        covered += best;
      }
      const score = covered / significant.length;
      if (score >= 0.75) scored.push({ roles, score });
    }
    scored.sort((a, b) => b.score - a.score);
    if (scored.length === 0) return { kind: 'none' };
    if (scored.length === 1 || scored[0].score - scored[1].score >= 0.1) return { kind: 'match', roles: scored[0].roles };
    return { kind: 'ambiguous', candidates: scored.filter((s) => scored[0].score - s.score < 0.1).map((s) => s.roles).slice(0, 5) };
  }
}
