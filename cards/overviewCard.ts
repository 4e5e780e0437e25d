import type { Party } from '../domain/register/types';
import type { RegisterOverview } from '../domain/register/registerService';
import type { Catalogue } from '../locales';
import { expandTemplate, type AdaptiveCardJson } from './cardKit';
import { escapeMarkdown } from './text';

/** Long lists are cut so the card stays well under Teams' 28 KB limit. */
const MAX_LINES_PER_GROUP = 40;

function partyLine(p: Party, t: Catalogue): string {
  const bits = [escapeMarkdown(p.name)];
  if (p.location) bits.push(escapeMarkdown(p.location));
  if (p.riskProfile) bits.push(t.overview.risk[p.riskProfile]);
  return bits.join(' · ');
}

function lines(parties: Party[], t: Catalogue): string[] {
  const shown = parties.slice(0, MAX_LINES_PER_GROUP).map((p) => partyLine(p, t));
  if (parties.length > MAX_LINES_PER_GROUP) shown.push(`… (+${parties.length - MAX_LINES_PER_GROUP})`);
  return shown.length > 0 ? shown : [t.overview.none];
}

export function overviewCard(o: RegisterOverview, t: Catalogue): AdaptiveCardJson {
  return expandTemplate('overview', {
    title: t.overview.title,
    summary: o.total === 0 ? t.overview.empty : t.overview.summary(o.total),
    groups: o.byCategory.map((g) => ({ heading: `${t.overview.categories[g.category]} (${g.parties.length})`, lines: lines(g.parties, t) })),
  });
}

/** A titled list of parties (a risk level, a BBV category). */
export function partyListCard(title: string, summary: string, parties: Party[], t: Catalogue): AdaptiveCardJson {
  return expandTemplate('overview', {
    title,
    summary,
    groups: parties.length === 0 ? [] : [{ heading: `${title} (${parties.length})`, lines: lines(parties, t) }],
  });
}
