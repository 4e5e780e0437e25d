import { z } from 'zod';
import { withDemoBanner, type AdaptiveCardJson } from '../cards/cardKit';
import { partyCard } from '../cards/partyCard';
import { DEMO_MUNICIPALITY } from '../domain/demo/demoRegister';
import type { Catalogue } from '../locales';
import type { Party } from '../domain/register/types';
import type { DialogServices } from './types';

export interface SearchHit {
  card: AdaptiveCardJson;
  title: string;
  subtitle: string;
}

const MAX_RESULTS = 25;

/** composeExtension/query as Teams sends it (kit h-invoke-composeExtension-query.json). */
export const SearchQuerySchema = z.object({
  commandId: z.string().max(100).optional(),
  parameters: z.array(z.object({ name: z.string().max(100), value: z.unknown() })).max(10).optional(),
  queryOptions: z.object({ skip: z.number().int().min(0).max(10_000).optional(), count: z.number().int().min(0).max(100).optional() }).optional(),
});

export type SearchQuery = z.infer<typeof SearchQuerySchema>;


/** The compose-box search: parties matching what the user types, each with the card to insert. */
export async function searchParties(query: string, skip: number, count: number, services: DialogServices, t: Catalogue): Promise<SearchHit[]> {
  const snap = await services.register.snapshot();
  const banner = snap.demo ? t.demoBanner(DEMO_MUNICIPALITY) : undefined;
  const limit = Math.max(1, Math.min(count || 10, MAX_RESULTS));
  return snap.partyIndex.search(query.slice(0, 200), limit, Math.max(0, skip)).map((p) => hitOf(p, t, banner));
}

function hitOf(p: Party, t: Catalogue, banner: string | undefined): SearchHit {
  return {
    card: withDemoBanner(partyCard(p, t, { withoutActions: true }), banner),
    title: p.name,
    subtitle: [t.party.category[p.category], p.location, p.riskProfile ? t.overview.risk[p.riskProfile] : null].filter(Boolean).join(' · '),
  };
}

/** The bot's own link to a party: https://<bot domain>/partij/<code>. */
export function partyLink(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/partij/${encodeURIComponent(code)}`;
}

/**
 * Link unfurling: a link to one of the bot's party pages pasted in a message becomes the party's
 * card. Only the bot's own host (the one Teams routed the link for) and path are recognised.
 */
export async function unfurlPartyLink(url: string, services: DialogServices, t: Catalogue): Promise<SearchHit | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url.slice(0, 2000));
  } catch {
    return undefined;
  }
  const m = /^\/partij\/([^/]{1,64})\/?$/.exec(parsed.pathname);
  if (!m || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined;
  const code = decodeURIComponent(m[1]).toUpperCase();
  const snap = await services.register.snapshot();
  const party = snap.parties.find((p) => (p.code ?? '').toUpperCase() === code);
  if (!party) return undefined;
  return hitOf(party, t, snap.demo ? t.demoBanner(DEMO_MUNICIPALITY) : undefined);
}
