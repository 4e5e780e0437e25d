import {
  CardFactory,
  INVOKE_RESPONSE_KEY,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type InvokeResponse,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type FileConsentCardResponse,
  type MessagingExtensionQuery,
  type AppBasedLinkQuery,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type TaskModuleRequest,
  type TaskModuleResponse,
  type MessagingExtensionResponse,
  type TeamInfo,
} from 'botbuilder';
import { textCard, withNotice } from '../cards/cardKit';
import { welcomeCard } from '../cards/helpCard';
import { allows } from '../domain/access/roles';
import { escapeMarkdown } from '../cards/text';
import type { MemberInfo, Reply, RosterMember } from '../dialogs/types';
import { SearchQuerySchema, searchParties, unfurlPartyLink } from '../dialogs/searchExtension';
import { routeCardInvoke, routeTurn } from '../dialogs/router';
import { exportForConsent } from '../dialogs/registerAdminDialog';
import { uploadToSession } from './fileTransfer';
import type { DialogServices } from '../dialogs/types';
import { catalogue, detectLang } from '../locales';
import type { ConversationStore } from '../store/conversationStore';
import { BotGateway, cardSummary } from './gateway';
import { dialogFetch, dialogSubmit, signalFromMessage, type DialogStep } from '../dialogs/taskDialogs';
import type { DialogContext } from '../dialogs/types';
import { cardInvokeError, cardInvokeMessage, CardInvokeValue, searchInvokeResults } from './invokeResponses';
import { typeaheadSearch } from '../dialogs/typeaheadSearch';
import { DeferredDelivery, deliverableLater, sendStatus } from './deferredDelivery';
import { TURN_LOGGER, type Logger } from './logger';
import { tenantOf, toTurnInput } from './turnInput';
import type { UserRateLimiter } from './userRateLimiter';

const REMEMBER_TTL_MS = 60_000;

export interface BotDeps {
  gateway: BotGateway;
  services: DialogServices;
  conversations: ConversationStore;
  logger: Logger;
  rateLimiter: UserRateLimiter;
  /** Cards Teams refused after the change behind them was stored: delivered later through the outbox. */
  deferred: DeferredDelivery;
}

