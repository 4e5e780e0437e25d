import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { PartyIndex } from '../../domain/register/partyIndex';
import { PersonIndex } from '../../domain/register/personIndex';
import { parseRegisterCsv } from '../../domain/register/registerCsv';
import type { NewParty, Party } from '../../domain/register/types';
import { PhraseBook } from '../../domain/understanding/annotate';
import { nextContext } from '../../domain/understanding/context';
import { UnderstandingModel } from '../../domain/understanding/model';
import { understand, type ConversationContext, type Reading } from '../../domain/understanding/understand';
import { isPartyIntent, isPersonIntent } from '../../domain/understanding/intentNames';
import { loadTemplates } from '../../domain/checklists/template';
import { seatsIn } from '../../domain/register/seats';
import { canonicalBody } from '../../domain/understanding/lexicon';
import { PROJECT_ROOT } from '../paths';

/** One labelled phrasing (see bench/understanding/LABELS.md). */
export interface LabelledItem {
  q: string;
  lang: 'nl' | 'en';
  intent: string;
  about: string | null;
  register?: string;
  body?: string;
  role?: string;
  change?: string;
}
export interface LabelledDialogue {
  dialogue: string;
  register?: string;
  turns: LabelledItem[];
}
export type CorpusEntry = LabelledItem | LabelledDialogue;

export interface IntentFigures {
  total: number;
  right: number;
  intentRight: number;
}
export interface UnderstandingResult {
  total: number;
  right: number;
  intentRight: number;
  /** A definite answer about the wrong party or person, or a definite answer where none was right. */
  confidentWrong: number;
  dialogueTurns: number;
  dialogueRight: number;
  perIntent: Record<string, IntentFigures>;
  failures: { q: string; expected: string; got: string; confidentWrong: boolean }[];
}

export const CORPUS_DIR = path.join(PROJECT_ROOT, 'bench', 'understanding');

/**
 * The tune part is every tune*.json (written by different authors); the held-out part is every
 * heldout*.json (each written by an author who saw neither the code nor the other files).
 */
export function loadCorpus(name: 'tune' | 'heldout'): CorpusEntry[] {
  return corpusFiles(name).flatMap(loadCorpusFile);
}

/** The files of one part, by name without ".json" ("tune", "tune2", "heldout", "heldout2"). */
export function corpusFiles(name: 'tune' | 'heldout'): string[] {
  const pattern = name === 'tune' ? /^tune\d*\.json$/ : /^heldout\d*\.json$/;
  return fs.readdirSync(CORPUS_DIR).filter((f) => pattern.test(f)).sort().map((f) => f.replace(/\.json$/, ''));
}

export function loadCorpusFile(name: string): CorpusEntry[] {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, `${name}.json`), 'utf8')) as CorpusEntry[];
}

export function withIds(parties: NewParty[], prefix: string): Party[] {
  return parties.map((p, i) => ({ ...p, id: `${prefix}${i}`, code: p.code ?? `${prefix.toUpperCase()}${i}`, archivedAt: null }));
}

