import type { Candidate } from '../domain/register/partyIndex';
import type { PersonRoles } from '../domain/register/personIndex';
import type { Catalogue } from '../locales';
import { submit, type PartyIntent } from './actions';
import { card, type AdaptiveCardJson } from './cardKit';
import type { CardElement } from './elements';
import { escapeMarkdown } from './text';


/** Two or more plausible parties: ask, never guess. */
export function partyChoiceCard(candidates: Candidate[], intent: PartyIntent, t: Catalogue, body?: string): AdaptiveCardJson {
  const title = candidates.length === 1 ? t.choice.didYouMean : t.choice.whichParty;
  return card(
    [{ type: 'TextBlock', text: title, weight: 'Bolder', wrap: true }],
    candidates.map((c) => submit(c.party.name, { action: 'party', partyId: c.party.id, intent, ...(body ? { body } : {}) })),
  );
}

/** Nothing plausible: say so, offer the nearest names and the overview. */
export function partyNotFoundCard(query: string, closest: Candidate[], t: Catalogue, intent: PartyIntent): AdaptiveCardJson {
  const body: CardElement[] = [{ type: 'TextBlock', text: t.notFound.party(escapeMarkdown(query)), wrap: true, weight: 'Bolder' }];
  if (closest.length > 0) body.push({ type: 'TextBlock', text: t.notFound.closest, wrap: true, isSubtle: true });
  return card(body, [
    ...closest.map((c) => submit(c.party.name, { action: 'party', partyId: c.party.id, intent })),
    submit(t.notFound.overviewButton, { action: 'ask', text: t.notFound.overviewAsk }),
  ]);
}

export function personChoiceCard(candidates: PersonRoles[], t: Catalogue): AdaptiveCardJson {
  return card(
    [{ type: 'TextBlock', text: t.choice.whichPerson, weight: 'Bolder', wrap: true }],
    candidates.map((c) => submit(c.person.function ? `${c.person.name} (${c.person.function})` : c.person.name, { action: 'person', key: c.person.email ?? c.person.name })),
  );
}
