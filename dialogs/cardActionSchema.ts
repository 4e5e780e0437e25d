import { z } from 'zod';
import { PARTY_ACTION_INTENTS, type CardAction } from '../cards/actions';

/** Card submits are input like any other: validated before anything acts on them. */
const Id = z.string().min(1).max(200);
export const CardActionSchema = z.union([
  z.object({ action: z.literal('ask'), text: z.string().max(500) }),
  z.object({ action: z.literal('party'), partyId: Id, intent: z.enum(PARTY_ACTION_INTENTS), body: z.string().max(100).optional(), role: z.string().max(100).optional() }),
  z.object({ action: z.literal('confirm'), what: z.literal('digest'), text: z.string().min(1).max(500) }),
  z.object({ action: z.literal('confirm'), what: z.literal('link'), partyId: Id }),
  z.object({ action: z.literal('cancel') }),
  z.object({ action: z.literal('person'), key: z.string().min(1).max(320) }),
  z.object({ action: z.literal('followUp'), kind: z.enum(['change', 'meeting', 'signal']), partyId: Id }),
  z.object({ action: z.literal('revokeCalendar') }),
  z.object({ action: z.literal('editOutcome'), outcomeId: z.string().min(1).max(64) }),
]);

export function parseCardAction(value: unknown): CardAction | undefined {
  const r = CardActionSchema.safeParse(value);
  return r.success ? r.data : undefined;
}

/** composeExtension/query as Teams sends it (kit h-invoke-composeExtension-query.json). */
export const SearchQuerySchema = z.object({
  commandId: z.string().max(100).optional(),
  parameters: z.array(z.object({ name: z.string().max(100), value: z.unknown() })).max(10).optional(),
  queryOptions: z.object({ skip: z.number().int().min(0).max(10_000).optional(), count: z.number().int().min(0).max(100).optional() }).optional(),
});

export type SearchQuery = z.infer<typeof SearchQuerySchema>;
