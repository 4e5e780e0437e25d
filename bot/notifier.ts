import type { ConversationReference } from 'botbuilder';
import { Channels } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/cardKit';
import type { Notifier } from '../dialogs/types';
import type { ConversationStore } from '../store/conversationStore';
import { randomBytes } from 'node:crypto';
import type { BotGateway } from './gateway';
import { deliverableLater, sendStatus, type DeferredDelivery } from './deferredDelivery';
import type { Logger } from './logger';

/**
 * Proactive messages through stored conversation references. A failure is logged and reported
 * as false: a notification that cannot be delivered must not break the turn that caused it.
 */
export class ConversationNotifier implements Notifier {
  constructor(
    private readonly gateway: BotGateway,
    private readonly conversations: ConversationStore,
    private readonly logger: Logger,
    /** A throttled notification (e.g. an outcome summary for the linked channel) is sent later through the outbox. */
    private readonly deferred?: DeferredDelivery,
  ) {}

  async toConversation(conversationId: string, card: AdaptiveCardJson): Promise<boolean> {
    const rec = await this.conversations.get(conversationId);
    if (!rec || !rec.active) {
      this.logger.warn({ conversationId }, 'notification skipped: conversation unknown or inactive');
      return false;
    }
    try {
      await this.gateway.send(JSON.parse(rec.referenceJson) as Partial<ConversationReference>, { card });
      return true;
    } catch (err) {
      const status = sendStatus(err);
      if (this.deferred && deliverableLater(status, false)) {
        await this.deferred.post(conversationId, card, `notify:${randomBytes(9).toString('base64url')}`);
        this.logger.info({ conversationId, status }, 'notification throttled; deferred to the outbox');
        return true;
      }
      this.logger.warn({ conversationId, err: (err as Error).message }, 'notification failed');
      return false;
    }
  }

  async toUserByEmail(email: string, viaConversationIds: string[], card: AdaptiveCardJson): Promise<boolean> {
    for (const id of viaConversationIds) {
      const rec = await this.conversations.get(id);
      if (!rec || !rec.active || rec.channelId !== Channels.Msteams) continue;
      try {
        if (await this.gateway.sendPersonalByEmail(JSON.parse(rec.referenceJson) as Partial<ConversationReference>, rec.tenantId, email, { card })) return true;
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'personal notification failed');
      }
    }
    this.logger.warn('personal notification skipped: recipient not found in any linked conversation');
    return false;
  }
}
