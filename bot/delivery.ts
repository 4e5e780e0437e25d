import { randomBytes } from 'node:crypto';
import type { ConversationReference, Mention, TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/cardKit';
import { PERSONAL_PREFIX, type ReminderPayload } from '../domain/reminders/planner';
import type { DeliveryReport } from '../domain/reminders/reminderRunner';
import { reminderText as renderReminder } from '../domain/reminders/kinds';
import type { ConversationRecord, ConversationStore } from '../store/conversationStore';
import type { OutboxRow, OutboxStore } from '../store/outboxStore';
import type { BotGateway } from './gateway';
import type { Logger } from './logger';
import { SendRateLimiter, type SendLimiter } from './rateLimits';
import { catalogue, detectLang, type Catalogue } from '../locales';

const RETRYABLE = new Set([412, 429, 502, 503, 504]);
const GONE = new Set([403, 404]);
const MAX_ATTEMPTS = 6;
const MAX_WAIT_MS = 60_000;

export type { DeliveryReport } from '../domain/reminders/reminderRunner';

/** A reminder's message in the recipient's language (the kinds and their texts: domain/reminders/kinds.ts). */
export function reminderText(raw: ReminderPayload, ownerMention: string | null, t: Catalogue): string {
  return renderReminder(raw, ownerMention, t.teamsClient.reminder, t.lang);
}

/** The language of a stored conversation: its reference keeps the client locale of the last turn. */
export function langOf(ref: Partial<ConversationReference>): Catalogue {
  return catalogue(detectLang(undefined, ref.locale));
}

function statusOf(err: unknown): { status: number | undefined; retryAfterMs: number | undefined } {
  const e = err as { statusCode?: number; response?: { headers?: { get?(name: string): string | undefined } } };
  const raw = e.response?.headers?.get?.('retry-after');
  const secs = raw === undefined ? NaN : Number(raw);
  return { status: e.statusCode, retryAfterMs: Number.isFinite(secs) && secs >= 0 ? secs * 1000 : undefined };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Claims due outbox rows and sends them through the gateway within Teams' rate limits. 429/412/5xx
 * are retried with exponential backoff and jitter, honouring Retry-After; 403/404 mean the bot was
 * removed: the conversation is deactivated and the message dropped; anything else, or too many
 * attempts, goes to the dead-letter state for an administrator.
 */
export class DeliveryWorker {
  readonly id = `worker-${randomBytes(4).toString('hex')}`;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly conversations: ConversationStore,
    private readonly gateway: BotGateway,
    private readonly logger: Logger,
    private readonly limiter: SendLimiter = new SendRateLimiter(),
    private readonly concurrency = 8,
    /** A claim older than this belongs to a process that died; its rows are sent again. */
    private readonly claimTimeoutMs = 120_000,
    /** Told where a message landed (e.g. so a checklist learns the id of its card). */
    private readonly onDelivered?: (row: OutboxRow, activityId: string | undefined) => Promise<void>,
  ) {}

  async drain(now: Date): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retried: 0, dropped: 0, dead: 0 };
    await this.outbox.releaseStale(new Date(Date.now() - this.claimTimeoutMs));
    for (;;) {
      const batch = await this.outbox.claim(this.id, now, 40);
      if (batch.length === 0) return report;
      // Several conversations at once; the rate limiter keeps each conversation and the tenant within Teams' limits.
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(this.concurrency, batch.length) }, async () => {
          while (next < batch.length) await this.deliver(batch[next++], report);
        }),
      );
    }
  }

  /** A personal reminder: open the 1:1 chat with the owner, found by e-mail in a team the bot is in. */
  private async deliverPersonal(row: OutboxRow, report: DeliveryReport): Promise<void> {
    const email = row.conversationId.slice(PERSONAL_PREFIX.length);
    let throttled: { status: number; retryAfterMs: number | undefined } | undefined;
    const via: ConversationRecord[] = [];
    for (const id of row.payload.via ?? []) {
      const rec = await this.conversations.get(id);
      if (rec && rec.active && rec.channelId === 'msteams') via.push(rec);
    }
    for (const team of via.length > 0 ? via : await this.conversations.activeTeamConversations()) {
      let delivered = false;
      try {
        const ref = JSON.parse(team.referenceJson) as Partial<ConversationReference>;
        await this.waitForSlot(`personal:${email}`, team.tenantId ?? 'unknown');
        const msg = row.payload.card ? { card: row.payload.card as AdaptiveCardJson } : { text: reminderText(row.payload, null, langOf(ref)) };
        delivered = await this.gateway.sendPersonalByEmail(ref, team.tenantId, email, msg);
      } catch (err) {
        const s = statusOf(err);
        if (s.status !== undefined && RETRYABLE.has(s.status)) throttled = { status: s.status, retryAfterMs: s.retryAfterMs };
        this.logger.warn({ err: (err as Error).message, status: s.status }, 'personal message failed');
      }
      if (delivered) {
        await this.outbox.markSent(row.id, undefined);
        report.sent++;
        return;
      }
    }
    // Throttled somewhere (roster or send): not "not found"; try again later, up to the attempt limit.
    if (throttled && row.attempts + 1 < MAX_ATTEMPTS) {
      await this.outbox.markRetry(row.id, new Date(Date.now() + Math.min(MAX_WAIT_MS, throttled.retryAfterMs ?? 1000 * 2 ** row.attempts)), `HTTP ${throttled.status}`);
      report.retried++;
      return;
    }
    await this.outbox.markFinal(row.id, 'dead', throttled ? 'too many attempts' : 'recipient not found in any team the bot is in');
    report.dead++;
  }

  /** Waits until the (possibly shared) limiter lets one more send to this conversation and tenant go, and counts it. */
  private async waitForSlot(conversationId: string, tenant: string): Promise<void> {
    for (let wait = await this.limiter.acquire(conversationId, tenant); wait > 0; wait = await this.limiter.acquire(conversationId, tenant)) await sleep(wait);
  }

  /** Updates a card in place; when the message is gone (404) the card is posted anew. Returns where it is now. */
  private async replace(ctx: TurnContext, activityId: string, card: AdaptiveCardJson): Promise<string | undefined> {
    try {
      await this.gateway.update(ctx, activityId, { card });
      return activityId;
    } catch (err) {
      if (statusOf(err).status !== 404) throw err;
      return (await this.gateway.reply(ctx, { card })).activityId;
    }
  }

  private async deliver(row: OutboxRow, report: DeliveryReport): Promise<void> {
    if (row.conversationId.startsWith(PERSONAL_PREFIX)) return this.deliverPersonal(row, report);
    const conv = await this.conversations.get(row.conversationId);
    if (!conv || !conv.active) {
      await this.outbox.markFinal(row.id, 'dropped', 'conversation unknown or inactive');
      report.dropped++;
      return;
    }
    const stored = JSON.parse(conv.referenceJson) as Partial<ConversationReference>;
    // A reminder of a channel checklist is a reply in the thread where its card lives.
    const thread = row.payload.thread && row.payload.thread.split(';')[0] === conv.id ? row.payload.thread : undefined;
    const ref: Partial<ConversationReference> = thread && stored.conversation ? { ...stored, conversation: { ...stored.conversation, id: thread } } : stored;
    const tenant = conv.tenantId ?? 'unknown';
    const t = langOf(stored);
    for (let attempt = row.attempts; attempt < MAX_ATTEMPTS; attempt++) {
      await this.waitForSlot(conv.id, tenant);
      try {
        let activityId: string | undefined;
        await this.gateway.continueConversation({ ...ref, activityId: undefined }, async (ctx) => {
          ctx.activity.id = undefined;
          let mention: Mention | undefined;
          if (row.payload.owner?.email) {
            const m = await this.gateway.memberByEmail(ctx, row.payload.owner.email);
            if (m) mention = { type: 'mention', mentioned: { id: m.id, name: m.name ?? row.payload.owner.name }, text: `<at>${m.name ?? row.payload.owner.name}</at>` } as Mention;
          }
          if (row.payload.replaceActivityId && row.payload.card) {
            activityId = await this.replace(ctx, row.payload.replaceActivityId, row.payload.card as AdaptiveCardJson);
            return;
          }
          const sent = row.payload.card
            ? await this.gateway.reply(ctx, { card: row.payload.card as AdaptiveCardJson })
            : await this.gateway.reply(ctx, { text: reminderText(row.payload, mention?.text ?? null, t), mentions: mention ? [mention] : undefined });
          activityId = sent.activityId;
        });
        // The window for a duplicate: Teams accepted the message but this line did not run yet.
        await this.outbox.markSent(row.id, activityId);
        report.sent++;
        if (this.onDelivered) await this.onDelivered(row, activityId).catch((err: Error) => this.logger.warn({ err: err.message }, 'after-delivery hook failed'));
        return;
      } catch (err) {
        const { status, retryAfterMs } = statusOf(err);
        if (status !== undefined && GONE.has(status)) {
          await this.conversations.setActive(conv.id, false);
          await this.outbox.markFinal(row.id, 'dropped', `HTTP ${status}: bot removed from conversation`);
          this.logger.warn({ conversationId: conv.id, status }, 'conversation deactivated after send failure');
          report.dropped++;
          return;
        }
        if (status === undefined || !RETRYABLE.has(status)) {
          await this.outbox.markFinal(row.id, 'dead', `HTTP ${status ?? '?'}: ${(err as Error).message}`);
          report.dead++;
          return;
        }
        report.retried++;
        const backoff = Math.min(MAX_WAIT_MS, retryAfterMs ?? 500 * 2 ** (attempt - row.attempts) + Math.random() * 250);
        this.logger.info({ status, waitMs: Math.round(backoff) }, 'send throttled; retrying');
        await sleep(backoff);
      }
    }
    await this.outbox.markFinal(row.id, 'dead', 'too many attempts');
    report.dead++;
  }
}
