import type { NewParty, Person, Seat } from '../../domain/register/types';

/** Deterministic pseudo-random numbers, so every run benchmarks the same register. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADS = ['Aal', 'Bre', 'Dor', 'Eem', 'Gel', 'Ha', 'Lin', 'Mer', 'Nie', 'Oud', 'Ro', 'Swa', 'Ter', 'Vlie', 'Wad', 'Zee', 'Kra', 'Pol'];
const TAILS = ['bergen', 'dam', 'drecht', 'horst', 'huizen', 'kerk', 'land', 'meer', 'rode', 'stein', 'veen', 'wijk', 'zande', 'hove'];
const PREFIXES = ['', 'Noord-', 'Zuid-', 'West-', 'Oost-'];
const GR_TYPES: [string, string][] = [
  ['Omgevingsdienst', 'OD'], ['GGD', 'GGD'], ['Veiligheidsregio', 'VR'], ['Werkvoorzieningschap', 'WVS'], ['Belastingsamenwerking', 'BSW'],
  ['Intergemeentelijke Sociale Dienst', 'ISD'], ['Regionale Uitvoeringsdienst', 'RUD'], ['Afvalschap', 'AS'], ['Recreatieschap', 'RS'], ['Regionaal Archief', 'RA'],
];
const FIRST = ['Anne', 'Pieter', 'Fatima', 'Hendrik', 'Sanne', 'Mark', 'Lotte', 'Joost', 'Ricardo', 'Eva', 'Daan', 'Noor', 'Sem', 'Yara', 'Bram', 'Iris', 'Mohamed', 'Emma', 'Luuk', 'Sophie'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'van der Meer', 'Visser', 'Smit', 'de Graaf', 'Hendriks', 'Mendes', 'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Dekker', 'van Dijk', 'Kok', 'Jacobs', 'van Leeuwen', 'Vermeulen', 'El Amrani', 'Yilmaz', 'Schouten', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Jong', 'van den Berg', 'Hoekstra'];
const FUNCTIONS = ['wethouder', 'burgemeester', 'raadslid', 'gemeentesecretaris'];

export function regions(): string[] {
  const out: string[] = [];
  for (const p of PREFIXES) for (const h of HEADS) for (const t of TAILS) out.push(`${p}${h}${t}`);
  return out;
}

/** A register of `count` parties with about `seatsPerParty` seats each, plausible names and unique aliases. */
export function syntheticRegister(count: number, seatsPerParty: number, seed = 42): NewParty[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const places = regions();
  const people: Person[] = [];
  for (let i = 0; i < 1500; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    people.push({ name: `${first} ${last} ${i}`.replace(/ \d+$/, i < 600 ? '' : ` ${String.fromCharCode(65 + (i % 26))}.`), email: `p${i}@gemeente.example`, function: pick(FUNCTIONS) });
  }
  const names = new Set<string>();
  const aliases = new Set<string>();
  const parties: NewParty[] = [];
  let attempts = 0;
  while (parties.length < count && attempts < count * 20) {
    attempts++;
    const kind = rnd();
    const place = pick(places);
    let name: string;
    let alias: string;
    let category: NewParty['category'];
    if (kind < 0.6) {
      const [type, abbr] = pick(GR_TYPES);
      name = `${type} ${place}`;
      alias = `${abbr} ${place}`;
      category = 'gemeenschappelijke regeling';
    } else if (kind < 0.8) {
      name = `${place} ${pick(['Energie', 'Water', 'Haven', 'Grondbedrijf', 'Parkeren', 'Afvalbeheer'])} N.V.`;
      alias = name.replace(/ N\.V\.$/, '');
      category = 'vennootschap of coöperatie';
    } else if (kind < 0.95) {
      name = `Stichting ${pick(['Cultuur', 'Sport', 'Welzijn', 'Erfgoed', 'Bibliotheek', 'Jeugd'])} ${place}`;
      alias = name.replace(/^Stichting /, '');
      category = 'stichting of vereniging';
    } else {
      name = `Ontwikkelingsmaatschappij ${place} C.V.`;
      alias = `OM ${place}`;
      category = 'overig';
    }
    if (names.has(name.toLowerCase()) || aliases.has(alias.toLowerCase())) continue;
    names.add(name.toLowerCase());
    aliases.add(alias.toLowerCase());
    const seats: Seat[] = [];
    const n = seatsPerParty;
    const bodies = category === 'vennootschap of coöperatie' ? ['AvA', 'RvC'] : category === 'gemeenschappelijke regeling' ? ['AB', 'DB'] : ['bestuur'];
    const used = new Set<Person>();
    for (let s = 0; s < n; s++) {
      let person: Person | null = rnd() < 0.05 ? null : pick(people);
      while (person && used.has(person)) person = pick(people);
      if (person) used.add(person);
      seats.push({ body: bodies[s % bodies.length], role: s < bodies.length ? 'lid' : 'plaatsvervanger', person });
    }
    parties.push({
      name,
      aliases: [alias],
      category,
      legalForm: null,
      location: place.replace(/^(Noord|Zuid|West|Oost)-/, ''),
      publicInterest: null,
      financialInterestCents: Math.round(rnd() * 5_000_000) * 100,
      riskProfile: pick(['laag', 'midden', 'hoog'] as const),
      equityStartCents: null,
      equityEndCents: null,
      debtStartCents: null,
      debtEndCents: null,
      resultCents: null,
      ownerPortfolioHolder: null,
      clientPortfolioHolder: null,
      accountHolder: pick(people),
      risks: null,
      seats,
      demo: false,
    });
  }
  return parties;
}

/** Misspells a word the way people do: a swapped, dropped or doubled letter. */
export function typo(word: string, rnd: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 3));
  const r = rnd();
  if (r < 0.4) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (r < 0.7) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}
