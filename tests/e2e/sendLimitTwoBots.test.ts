import type { RunningApp } from '../../bot/app';
import type { DueMessage } from '../../domain/reminders/planner';
import { OutboxStore } from '../../store/outboxStore';
import type { TeamsEmulator } from '../../support/emulator/teamsEmulator';
import { personalMessage, startTwoBots } from '../support/harness';
import { createTempDatabase, pgAvailable, type TempPg } from '../support/pg';

/**
 * Two whole bot instances on one PostgreSQL, one Teams emulator: what both send together stays
 * within Teams' limits for one conversation (7 per second, 8 per 2 s) and for one tenant (25 per
 * second), each instance delivering its own share through its own outbox worker. The times are
 * those at which the emulator received the sends; a little slack allows for the HTTP hop between
 * the limiter's check and the arrival.
 */
const run = pgAvailable('two whole bots sharing one send limit') ? describe : describe.skip;
const SLACK_MS = 250;
const JOOST = { id: '29:joost', name: 'Joost Hendriks', aadObjectId: '44444444-0000-0000-0000-000000000001' };

/** The smallest time any `limit + 1` consecutive sends took, per window: at least the window (minus slack) when the limit holds. */
function tightest(times: number[], limit: number): number {
  const t = [...times].sort((a, b) => a - b);
  let min = Infinity;
  for (let i = 0; i + limit < t.length; i++) min = Math.min(min, t[i + limit] - t[i]);
  return min;
}

run('two whole bot instances share one send limit', () => {
  let pg: TempPg;
  let a: RunningApp;
  let b: RunningApp;
  let emulator: TeamsEmulator;
  let outbox: OutboxStore;

  beforeAll(async () => {
    pg = await createTempDatabase();
    ({ a, b, emulator } = await startTwoBots(pg.url));
    // Forty-one chats of one tenant known to the bot (their references are in the shared store).
    for (let i = 0; i <= 40; i++) {
      const turn = await emulator.send(personalMessage('hulp', { from: JOOST, conversation: { id: `a:limit-${i}`, conversationType: 'personal' }, locale: 'nl-NL' }));
      expect(turn.status).toBe(200);
    }
    outbox = new OutboxStore(a.db.kysely, 'postgres');
  }, 60_000);

  afterAll(async () => {
    await emulator?.stop();
    await a?.close();
    await b?.close();
    await pg?.drop();
  });

  const reminders = (wave: string, conversations: string[]): DueMessage[] =>
    conversations.map((conversationId, i) => ({
      key: `limit-test:${wave}:${i}`,
      conversationId,
      dueAt: new Date(Date.now() - 1000).toISOString(),
      payload: { kind: 'step', occurrence: 'before', party: 'Omgevingsdienst Haaglanden', title: `Stap ${wave}-${i}`, due: '2027-03-01', owner: null, late: false },
    }));

  /** Wave one goes to instance A; once A has claimed it, wave two goes to instance B; both deliver at once. */
  async function twoInstances(one: DueMessage[], two: DueMessage[]): Promise<number[]> {
    emulator.reset();
    const start = Date.now();
    await outbox.enqueue(one);
    const first = a.deliverOutbox();
    for (let i = 0; i < 200; i++) {
      const claimed = await a.db.kysely.selectFrom('outbox').select('id').where('idempotency_key', 'in', one.map((m) => m.key)).where('claimed_by', 'is not', null).execute();
      if (claimed.length === one.length) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await outbox.enqueue(two);
    await Promise.all([first, b.deliverOutbox()]);
    const rows = await a.db.kysely.selectFrom('outbox').select(['claimed_by', 'status', 'idempotency_key']).where('idempotency_key', 'in', [...one, ...two].map((m) => m.key)).execute();
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    // Each instance delivered one wave: two workers.
    const workers = new Map<string, number>();
    for (const r of rows) workers.set(r.claimed_by ?? '', (workers.get(r.claimed_by ?? '') ?? 0) + 1);
    expect([...workers.values()].sort()).toEqual([one.length, two.length].sort());
    const sends = emulator.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && c.status < 300 && c.at >= start);
    expect(sends).toHaveLength(one.length + two.length);
    return sends.map((c) => c.at);
  }

  test('one conversation: together never more than 7 sends in a second or 8 in two seconds', async () => {
    const times = await twoInstances(reminders('c1', Array(12).fill('a:limit-0')), reminders('c2', Array(12).fill('a:limit-0')));
    expect(tightest(times, 7)).toBeGreaterThanOrEqual(1000 - SLACK_MS);
    expect(tightest(times, 8)).toBeGreaterThanOrEqual(2000 - SLACK_MS);
    // The fastest 24 sends may go: 7 at 0 s, 1 at 1 s, 7 at 2 s, 1 at 3 s, 7 at 4 s, 1 at 5 s.
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(5000 - SLACK_MS);
  }, 60_000);

  test('one tenant, forty conversations: together never more than 25 sends in a second', async () => {
    const convs = Array.from({ length: 40 }, (_, i) => `a:limit-${i + 1}`);
    const times = await twoInstances(reminders('t1', convs), reminders('t2', convs));
    expect(tightest(times, 25)).toBeGreaterThanOrEqual(1000 - SLACK_MS);
  }, 60_000);
});
