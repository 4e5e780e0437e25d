import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PARTIES } from '../domain/demo/demoRegister';
import { PartyIndex } from '../domain/register/partyIndex';
import { PersonIndex } from '../domain/register/personIndex';
import { registerToCsv } from '../domain/register/registerCsv';
import { RegisterService } from '../domain/register/registerService';
import type { NewParty, Party } from '../domain/register/types';
import { PhraseBook } from '../domain/understanding/annotate';
import { UnderstandingModel } from '../domain/understanding/model';
import { understand } from '../domain/understanding/understand';
import { openDb } from '../store/db';
import { KyselyRegisterStore } from '../store/registerStore';
import { TeamsEmulator } from '../support/emulator/teamsEmulator';
import { cardOf, cardText, personalMessage, tempDir } from '../support/activities';
import { serveBot } from '../support/processes';
import { machineLine, percentile, writeSection } from './benchmarksFile';
import { evaluate, loadLabelled } from '../support/evaluation/lookupEval';
import { prng, syntheticRegister, typo } from '../support/evaluation/syntheticRegister';

/**
 * bench/lookup: a register of 5,000 parties and 20,000 seats; resolution latency of 10,000 varied
 * questions in process, "who represents us" turns over HTTP against the served bot, and accuracy on
 * the labelled phrasings (bench/lookup-labelled.json) in the demo register and inside the big one.
 */
const PARTIES = Number(process.env.BENCH_PARTIES ?? 5000);
const SEATS_PER_PARTY = 4;
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 10000);
const HTTP_TURNS = Number(process.env.BENCH_HTTP_TURNS ?? 1000);

function withIds(parties: NewParty[]): Party[] {
  return parties.map((p, i) => ({ ...p, id: `b${i}`, code: `B${i}`, archivedAt: null }));
}

/** Varied phrasings: templates × spelling variants (alias, lower case, typo, GR prefix, "te <plaats>"). */
function questions(parties: Party[], n: number): string[] {
  const rnd = prng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const spell = (p: Party): string => {
    const r = rnd();
    if (r < 0.25) return p.name;
    if (r < 0.45) return p.aliases[0] ?? p.name;
    if (r < 0.6) return p.name.toLowerCase();
    if (r < 0.8) return p.name.split(' ').map((w) => typo(w, rnd)).join(' ');
    if (r < 0.9) return `GR ${p.name}`;
    return `${p.name} te ${p.location ?? 'Lindenwaard'}`;
  };
  const person = (p: Party): string => p.seats.find((s) => s.person)?.person?.name.split(' ').slice(-1)[0] ?? 'Jansen';
  const templates: ((p: Party) => string)[] = [
    (p) => `wie vertegenwoordigt ons bij ${spell(p)}?`,
    (p) => `wie zit namens ons in het AB van ${spell(p)}?`,
    (p) => `who represents us at ${spell(p)}?`,
    (p) => `wie is accounthouder van ${spell(p)}`,
    (p) => `${spell(p)}`,
    (p) => `in welke besturen zit ${person(p)}?`,
    () => 'wat is een zienswijze?',
    () => 'welke partijen hebben een hoog risico?',
  ];
  return Array.from({ length: n }, () => pick(templates)(pick(parties)));
}

function resolveOne(q: string, model: UnderstandingModel): string {
  const r = understand(q, model);
  if (r.party) return r.party.kind;
  if (r.person) return r.person.kind;
  return r.intent;
}

