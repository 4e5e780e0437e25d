import { randomBytes } from 'node:crypto';
import type { AdaptiveCardJson } from '../cards/cardKit';
import type { OutboxStore } from '../store/outboxStore';
import type { Logger } from './logger';

/** HTTP status of a failed Connector call, if it was one. */
export function sendStatus(err: unknown): number | undefined {
  const s = (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

/** Worth sending again later: throttled, precondition, server trouble, or (for an update) the message is gone. */
export function deliverableLater(status: number | undefined, isUpdate: boolean): boolean {
  if (status === undefined) return false;
  return status === 412 || status === 429 || status >= 500 || (isUpdate && (status === 403 || status === 404));
}

/**
 * Cards that Teams refused during a turn (throttling, a card update on a message that is gone)
 * after the change behind them was stored. They go to the outbox and are delivered by the
 * delivery worker, which honours Retry-After and rate limits; a drain is started shortly after.
 */
export class DeferredDelivery {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly drain: () => Promise<unknown>,
    private readonly logger: Logger,
    private readonly kickMs = 500,
  ) {}

  /** A new post with this card in a stored conversation (by its key, without ;messageid=…), or `personal:<e-mail>` found through the `via` conversations. */
  async post(conversationId: string, card: AdaptiveCardJson, key: string, runId?: string, via?: string[], thread?: string): Promise<void> {
    await this.enqueue(conversationId, `post:${key}`, card, undefined, runId, via, thread);
  }

  /** The newest state of a card already posted; older pending updates of that message are dropped. */
  async update(conversationId: string, activityId: string, card: AdaptiveCardJson, version: string, runId?: string): Promise<void> {
    const prefix = `update:${activityId}:`;
    await this.outbox.supersede(conversationId, prefix);
    await this.enqueue(conversationId, `${prefix}${version}:${randomBytes(4).toString('hex')}`, card, activityId, runId);
  }

  private async enqueue(conversationId: string, key: string, card: AdaptiveCardJson, replaceActivityId: string | undefined, runId: string | undefined, via?: string[], thread?: string): Promise<void> {
    const now = new Date().toISOString();
    await this.outbox.enqueue([
      {
        key,
        conversationId,
        dueAt: now,
        payload: { kind: 'card', card, occurrence: 'upcoming', party: '', title: 'card', due: now.slice(0, 10), owner: null, late: false, ...(replaceActivityId ? { replaceActivityId } : {}), ...(runId ? { runId } : {}), ...(via && via.length > 0 ? { via } : {}), ...(thread && thread !== conversationId ? { thread } : {}) },
      },
    ]);
    this.kick();
  }

  private kick(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain().catch((err: Error) => this.logger.warn({ err: err.message }, 'deferred delivery failed; the scheduler retries'));
    }, this.kickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
