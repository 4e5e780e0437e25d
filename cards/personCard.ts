import type { DirectoryPerson } from '../domain/people/directory';
import type { PersonRoles } from '../domain/register/personIndex';
import type { Catalogue } from '../locales';
import { submit } from './actions';
import type { AdaptiveCardJson } from './cardKit';
import { personLine } from './partyCard';
import { escapeMarkdown } from './text';

/** Everywhere one person represents the municipality, with a button per party. */
export function personCard(roles: PersonRoles, t: Catalogue, directory?: Map<string, DirectoryPerson>): AdaptiveCardJson {
  const body: unknown[] = [{ type: 'TextBlock', text: personLine(roles.person, t, directory), weight: 'Bolder', wrap: true }];
  if (roles.seats.length > 0) {
    body.push({ type: 'TextBlock', text: t.person.seats, wrap: true, spacing: 'Medium' });
    for (const { party, seat } of roles.seats) {
      body.push({ type: 'TextBlock', text: `• ${escapeMarkdown(party.name)} — ${escapeMarkdown(seat.body)}, ${escapeMarkdown(seat.role)}`, wrap: true, spacing: 'None' });
    }
  } else {
    body.push({ type: 'TextBlock', text: t.person.none, wrap: true, isSubtle: true });
  }
  if (roles.accountFor.length > 0) {
    body.push({ type: 'TextBlock', text: t.person.accountFor, wrap: true, spacing: 'Medium' });
    for (const party of roles.accountFor) body.push({ type: 'TextBlock', text: `• ${escapeMarkdown(party.name)}`, wrap: true, spacing: 'None' });
  }
  const parties = [...new Map([...roles.seats.map((s) => s.party), ...roles.accountFor].map((p) => [p.id, p])).values()].slice(0, 5);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: parties.map((p) => submit(p.name, { action: 'party', partyId: p.id, intent: 'partyInfo' })),
  };
}