/** Translates Teams activities into dialog calls and dialog replies into messages. */
export class PartnerwijzerBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();

    this.onMessage(async (ctx, next) => {
      const input = toTurnInput(ctx.activity, this.memberLookup(ctx), (emails) => this.memberIds(ctx, emails));
      const replies = await routeTurn(input, this.deps.services);
      for (const [i, reply] of replies.entries()) await this.deliverReply(ctx, reply, i, input.lang);
      await next();
    });

    this.onInstallationUpdateAdd(async (ctx, next) => {
      const t = catalogue(detectLang(undefined, ctx.activity.locale));
      const team = (ctx.activity.channelData as { team?: TeamInfo } | undefined)?.team;
      // The team name is chosen by whoever created the team: literal text, never Markdown or links.
      const kind = ctx.activity.conversation?.conversationType;
      const text = kind === 'personal' ? t.welcome.personal : kind === 'groupChat' ? t.teamsClient.welcomeGroupChat : t.welcome.team(team?.name ? escapeMarkdown(team.name.slice(0, 256)) : t.welcome.aTeam);
      const isAdmin = allows(await this.deps.services.roles.rolesOf(ctx.activity.from?.aadObjectId), 'register.import');
      await this.deps.gateway.reply(ctx, { text, card: welcomeCard(t, isAdmin) });
      await next();
    });

    this.onInstallationUpdateRemove(async (ctx, next) => {
      this.forget(conversationKey(ctx.activity));
      await this.deps.conversations.setActive(conversationKey(ctx.activity), false);
      this.log(ctx).info({ conversationId: conversationKey(ctx.activity) }, 'bot removed from conversation');
      await next();
    });

    this.onTeamsTeamRenamedEvent(async (team, _ctx, next) => {
      if (team.id && team.name) await this.deps.conversations.renameTeam(team.id, team.name);
      await next();
    });
    this.onTeamsChannelRenamedEvent(async (channel, _team, _ctx, next) => {
      if (channel.id && channel.name) await this.deps.conversations.rename(channel.id, channel.name);
      await next();
    });
    this.onTeamsChannelDeletedEvent(async (channel, _team, _ctx, next) => {
      if (channel.id) await this.deps.conversations.setActive(channel.id, false);
      await next();
    });
    this.onTeamsChannelRestoredEvent(async (channel, _team, _ctx, next) => {
      if (channel.id) await this.deps.conversations.setActive(channel.id, true);
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (team, _ctx, next) => {
      this.recentlyStored.clear();
      if (team.id) await this.deps.conversations.setActiveForTeam(team.id, false);
      await next();
    });
    this.onTeamsTeamArchivedEvent(async (team, _ctx, next) => {
      this.recentlyStored.clear();
      if (team.id) await this.deps.conversations.setActiveForTeam(team.id, false);
      await next();
    });
    this.onTeamsTeamUnarchivedEvent(async (team, _ctx, next) => {
      if (team.id) await this.deps.conversations.setActiveForTeam(team.id, true);
      await next();
    });
    this.onTeamsTeamRestoredEvent(async (team, _ctx, next) => {
      if (team.id) await this.deps.conversations.setActiveForTeam(team.id, true);
      await next();
    });
    this.onTeamsMembersRemovedEvent(async (members, _team, ctx, next) => {
      if (members.some((m) => m.id === ctx.activity.recipient?.id)) {
        this.forget(conversationKey(ctx.activity));
        await this.deps.conversations.setActive(conversationKey(ctx.activity), false);
      }
      await next();
    });
  }

  /** Conversation members found by e-mail or Entra object id (MRI and display name), for refresh lists and mentions; cached per conversation for 10 minutes. */
  private async memberIds(ctx: TurnContext, keys: string[]): Promise<RosterMember[]> {
    const conv = ctx.activity.conversation?.id ?? '';
    const out: RosterMember[] = [];
    for (const email of [...new Set(keys.map((e) => e.toLowerCase()))].slice(0, 60)) {
      const key = `${conv}|${email}`;
      const hit = this.aadIds.get(key);
      let member = hit && Date.now() - hit.at < 600_000 ? hit.member : undefined;
      if (!hit || Date.now() - hit.at >= 600_000) {
        try {
          const m = await this.deps.gateway.memberByEmail(ctx, email);
          member = m ? { id: m.id, name: m.name ?? email, email: m.email } : undefined;
        } catch (err) {
          // A throttled roster: this turn's card refreshes for fewer people; not cached, so the next turn asks again.
          this.log(ctx).warn({ status: sendStatus(err) }, 'roster lookup failed');
          continue;
        }
        if (this.aadIds.size > 10_000) this.aadIds.clear();
        this.aadIds.set(key, { member, at: Date.now() });
      }
      if (member) out.push({ key: email, ...member });
    }
    return out;
  }

  private readonly aadIds = new Map<string, { member: { id: string; name: string; email: string | null } | undefined; at: number }>();

  /** Memoised per turn: the roster lookup costs a Connector call. */
  private memberLookup(ctx: TurnContext): () => Promise<MemberInfo | undefined> {
    let cached: Promise<MemberInfo | undefined> | undefined;
    return () => (cached ??= this.deps.gateway.member(ctx));
  }

  /**
   * Sends one dialog reply. When Teams refuses it after the dialog stored a change, the user is
   * never told to try again (that makes duplicates): a throttled card goes through the outbox and
   * arrives later; a card Teams will never take (413, 400) is replaced by a short "saved" line.
   */
  private async deliverReply(ctx: TurnContext, reply: Reply, index: number, lang: Parameters<typeof catalogue>[0]): Promise<void> {
    const t = catalogue(lang);
    const isUpdate = !!(reply.updateActivityId && reply.card);
    try {
      if (isUpdate) {
        await this.deps.gateway.update(ctx, reply.updateActivityId!, { card: reply.card });
        return;
      }
      const sent = await this.deps.gateway.reply(ctx, reply.fileConsent ? { text: reply.text, attachments: [fileConsentAttachment(reply.fileConsent)] } : reply);
      await reply.onSent?.(sent.activityId);
      return;
    } catch (err) {
      const status = sendStatus(err);
      if (status === undefined && !isUpdate) throw err;
      const conv = conversationKey(ctx.activity);
      this.log(ctx).warn({ status, isUpdate }, 'reply refused by Teams; handled without an error message');
      if (reply.card && (isUpdate || deliverableLater(status, false))) {
        if (isUpdate) await this.deps.deferred.update(conv, reply.updateActivityId!, reply.card, `${ctx.activity.id ?? ''}`, reply.checklistRunId);
        // A reply in a channel thread stays in that thread when it arrives later.
        else await this.deps.deferred.post(conv, reply.card, `${conv}:${ctx.activity.id ?? randomKey()}:${index}`, reply.checklistRunId, undefined, ctx.activity.conversation?.id);
        if (isUpdate) await this.tryReply(ctx, t.checklist.savedLater);
        return;
      }
      if (deliverableLater(status, false)) {
        await this.deps.deferred.post(conv, textCard(reply.text ?? ''), `${conv}:${ctx.activity.id ?? randomKey()}:${index}`, undefined, undefined, ctx.activity.conversation?.id);
        return;
      }
      await this.tryReply(ctx, reply.stored ? t.savedNotShown : t.error);
    }
  }

  /** A short line that may itself be refused; the log has the details. */
  private async tryReply(ctx: TurnContext, text: string): Promise<void> {
    try {
      await this.deps.gateway.reply(ctx, { text });
    } catch (err) {
      this.log(ctx).warn({ status: sendStatus(err) }, 'notice refused by Teams too');
    }
  }

  /**
   * Every invoke gets a clean answer. adaptiveCard/action always answers HTTP 200 with a card, a
   * message or an error body (Universal Action model), also for garbage data; composeExtension/query and
   * fileConsent/invoke go to their handlers; any other invoke name is answered 400 instead of botbuilder's 501.
   */
  protected async onInvokeActivity(ctx: TurnContext): Promise<InvokeResponse> {
    const name = ctx.activity.name;
    if (name === 'adaptiveCard/action') {
      try {
        return { status: 200, body: await this.cardAction(ctx) };
      } catch (err) {
        this.log(ctx).error({ err: err instanceof Error ? err.message : String(err) }, 'card action failed');
        return { status: 200, body: cardInvokeError(500, 'InternalError', catalogue(detectLang(undefined, ctx.activity.locale)).error) };
      }
    }
    if (name === 'application/search') return { status: 200, body: await this.typeahead(ctx) };
    if (typeof name === 'string' && HANDLED_INVOKES.has(name)) return super.onInvokeActivity(ctx);
    this.log(ctx).info({ name: typeof name === 'string' ? name.slice(0, 64) : typeof name }, 'unsupported invoke');
    return { status: 400, body: { error: { code: 'UnsupportedInvoke' } } };
  }

  /**
   * application/search (dynamic typeahead of a choice set): HTTP 200 with the results, or for a
   * bad value or a dataset the bot does not serve the documented error body (never a failure).
   */
  private async typeahead(ctx: TurnContext): Promise<Record<string, unknown>> {
    const t = catalogue(detectLang(undefined, ctx.activity.locale));
    const answer = await typeaheadSearch(ctx.activity.value, this.deps.services);
    if (answer.kind === 'results') return searchInvokeResults(answer.results);
    this.log(ctx).info({ reason: answer.kind }, 'typeahead query refused');
    return answer.kind === 'badRequest' ? cardInvokeError(400, 'BadRequest', t.invalidInput) : cardInvokeError(404, 'NotFound', t.invalidInput);
  }

  /**
   * adaptiveCard/action (Universal Actions): act, update the shared message for everyone in the
   * conversation, and answer the clicking user with the current card. When Teams refuses the
   * update, the change is stored all the same: the user is told so and the update goes through the outbox.
   */
  private async cardAction(ctx: TurnContext): Promise<Record<string, unknown>> {
    const t = catalogue(detectLang(undefined, ctx.activity.locale));
    const value = CardInvokeValue.safeParse(ctx.activity.value);
    if (!value.success) return cardInvokeError(400, 'BadRequest', t.invalidInput);
    const input = toTurnInput(ctx.activity, this.memberLookup(ctx), (emails) => this.memberIds(ctx, emails));
    const result = await routeCardInvoke(input, value.data.action.data, this.deps.services);
    let card = result.card;
    if (card && result.updateActivityId) {
      try {
        await this.deps.gateway.update(ctx, result.updateActivityId, { card });
      } catch (err) {
        this.log(ctx).warn({ status: sendStatus(err) }, 'card update refused; deferred to the outbox');
        // The click is stored: whatever happens to the shared card, the clicking user sees it saved.
        await this.deps.deferred
          .update(conversationKey(ctx.activity), result.updateActivityId, card, `${result.runId ?? ''}:${result.version ?? ''}`, result.runId)
          .catch((e: unknown) => this.log(ctx).error({ err: e instanceof Error ? e.message : String(e) }, 'deferring the card update failed; the next click or refresh shows it'));
        card = withNotice(card, t.checklist.savedLater);
      }
    }
    if (card) return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
    return cardInvokeMessage(result.text ?? t.unknownAction);
  }

  /** The user accepted the register export: generate it now, put it in their OneDrive, show the file. */
  protected async handleTeamsFileConsentAccept(ctx: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const input = toTurnInput(ctx.activity, this.memberLookup(ctx));
    const t = catalogue(input.lang);
    const prepared = await exportForConsent({ input, t, services: this.deps.services }, response.context);
    if (!('bytes' in prepared)) {
      for (const r of prepared) await this.deps.gateway.reply(ctx, r);
      return;
    }
    const info = response.uploadInfo;
    if (!info?.uploadUrl || !(await uploadToSession(info.uploadUrl, prepared.bytes))) {
      await this.deps.gateway.reply(ctx, { text: t.registerAdmin.uploadFailed });
      return;
    }
    await this.deps.gateway.reply(ctx, {
      text: t.registerAdmin.exportUploaded(info.name ?? prepared.name),
      attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.info', contentUrl: info.contentUrl, name: info.name ?? prepared.name, content: { uniqueId: info.uniqueId, fileType: info.fileType ?? 'xlsx' } }],
    });
  }

  protected async handleTeamsFileConsentDecline(ctx: TurnContext): Promise<void> {
    await this.deps.gateway.reply(ctx, { text: catalogue(detectLang(undefined, ctx.activity.locale)).registerAdmin.exportDeclined });
  }

  /** The dialog context of an invoke turn (task modules, message actions). */
  private dialogContext(ctx: TurnContext): DialogContext {
    const input = toTurnInput(ctx.activity, this.memberLookup(ctx), (emails) => this.memberIds(ctx, emails));
    return { input, t: catalogue(input.lang), services: this.deps.services };
  }

  /** task/fetch: a party card's follow-up button opens its form as a Teams dialog. */
  protected async handleTeamsTaskModuleFetch(ctx: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const step = await dialogFetch(this.dialogContext(ctx), request?.data);
    return step.kind === 'done' ? {} : taskResponse(step);
  }

  /** task/submit: errors keep the dialog open; a stored form closes it and leaves a short summary card in the chat. */
  protected async handleTeamsTaskModuleSubmit(ctx: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const dc = this.dialogContext(ctx);
    const step = await dialogSubmit(dc, request?.data);
    if (step.kind !== 'done') return taskResponse(step);
    for (const [i, reply] of step.replies.entries()) await this.deliverReply(ctx, reply, i, dc.input.lang);
    return {};
  }

  /** Message action "Meld als signaal": the signal dialog, prefilled with the chosen message. */
  protected async handleTeamsMessagingExtensionFetchTask(ctx: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const dc = this.dialogContext(ctx);
    if (action?.commandId !== 'reportSignal') return taskResponse({ kind: 'message', text: dc.t.unknownAction });
    const step = await signalFromMessage(dc, action.messagePayload);
    return step.kind === 'done' ? {} : taskResponse(step);
  }

  /**
   * The signal dialog of the message action submitted. The bot need not be in that chat, so the
   * result is shown in the dialog as a message; in a chat the bot is part of, the card is posted too.
   */
  protected async handleTeamsMessagingExtensionSubmitAction(ctx: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const dc = this.dialogContext(ctx);
    const step = await dialogSubmit(dc, action?.data);
    if (step.kind !== 'done') return taskResponse(step);
    const summary = step.replies.map((r) => r.text ?? (r.card ? cardSummary(r.card) : undefined)).find((x): x is string => !!x) ?? dc.t.unknownAction;
    return taskResponse({ kind: 'message', text: summary });
  }

  /** composeExtension/queryLink: a pasted link to one of the bot's party pages unfurls into the party's card. */
  protected async handleTeamsAppBasedLinkQuery(ctx: TurnContext, query: AppBasedLinkQuery): Promise<MessagingExtensionResponse> {
    const t = catalogue(detectLang(undefined, ctx.activity.locale));
    const hit = typeof query?.url === 'string' ? await unfurlPartyLink(query.url, this.deps.services, t) : undefined;
    if (!hit) return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } };
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [{ ...CardFactory.adaptiveCard(hit.card), preview: CardFactory.thumbnailCard(hit.title, hit.subtitle) }] } };
  }

  /** composeExtension/query: find a party from the compose box of any chat and insert its card. */
  protected async handleTeamsMessagingExtensionQuery(ctx: TurnContext, raw: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const parsed = SearchQuerySchema.safeParse(raw);
    if (!parsed.success) {
      this.log(ctx).warn({ reason: parsed.error.issues[0]?.message }, 'invalid composeExtension/query payload');
      return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } };
    }
    const query = parsed.data;
    const params = query.parameters ?? [];
    const initialRun = params.some((p) => p.name === 'initialRun');
    const value = params.find((p) => p.name !== 'initialRun')?.value;
    const text = initialRun || typeof value !== 'string' ? '' : value;
    const t = catalogue(detectLang(text, ctx.activity.locale));
    const hits = await searchParties(text, query.queryOptions?.skip ?? 0, query.queryOptions?.count ?? 10, this.deps.services, t);
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: hits.map((h) => ({
          ...CardFactory.adaptiveCard(h.card),
          preview: CardFactory.thumbnailCard(h.title, h.subtitle),
        })),
      },
    };
  }

  /** The turn's logger (with its correlation id), set by the HTTP route; the app logger otherwise. */
  private log(ctx: TurnContext): Logger {
    return (ctx.turnState.get(TURN_LOGGER) as Logger | undefined) ?? this.deps.logger;
  }

  /**
   * Every inbound activity refreshes the stored reference, since Teams may move the serviceUrl.
   * An invoke always gets an answer, whatever fails before its handler: Teams shows a failure for
   * anything but HTTP 200 with a protocol body.
   */
  async run(ctx: TurnContext): Promise<void> {
    const a = ctx.activity;
    try {
      await this.runGuarded(ctx);
    } catch (err) {
      if (a.type !== 'invoke' || ctx.turnState.get(INVOKE_RESPONSE_KEY)) throw err;
      this.log(ctx).error({ err: err instanceof Error ? err.message : String(err), name: a.name }, 'invoke failed before its handler answered');
      await this.deps.gateway.invokeResponse(ctx, 200, invokeNotice(a.name, catalogue(detectLang(undefined, a.locale)).error, 500));
    }
  }

  private async runGuarded(ctx: TurnContext): Promise<void> {
    const a = ctx.activity;
    const leaving =
      (a.type === 'installationUpdate' && String(a.action ?? '').startsWith('remove')) ||
      (a.type === 'conversationUpdate' && a.membersRemoved?.some((m) => m.id === a.recipient?.id));
    if (!leaving && a.conversation?.id && a.serviceUrl) await this.remember(a);
    // Teams sends refresh invokes by itself when a card is shown (trigger "automatic"): they are not the user's clicks.
    // Only a refresh may claim to be automatic: any other verb counts, whatever the trigger says.
    const v = a.value as { trigger?: unknown; action?: { verb?: unknown } } | undefined;
    // Typeahead queries come with the user's typing (read-only, answered from memory): not clicks either.
    const automatic = a.type === 'invoke' && ((a.name === 'adaptiveCard/action' && v?.trigger === 'automatic' && v.action?.verb === 'refresh') || a.name === 'application/search');
    if ((a.type === 'message' || a.type === 'invoke') && a.from?.id && !automatic) {
      const verdict = this.deps.rateLimiter.take(a.from.aadObjectId ?? a.from.id);
      if (verdict !== 'ok') {
        this.log(ctx).warn({ user: a.from.aadObjectId ?? a.from.id, verdict }, 'user rate limit');
        // The click is not handled: the user keeps the card they have and reads why (HTTP 200, protocol body).
        if (a.type === 'invoke') await this.deps.gateway.invokeResponse(ctx, 200, invokeNotice(a.name, catalogue(detectLang(undefined, a.locale)).teamsClient.throttledAction, 429));
        else if (verdict === 'warn') await this.deps.gateway.reply(ctx, { text: catalogue(detectLang(a.text, a.locale)).throttled });
        return;
      }
    }
    await super.run(ctx);
  }

  /**
   * Writes the reference when something in it changed, or when this process has not confirmed it
   * recently (another instance may have deactivated it); otherwise a chat turn costs no write.
   */
  private async remember(a: Activity): Promise<void> {
    const team = (a.channelData as { team?: TeamInfo } | undefined)?.team;
    const key = conversationKey(a);
    const ref = BotGateway.referenceOf(a);
    if (ref.conversation) ref.conversation = { ...ref.conversation, id: key };
    delete ref.activityId; // a stored reference is for new posts, not replies to an old activity
    const record = {
      id: key,
      channelId: a.channelId,
      serviceUrl: a.serviceUrl,
      tenantId: tenantOf(a) ?? null,
      conversationType: a.conversation.conversationType ?? null,
      name: a.conversation.name ?? null,
      teamId: team?.id ?? null,
      teamName: team?.name ?? null,
      referenceJson: JSON.stringify(ref),
    };
    const fingerprint = JSON.stringify(record);
    const seen = this.recentlyStored.get(key);
    if (seen && seen.fingerprint === fingerprint && Date.now() - seen.at < REMEMBER_TTL_MS) return;
    await this.deps.conversations.upsert(record);
    if (this.recentlyStored.size > 10_000) this.recentlyStored.clear();
    this.recentlyStored.set(key, { fingerprint, at: Date.now() });
  }

  private readonly recentlyStored = new Map<string, { fingerprint: string; at: number }>();

  /** Called whenever a conversation is deactivated, so the next inbound activity writes again. */
  private forget(key: string): void {
    this.recentlyStored.delete(key);
  }
}

