import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import restify from 'restify';
import type { TokenCredential } from '@azure/identity';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { PeopleDirectory } from '../domain/people/directory';
import { graphCredential } from '../graph/credentials';
import { GraphDirectory } from '../graph/graphDirectory';
import { GraphGroups } from '../graph/graphGroups';
import { RoleResolver } from '../domain/access/roles';
import { KyselyAuditLog } from '../store/auditStore';
import { UserRateLimiter } from './userRateLimiter';
import { CalendarService } from '../domain/calendar/calendarService';
import { LinkService } from '../domain/links/linkService';
import { ContextStore } from '../store/contextStore';
import { CalendarStore } from '../store/calendarStore';
import { registerLinkRoutes } from './linkRoutes';
import { registerOverviewRoutes } from './overviewRoutes';
import { TabAuthenticator } from './tabAuth';
import { ParagraphTextStore } from '../store/paragraphTextStore';
import { ChecklistService } from '../domain/checklists/checklistService';
import { defaultTemplateDir, loadTemplates } from '../domain/checklists/template';
import { KyselyChecklistStore } from '../store/checklistStore';
import { MeetingService } from '../domain/meetings/meetingService';
import { KyselyMeetingStore } from '../store/meetingStore';
import { ConversationNotifier } from './notifier';
import { DeliveryWorker, type DeliveryReport } from './delivery';
import { DeferredDelivery } from './deferredDelivery';
import { PgSendRateLimiter, SendRateLimiter } from './rateLimits';
import { dueMessages } from '../domain/reminders/planner';
import { OutboxStore } from '../store/outboxStore';
import { DigestStore } from '../store/digestStore';
import { digestContent, isEmpty, latestOccurrence } from '../domain/reminders/digest';
import { digestCard } from '../cards/digestCard';
import { withDemoBanner } from '../cards/cardKit';
import { demoBannerFor } from '../dialogs/demoBanner';
import type { DialogServices } from '../dialogs/types';
import { RegisterService } from '../domain/register/registerService';
import { catalogue, detectLang } from '../locales';
import { ConversationStore } from '../store/conversationStore';
import { openDb, type Db } from '../store/db';
import { KyselyRegisterStore } from '../store/registerStore';
import type { AppConfig } from './config';
import { LocalDirectLine } from './directline';
import { BotGateway } from './gateway';
import { TURN_LOGGER, type Logger } from './logger';
import { messagesRoute } from './messagesRoute';
import { registerWebChat } from './staticFiles';
import { registerLegalPages } from './legalPages';
import { PartnerwijzerBot } from './teamsBot';
import { fileDownloader } from './fileTransfer';

export const VERSION: string = readVersion();

/** Works from both the sources (ts-jest) and dist/ (compiled). */
function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    const file = path.join(__dirname, rel);
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}

export const MAX_BODY_BYTES = 1024 * 1024;
/** In-flight turns get this long after SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningApp {
  url: string;
  /** Plans what is due at `now`, writes it to the outbox and delivers it: what the scheduler runs each minute. */
  reminders(now: Date): Promise<{ enqueued: number; report: DeliveryReport }>;
  db: Db;
  register: RegisterService;
  gateway: BotGateway;
  conversations: ConversationStore;
  /** Delivers everything in the outbox that is due now (notifications, deferred cards) and waits until none is left in flight. */
  deliverOutbox(): Promise<void>;
  close(): Promise<void>;
}

/** Auth settings for botbuilder; extra Bot Framework keys (OpenID metadata, issuers) pass through from the environment. */
function authOptions(config: AppConfig, env: NodeJS.ProcessEnv): ConfigurationBotFrameworkAuthenticationOptions {
  const passthrough = Object.fromEntries(
    Object.entries(env).filter(([k]) => /^(ToBotFrom|ToChannelFrom|OAuthUrl|ValidateAuthority|CallerId|ChannelService)/.test(k)),
  );
  return {
    ...passthrough,
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType ?? (config.appId ? 'SingleTenant' : ''),
    MicrosoftAppTenantId: config.appTenantId ?? '',
  } as ConfigurationBotFrameworkAuthenticationOptions;
}

