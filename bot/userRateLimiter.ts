/**
 * Per-user token bucket for message handling: `perMinute` turns, refilled continuously, so one
 * user (or a runaway script) cannot monopolise the bot.
 */
export class UserRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; warned: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 'ok' to proceed; 'warn' the first time in a minute the user is over; 'drop' afterwards. */
  take(user: string): 'ok' | 'warn' | 'drop' {
    const now = this.now();
    let b = this.buckets.get(user);
    if (!b) {
      if (this.buckets.size > 50_000) this.buckets.clear();
      b = { tokens: this.perMinute, at: now, warned: 0 };
      this.buckets.set(user, b);
    }
    b.tokens = Math.min(this.perMinute, b.tokens + ((now - b.at) / 60_000) * this.perMinute);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 'ok';
    }
    if (now - b.warned > 60_000) {
      b.warned = now;
      return 'warn';
    }
    return 'drop';
  }
}
