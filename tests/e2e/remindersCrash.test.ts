import { spawn } from 'node:child_process';
import path from 'node:path';
import { OutboxStore } from '../../store/outboxStore';
import { startHarness, tempDir, type Harness } from '../support/harness';
import { waitFor } from '../support/chat';
import { loadKitActivity, PROJECT_ROOT } from '../../support/paths';

/**
 * kill -9 in the middle of a fan-out, then a restart: nothing lost, and a message is sent twice
 * only if the process died between Teams accepting it and the outbox recording that.
 */
const N = 200;
const dir = tempDir('pw-crash-');
const DB = `sqlite:${path.join(dir, 'crash.db')}`;
const CLAIM_TIMEOUT_S = 1;
let h: Harness;


beforeAll(async () => {
  h = await startHarness({ DATABASE_URL: DB, PARTNERWIJZER_DEMO: '0' });
  const added = loadKitActivity<Record<string, any>>('c-conversationUpdate-teamMemberAdded-botAddedToTeam.json');
  for (let i = 0; i < N; i++) {
    const id = `19:crash-${i}@thread.tacv2`;
    await h.emulator.send({ ...added, id: `add-${i}`, conversation: { ...added.conversation, id }, channelData: { ...added.channelData, team: { ...added.channelData.team, id: `19:crash-team-${i}@thread.tacv2` } } });
  }
  await new OutboxStore(h.app.db.kysely, h.app.db.kind).enqueue(
    Array.from({ length: N }, (_, i) => ({
      key: `crash:${i}`,
      conversationId: `19:crash-${i}@thread.tacv2`,
      dueAt: new Date().toISOString(),
      payload: { kind: 'meeting' as const, occurrence: 'upcoming' as const, party: `Partij ${i}`, title: 'AB-vergadering', due: '2027-03-28', owner: null, late: false },
    })),
  );
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

function runCli(): ReturnType<typeof spawn> {
  return spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'partnerwijzer.js'), 'reminders', 'run'], {
    env: { ...process.env, DATABASE_URL: DB, LOG_LEVEL: 'silent', DELIVERY_CLAIM_TIMEOUT_SECONDS: String(CLAIM_TIMEOUT_S), PARTNERWIJZER_DEMO: '0' },
    stdio: 'ignore',
  });
}

test('kill -9 mid-fan-out and restart: every channel gets its message, duplicates only from claims in flight', async () => {
  h.emulator.reset();
  h.emulator.sendDelayMs = 30;
  const first = runCli();
  // Kill once the fan-out is really under way (a condition, not a fixed time: start-up time varies with load).
  const sends = () => h.emulator.calls.filter((c) => c.method === 'POST' && c.status === 201).length;
  await waitFor('the fan-out under way', () => sends() >= 30, 60_000);
  first.kill('SIGKILL');
  await new Promise((r) => first.once('exit', r));
  const outbox = new OutboxStore(h.app.db.kysely, h.app.db.kind);
  const atKill = await outbox.counts();
  expect(atKill.sent ?? 0).toBeGreaterThan(0); // it really was interrupted mid-way…
  expect(atKill.pending ?? 0).toBeGreaterThan(0); // …with work left
  const inFlight = atKill.sending ?? 0;

  h.emulator.sendDelayMs = 0;
  // The restarted run re-sends claims older than the claim timeout (1 s here): wait until the newest dead claim is that old.
  const newest = await h.app.db.kysely.selectFrom('outbox').select('claimed_at').where('status', '=', 'sending').orderBy('claimed_at', 'desc').limit(1).executeTakeFirst();
  const staleAt = newest?.claimed_at ? Date.parse(newest.claimed_at) + CLAIM_TIMEOUT_S * 1000 : 0;
  await waitFor('the dead claim to be older than the claim timeout', () => Date.now() > staleAt, 10_000);
  const second = runCli();
  const code = await new Promise((r) => second.once('exit', r));
  expect(code).toBe(0);

  const perChannel = new Map<string, number>();
  for (const c of h.emulator.calls.filter((x) => x.method === 'POST' && x.path.includes('/activities') && x.status < 300)) {
    perChannel.set(c.conversationId!, (perChannel.get(c.conversationId!) ?? 0) + 1);
  }
  expect(perChannel.size).toBe(N);
  const twice = [...perChannel.values()].filter((n) => n > 1).length;
  expect(twice).toBeLessThanOrEqual(inFlight);
  expect(await outbox.counts()).toEqual({ sent: N });
}, 120_000);
