import path from 'node:path';
import { TeamsEmulator } from '../tests/emulator/teamsEmulator';
import { personalMessage, tempDir } from '../tests/support/harness';
import { serveBot, serveNode, type ServedBot } from '../tests/support/processes';
import { machineLine, percentile, writeSection } from './benchmarksFile';

/**
 * bench/turns: N message turns over HTTP through the Teams channel emulator against the served bot
 * (`partnerwijzer serve`, what `npm start` runs) and against a bare botbuilder echo bot on the same
 * stack. Sequential turns measure latency; a concurrent run measures throughput.
 */
const N = Number(process.env.BENCH_TURNS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARMUP = 200;

interface Result {
  name: string;
  p50: number;
  p99: number;
  mean: number;
  turnsPerSec: number;
}

async function measure(name: string, bot: ServedBot, text: string): Promise<Result> {
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
    const latencies: number[] = [];
    for (let i = 0; i < N; i++) {
      latencies.push(await turn());
      if (i % 200 === 0) emulator.reset();
    }
    latencies.sort((a, b) => a - b);
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
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
      turnsPerSec: N / seconds,
    };
  } finally {
    await emulator.stop();
  }
}

async function main(): Promise<void> {
  const partnerwijzer = await serveBot({ DATABASE_URL: `sqlite:${path.join(tempDir(), 'bench.db')}`, LOG_LEVEL: 'warn' });
  const echo = await serveNode(path.join('dist', 'bench', 'echoBot.js'), [], {});
  try {
    const ours = await measure('Partnerwijzer `help`', partnerwijzer, 'help');
    const overview = await measure('Partnerwijzer register overview', partnerwijzer, 'welke verbonden partijen hebben we?');
    const base = await measure('botbuilder echo bot (baseline)', echo, 'help');
    const rows = [ours, overview, base]
      .map((r) => `| ${r.name} | ${r.turnsPerSec.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.mean.toFixed(2)} |`)
      .join('\n');
    const ratio = ours.mean / base.mean;
    const md = `## Turns over HTTP (\`bench/turns\`)

\`npm run bench:turns\` — ${N} sequential turns (latency) and ${N} turns at concurrency ${CONCURRENCY} (throughput), each after ${WARMUP} warm-up turns; every turn is a Teams personal message posted by the channel emulator to \`/api/messages\`, answered by one reply the bot posts back to the emulator. Bot on SQLite, log level warn. Machine: ${machineLine()}. Run ${new Date().toISOString().slice(0, 10)}.

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
