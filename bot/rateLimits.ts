import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema';

/**
 * Teams' published limits per bot per conversation (7 per second, 8 per 2 s, 60 per 30 s,
 * 1800 per hour) and roughly 25 per second per app per tenant (../shared/DESIGN.md), as sliding
 * windows. `delayFor` says how long to wait before the next send to that conversation.
 */
const CONVERSATION_WINDOWS: [number, number][] = [
  [7, 1_000],
  [8, 2_000],
  [60, 30_000],
  [1800, 3_600_000],
];
const TENANT_WINDOWS: [number, number][] = [[25, 1_000]];
const HOUR = 3_600_000;

/** How long to wait before one more send, given the send times (any order) of that scope. */
function waitFor(times: number[], windows: [number, number][], t: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let wait = 0;
  for (const [limit, ms] of windows) {
    const inWindow = sorted.filter((x) => x > t - ms);
    if (inWindow.length >= limit) wait = Math.max(wait, inWindow[inWindow.length - limit] + ms - t);
  }
  return wait;
}

/** One limiter for every sender of this bot: 0 = the send may go now and is counted; otherwise wait that many ms and ask again. */
export interface SendLimiter {
  acquire(conversationId: string, tenantId: string): Promise<number>;
}

export class SendRateLimiter implements SendLimiter {
  private readonly log = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private wait(key: string, windows: [number, number][]): number {
    return waitFor(this.log.get(key) ?? [], windows, this.now());
  }

  delayFor(conversationId: string, tenantId: string): number {
    return Math.max(this.wait(`c:${conversationId}`, CONVERSATION_WINDOWS), this.wait(`t:${tenantId}`, TENANT_WINDOWS));
  }

  record(conversationId: string, tenantId: string): void {
    const t = this.now();
    for (const key of [`c:${conversationId}`, `t:${tenantId}`]) {
      const times = (this.log.get(key) ?? []).filter((x) => x > t - HOUR);
      times.push(t);
      this.log.set(key, times);
    }
  }

  /** Check and record without an await in between, so parallel senders in this process cannot both pass. */
  async acquire(conversationId: string, tenantId: string): Promise<number> {
    const wait = this.delayFor(conversationId, tenantId);
    if (wait === 0) this.record(conversationId, tenantId);
    return wait;
  }
}

/**
 * The same windows shared by every instance on one PostgreSQL database: sends are rows in
 * send_rate_events, and the check-and-record runs in one transaction under transaction-level
 * advisory locks on the tenant and then the conversation (always that order, so no deadlock).
 * Two instances together therefore never exceed one conversation's or one tenant's limit.
 */
export class PgSendRateLimiter implements SendLimiter {
  private acquired = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {}

  async acquire(conversationId: string, tenantId: string): Promise<number> {
    const conv = `c:${conversationId}`;
    const tenant = `t:${tenantId}`;
    const wait = await this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${tenant}))`.execute(trx);
      await sql`select pg_advisory_xact_lock(hashtext(${conv}))`.execute(trx);
      const t = this.now();
      const rows = await trx.selectFrom('send_rate_events').select(['scope', 'at']).where('scope', 'in', [conv, tenant]).where('at', '>', String(t - HOUR)).execute();
      const times = (scope: string) => rows.filter((r) => r.scope === scope).map((r) => Number(r.at));
      const w = Math.max(waitFor(times(conv), CONVERSATION_WINDOWS, t), waitFor(times(tenant), TENANT_WINDOWS, t));
      if (w === 0) await trx.insertInto('send_rate_events').values([{ scope: conv, at: String(t) }, { scope: tenant, at: String(t) }]).execute();
      return w;
    });
    // Old rows are only needed for an hour; prune now and then, outside the lock.
    if (wait === 0 && ++this.acquired % 200 === 0) await this.db.deleteFrom('send_rate_events').where('at', '<', String(this.now() - HOUR)).execute();
    return wait;
  }
}
