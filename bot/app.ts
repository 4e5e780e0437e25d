import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import restify from 'restify';
import { UserRateLimiter } from './userRateLimiter';
import { registerLinkRoutes } from './linkRoutes';
import { registerOverviewRoutes } from './overviewRoutes';
import { TabAuthenticator } from './tabAuth';
import type { DeliveryReport } from '../domain/reminders/reminderRunner';
import { catalogue, detectLang } from '../locales';
import type { ConversationStore } from '../store/conversationStore';
import type { Db } from '../store/db';
import type { RegisterService } from '../domain/register/registerService';
import type { AppConfig } from './config';
import { LocalDirectLine } from './directline';
import type { BotGateway } from './gateway';
import { TURN_LOGGER, type Logger } from './logger';
import { messagesRoute } from './messagesRoute';
import { registerWebChat } from './staticFiles';
import { registerLegalPages } from './legalPages';
import { PartnerwijzerBot } from './teamsBot';
import { openServices, runReminders, type AppOverrides, type Services } from './services';

export type { AppOverrides } from './services';

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

export async function startApp(config: AppConfig, logger: Logger, overrides: AppOverrides = {}): Promise<RunningApp> {
  const services = await openServices(config, logger, overrides);
  try {
    return await serve(services, botFor(services, config, logger), config, logger);
  } catch (err) {
    await services.close(); // e.g. the port is taken: do not leave the store open
    throw err;
  }
}

function botFor(s: Services, config: AppConfig, logger: Logger): PartnerwijzerBot {
  const bot = new PartnerwijzerBot({
    deferred: s.deferred,
    gateway: s.gateway,
    services: s.dialog,
    conversations: s.conversations,
    logger,
    rateLimiter: new UserRateLimiter(config.userRateLimit),
  });
  s.adapter.onTurnError = async (ctx, error) => {
    const log = (ctx.turnState.get(TURN_LOGGER) as Logger | undefined) ?? logger;
    log.error({ err: error.message, stack: error.stack, activityType: ctx.activity.type }, 'turn failed');
    if (ctx.activity.type === 'message') {
      try {
        await s.gateway.reply(ctx, { text: catalogue(detectLang(ctx.activity.text, ctx.activity.locale)).error });
      } catch {
        // The conversation may be unreachable; the log line above is what matters.
      }
    }
  };
  return bot;
}

/** The scheduler of a running server; off when the interval is 0. */
function startScheduler(s: Services, logger: Logger, intervalSeconds: number): NodeJS.Timeout | undefined {
  if (intervalSeconds <= 0) return undefined;
  const timer = setInterval(() => void runReminders(s, logger, new Date()).catch((err: Error) => logger.error({ err: err.message }, 'reminder run failed')), intervalSeconds * 1000);
  timer.unref();
  return timer;
}

async function serve(s: Services, bot: PartnerwijzerBot, config: AppConfig, logger: Logger): Promise<RunningApp> {
  const { adapter, db, register, checklists, meetings, meetingStore, calendarStore } = s;
  const server = restify.createServer({ name: 'partnerwijzer', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: false }));
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, cb: () => void) => {
    logger.warn({ path: req.path(), status: err.statusCode, reason: err.name }, 'request rejected');
    cb();
  });

  const timer = startScheduler(s, logger, config.reminderIntervalSeconds);

  // Graceful shutdown: once draining, new turns get 503 (Teams retries them elsewhere) and the
  // health check fails so load balancers stop routing here, while in-flight turns finish.
  let draining = false;
  server.post('/api/messages', messagesRoute(adapter, bot, logger, { allowedTenants: config.localMode ? [] : config.allowedTenantIds, isDraining: () => draining }));
  server.get('/healthz', async (_req, res) => {
    res.status(draining ? 503 : 200);
    res.json({ status: draining ? 'draining' : 'ok', version: VERSION, store: db.kind, mode: config.localMode ? 'local' : 'teams' });
  });

  registerLinkRoutes(server, { checklists, calendarStore, calendar: s.calendar, register, logger, paragraphTexts: s.paragraphTexts });
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

  let baseUrl = '';
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
  s.setBaseUrl(baseUrl);
  logger.info({ port, store: db.kind, mode: config.localMode ? 'local' : 'teams' }, 'Partnerwijzer listening');

  let closed = false;
  return {
    url: baseUrl,
    db,
    register,
    gateway: s.gateway,
    conversations: s.conversations,
    reminders: (now) => runReminders(s, logger, now),
    deliverOutbox: async () => {
      for (let i = 0; i < 200; i++) {
        await s.worker.drain(new Date());
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
      const http = server.server;
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      http.closeIdleConnections();
      const force = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await done;
      clearTimeout(force);
      await s.close();
      logger.info('stopped: in-flight turns finished, store closed');
    },
  };
}
