import { withDemoBanner, type AdaptiveCardJson } from '../cards/cardKit';
import { partyCard } from '../cards/partyCard';
import { DEMO_MUNICIPALITY } from '../domain/demo/demoRegister';
import type { Catalogue } from '../locales';
import type { DialogServices } from './types';

export interface SearchHit {
  card: AdaptiveCardJson;
  title: string;
  subtitle: string;
}

const MAX_RESULTS = 25;

/** The compose-box search: parties matching what the user types, each with the card to insert. */
export async function searchParties(query: string, skip: number, count: number, services: DialogServices, t: Catalogue): Promise<SearchHit[]> {
  const snap = await services.register.snapshot();
  const banner = snap.demo ? t.demoBanner(DEMO_MUNICIPALITY) : undefined;
  const limit = Math.max(1, Math.min(count || 10, MAX_RESULTS));
  return snap.partyIndex.search(query.slice(0, 200), limit, Math.max(0, skip)).map((p) => ({
    card: withDemoBanner(partyCard(p, t, { withoutActions: true }), banner),
    title: p.name,
    subtitle: [t.party.category[p.category], p.location, p.riskProfile ? t.overview.risk[p.riskProfile] : null].filter(Boolean).join(' · '),
  }));
}
