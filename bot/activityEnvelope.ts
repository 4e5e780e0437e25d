import { z } from 'zod';
import { stripControl } from '../domain/integrity/limits';

/** Activity types defined by the Bot Framework schema; anything else is not an activity. */
export const KNOWN_ACTIVITY_TYPES = [
  'message', 'contactRelationUpdate', 'conversationUpdate', 'typing', 'endOfConversation', 'event', 'invoke',
  'invokeResponse', 'deleteUserData', 'messageUpdate', 'messageDelete', 'installationUpdate', 'messageReaction',
  'suggestion', 'trace', 'handoff', 'command', 'commandResult',
] as const;

const Account = z.object({ id: z.string().max(512) }).passthrough();

/** The minimum an inbound activity must have before botbuilder sees it. */
export const ActivityEnvelope = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    // Limits of the stored columns (conversations.conversation_type varchar(32), tenant_id varchar(64)),
    // so SQLite and PostgreSQL refuse the same activities instead of one of them failing later.
    conversation: z
      .object({ id: z.string().min(1).max(1024), conversationType: z.string().max(32).optional().nullable(), tenantId: z.string().max(64).optional().nullable(), name: z.string().max(1024).optional().nullable() })
      .passthrough(),
    channelData: z
      .object({ tenant: z.object({ id: z.string().max(64).optional().nullable() }).passthrough().optional().nullable(), team: z.object({ id: z.string().max(1024).optional().nullable(), name: z.string().max(1024).optional().nullable() }).passthrough().optional().nullable() })
      .passthrough()
      .optional()
      .nullable(),
    from: Account.optional(),
    recipient: Account.optional(),
    text: z.string().max(100_000).optional().nullable(),
    locale: z.string().max(64).optional().nullable(),
    name: z.string().max(256).optional().nullable(),
  })
  .passthrough();

export type EnvelopeCheck = { ok: true } | { ok: false; status: 400; reason: string };

const MAX_DEPTH = 32;

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const v of Object.values(value as Record<string, unknown>)) {
    max = Math.max(max, depthOf(v, depth + 1));
    if (max > MAX_DEPTH) break;
  }
  return max;
}

/**
 * NUL and other control characters (tab, newline and carriage return stay) are removed from every
 * string of an inbound activity before anything reads it: PostgreSQL refuses NUL in text, SQLite
 * stores it, and neither belongs in a name, a note or a form field.
 */
export function stripControlDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControl(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => stripControlDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty: a "__proto__" key stays a plain property, as JSON.parse made it.
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) Object.defineProperty(out, stripControl(k), { value: stripControlDeep(v), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

export function checkEnvelope(body: unknown): EnvelopeCheck {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, status: 400, reason: 'body is not a JSON object' };
  if (depthOf(body) > MAX_DEPTH) return { ok: false, status: 400, reason: 'activity nested too deeply' };
  const parsed = ActivityEnvelope.safeParse(body);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, status: 400, reason: `invalid activity: ${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  if (!(KNOWN_ACTIVITY_TYPES as readonly string[]).includes(parsed.data.type)) {
    return { ok: false, status: 400, reason: `unknown activity type: ${parsed.data.type.slice(0, 64)}` };
  }
  return { ok: true };
}