async function httpTurns(register: Party[]): Promise<{ p50: number; p99: number; perSec: number; answered: number }> {
  const dir = tempDir('pw-bench-lookup-');
  const url = `sqlite:${path.join(dir, 'lookup.db')}`;
  const db = await openDb(url);
  const svc = new RegisterService(new KyselyRegisterStore(db.kysely));
  const csvFile = path.join(dir, 'register.csv');
  fs.writeFileSync(csvFile, registerToCsv(register));
  const imported = await svc.importCsv(fs.readFileSync(csvFile), 'bench');
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.problems.slice(0, 3))}`);
  await db.close();
  const bot = await serveBot({ DATABASE_URL: url, PARTNERWIJZER_DEMO: '0', LOG_LEVEL: 'warn', USER_RATE_LIMIT: '10000' });
  const emulator = await new TeamsEmulator(bot.url, false).start();
  try {
    const rnd = prng(11);
    const lat: number[] = [];
    let answered = 0;
    for (let i = 0; i < 50; i++) await emulator.send(personalMessage(`wie vertegenwoordigt ons bij ${register[i].name}?`, { locale: 'nl-NL' }));
    const t0 = Date.now();
    for (let i = 0; i < HTTP_TURNS; i++) {
      const p = register[Math.floor(rnd() * register.length)];
      const s = process.hrtime.bigint();
      const turn = await emulator.send(personalMessage(`wie vertegenwoordigt ons bij ${p.aliases[0] ?? p.name}?`, { locale: 'nl-NL' }));
      lat.push(Number(process.hrtime.bigint() - s) / 1e6);
      if (cardText(cardOf(turn.calls[0]?.body)).includes(p.name)) answered++;
      if (i % 200 === 0) emulator.reset();
    }
    const seconds = (Date.now() - t0) / 1000;
    lat.sort((a, b) => a - b);
    // A benchmark of wrong answers measures nothing: fail loudly instead of writing figures.
    if (answered < HTTP_TURNS * 0.99) throw new Error(`only ${answered} of ${HTTP_TURNS} turns answered with the asked party`);
    return { p50: percentile(lat, 50), p99: percentile(lat, 99), perSec: HTTP_TURNS / seconds, answered };
  } finally {
    await emulator.stop();
    await bot.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const big = withIds(syntheticRegister(PARTIES, SEATS_PER_PARTY));
  const seats = big.reduce((a, p) => a + p.seats.length, 0);
  let t = process.hrtime.bigint();
  const partyIndex = new PartyIndex(big);
  const personIndex = new PersonIndex(big);
  const model = new UnderstandingModel(big, partyIndex, personIndex, new PhraseBook());
  const buildMs = Number(process.hrtime.bigint() - t) / 1e6;

  const qs = questions(big, QUESTIONS);
  for (const q of qs.slice(0, 500)) resolveOne(q, model); // warm-up
  const lat: number[] = [];
  const outcomes = new Map<string, number>();
  for (const q of qs) {
    t = process.hrtime.bigint();
    const kind = resolveOne(q, model);
    lat.push(Number(process.hrtime.bigint() - t) / 1e6);
    outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
  }
  lat.sort((a, b) => a - b);

  const demo = withIds(DEMO_PARTIES);
  const labelled = loadLabelled();
  const accDemo = evaluate(labelled, demo);
  const mixed = [...demo, ...big];
  const accBig = evaluate(labelled, mixed);

  const http = await httpTurns(big);
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  const md = `## Register lookup (\`bench/lookup\`)

\`npm run bench:lookup\` — synthetic register of ${big.length} parties and ${seats} seats (deterministic, \`support/evaluation/syntheticRegister.ts\`). Machine: ${machineLine()}. Run ${new Date().toISOString().slice(0, 10)}.

| measure | value |
|---|---|
| index build (parties + people) | ${buildMs.toFixed(0)} ms |
| in-process resolution of ${qs.length} varied questions (intent + party/person match), p50 | ${percentile(lat, 50).toFixed(3)} ms |
| … p99 | ${percentile(lat, 99).toFixed(3)} ms |
| outcomes | ${[...outcomes.entries()].map(([k, v]) => `${k} ${v}`).join(', ')} |
| "wie vertegenwoordigt ons bij X?" over HTTP (served bot, SQLite, ${HTTP_TURNS} sequential turns), p50 | ${http.p50.toFixed(2)} ms |
| … p99 | ${http.p99.toFixed(2)} ms |
| … throughput | ${http.perSec.toFixed(0)} turns/s |
| … answered with the asked party's card | ${pct(http.answered, HTTP_TURNS)} |

Accuracy on ${labelled.length} labelled phrasings (\`bench/lookup-labelled.json\`: Dutch and English, aliases, prefixes, typos, reverse lookups, glossary, unknown parties):

| register | right answer | right intent | right language | confident wrong answers |
|---|---|---|---|---|
| demo (9 parties) | ${pct(accDemo.correct, accDemo.total)} | ${pct(accDemo.intentCorrect, accDemo.total)} | ${pct(accDemo.langCorrect, accDemo.total)} | ${accDemo.confidentWrong} |
| demo + ${big.length} synthetic | ${pct(accBig.correct, accBig.total)} | ${pct(accBig.intentCorrect, accBig.total)} | ${pct(accBig.langCorrect, accBig.total)} | ${accBig.confidentWrong} |

Misses in the demo register (the bot asks "which one?" or says it does not know, never guesses): ${accDemo.failures.map((f) => `"${f.q}" → ${f.got}`).join('; ') || 'none'}.
Misses with the big register: ${accBig.failures.length} (${accBig.failures.slice(0, 8).map((f) => `"${f.q}" → ${f.got}`).join('; ')}${accBig.failures.length > 8 ? '; …' : ''}).`;
  const file = writeSection('lookup', md);
  process.stdout.write(`${md}\n\nwritten to ${file}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
