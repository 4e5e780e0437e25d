import path from 'node:path';
import { startApp } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { OutboxStore } from '../store/outboxStore';
import { TeamsEmulator } from '../support/emulator/teamsEmulator';
import { tempDir } from '../support/activities';
import { loadKitActivity } from '../support/paths';
import { machineLine, writeSection } from './benchmarksFile';
import { prng } from '../support/evaluation/syntheticRegister';

/**
 * bench/fanout: one message to each of 1,000 channels through the outbox and delivery worker, the
 * emulator answering 10% of sends with 429 (Retry-After: 1). Checks all are delivered, none twice,
 * and compares wall time with the minimum the per-tenant limit allows.
 */
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 1000);
const TENANT_RPS = 25;

async function main(): Promise<void> {
  const dir = tempDir('pw-fanout-');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${path.join(dir, 'fanout.db')}`, PARTNERWIJZER_DEMO: '0', REMINDER_INTERVAL_SECONDS: '0' });
  const app = await startApp(config, createLogger('silent'));
  const emulator = await new TeamsEmulator(app.url, false).start();
  try {
    const added = loadKitActivity<Record<string, any>>('c-conversationUpdate-teamMemberAdded-botAddedToTeam.json');
    for (let i = 0; i < CHANNELS; i++) {
      const id = `19:bench-channel-${i}@thread.tacv2`;
      await emulator.send({ ...added, id: `add-${i}`, conversation: { ...added.conversation, id }, channelData: { ...added.channelData, team: { ...added.channelData.team, id: `19:bench-team-${i}@thread.tacv2` }, settings: { selectedChannel: { id } } } });
    }
    const outbox = new OutboxStore(app.db.kysely, app.db.kind);
    const now = new Date();
    await outbox.enqueue(
      Array.from({ length: CHANNELS }, (_, i) => ({
        key: `bench:digest:${i}`,
        conversationId: `19:bench-channel-${i}@thread.tacv2`,
        dueAt: now.toISOString(),
        payload: { kind: 'meeting' as const, occurrence: 'upcoming' as const, party: `Partij ${i}`, title: 'AB-vergadering', due: '2027-03-28', owner: null, late: false },
      })),
    );
    emulator.reset();
    emulator.randomFault = { rate: 0.1, random: prng(99), fault: { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'Throttled', message: 'Too many requests' } } } };
    const t0 = Date.now();
    const { report } = await app.reminders(now);
    const seconds = (Date.now() - t0) / 1000;
    const delivered = emulator.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && c.status < 300);
    const throttled = emulator.calls.filter((c) => c.status === 429).length;
    const perChannel = new Map<string, number>();
    for (const c of delivered) perChannel.set(c.conversationId!, (perChannel.get(c.conversationId!) ?? 0) + 1);
    const twice = [...perChannel.values()].filter((n) => n > 1).length;
    if (perChannel.size !== CHANNELS || twice > 0) throw new Error(`delivered to ${perChannel.size} of ${CHANNELS} channels, ${twice} twice`);
    const minimum = CHANNELS / TENANT_RPS;
    const md = `## Fan-out to ${CHANNELS} channels (\`bench/fanout\`)

\`npm run bench:fanout\` — one outbox message to each of ${CHANNELS} channels, drained by the delivery worker (8 parallel senders) through the channel emulator, which answers 10% of sends with 429 and \`Retry-After: 1\`. SQLite store. Machine: ${machineLine()}. Run ${new Date().toISOString().slice(0, 10)}.

| measure | value |
|---|---|
| delivered | ${perChannel.size} of ${CHANNELS} channels, none twice |
| 429 answers from the emulator | ${throttled}, all retried (by botbuilder's HTTP pipeline, which honours Retry-After; the worker's own backoff retried ${report.retried} that it gave up on) |
| wall time | ${seconds.toFixed(1)} s |
| theoretical minimum under the per-tenant limit (${TENANT_RPS}/s) | ${minimum.toFixed(1)} s |
| ratio | ${(seconds / minimum).toFixed(2)}× |

Duplicate window: a message counts as sent only after Teams answered 2xx and the outbox row was updated; a crash between those two steps (one SQLite or PostgreSQL UPDATE, typically well under a millisecond after the HTTP response) re-sends that one message after restart, once its claim is released (2 minutes).`;
    const file = writeSection('fanout', md);
    process.stdout.write(`${md}\n\nwritten to ${file}\n`);
  } finally {
    await emulator.stop();
    await app.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