export function registerParties(name: string): Party[] {
  if (name === 'demo') return withIds(DEMO_PARTIES, 'd');
  const parsed = parseRegisterCsv(fs.readFileSync(path.join(CORPUS_DIR, `register-${name}.csv`)));
  if (!parsed.ok) throw new Error(`register-${name}.csv: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return withIds(parsed.parties, name);
}

/** The phrase book as the bot builds it: the lexicons plus the change kinds of the shipped checklist templates. */
export function shippedPhraseBook(): PhraseBook {
  const words: Record<string, string> = {};
  for (const tpl of loadTemplates(path.join(PROJECT_ROOT, 'templates', 'checklists'))) for (const k of tpl.changeKinds) words[k] = k;
  return new PhraseBook(words);
}

export function buildModel(parties: Party[], book = shippedPhraseBook()): UnderstandingModel {
  return new UnderstandingModel(parties, new PartyIndex(parties), new PersonIndex(parties), book);
}

/** The reading as a comparable "intent:about" pair, in the corpus's terms. */
export function outcomeOf(r: Reading): { intent: string; about: string | null } {
  const partyAbout = (): string | null => {
    const p = r.party;
    if (!p) return null;
    return p.kind === 'match' ? p.party.name : p.kind === 'ambiguous' ? '?ambiguous' : '?unknown';
  };
  if (r.intent === 'glossary') return r.terms.length > 0 ? { intent: 'glossary', about: r.terms.join('+') } : { intent: 'unknown', about: null };
  if (isPartyIntent(r.intent) || r.intent === 'logMeeting' || r.intent === 'reportSignal') {
    const about = partyAbout();
    if (r.intent === 'partyInfo' && about === '?unknown') return { intent: 'partyInfo', about };
    // Starting a checklist and linking a channel name their party optionally: the bot asks for it (labelled null).
    return { intent: r.intent, about: isPartyIntent(r.intent) && r.intent !== 'startChecklist' && r.intent !== 'linkChannel' && about === null ? '?missing' : about };
  }
  if (isPersonIntent(r.intent)) {
    const p = r.person;
    return { intent: r.intent, about: !p ? '?missing' : p.kind === 'match' ? p.roles.person.name : p.kind === 'ambiguous' ? '?ambiguous' : '?unknown' };
  }
  switch (r.intent) {
    case 'category':
      return { intent: r.intent, about: r.category ?? null };
    case 'risk':
      return { intent: r.intent, about: (r.levels ?? []).join('+') };
    case 'financialTotals':
      return { intent: r.intent, about: r.category ?? null };
    case 'guidance':
      return { intent: r.intent, about: r.topic ?? null };
    case 'subscribeDigest':
      return { intent: r.intent, about: null };
    default:
      return { intent: r.intent, about: null };
  }
}

const DEFINITE = (about: string | null): boolean => about !== null && !about.startsWith('?');

export function evaluateCorpus(entries: CorpusEntry[], models: Map<string, UnderstandingModel>): UnderstandingResult {
  const res: UnderstandingResult = { total: 0, right: 0, intentRight: 0, confidentWrong: 0, dialogueTurns: 0, dialogueRight: 0, perIntent: {}, failures: [] };
  const judge = (item: LabelledItem, r: Reading, inDialogue: boolean): void => {
    const got = outcomeOf(r);
    const fig = (res.perIntent[item.intent] ??= { total: 0, right: 0, intentRight: 0 });
    fig.total++;
    res.total++;
    const intentOk = got.intent === item.intent;
    // A seat answer without a body shows every seat: right for one body when all the seats asked about sit in it.
    const seatsShown = r.intent === 'represent' && !r.body && r.party?.kind === 'match' ? seatsIn(r.party.party.seats, undefined, r.role) : [];
    const bodyOk = !item.body || item.body === r.body || (seatsShown.length > 0 && seatsShown.every((st) => canonicalBody(st.body) === item.body));
    const roleOk = !item.role || item.role === r.role;
    const aboutOk = (got.about ?? null) === (item.about ?? null) || (item.intent === 'subscribeDigest');
    const ok = intentOk && aboutOk && bodyOk && roleOk;
    if (intentOk) {
      res.intentRight++;
      fig.intentRight++;
    }
    if (inDialogue) res.dialogueTurns++;
    if (ok) {
      res.right++;
      fig.right++;
      if (inDialogue) res.dialogueRight++;
      return;
    }
    // Confidently wrong: a definite answer about a subject that is not the right one.
    const wrongSubject = DEFINITE(got.about) && got.about !== item.about && (r.party?.kind === 'match' || r.person?.kind === 'match');
    const answeredUnanswerable = item.intent === 'unknown' && got.intent !== 'unknown' && DEFINITE(got.about);
    const cw = wrongSubject || answeredUnanswerable;
    if (cw) res.confidentWrong++;
    res.failures.push({ q: item.q, expected: `${item.intent}:${item.about}${item.body ? `/${item.body}` : ''}${item.role ? `/${item.role}` : ''}`, got: `${got.intent}:${got.about}${r.body ? `/${r.body}` : ''}${r.role ? `/${r.role}` : ''}`, confidentWrong: cw });
  };
  for (const e of entries) {
    if ('turns' in e) {
      const model = models.get(e.register ?? e.turns[0]?.register ?? 'demo')!;
      let ctx: ConversationContext | undefined;
      for (const turn of e.turns) {
        const r = understand(turn.q, model, ctx);
        judge(turn, r, true);
        ctx = nextContext(ctx, r);
      }
    } else {
      const model = models.get(e.register ?? 'demo')!;
      judge(e, understand(e.q, model), false);
    }
  }
  return res;
}

/** Models for every register the corpus names. */
export function corpusModels(book = shippedPhraseBook()): Map<string, UnderstandingModel> {
  const out = new Map<string, UnderstandingModel>();
  const csvs = fs.readdirSync(CORPUS_DIR).flatMap((f) => /^register-([a-z0-9]+)\.csv$/.exec(f)?.[1] ?? []);
  for (const name of ['demo', ...csvs.sort()]) out.set(name, buildModel(registerParties(name), book));
  return out;
}
