import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions, type ConversationReference } from 'botbuilder';
import type { TokenCredential } from '@azure/identity';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { PeopleDirectory } from '../domain/people/directory';
import { graphCredential } from '../graph/credentials';
import { GraphDirectory } from '../graph/graphDirectory';
import { GraphGroups } from '../graph/graphGroups';
import { RoleResolver } from '../domain/access/roles';
import { KyselyAuditLog } from '../store/auditStore';
import { CalendarService } from '../domain/calendar/calendarService';
import { LinkService } from '../domain/links/linkService';
import { ContextStore } from '../store/contextStore';
import { CalendarStore } from '../store/calendarStore';
import { ChecklistService } from '../domain/checklists/checklistService';
import { loadTemplates } from '../domain/checklists/template';
import { KyselyChecklistStore } from '../store/checklistStore';
import { MeetingService } from '../domain/meetings/meetingService';
import { KyselyMeetingStore } from '../store/meetingStore';
import { ReminderRunner, type DeliveryReport } from '../domain/reminders/reminderRunner';
import { setTimeZone } from '../domain/time/clock';
import { ConversationNotifier } from './notifier';
import { DeliveryWorker, langOf } from './delivery';
import { DeferredDelivery } from './deferredDelivery';
import { PgSendRateLimiter, SendRateLimiter } from './rateLimits';
import { OutboxStore } from '../store/outboxStore';
import { DigestStore } from '../store/digestStore';
import { ParagraphTextStore } from '../store/paragraphTextStore';
import { digestCard } from '../cards/digestCard';
import { withDemoBanner } from '../cards/cardKit';
import { demoBannerFor } from '../dialogs/demoBanner';
import type { DialogServices } from '../dialogs/types';
import { RegisterService } from '../domain/register/registerService';
import { catalogue, detectLang, planningTexts, type Catalogue } from '../locales';
import { paragraphNl } from '../locales/paragraph.nl';
import { calendarNl } from '../locales/calendar.nl';
import { ConversationStore } from '../store/conversationStore';
import { openDb, type Db } from '../store/db';
import { KyselyRegisterStore } from '../store/registerStore';
import type { AppConfig } from './config';
import { BotGateway } from './gateway';
import type { Logger } from './logger';
import { fileDownloader } from './fileTransfer';

export interface AppOverrides {
  /** Tests stand in for Entra ID with a local token; production uses the bot's own identity. */
  graphCredential?: TokenCredential;
  /** Tests hand out a fixed outbound Connector token; production asks Entra ID. */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/** Everything the bot and its background work use, without an HTTP server: the CLI opens this alone. */
export interface Services {
  db: Db;
  adapter: CloudAdapter;
  gateway: BotGateway;
  conversations: ConversationStore;
  register: RegisterService;
  checklists: ChecklistService;
  meetings: MeetingService;
  meetingStore: KyselyMeetingStore;
  calendar: CalendarService;
  calendarStore: CalendarStore;
  paragraphTexts: ParagraphTextStore;
  dialog: DialogServices;
  deferred: DeferredDelivery;
  worker: DeliveryWorker;
  reminders: ReminderRunner;
  /** Where the bot can be reached, once a server listens (links it hands out use it without BOT_DOMAIN). */
  setBaseUrl(url: string): void;
  close(): Promise<void>;
}

/** Auth settings for botbuilder; extra Bot Framework keys (OpenID metadata, issuers) pass through from the environment. */
function authOptions(config: AppConfig): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    ...config.botFrameworkPassthrough,
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType ?? (config.appId ? 'SingleTenant' : ''),
    MicrosoftAppTenantId: config.appTenantId ?? '',
  } as ConfigurationBotFrameworkAuthenticationOptions;
}

function peopleDirectory(config: AppConfig, logger: Logger, credential: TokenCredential | undefined): PeopleDirectory | undefined {
  if (!config.graphEnabled) return undefined;
  if (!credential) {
    logger.warn('GRAPH_BASE_URL is set but the bot has no credentials for Graph (MicrosoftAppId, MicrosoftAppTenantId, MicrosoftAppPassword): people are shown from the register only');
    return undefined;
  }
  return new GraphDirectory({
    baseUrl: config.graphBaseUrl,
    credential,
    onEvent: (e) => logger.warn({ graph: e.kind, status: e.status, retryAfterMs: e.retryAfterMs }, 'Graph lookup degraded'),
  });
}

