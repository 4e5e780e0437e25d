import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  Channels,
  TeamsInfo,
  type ConversationParameters,
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationReference,
  type Mention,
  type Attachment,
} from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/cardKit';

/**
 * Every outgoing botbuilder call goes through this module (reply, send, update, continue, create
 * channel thread, invoke response). botbuilder itself is imported only in bot/ (tests/unit/layers.test.ts),
 * so a move to the Microsoft 365 Agents SDK stays inside bot/.
 */
export interface OutgoingMessage {
  text?: string;
  card?: AdaptiveCardJson;
  mentions?: Mention[];
  /** Other attachments (Teams file consent and file info cards). */
  attachments?: Attachment[];
  /** Notification preview for a card-only message; derived from the card's first text when absent. */
  summary?: string;
}

/** Markdown and mention markup are not rendered in a notification: plain text, one line. */
function plain(text: string): string {
  return text.replace(/<\/?at>/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1').replace(/\*\*|__|\[([^\]]*)\]\([^)]*\)/g, (m, label: string | undefined) => label ?? '').replace(/\s+/g, ' ').trim();
}

/** The first TextBlock of a card that says something (skipping short banners): what a notification should show. */
export function cardSummary(card: Record<string, unknown>): string | undefined {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (texts.length > 0) return;
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string' && o.text.trim() !== '') texts.push(o.text);
      if (o.type === 'Container' && o.style === 'warning') return; // the demo banner
      for (const key of ['body', 'items', 'columns']) if (key in o) walk(o[key]);
    }
  };
  walk(card.body);
  const first = texts[0] ? plain(texts[0]) : '';
  return first ? (first.length > 200 ? `${first.slice(0, 199)}…` : first) : undefined;
}

export interface SentRef {
  activityId: string | undefined;
}

function toActivity(msg: OutgoingMessage): Partial<Activity> {
  const attachments: Attachment[] = [...(msg.card ? [CardFactory.adaptiveCard(msg.card)] : []), ...(msg.attachments ?? [])];
  const activity = attachments.length === 1 ? MessageFactory.attachment(attachments[0], msg.text) : attachments.length > 1 ? MessageFactory.list(attachments, msg.text) : MessageFactory.text(msg.text ?? '');
  if (msg.mentions && msg.mentions.length > 0) activity.entities = [...(activity.entities ?? []), ...msg.mentions];
  // Without text, Teams notifications and the chat list show nothing useful for a card: give a summary.
  if (msg.card && !msg.text) {
    const summary = msg.summary ?? cardSummary(msg.card);
    if (summary) activity.summary = summary;
  }
  return activity;
}

export class BotGateway {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  /** Replies in the turn's conversation (threaded in channels). */
  async reply(ctx: TurnContext, msg: OutgoingMessage): Promise<SentRef> {
    const res = await ctx.sendActivity(toActivity(msg));
    return { activityId: res?.id };
  }

  async update(ctx: TurnContext, activityId: string, msg: OutgoingMessage): Promise<void> {
    await ctx.updateActivity({ ...toActivity(msg), id: activityId });
  }

  /** Answers an invoke (card action, message extension) with a status and body. */
  async invokeResponse(ctx: TurnContext, status: number, body: unknown): Promise<void> {
    await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
  }