export interface AppOverrides {
  /** Tests stand in for Entra ID with a local token; production uses the bot's own identity. */
  graphCredential?: TokenCredential;
  /** Tests hand out a fixed outbound Connector token; production asks Entra ID. */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

function peopleDirectory(config: AppConfig, logger: Logger, overrides: AppOverrides): PeopleDirectory | undefined {
  if (!config.graphEnabled) return undefined;
  const credential = overrides.graphCredential ?? graphCredential(config);
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

export async function startApp(config: AppConfig, logger: Logger, env: NodeJS.ProcessEnv = process.env, overrides: AppOverrides = {}): Promise<RunningApp> {
  // Templates are validated before anything opens or listens: a broken one stops start-up with its file, path and reason.
  const templates = loadTemplates(env.PARTNERWIJZER_TEMPLATES ?? defaultTemplateDir());
  const db = await openDb(config.databaseUrl);
  const register = new RegisterService(new KyselyRegisterStore(db.kysely));
  if (config.demo && (await register.seedDemoIfEmpty())) logger.info('seeded the demo register');

  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authOptions(config, env), overrides.credentialsFactory));
  const gateway = new BotGateway(adapter, config.appId ?? '');
  const conversations = new ConversationStore(db.kysely);
  const directory = peopleDirectory(config, logger, overrides);
  const roleCfg = config.roles;
  const anyRole = roleCfg.adminIds.length + roleCfg.secretaryIds.length > 0 || !!roleCfg.adminGroupId || !!roleCfg.secretaryGroupId;
  const groupCredential = overrides.graphCredential ?? graphCredential(config);
  const roles = new RoleResolver(
    { ...roleCfg, openByDefault: config.localMode && !anyRole },
    (roleCfg.adminGroupId || roleCfg.secretaryGroupId) && groupCredential ? new GraphGroups(config.graphBaseUrl, groupCredential) : undefined,
  );
  const audit = new KyselyAuditLog(db.kysely);
  const calendarStore = new CalendarStore(db.kysely);
  const calendar = new CalendarService(calendarStore);
  if (config.demo) {
    const seeded = await calendar.seedDemo((await register.snapshot()).parties);
    if (seeded > 0) logger.info({ events: seeded }, 'seeded demo governance dates');
  }
  let baseUrl = '';
  const publicUrl = () => (config.botDomain ? `https://${config.botDomain}` : baseUrl);
  const links = new LinkService(calendarStore, publicUrl);
  const checklists = new ChecklistService(new KyselyChecklistStore(db.kysely), templates);
  const meetingStore = new KyselyMeetingStore(db.kysely);
  const meetings = new MeetingService(meetingStore);
  const digestStore = new DigestStore(db.kysely);
  const digestContentAt = async (since: Date, now: Date) => {
    const snap = await register.snapshot();
    const changes = await db.kysely.selectFrom('audit_log').select(['entity_id', 'at']).where('action', '=', 'party.update').where('at', '>=', since.toISOString()).execute();
    return digestContent({
      now,
      since,
      parties: snap.activeById,
      events: await calendarStore.listEvents(),
      runs: await checklists.openRuns(),
      openActions: await meetings.openActions({}),
      outcomes: await meetingStore.outcomesSince(since.toISOString()),
      signals: await meetingStore.signalsSince(since.toISOString()),
      representationChanges: changes.map((c) => ({ partyId: c.entity_id, at: c.at })),
    });
  };
  const digestsService: DialogServices['digests'] = {
    subscribe: async (conv, owner, cron) => void (await digestStore.subscribe(conv, owner, cron)),
    stop: (conv, owner) => digestStore.stop(conv, owner),
    content: digestContentAt,
  };
  const outbox = new OutboxStore(db.kysely, db.kind);
  // On PostgreSQL every instance counts its sends in the database: one shared limit per conversation and tenant.
  const sendLimiter = db.kind === 'postgres' ? new PgSendRateLimiter(db.kysely) : new SendRateLimiter();
  const worker = new DeliveryWorker(outbox, conversations, gateway, logger, sendLimiter, 8, Number(env.DELIVERY_CLAIM_TIMEOUT_SECONDS ?? 120) * 1000, async (row, activityId) => {
    // A checklist card that arrived through the outbox: later clicks update that message.
    // In a channel thread the run keeps the thread, so its reminders are replies there too.
    if (row.payload.runId && activityId) await checklists.setMessage(row.payload.runId, row.payload.thread ?? row.conversationId, activityId);
  });
  const deferred = new DeferredDelivery(outbox, () => worker.drain(new Date()), logger);
  const bot = new PartnerwijzerBot({
    deferred,
    gateway,
    services: {
      register,
      directory,
      roles,
      audit,
      links,
      checklists,
      meetings,
      digests: digestsService,
      notifier: new ConversationNotifier(conversations, logger, deferred),
      calendar: { events: () => calendarStore.listEvents() },
      context: new ContextStore(db.kysely),
      concernControlConversation: config.concernControlConversation,
      download: fileDownloader({ httpsOnly: !config.localMode }),
    },
    conversations,
    logger,
    rateLimiter: new UserRateLimiter(config.userRateLimit),
  });
  adapter.onTurnError = async (ctx, error) => {
    const log = (ctx.turnState.get(TURN_LOGGER) as Logger | undefined) ?? logger;
    log.error({ err: error.message, stack: error.stack, activityType: ctx.activity.type }, 'turn failed');
    if (ctx.activity.type === 'message') {
      try {
        await gateway.reply(ctx, { text: catalogue(detectLang(ctx.activity.text, ctx.activity.locale)).error });
      } catch {
        // The conversation may be unreachable; the log line above is what matters.
      }
    }
  };

