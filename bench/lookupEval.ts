import fs from 'node:fs';
import path from 'node:path';
import { findTerm } from '../domain/glossary/terms';
import { PartyIndex } from '../domain/register/partyIndex';
import { PersonIndex } from '../domain/register/personIndex';
import { classify } from '../dialogs/intents';
import { detectLang } from '../locales';
import { PROJECT_ROOT } from '../tests/support/paths';

/** One labelled phrasing: what a user typed and what the right answer is about. */
export interface Labelled {
  q: string;
  intent: string;
  /** party or person name, 'ambiguous', 'none', glossary ids, category, risk level, or null */
  expect: string | string[] | null;
  lang: 'nl' | 'en';
}

export interface EvalResult {
  total: number;
  correct: number;
  intentCorrect: number;
  langCorrect: number;
  /** Answered with a specific party or person that was not the right one: must be zero. */
  confidentWrong: number;
  failures: { q: string; expected: string; got: string }[];
}

export function loadLabelled(): Labelled[] {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'lookup-labelled.json'), 'utf8')) as Labelled[];
}

/** What the bot would answer about, as a comparable string. */
export function outcome(q: string, parties: PartyIndex, people: PersonIndex): { intent: string; about: string } {
  const it = classify(q);
  const res = (r: { kind: string; party?: { name: string } }): string => (r.kind === 'match' ? r.party!.name : r.kind);
  switch (it.kind) {
    case 'represent':
    case 'accountHolder':
    case 'portfolioHolder':
    case 'partyInfo':
      return { intent: it.kind, about: res(parties.resolve(it.party)) };
    case 'personSeats': {
      const r = people.resolve(it.person);
      return { intent: it.kind, about: r.kind === 'match' ? r.roles.person.name : r.kind };
    }
    case 'glossary':
      return { intent: it.kind, about: JSON.stringify(it.terms.map((t) => findTerm(t) ?? `?${t}`)) };
    case 'category':
      return { intent: it.kind, about: it.category };
    case 'risk':
      return { intent: it.kind, about: it.level };
    default:
      return { intent: it.kind, about: 'null' };
  }
}

export function evaluate(items: Labelled[], parties: PartyIndex, people: PersonIndex): EvalResult {
  const r: EvalResult = { total: items.length, correct: 0, intentCorrect: 0, langCorrect: 0, confidentWrong: 0, failures: [] };
  for (const item of items) {
    const got = outcome(item.q, parties, people);
    const expected = Array.isArray(item.expect) ? JSON.stringify(item.expect) : String(item.expect);
    if (got.intent === item.intent) r.intentCorrect++;
    if (detectLang(item.q, undefined) === item.lang) r.langCorrect++;
    if (got.intent === item.intent && got.about === expected) r.correct++;
    else {
      r.failures.push({ q: item.q, expected: `${item.intent}:${expected}`, got: `${got.intent}:${got.about}` });
      const named = !['ambiguous', 'none', 'null'].includes(got.about) && !got.about.startsWith('[') && ['represent', 'accountHolder', 'portfolioHolder', 'partyInfo', 'personSeats'].includes(got.intent);
      if (named && got.about !== expected) r.confidentWrong++;
    }
  }
  return r;
}
