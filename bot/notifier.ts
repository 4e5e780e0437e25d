import { randomBytes } from 'node:crypto';
import type { AdaptiveCardJson } from '../cards/cardKit';
import type { Notifier } from '../dialogs/types';
import { PERSONAL_PREFIX } from '../domain/reminders/planner';
import type { ConversationStore } from '../store/conversationStore';
import type { DeferredDelivery } from './deferredDelivery';
import type { Logger } from './logger';

/**
 * Proactive notifications (outcome summaries, escalated signals) go through the outbox like every
 * other proactive message, so they get its retries, rate limits and dead letters. `true` means the
 * message is queued for a known, active conversation; delivery follows within a second or so.
 */
export class ConversationNotifier implements Notifier {
  constructor(
    private readonly conversations: ConversationStore,
    private readonly logger: Logger,
    private readonly outbox: DeferredDelivery,
  ) {}

  async toConversation(conversationId: string, card: AdaptiveCardJson): Promise<boolean> {
    const rec = await this.conversations.get(conversationId);
    if (!rec || !rec.active) {
      this.logger.warn({ conversationId }, 'notification skipped: conversation unknown or inactive');
      return false;
    }
    await this.outbox.post(conversationId, card, `notify:${randomBytes(9).toString('base64url')}`);
    return true;
  }

  /** A personal message, sent from the roster of one of these conversations (the delivery worker finds the colleague by e-mail). */
  async toUserByEmail(email: string, viaConversationIds: string[], card: AdaptiveCardJson): Promise<boolean> {
    await this.outbox.post(`${PERSONAL_PREFIX}${email.toLowerCase()}`, card, `notify:${randomBytes(9).toString('base64url')}`, undefined, viaConversationIds);
    return true;
  }
}
