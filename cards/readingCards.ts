import type { Party } from '../domain/register/types';
import type { Catalogue } from '../locales';
import { dialogButton, formSubmit, submit, type ActionOf, type PartyIntent } from './actions';
import { card, type AdaptiveCardJson } from './cardKit';
import type { CardElement } from './elements';
import { escapeMarkdown } from './text';
import { partyInput, type FormClient } from './formInputs';

const MAX_CHOICES = 5;

/** A question needs a party and none was named: ask, with the parties as buttons (in Teams: a typeahead over all of them). */
export function askPartyCard(parties: Party[], intent: PartyIntent, t: Catalogue, body?: string, client: FormClient = {}): AdaptiveCardJson {
  const shown = [...parties].sort((a, b) => a.name.localeCompare(b.name, 'nl')).slice(0, MAX_CHOICES);
  // Teams: a typeahead over every party with its own button (a plain Action.Submit: Teams sends the
  // data with the chosen party merged in, as the `party` card action); the first names stay as buttons.
  // The party's id is not in the data: Teams merges the typeahead's input (`partyId`) into it on submit.
  const chosen = { action: 'party', intent, ...(body ? { body } : {}) } as Omit<ActionOf<'party'>, 'partyId'> as ActionOf<'party'>;
  const typeahead: CardElement[] = client.teams
    ? [
        { ...partyInput('partyId', t.meeting.party, parties, '', client), isRequired: true, errorMessage: t.understand.typeToSearch, placeholder: t.understand.typeToSearch },
        { type: 'ActionSet', actions: [formSubmit(t.understand.chooseParty, chosen, 'positive')] },
      ]
    : [];
  return card(
    [
      { type: 'TextBlock', text: t.understand.whichPartyFor, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t.understand.typeTheName, wrap: true, isSubtle: true },
      ...typeahead,
    ],
    // The quick buttons do not send (or wait for) the typeahead's input.
    shown.map((p) => ({ ...submit(p.aliases[0] && p.aliases[0].length < p.name.length ? `${p.aliases[0]} — ${p.name}`.slice(0, 80) : p.name, { action: 'party', partyId: p.id, intent, ...(body ? { body } : {}) }), ...(client.teams ? { associatedInputs: 'none' } : {}) })),
  );
}

/** Not understood: the nearest readings as buttons, and a few examples. */
export function notUnderstoodCard(text: string, suggestions: string[], t: Catalogue): AdaptiveCardJson {
  const u = t.understand;
  const asks = suggestions.length > 0 ? suggestions : u.examples;
  return card(
    [
      { type: 'TextBlock', text: u.notUnderstoodTitle(escapeMarkdown(text)), wrap: true, weight: 'Bolder' },
      { type: 'TextBlock', text: suggestions.length > 0 ? u.didYouMean : u.examplesTitle, wrap: true, isSubtle: true },
    ],
    [...asks.slice(0, 3).map((q) => submit(q, { action: 'ask', text: q })), submit(u.helpButton.title, { action: 'ask', text: u.helpButton.text })],
  );
}

/** A write read from free text: say what will happen, change nothing until confirmed. */
export function confirmCard(question: string, confirm: ActionOf<'confirm'>, t: Catalogue): AdaptiveCardJson {
  return card(
    [{ type: 'TextBlock', text: question, wrap: true }],
    [
      formSubmit(t.understand.confirm, confirm, 'positive'),
      formSubmit(t.understand.cancel, { action: 'cancel' }),
    ],
  );
}

/**
 * Teams: a typed "vergadering vastleggen" or "signaal melden" gets a button that opens the form as a
 * dialog (task/fetch), so no live form stays in the chat to be submitted twice.
 */
export function formInDialogCard(kind: 'meeting' | 'signal' | 'edit', party: Party | undefined, t: Catalogue): AdaptiveCardJson {
  const title = kind === 'meeting' ? t.party.buttons.meeting : kind === 'signal' ? t.party.buttons.signal : t.registerAdmin.editTitle(party?.name ?? '');
  return card([{ type: 'TextBlock', text: t.party.formInDialog(party ? escapeMarkdown(party.name) : undefined), wrap: true }], [dialogButton(title, { action: 'followUp', kind, ...(party ? { partyId: party.id } : {}) })]);
}
