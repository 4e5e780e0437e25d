import path from 'node:path';
import { TeamsEmulator } from '../support/emulator/teamsEmulator';
import { personalMessage, tempDir } from '../support/activities';
import { serveBot, serveNode, type ServedBot } from '../support/processes';
import { machineLine, percentile, writeSection } from './benchmarksFile';

/**
 * bench/turns: N message turns over HTTP through the Teams channel emulator against the served bot
 * (`partnerwijzer serve`, what `npm start` runs) and against a bare botbuilder echo bot on the same
 * stack. Sequential turns measure latency; a concurrent run measures throughput.
 */
const N = Number(process.env.BENCH_TURNS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARMUP = 1000;
const ROUNDS = 4;

interface Result {
  name: string;
  p50: number;
  p99: number;
  mean: number;
  turnsPerSec: number;
}

/** One bot under test, with its own emulator; latencies are collected over several rounds. */
class Subject {
  readonly latencies: number[] = [];
  emulator!: TeamsEmulator;
  constructor(
    readonly name: string,
    readonly bot: ServedBot,
    readonly text: string,
  ) {}
}

async function sequentialRound(s: Subject, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const res = await s.emulator.send(personalMessage(s.text));
    if (res.status !== 200 || res.calls.length !== 1) throw new Error(`${s.name}: unexpected turn result ${res.status} with ${res.calls.length} replies`);
    s.latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (i % 200 === 0) s.emulator.reset();
  }
}

async function measure(name: string, bot: ServedBot, text: string, latencies?: number[]): Promise<Result> {
  const emulator = await new TeamsEmulator(bot.url, false).start();
  try {
    // Sequential turns can check their own single reply; concurrent ones are counted at the end.
    const turn = async (sequential = true): Promise<number> => {
      const t0 = process.hrtime.bigint();
      const res = await emulator.send(personalMessage(text));
      if (res.status !== 200 || (sequential && res.calls.length !== 1)) throw new Error(`${name}: unexpected turn result ${res.status} with ${res.calls.length} replies`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    for (let i = 0; i < WARMUP; i++) await turn();
    emulator.reset();
    const lat = latencies ?? [];
    if (!latencies) for (let i = 0; i < N; i++) lat.push(await turn());
    lat.sort((a, b) => a - b);
    emulator.reset();
    const t0 = Date.now();
    let started = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (started < N) {
          started++;
          await turn(false);
        }
      }),
    );
    const seconds = (Date.now() - t0) / 1000;
    const replies = emulator.calls.filter((c) => c.method === 'POST').length;
    if (replies !== N) throw new Error(`${name}: ${replies} replies for ${N} concurrent turns`);
    return {
      name,
      p50: percentile(lat, 50),
      p99: percentile(lat, 99),
      mean: lat.reduce((a, b) => a + b, 0) / lat.length,
      turnsPerSec: N / seconds,
    };
  } finally {
    await emulator.stop();
  }
}

async function main(): Promise<void> {
  // One emulated user sends every turn: lift the per-user rate limit, which would otherwise be what is measured.
  const partnerwijzer = await serveBot({ DATABASE_URL: `sqlite:${path.join(tempDir(), 'bench.db')}`, LOG_LEVEL: 'warn', USER_RATE_LIMIT: '10000' });
  const echo = await serveNode(path.join('dist', 'bench', 'echoBot.js'), [], {});
  try {
    // Latency: the two bots measured in alternating rounds after a long warm-up, so JIT state and
    // machine noise fall on both alike; then throughput for each.
    const subjects = [new Subject('Partnerwijzer `help`', partnerwijzer, 'help'), new Subject('botbuilder echo bot (baseline)', echo, 'help')];
    for (const s of subjects) {
      s.emulator = await new TeamsEmulator(s.bot.url, false).start();
      for (let i = 0; i < WARMUP; i++) await s.emulator.send(personalMessage(s.text));
      s.emulator.reset();
    }
    for (let r = 0; r < ROUNDS; r++) for (const s of subjects) await sequentialRound(s, Math.ceil(N / ROUNDS));
    for (const s of subjects) await s.emulator.stop();
    const ours = await measure(subjects[0].name, partnerwijzer, 'help', subjects[0].latencies);
    const overview = await measure('Partnerwijzer register overview', partnerwijzer, 'welke verbonden partijen hebben we?');
    const base = await measure(subjects[1].name, echo, 'help', subjects[1].latencies);
    const rows = [ours, overview, base]
      .map((r) => `| ${r.name} | ${r.turnsPerSec.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.mean.toFixed(2)} |`)
      .join('\n');
    const ratio = ours.mean / base.mean;
    const md = `## Turns over HTTP (\`bench/turns\`)

\`npm run bench:turns\` — ${N} sequential turns per bot (latency; our bot and the echo bot alternate in ${ROUNDS} rounds) and ${N} turns at concurrency ${CONCURRENCY} (throughput), after ${WARMUP} warm-up turns; every turn is a Teams personal message posted by the channel emulator to \`/api/messages\`, answered by one reply the bot posts back to the emulator. Bot on SQLite, log level warn. Machine: ${machineLine()}. Run ${new Date().toISOString().slice(0, 10)}.

| bot | turns/s (concurrent) | p50 ms | p99 ms | mean ms |
|---|---|---|---|---|
${rows}

Cost per \`help\` turn relative to the echo bot (mean latency): **${ratio.toFixed(2)}×** (goal: within 1.5×).`;
    const file = writeSection('turns', md);
    process.stdout.write(`${md}\n\nwritten to ${file}\n`);
  } finally {
    await partnerwijzer.stop();
    await echo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