  /** Runs logic in a stored conversation (proactive messaging). */
  async continueConversation(ref: Partial<ConversationReference>, logic: (ctx: TurnContext) => Promise<void>): Promise<void> {
    // botbuilder hands errors inside the logic to onTurnError, which would hide a 403 or 429 from
    // the caller; catch them here and rethrow after the turn, so senders can retry or deactivate.
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.botAppId, ref, async (ctx) => {
      try {
        await logic(ctx);
      } catch (err) {
        failure = err;
      }
    });
    if (failure !== undefined) throw failure;
  }

  /** Sends a message proactively into a stored conversation: a new post, never a reply. */
  async send(ref: Partial<ConversationReference>, msg: OutgoingMessage): Promise<SentRef> {
    let sent: SentRef = { activityId: undefined };
    await this.continueConversation({ ...ref, activityId: undefined }, async (ctx) => {
      // The continuation activity gets a random id that botbuilder would otherwise reply to.
      ctx.activity.id = undefined;
      sent = await this.reply(ctx, msg);
    });
    return sent;
  }

  /**
   * Starts a new thread in a team channel (POST /v3/conversations with the channel id). This is
   * what TeamsInfo.sendMessageToTeamsChannel does with a CloudAdapter; called directly so it also
   * works in local mode, where the bot has no app id.
   */
  async createChannelThread(teamRef: Partial<ConversationReference>, channelId: string, msg: OutgoingMessage): Promise<SentRef & { conversationId: string | undefined }> {
    let sent: SentRef & { conversationId: string | undefined } = { activityId: undefined, conversationId: undefined };
    const params = { isGroup: true, channelData: { channel: { id: channelId } }, activity: toActivity(msg) as Activity } as ConversationParameters;
    await this.adapter.createConversationAsync(this.botAppId, Channels.Msteams, teamRef.serviceUrl ?? '', '', params, async (ctx) => {
      sent = { activityId: ctx.activity.id, conversationId: ctx.activity.conversation?.id };
    });
    return sent;
  }

  /**
   * The user in this conversation's roster (Teams: GET /v3/conversations/{id}/members/{userId});
   * undefined when they are not a member. Other channels (the local web chat) have no roster:
   * there the user is who the activity says.
   */
  async member(ctx: TurnContext): Promise<{ email: string | null; name: string; aadObjectId: string | undefined } | undefined> {
    const from = ctx.activity.from;
    if (!from?.id) return undefined;
    if (ctx.activity.channelId !== Channels.Msteams) return { email: null, name: from.name ?? from.id, aadObjectId: from.aadObjectId };
    try {
      const m = await TeamsInfo.getMember(ctx, from.id);
      return { email: m.email ?? m.userPrincipalName ?? null, name: m.name ?? from.name ?? from.id, aadObjectId: m.aadObjectId ?? from.aadObjectId };
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 404 || status === 403) return undefined;
      throw err;
    }
  }

  /** Opens (or reuses) the 1:1 chat with a user and sends a message there. */
  async sendPersonal(ctx: TurnContext, userId: string, tenantId: string | null, msg: OutgoingMessage): Promise<void> {
    const params = { isGroup: false, members: [{ id: userId }], tenantId: tenantId ?? undefined, bot: { id: ctx.activity.recipient?.id } } as unknown as ConversationParameters;
    let failure: unknown;
    await this.adapter.createConversationAsync(this.botAppId, Channels.Msteams, ctx.activity.serviceUrl, '', params, async (personal) => {
      personal.activity.id = undefined;
      await this.reply(personal, msg).catch((err: unknown) => {
        failure = err; // not to onTurnError: the caller must know the message did not arrive
      });
    });
    if (failure !== undefined) throw failure;
  }

  /** The Teams user id (MRI, 29:…) of a conversation member found by UPN/e-mail or Entra object id; undefined when not a member. */
  async memberMri(ctx: TurnContext, emailOrObjectId: string): Promise<string | undefined> {
    return (await this.memberByEmail(ctx, emailOrObjectId))?.id;
  }

  /** A conversation member found by UPN/e-mail or Entra object id (Teams only); undefined when not a member. */
  async memberByEmail(ctx: TurnContext, email: string): Promise<{ id: string; name: string | undefined; aadObjectId: string | undefined; email: string | null } | undefined> {
    if (ctx.activity.channelId !== Channels.Msteams) return undefined;
    try {
      const m = await TeamsInfo.getMember(ctx, email);
      return m.id ? { id: m.id, name: m.name, aadObjectId: m.aadObjectId, email: m.email ?? m.userPrincipalName ?? null } : undefined;
    } catch (err) {
      // Only "not found" and "forbidden" mean not a member; throttling and server errors are errors.
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 404 || status === 403) return undefined;
      throw err;
    }
  }

  /**
   * Finds a colleague by e-mail in the roster of a stored team conversation and sends them a
   * personal message; false when they are not in that roster.
   */
  async sendPersonalByEmail(teamRef: Partial<ConversationReference>, tenantId: string | null, email: string, msg: OutgoingMessage): Promise<boolean> {
    let delivered = false;
    await this.continueConversation({ ...teamRef, activityId: undefined }, async (ctx) => {
      const member = await this.memberByEmail(ctx, email);
      if (!member) return;
      await this.sendPersonal(ctx, member.id, tenantId, msg);
      delivered = true;
    });
    return delivered;
  }

  static referenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
    return TurnContext.getConversationReference(activity);
  }
}