export async function openServices(config: AppConfig, logger: Logger, overrides: AppOverrides = {}): Promise<Services> {
  setTimeZone(config.tzDisplay);
  // Templates are validated before anything opens or listens: a broken one stops start-up with its file, path and reason.
  const templates = loadTemplates(config.templatesDir);
  const db = await openDb(config.databaseUrl);
  const register = new RegisterService(new KyselyRegisterStore(db.kysely));
  if (config.demo && (await register.seedDemoIfEmpty())) logger.info('seeded the demo register');

  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authOptions(config), overrides.credentialsFactory));
  const gateway = new BotGateway(adapter, config.appId ?? '');
  const conversations = new ConversationStore(db.kysely);
  const credential = overrides.graphCredential ?? graphCredential(config);
  const roleCfg = config.roles;
  const anyRole = roleCfg.adminIds.length + roleCfg.secretaryIds.length > 0 || !!roleCfg.adminGroupId || !!roleCfg.secretaryGroupId;
  const roles = new RoleResolver(
    { ...roleCfg, openByDefault: config.localMode && !anyRole },
    (roleCfg.adminGroupId || roleCfg.secretaryGroupId) && credential ? new GraphGroups(config.graphBaseUrl, credential) : undefined,
  );
  const audit = new KyselyAuditLog(db.kysely);
  const calendarStore = new CalendarStore(db.kysely);
  const calendar = new CalendarService(calendarStore, calendarNl);
  if (config.demo) {
    const seeded = await calendar.seedDemo((await register.snapshot()).parties);
    if (seeded > 0) logger.info({ events: seeded }, 'seeded demo governance dates');
  }
  let baseUrl = '';
  const links = new LinkService(calendarStore, () => (config.botDomain ? `https://${config.botDomain}` : baseUrl), paragraphNl);
  const checklists = new ChecklistService(new KyselyChecklistStore(db.kysely), templates);
  const meetingStore = new KyselyMeetingStore(db.kysely);
  const meetings = new MeetingService(meetingStore);
  const digestStore = new DigestStore(db.kysely);
  const outbox = new OutboxStore(db.kysely, db.kind);
  // On PostgreSQL every instance counts its sends in the database: one shared limit per conversation and tenant.
  const sendLimiter = db.kind === 'postgres' ? new PgSendRateLimiter(db.kysely) : new SendRateLimiter();
  const worker = new DeliveryWorker(outbox, conversations, gateway, logger, sendLimiter, 8, config.deliveryClaimTimeoutSeconds * 1000, async (row, activityId) => {
    // A checklist card that arrived through the outbox: later clicks update that message.
    // In a channel thread the run keeps the thread, so its reminders are replies there too.
    if (row.payload.runId && activityId) await checklists.setMessage(row.payload.runId, row.payload.thread ?? row.conversationId, activityId);
  });
  const deferred = new DeferredDelivery(outbox, () => worker.drain(new Date()), logger);
  const nl = catalogue('nl');
  /** The catalogue of a stored conversation's language (Dutch when it is not known). */
  const conversationCatalogue = async (id: string): Promise<Catalogue> => {
    const rec = await conversations.get(id);
    if (!rec) return nl;
    try {
      return langOf(JSON.parse(rec.referenceJson) as Partial<ConversationReference>);
    } catch {
      return nl;
    }
  };
  const reminders = new ReminderRunner({
    sources: {
      activeParties: async () => (await register.snapshot()).activeById,
      openRuns: () => checklists.openRuns(),
      openActions: () => meetings.openActions({}),
      events: () => calendarStore.listEvents(),
      channelLinks: () => meetingStore.allLinks(),
      outcomesSince: (iso) => meetingStore.outcomesSince(iso),
      signalsSince: (iso) => meetingStore.signalsSince(iso),
      partyChangesSince: (iso) => audit.partyUpdatesSince(iso),
    },
    subscriptions: digestStore,
    outbox,
    sender: worker,
    // A digest is written in the language of the Teams client of its conversation (Dutch by default).
    renderDigest: async (content, since, lang) => {
      const t = lang ? catalogue(detectLang(undefined, lang)) : nl;
      return withDemoBanner(digestCard(content, t, since.toISOString()), await demoBannerFor(register, t));
    },
    digestLanguage: async (conversationId) => {
      const t = await conversationCatalogue(conversationId);
      return { lang: t.lang, texts: planningTexts(t).digest };
    },
    texts: planningTexts(nl),
    leads: config.reminderLeads,
    sendEmptyDigests: config.digestSendEmpty,
  });
  const dialog: DialogServices = {
    register,
    directory: peopleDirectory(config, logger, credential),
    roles,
    audit,
    links,
    checklists,
    meetings,
    digests: {
      subscribe: async (conv, owner, cron) => void (await digestStore.subscribe(conv, owner, cron)),
      stop: (conv, owner) => digestStore.stop(conv, owner),
      content: (since, now) => reminders.digest(since, now),
    },
    notifier: new ConversationNotifier(conversations, logger, deferred),
    calendar: { events: () => calendarStore.listEvents() },
    context: new ContextStore(db.kysely),
    concernControlConversation: config.concernControlConversation,
    download: fileDownloader({ httpsOnly: !config.localMode }),
  };
  return {
    db,
    adapter,
    gateway,
    conversations,
    register,
    checklists,
    meetings,
    meetingStore,
    calendar,
    calendarStore,
    paragraphTexts: new ParagraphTextStore(db.kysely),
    dialog,
    deferred,
    worker,
    reminders,
    setBaseUrl: (url) => {
      baseUrl = url;
    },
    close: async () => {
      deferred.stop();
      await db.close();
    },
  };
}

/** Plans and delivers what is due at `now`, logging when anything happened. */
export async function runReminders(s: Services, logger: Logger, now: Date): Promise<{ enqueued: number; report: DeliveryReport }> {
  const result = await s.reminders.run(now);
  if (result.enqueued > 0 || result.report.sent > 0) logger.info({ enqueued: result.enqueued, ...result.report }, 'reminders delivered');
  return result;
}

/** `partnerwijzer reminders run`: the scheduler's work once, at a chosen instant, without a server. */
export async function runRemindersOnce(config: AppConfig, logger: Logger, now: Date): Promise<{ enqueued: number; report: DeliveryReport }> {
  const services = await openServices(config, logger);
  try {
    return await runReminders(services, logger, now);
  } finally {
    await services.close();
  }
}

