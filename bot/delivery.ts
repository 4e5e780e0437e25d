import { randomBytes } from 'node:crypto';
import type { ConversationReference, Mention, TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/cardKit';
import { escapeMarkdown } from '../cards/text';
import { PERSONAL_PREFIX, type ReminderPayload } from '../domain/reminders/planner';
import type { ConversationStore } from '../store/conversationStore';
import type { OutboxRow, OutboxStore } from '../store/outboxStore';
import type { BotGateway } from './gateway';
import type { Logger } from './logger';
import { SendRateLimiter } from './rateLimits';

const RETRYABLE = new Set([412, 429, 502, 503, 504]);
const GONE = new Set([403, 404]);
const MAX_ATTEMPTS = 6;
const MAX_WAIT_MS = 60_000;

export interface DeliveryReport {
  sent: number;
  retried: number;
  dropped: number;
  dead: number;
}

/** Teams renders Markdown in text messages: names and titles from the register or a form are escaped. */
function reminderText(raw: ReminderPayload, ownerMention: string | null): string {
  const p = { ...raw, title: escapeMarkdown(raw.title), party: escapeMarkdown(raw.party) };
  const date = p.due.split('-').reverse().join('-');
  const who = ownerMention ?? (p.owner?.name ? escapeMarkdown(p.owner.name) : null);
  const late = p.late ? ' (later verstuurd dan gepland)' : '';
  switch (p.kind) {
    case 'step':
    case 'action': {
      const head = p.occurrence === 'overdue' ? `Te laat: ${p.title}` : `Herinnering: ${p.title}`;
      return `${head} — ${p.party}, uiterlijk ${date}${who ? `. Eigenaar: ${who}` : ''}.${late}`;
    }
    case 'meeting':
      return `Vergadering op ${date}: ${p.title} van ${p.party}.${late}`;
    case 'zienswijze':
      return `${p.party}: ${p.title} op ${date}.${late}`;
    case 'digest':
    case 'card':
      return '';
  }
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
    private readonly limiter = new SendRateLimiter(),
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
    for (const team of await this.conversations.activeTeamConversations()) {
      let delivered = false;
      try {
        delivered = await this.gateway.sendPersonalByEmail(JSON.parse(team.referenceJson) as Partial<ConversationReference>, team.tenantId, email, { text: reminderText(row.payload, null) });
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'personal reminder failed');
      }
      if (delivered) {
        await this.outbox.markSent(row.id, undefined);
        report.sent++;
        return;
      }
    }
    await this.outbox.markFinal(row.id, 'dead', 'recipient not found in any team the bot is in');
    report.dead++;
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
    const ref = JSON.parse(conv.referenceJson) as Partial<ConversationReference>;
    const tenant = conv.tenantId ?? 'unknown';
    for (let attempt = row.attempts; attempt < MAX_ATTEMPTS; attempt++) {
      // Check and record without an await in between, so parallel senders cannot both pass.
      for (let wait = this.limiter.delayFor(conv.id, tenant); wait > 0; wait = this.limiter.delayFor(conv.id, tenant)) await sleep(wait);
      this.limiter.record(conv.id, tenant);
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
            : await this.gateway.reply(ctx, { text: reminderText(row.payload, mention?.text ?? null), mentions: mention ? [mention] : undefined });
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