/** Invokes answered by TeamsActivityHandler's handle…() methods below. */
const HANDLED_INVOKES = new Set(['composeExtension/queryLink', 'composeExtension/query', 'fileConsent/invoke', 'task/fetch', 'task/submit', 'composeExtension/fetchTask', 'composeExtension/submitAction']);

/** A dialog step as Teams' task module response: the form (continue) or a short message. */
function taskResponse(step: Exclude<DialogStep, { kind: 'done' }>): TaskModuleResponse {
  if (step.kind === 'message') return { task: { type: 'message', value: step.text } };
  return { task: { type: 'continue', value: { title: step.title, width: 'medium', height: 'large', card: CardFactory.adaptiveCard(step.card) } } };
}

/**
 * A short message as the answer to an invoke that was not carried out, in the shape its kind
 * expects: a Universal Action message (the card stays as it is), a task module message, or a
 * message extension message.
 */
function invokeNotice(name: string | undefined, text: string, status: number): Record<string, unknown> {
  if (name === 'adaptiveCard/action') return status >= 500 ? cardInvokeError(status, 'InternalError', text) : cardInvokeMessage(text);
  if (name === 'application/search') return cardInvokeError(status, status >= 500 ? 'InternalError' : 'Throttled', text);
  if (name?.startsWith('task/')) return { task: { type: 'message', value: text } };
  if (name?.startsWith('composeExtension/')) return { composeExtension: { type: 'message', text } };
  return { statusCode: status, type: 'application/vnd.microsoft.activity.message', value: text };
}

function randomKey(): string {
  return Math.random().toString(36).slice(2);
}

/** A channel thread (…;messageid=…) is stored as its channel, so proactive posts start new threads. */
export function conversationKey(a: Partial<Activity>): string {
  return (a.conversation?.id ?? '').split(';')[0];
}

/** Teams' file consent card: asks the user to let the bot put a file in their OneDrive. */
function fileConsentAttachment(f: NonNullable<Reply['fileConsent']>): { contentType: string; name: string; content: Record<string, unknown> } {
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name: f.name,
    content: { description: f.description, sizeInBytes: f.sizeInBytes, acceptContext: f.context, declineContext: f.context },
  };
}
