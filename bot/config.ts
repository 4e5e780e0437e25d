import { z } from 'zod';
import { defaultTemplateDir } from '../domain/checklists/template';
import { REMINDER_KIND_NAMES, type ReminderKindName } from '../domain/reminders/kinds';
import { DEFAULT_LEADS, leadField, type LeadTimes } from '../domain/reminders/planner';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../domain/time/clock';

/**
 * Environment contract (see ../shared/DESIGN.md). Validated once at start-up so that a bad value
 * stops the process with one clear line instead of failing later in a turn.
 */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

// REMINDER_LEADS names the reminder kinds of domain/reminders/kinds.ts, plus the horizon.
const LEAD_NAME = `(${[...REMINDER_KIND_NAMES, 'horizon'].join('|')})`;
const LEADS_PATTERN = new RegExp(`^(\\s*${LEAD_NAME}\\s*=\\s*\\d{1,3}\\s*)(,\\s*${LEAD_NAME}\\s*=\\s*\\d{1,3}\\s*)*$`);
const LEADS_EXAMPLE = [...REMINDER_KIND_NAMES.map((k) => `${k}=${DEFAULT_LEADS[leadField(k)]}`), `horizon=${DEFAULT_LEADS.horizonHours}`].join(',');

const EnvSchema = z.object({
  PORT: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? 3978 : Number(v)))
    .pipe(z.number().int().min(0).max(65535)),
  HOST: optionalString,
  DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^(sqlite:|postgres:\/\/|postgresql:\/\/)/.test(v),
    { message: 'must start with sqlite:, postgres:// or postgresql://' },
  ),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: optionalString.refine(
    (v) => v === undefined || ['singletenant', 'userassignedmsi', 'multitenant'].includes(v.toLowerCase()),
    { message: 'must be SingleTenant or UserAssignedMSI' },
  ),
  MicrosoftAppTenantId: optionalString,
  ALLOWED_TENANT_IDS: optionalString,
  GRAPH_BASE_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), { message: 'must be an http(s) URL' }),
  TZ_DISPLAY: optionalString
    .transform((v) => v ?? DEFAULT_TIME_ZONE)
    .refine((v) => isTimeZone(v), { message: 'must be an IANA time zone such as Europe/Amsterdam' }),
  LOG_LEVEL: optionalString
    .transform((v) => v ?? 'info')
    .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  CONCERN_CONTROL_CONVERSATION: optionalString,
  REMINDER_LEADS: optionalString.refine((v) => v === undefined || LEADS_PATTERN.test(v), {
    message: `use e.g. ${LEADS_EXAMPLE} (days; horizon in hours)`,
  }),
  ENTRA_JWKS_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), { message: 'must be an http(s) URL' }),
  BOT_DOMAIN: optionalString.refine((v) => v === undefined || /^[a-z0-9.-]+(:\d+)?$/i.test(v), { message: 'must be a host name such as partnerwijzer.gemeente.nl' }),
  REGISTER_ADMINS: optionalString,
  SECRETARIES: optionalString,
  ADMIN_GROUP_ID: optionalString,
  SECRETARY_GROUP_ID: optionalString,
  USER_RATE_LIMIT: optionalString
    .transform((v) => (v === undefined ? 30 : Number(v)))
    .pipe(z.number().int().min(1).max(10_000)),
  GRAPH_ENABLED: optionalString.pipe(z.enum(['0', '1', 'true', 'false']).optional()),
  PARTNERWIJZER_DEMO: optionalString
    .transform((v) => v ?? '1')
    .pipe(z.enum(['0', '1', 'true', 'false'])),
  PARTNERWIJZER_TEMPLATES: optionalString,
  REMINDER_INTERVAL_SECONDS: wholeNumber(60, 0, 86_400, 'seconds; 0 turns the scheduler off'),
  DIGEST_SEND_EMPTY: optionalString
    .transform((v) => v ?? '0')
    .pipe(z.enum(['0', '1', 'true', 'false'], { message: 'must be 0 or 1' })),
  DELIVERY_CLAIM_TIMEOUT_SECONDS: wholeNumber(120, 1, 86_400, 'seconds'),
  DEVELOPER_NAME: optionalString,
});

/** A whole number in [min, max] with a default; anything else is refused with the unit in the message. */
function wholeNumber(fallback: number, min: number, max: number, unit: string) {
  return optionalString
    .transform((v) => (v === undefined ? fallback : /^\d+$/.test(v) ? Number(v) : NaN))
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, { message: `must be a whole number from ${min} to ${max} (${unit})` });
}

