import type { Party } from '../domain/register/types';
import type { InputChoiceSet } from './elements';

/** The dataset of the bot's own party search (application/search invoke). */
export const PARTY_DATASET = 'partnerwijzer.parties';
/** Teams' people picker over the whole organisation; Teams supports it in personal chats with the bot and in dialogs. */
export const PEOPLE_ORG = 'graph.microsoft.com/users';
/** Teams' people picker over the members of the conversation the card is in (group chats, channels). */
export const PEOPLE_CONVERSATION = 'graph.microsoft.com/users?scope=currentContext';
/**
 * Up to this many parties the card lists them all with Teams' static typeahead (style filtered);
 * with more, the card carries a few and Teams asks the bot as the user types (choices.data).
 * 100 parties with their ids are about 8 KB of a card's 28 KB.
 */
export const STATIC_PARTY_LIMIT = 100;
/** Teams shows at most 15 options in a typeahead dropdown. */
export const TYPEAHEAD_OPTIONS = 15;

export interface Choice {
  title: string;
  value: string;
}

/**
 * Where a form is shown. Teams gets typeahead for the party and a people picker for owners; the
 * local web chat (no Teams client) gets a plain list and text inputs.
 */
export interface FormClient {
  teams?: {
    /** A personal chat with the bot: the people picker may search the whole organisation. */
    personal: boolean;
    /** People offered before anything is typed (the picker needs at least one): e.g. the author, the current owners. */
    people: Choice[];
  };
}

/** The party of a form: a plain list, Teams' filtered list, or Teams' typeahead served by the bot. */
export function partyInput(id: string, label: string, parties: Party[], value: string, client: FormClient): InputChoiceSet {
  const all = parties.map((p) => ({ title: p.name, value: p.id }));
  // A compact list in the web chat: typing a letter there jumps through it.
  if (!client.teams) return { type: 'Input.ChoiceSet', id, label, style: 'compact', value, choices: all.slice(0, 500) };
  if (parties.length <= STATIC_PARTY_LIMIT) return { type: 'Input.ChoiceSet', id, label, style: 'filtered', value, choices: all };
  // The chosen party (kept after a failed submit) and the first names; the rest comes from the bot's search.
  const chosen = all.filter((c) => c.value === value);
  const first = all.filter((c) => c.value !== value).slice(0, TYPEAHEAD_OPTIONS - chosen.length);
  return { type: 'Input.ChoiceSet', id, label, style: 'filtered', value, choices: [...chosen, ...first], 'choices.data': { type: 'Data.Query', dataset: PARTY_DATASET, count: TYPEAHEAD_OPTIONS } };
}

/** An Entra object id, as Teams' people picker submits it. */
export function isObjectId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * Teams' people picker (single person): submits the picked person's Entra object id, or the value
 * of one of the offered people. undefined when there is nobody to offer (a choice set needs one).
 */
export function peoplePicker(id: string, label: string, value: string, client: Required<FormClient>['teams'], extra: Choice[] = [], required = false, errorMessage?: string): InputChoiceSet | undefined {
  const choices: Choice[] = [];
  for (const c of [...extra, ...client.people]) if (c.title && c.value && !choices.some((x) => x.value === c.value)) choices.push({ title: c.title.slice(0, 120), value: c.value });
  // A value typed before (a name or e-mail) stays selectable; an object id Teams shows by itself.
  if (value && !isObjectId(value) && !choices.some((c) => c.value === value)) choices.unshift({ title: value, value });
  if (choices.length === 0) return undefined;
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    ...(value ? { value } : {}),
    choices: choices.slice(0, TYPEAHEAD_OPTIONS),
    'choices.data': { type: 'Data.Query', dataset: client.personal ? PEOPLE_ORG : PEOPLE_CONVERSATION },
    ...(required ? { isRequired: true, errorMessage } : {}),
  };
}
