import { z } from 'zod';

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
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    from: Account.optional(),
    recipient: Account.optional(),
    text: z.string().max(100_000).optional().nullable(),
  })
  .passthrough();

export type EnvelopeCheck = { ok: true } | { ok: false; status: 400; reason: string };

export function checkEnvelope(body: unknown): EnvelopeCheck {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, status: 400, reason: 'body is not a JSON object' };
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
