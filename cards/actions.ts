/**
 * Card button payloads. Action.Submit data arrives back as `activity.value`; the `msteams`
 * messageBack part makes Teams show what was chosen in the chat, Web Chat ignores it.
 */
export const PARTY_ACTION_INTENTS = ['represent', 'accountHolder', 'portfolioHolder', 'partyInfo', 'startChecklist', 'partyChecklists', 'logMeeting', 'latestDecisions', 'openActions', 'reportSignal', 'linkChannel', 'financialInterest', 'publicInterest', 'nextMeeting', 'zienswijzeDeadline'] as const;
export type PartyIntent = (typeof PARTY_ACTION_INTENTS)[number];

export type CardAction =
  | { action: 'ask'; text: string }
  | { action: 'party'; partyId: string; intent: PartyIntent; body?: string; role?: string }
  | { action: 'confirm'; what: 'digest'; text: string }
  | { action: 'confirm'; what: 'link'; partyId: string }
  | { action: 'cancel' }
  | { action: 'person'; key: string }
  | { action: 'followUp'; kind: 'change' | 'meeting' | 'signal'; partyId: string }
  | { action: 'revokeCalendar' }
  | { action: 'editOutcome'; outcomeId: string };

/**
 * A button that opens its form as a Teams dialog (task/fetch with this data); clients without
 * dialogs (the local web chat) send it as a plain submit and get the form in the chat.
 */
export function dialogButton(title: string, data: CardAction): Record<string, unknown> {
  return { type: 'Action.Submit', title, data: { ...data, msteams: { type: 'task/fetch' } } };
}

export function submit(title: string, data: CardAction, display?: string): Record<string, unknown> {
  const shown = display ?? title;
  return { type: 'Action.Submit', title, data: { ...data, msteams: { type: 'messageBack', displayText: shown, text: data.action === 'ask' ? data.text : '' } } };
}
