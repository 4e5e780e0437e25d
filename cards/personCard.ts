import type { DirectoryPerson } from '../domain/people/directory';
import type { PersonRoles } from '../domain/register/personIndex';
import type { Catalogue } from '../locales';
import { submit } from './actions';
import type { AdaptiveCardJson } from './cardKit';
import { personLine } from './partyCard';
import type { CardElement } from './elements';
import { escapeMarkdown } from './text';

/** Everywhere one person represents the municipality, with a button per party. */
export function personCard(roles: PersonRoles, t: Catalogue, directory?: Map<string, DirectoryPerson>, focus?: 'accountFor' | 'portfolioOf'): AdaptiveCardJson {
  const body: CardElement[] = [{ type: 'TextBlock', text: personLine(roles.person, t, directory), weight: 'Bolder', wrap: true }];
  const who = escapeMarkdown(roles.person.name);
  const u = t.understand;
  if (focus === 'portfolioOf') {
    body.push({ type: 'TextBlock', text: roles.portfolioFor.length > 0 ? u.portfolioOf(who) : u.noPortfolio(who), wrap: true, spacing: 'Medium' });
    for (const party of roles.portfolioFor) body.push({ type: 'TextBlock', text: `• ${escapeMarkdown(party.name)}`, wrap: true, spacing: 'None' });
  }
  if (focus === 'accountFor' && roles.accountFor.length === 0) body.push({ type: 'TextBlock', text: u.noAccountFor(who), wrap: true, spacing: 'Medium' });
  if (roles.seats.length > 0 && focus !== 'accountFor') {
    body.push({ type: 'TextBlock', text: t.person.seats, wrap: true, spacing: 'Medium' });
    for (const { party, seat } of roles.seats) {
      body.push({ type: 'TextBlock', text: `• ${escapeMarkdown(party.name)} — ${escapeMarkdown(seat.body)}, ${escapeMarkdown(seat.role)}`, wrap: true, spacing: 'None' });
    }
  } else if (!focus) {
    body.push({ type: 'TextBlock', text: t.person.none, wrap: true, isSubtle: true });
  }
  if (roles.accountFor.length > 0) {
    body.push({ type: 'TextBlock', text: t.person.accountFor, wrap: true, spacing: 'Medium' });
    for (const party of roles.accountFor) body.push({ type: 'TextBlock', text: `• ${escapeMarkdown(party.name)}`, wrap: true, spacing: 'None' });
  }
  const parties = [...new Map([...roles.seats.map((s) => s.party), ...roles.accountFor, ...roles.portfolioFor].map((p) => [p.id, p])).values()].slice(0, 5);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: parties.map((p) => submit(p.name, { action: 'party', partyId: p.id, intent: 'partyInfo' })),
  };
}
