import type { BbvCategory, Party } from '../domain/register/types';
import type { Catalogue } from '../locales';
import { submit } from './actions';
import { card, type AdaptiveCardJson } from './cardKit';
import { listLine, type CardElement } from './elements';
import { escapeMarkdown, formatEuro } from './text';

const MAX_ROWS = 15;

/** Parties ranked by financial interest; those without a recorded amount come last. */
export function rankingCard(parties: Party[], t: Catalogue, ascending: boolean): AdaptiveCardJson {
  const u = t.understand;
  const known = parties.filter((p) => p.financialInterestCents !== null).sort((a, b) => (ascending ? 1 : -1) * ((a.financialInterestCents ?? 0) - (b.financialInterestCents ?? 0)));
  const rows = known.slice(0, MAX_ROWS).map((p, i) => listLine(`${i + 1}. ${escapeMarkdown(p.name)} — ${formatEuro(p.financialInterestCents ?? 0)}`));
  return card(
    [
      { type: 'TextBlock', text: ascending ? u.rankingTitleAsc : u.rankingTitle, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: u.rankingSummary(known.length), wrap: true, isSubtle: true },
      ...rows,
    ],
    known.slice(0, 3).map((p) => submit(p.name, { action: 'party', partyId: p.id, intent: 'financialInterest' })),
  );
}

/** Total financial interest per BBV category (or of one category). */
export function totalsCard(parties: Party[], categories: readonly BbvCategory[], t: Catalogue, only?: BbvCategory): AdaptiveCardJson {
  const u = t.understand;
  const sum = (ps: Party[]): number => ps.reduce((n, p) => n + (p.financialInterestCents ?? 0), 0);
  const body: CardElement[] = [{ type: 'TextBlock', text: u.totalsTitle, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (only) {
    const ps = parties.filter((p) => p.category === only);
    body.push({ type: 'TextBlock', text: u.totalsCategory(t.overview.categories[only], ps.length, formatEuro(sum(ps))), wrap: true });
  } else {
    body.push({ type: 'TextBlock', text: u.totalsAll(parties.length, formatEuro(sum(parties))), wrap: true });
    for (const c of categories) {
      const ps = parties.filter((p) => p.category === c);
      body.push({ type: 'TextBlock', text: `• ${u.totalsLine(t.overview.categories[c], ps.length, formatEuro(sum(ps)))}`, wrap: true, spacing: 'None' });
    }
  }
  return card(body);
}