export interface AppConfig {
  port: number;
  host: string | undefined;
  databaseUrl: string;
  appId: string | undefined;
  appPassword: string | undefined;
  appType: string | undefined;
  appTenantId: string | undefined;
  allowedTenantIds: string[];
  graphBaseUrl: string;
  /** Graph enrichment is on when GRAPH_BASE_URL is set explicitly or the bot has tenant credentials. */
  graphEnabled: boolean;
  tzDisplay: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  demo: boolean;
  /** Local mode: no Microsoft App ID, so no auth and a built-in web chat. */
  localMode: boolean;
  roles: { adminIds: string[]; secretaryIds: string[]; adminGroupId: string | undefined; secretaryGroupId: string | undefined };
  /** Messages per user per minute before the bot asks them to slow down. */
  userRateLimit: number;
  /** Entra ID signing keys for the overview tab's SSO tokens; undefined = Entra's public key set. */
  entraJwksUrl: string | undefined;
  /** Public host name, for links the bot hands out (calendar feeds, downloads). */
  botDomain: string | undefined;
  /** The concern-control channel's conversation id, told about escalated signals. */
  concernControlConversation: string | undefined;
  /** Days before a due date each reminder kind is sent; hours after which a missed reminder is dropped. */
  reminderLeads: LeadTimes;
  /** Folder with the checklist templates. */
  templatesDir: string;
  /** How often the scheduler plans and sends; 0 = no scheduler. */
  reminderIntervalSeconds: number;
  /** Send a digest even when there is nothing to report. */
  digestSendEmpty: boolean;
  /** Claims older than this belong to a process that died; their messages are sent again. */
  deliveryClaimTimeoutSeconds: number;
  /** Publisher name in the Teams app package. */
  developerName: string;
  /** Extra Bot Framework settings (OpenID metadata, issuers, channel service) passed to botbuilder as they are. */
  botFrameworkPassthrough: Record<string, string>;
}

export class ConfigError extends Error {}

export const DEFAULT_SQLITE_URL = 'sqlite:./data/partnerwijzer.db';

function parseLeads(v: string | undefined): LeadTimes {
  const leads = { ...DEFAULT_LEADS };
  for (const part of (v ?? '').split(',').filter((x) => x.trim() !== '')) {
    const [k, n] = part.split('=').map((x) => x.trim());
    const value = Number(n);
    if (k === 'horizon') leads.horizonHours = value;
    else if ((REMINDER_KIND_NAMES as string[]).includes(k)) leads[leadField(k as ReminderKindName)] = value;
  }
  return leads;
}

function idList(v: string | undefined): string[] {
  return (v ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
}

const BOT_FRAMEWORK_KEYS = /^(ToBotFrom|ToChannelFrom|OAuthUrl|ValidateAuthority|CallerId|ChannelService)/;

/**
 * The command line's language (PARTNERWIJZER_LANG, else the shell's locale): Dutch unless English.
 * Read apart from loadConfig, so usage and configuration errors are in the right language too.
 */
export function cliLang(env: NodeJS.ProcessEnv = process.env): 'nl' | 'en' {
  const l = env.PARTNERWIJZER_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return /^en/i.test(l) ? 'en' : 'nl';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid environment: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  if (!Number.isFinite(e.PORT)) throw new ConfigError('Invalid environment: PORT: must be a number');
  const allowed = (e.ALLOWED_TENANT_IDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (e.MicrosoftAppTenantId) allowed.unshift(e.MicrosoftAppTenantId);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? DEFAULT_SQLITE_URL,
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword,
    appType: e.MicrosoftAppType,
    appTenantId: e.MicrosoftAppTenantId,
    allowedTenantIds: [...new Set(allowed)],
    graphBaseUrl: e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com/v1.0',
    graphEnabled:
      e.GRAPH_ENABLED !== undefined
        ? e.GRAPH_ENABLED === '1' || e.GRAPH_ENABLED === 'true'
        : e.GRAPH_BASE_URL !== undefined || (e.MicrosoftAppId !== undefined && e.MicrosoftAppTenantId !== undefined),
    tzDisplay: e.TZ_DISPLAY,
    logLevel: e.LOG_LEVEL,
    demo: e.PARTNERWIJZER_DEMO === '1' || e.PARTNERWIJZER_DEMO === 'true',
    localMode: e.MicrosoftAppId === undefined,
    roles: {
      adminIds: idList(e.REGISTER_ADMINS),
      secretaryIds: idList(e.SECRETARIES),
      adminGroupId: e.ADMIN_GROUP_ID?.toLowerCase(),
      secretaryGroupId: e.SECRETARY_GROUP_ID?.toLowerCase(),
    },
    userRateLimit: e.USER_RATE_LIMIT,
    botDomain: e.BOT_DOMAIN,
    entraJwksUrl: e.ENTRA_JWKS_URL,
    concernControlConversation: e.CONCERN_CONTROL_CONVERSATION,
    reminderLeads: parseLeads(e.REMINDER_LEADS),
    templatesDir: e.PARTNERWIJZER_TEMPLATES ?? defaultTemplateDir(),
    reminderIntervalSeconds: e.REMINDER_INTERVAL_SECONDS,
    digestSendEmpty: e.DIGEST_SEND_EMPTY === '1' || e.DIGEST_SEND_EMPTY === 'true',
    deliveryClaimTimeoutSeconds: e.DELIVERY_CLAIM_TIMEOUT_SECONDS,
    developerName: e.DEVELOPER_NAME ?? 'Gemeente',
    botFrameworkPassthrough: Object.fromEntries(
      Object.entries(env).filter((kv): kv is [string, string] => BOT_FRAMEWORK_KEYS.test(kv[0]) && typeof kv[1] === 'string'),
    ),
  };
}