  const server = restify.createServer({ name: 'partnerwijzer', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: false }));
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, cb: () => void) => {
    logger.warn({ path: req.path(), status: err.statusCode, reason: err.name }, 'request rejected');
    cb();
  });

  // Graceful shutdown: once draining, new turns get 503 (Teams retries them elsewhere) and the
  // health check fails so load balancers stop routing here, while in-flight turns finish.
  /** Digests due at `now`: built once per occurrence, skipped when empty (DIGEST_SEND_EMPTY=1 sends them anyway). */
  const dueDigests = async (now: Date) => {
    const due = [];
    for (const sub of await digestStore.active()) {
      const occ = latestOccurrence(sub.cron, now);
      const since = new Date(sub.lastSentAt ?? sub.createdAt);
      if (!occ || occ <= since) continue;
      await digestStore.markSent(sub.id, occ.toISOString());
      if (now.getTime() - occ.getTime() > config.reminderLeads.horizonHours * 3_600_000) continue;
      const content = await digestContentAt(since, now);
      if (isEmpty(content) && env.DIGEST_SEND_EMPTY !== '1') continue;
      const t = catalogue('nl');
      const banner = await demoBannerFor(register, t);
      const cardJson = withDemoBanner(digestCard(content, t, since.toISOString()), banner);
      due.push({ key: `digest:${sub.id}:${occ.toISOString()}`, conversationId: sub.conversationId, dueAt: occ.toISOString(), payload: { kind: 'digest' as const, occurrence: 'upcoming' as const, party: '', title: 'digest', due: occ.toISOString().slice(0, 10), owner: null, late: false, card: cardJson } });
    }
    return due;
  };
  const reminders = async (now: Date) => {
    const snap = await register.snapshot();
    const links = await meetingStore.allLinks();
    const due = dueMessages({
      now,
      parties: snap.activeById,
      runs: await checklists.openRuns(),
      openActions: await meetings.openActions({}),
      events: await calendarStore.listEvents(),
      linkedChannel: (id) => links.get(id),
      leads: config.reminderLeads,
    });
    const enqueued = await outbox.enqueue([...due, ...(await dueDigests(now))]);
    const report = await worker.drain(now);
    if (enqueued > 0 || report.sent > 0) logger.info({ enqueued, ...report }, 'reminders delivered');
    return { enqueued, report };
  };
  const intervalS = Number(env.REMINDER_INTERVAL_SECONDS ?? 60);
  const timer = intervalS > 0 ? setInterval(() => void reminders(new Date()).catch((err: Error) => logger.error({ err: err.message }, 'reminder run failed')), intervalS * 1000) : undefined;
  timer?.unref();

  let draining = false;
  server.post('/api/messages', messagesRoute(adapter, bot, logger, { allowedTenants: config.localMode ? [] : config.allowedTenantIds, isDraining: () => draining }));
  server.get('/healthz', async (_req, res) => {
    res.status(draining ? 503 : 200);
    res.json({ status: draining ? 'draining' : 'ok', version: VERSION, store: db.kind, mode: config.localMode ? 'local' : 'teams' });
  });

  registerLinkRoutes(server, { checklists, calendarStore, calendar, register, logger, paragraphTexts: new ParagraphTextStore(db.kysely) });
  registerOverviewRoutes(server, {
    register,
    openRuns: () => checklists.openRuns(),
    openActions: () => meetings.openActions({}),
    openSignals: () => meetingStore.openSignals(),
    outcomesForParty: (id) => meetingStore.outcomesForParty(id),
    events: () => calendarStore.listEvents(),
    auth: config.localMode ? undefined : new TabAuthenticator({ appId: config.appId!, botDomain: config.botDomain, allowedTenants: config.allowedTenantIds, jwksUrl: config.entraJwksUrl }),
    appId: config.appId,
    logger,
  });
  registerLegalPages(server, async (code) => (await register.snapshot()).parties.find((p) => (p.code ?? '').toUpperCase() === code.toUpperCase()));

  if (config.localMode) {
    const directLine = new LocalDirectLine(
      () => `${baseUrl}/`,
      (activity) => adapter.processActivityDirect('', activity as Activity, (ctx) => bot.run(ctx)),
      logger,
    );
    directLine.register(server);
    registerWebChat(server);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  logger.info({ port, store: db.kind, mode: config.localMode ? 'local' : 'teams' }, 'Partnerwijzer listening');

  let closed = false;
  return {
    url: baseUrl,
    db,
    register,
    gateway,
    conversations,
    reminders,
    deliverOutbox: async () => {
      for (let i = 0; i < 200; i++) {
        await worker.drain(new Date());
        const left = await db.kysely.selectFrom('outbox').select('id').where('status', 'in', ['pending', 'sending']).where('not_before', '<=', new Date().toISOString()).limit(1).execute();
        if (left.length === 0) return;
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      draining = true;
      if (timer) clearInterval(timer);
      deferred.stop();
      const http = server.server;
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      http.closeIdleConnections();
      const force = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await done;
      clearTimeout(force);
      await db.close();
      logger.info('stopped: in-flight turns finished, store closed');
    },
  };
}
