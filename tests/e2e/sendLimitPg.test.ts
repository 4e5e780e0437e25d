import { PgSendRateLimiter, SendRateLimiter } from '../../bot/rateLimits';
import { openDb, type Db } from '../../store/db';
import { createTempDatabase, pgAvailable, type TempPg } from '../support/pg';

/**
 * Two bot instances on one PostgreSQL share one send limit per conversation and per tenant (Teams
 * counts per bot, not per process). The clock is injected: no wall-clock timing in the assertions.
 */
const run = pgAvailable('shared send limit suite') ? describe : describe.skip;

run('one send limit shared by two instances on PostgreSQL', () => {
  let pg: TempPg;
  let a: Db;
  let b: Db;
  let now = 1_900_000_000_000;
  const clock = () => now;

  beforeAll(async () => {
    pg = await createTempDatabase();
    a = await openDb(pg.url); // runs the migrations, 010_send_rate included
    b = await openDb(pg.url);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await pg?.drop();
  });

  /** 30 sends to one conversation at the same instant, half through each instance, all at once. */
  async function burst(limiters: { acquire(c: string, t: string): Promise<number> }[], conv: (i: number) => string, tenant: string): Promise<number> {
    const waits = await Promise.all(Array.from({ length: 30 }, (_, i) => limiters[i % 2].acquire(conv(i), tenant)));
    return waits.filter((w) => w === 0).length;
  }

  test('per process, two in-memory limiters together let 14 sends through in one second: twice Teams\' limit (the bug)', async () => {
    expect(await burst([new SendRateLimiter(clock), new SendRateLimiter(clock)], () => 'conv-mem', 'tenant-mem')).toBe(14);
  });

  test('shared: two instances together let exactly 7 sends per second into one conversation, then 1 more in the 2-second window', async () => {
    const limiters = [new PgSendRateLimiter(a.kysely, clock), new PgSendRateLimiter(b.kysely, clock)];
    expect(await burst(limiters, () => 'conv-1', 'tenant-1')).toBe(7);
    const wait = await limiters[0].acquire('conv-1', 'tenant-1');
    expect(wait).toBe(1_000); // the first of the seven leaves the 1-second window then
    now += 1_000;
    expect(await burst(limiters, () => 'conv-1', 'tenant-1')).toBe(1); // 8 per 2 seconds
  });

  test('shared: the tenant limit (25 per second) holds across instances and conversations', async () => {
    const limiters = [new PgSendRateLimiter(a.kysely, clock), new PgSendRateLimiter(b.kysely, clock)];
    now += 10_000;
    expect(await burst(limiters, (i) => `conv-t-${i}`, 'tenant-2')).toBe(25);
  });
});
