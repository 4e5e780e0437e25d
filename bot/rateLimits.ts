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

export class SendRateLimiter {
  private readonly log = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private wait(key: string, windows: [number, number][]): number {
    const t = this.now();
    const times = this.log.get(key) ?? [];
    let wait = 0;
    for (const [limit, ms] of windows) {
      const inWindow = times.filter((x) => x > t - ms);
      if (inWindow.length >= limit) wait = Math.max(wait, inWindow[inWindow.length - limit] + ms - t);
    }
    return wait;
  }

  delayFor(conversationId: string, tenantId: string): number {
    return Math.max(this.wait(`c:${conversationId}`, CONVERSATION_WINDOWS), this.wait(`t:${tenantId}`, TENANT_WINDOWS));
  }

  record(conversationId: string, tenantId: string): void {
    const t = this.now();
    for (const key of [`c:${conversationId}`, `t:${tenantId}`]) {
      const times = (this.log.get(key) ?? []).filter((x) => x > t - 3_600_000);
      times.push(t);
      this.log.set(key, times);
    }
  }
}
