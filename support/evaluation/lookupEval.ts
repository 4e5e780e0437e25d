import fs from 'node:fs';
import path from 'node:path';
import type { Party } from '../../domain/register/types';
import type { UnderstandingModel } from '../../domain/understanding/model';
import { understand } from '../../domain/understanding/understand';
import { detectLang } from '../../locales';
import { PROJECT_ROOT } from '../paths';
import { buildModel, outcomeOf } from './understandingEval';


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

/** What the bot would answer about, as a comparable string (the first wave's labels). */
export function outcome(q: string, model: UnderstandingModel): { intent: string; about: string } {
  const r = understand(q, model);
  const o = outcomeOf(r);
  if (o.intent === 'unknown') return { intent: 'none', about: 'null' };
  if (o.intent === 'glossary') return { intent: 'glossary', about: JSON.stringify(r.terms) };
  const about = o.about === null ? 'null' : o.about === '?ambiguous' ? 'ambiguous' : o.about === '?unknown' || o.about === '?missing' ? 'none' : o.about;
  // The first wave had one "who represents us" kind; a question about one seat role is still that.
  return { intent: o.intent, about };
}

export function evaluate(items: Labelled[], parties: Party[]): EvalResult {
  const model = buildModel(parties);
  const r: EvalResult = { total: items.length, correct: 0, intentCorrect: 0, langCorrect: 0, confidentWrong: 0, failures: [] };
  for (const item of items) {
    const got = outcome(item.q, model);
    const expected = Array.isArray(item.expect) ? JSON.stringify(item.expect) : String(item.expect);
    if (got.intent === item.intent) r.intentCorrect++;
    if (detectLang(item.q, undefined) === item.lang) r.langCorrect++;
    if (got.intent === item.intent && got.about === expected) r.correct++;
    else {
      r.failures.push({ q: item.q, expected: `${item.intent}:${expected}`, got: `${got.intent}:${got.about}` });
      const named = !['ambiguous', 'none', 'null'].includes(got.about) && !got.about.startsWith('[') && ['represent', 'accountHolder', 'portfolioHolder', 'partyInfo', 'personSeats', 'accountFor', 'portfolioOf', 'financialInterest', 'publicInterest'].includes(got.intent);
      if (named && got.about !== expected) r.confidentWrong++;
    }
  }
  return r;
}
