import { z } from 'zod';
import { OPTIONAL_PARTY_INTENTS, PARTY_INTENTS } from '../domain/understanding/intentNames';
import type { ButtonAction, SubmitAction } from './elements';

/**
 * Every card button's payload, one schema. Action.Submit data arrives back as `activity.value`,
 * Action.Execute data in an adaptiveCard/action invoke; both are input like any other and are
 * validated here before anything acts on them. The wire shapes (the `action` names and fields) are
 * those of cards already posted in Teams: change them only by adding, never by renaming.
 * Adding a button: an entry here and its handler in the CARD_ACTIONS table of dialogs/router.ts.
 */

/** The questions a party button can ask: those about one party, and those where a party is optional. */
export const PARTY_ACTION_INTENTS = [...PARTY_INTENTS, ...OPTIONAL_PARTY_INTENTS] as const;

const Id = z.string().min(1).max(200);
const RegisterId = z.string().min(1).max(64);
const SubmitId = z.string().max(64).optional();
/** Form fields (inputs come back under their ids). */
const Field = z.string().max(5000).optional();

const Confirm = z.discriminatedUnion('what', [
  z.object({ action: z.literal('confirm'), what: z.literal('digest'), text: z.string().min(1).max(500) }),
  z.object({ action: z.literal('confirm'), what: z.literal('link'), partyId: Id }),
]);

export const CardActionSchema = z.discriminatedUnion('action', [
  // A question, asked as if typed (the bot layer puts `text` in the turn's text).
  z.object({ action: z.literal('ask'), text: z.string().max(500) }),
  z.object({ action: z.literal('party'), partyId: Id, intent: z.enum(PARTY_ACTION_INTENTS), body: z.string().max(100).optional(), role: z.string().max(100).optional() }),
  Confirm,
  z.object({ action: z.literal('cancel') }),
  z.object({ action: z.literal('person'), key: z.string().min(1).max(320) }),
  // partyId is absent when a form is opened from a typed request that named no party.
  z.object({ action: z.literal('followUp'), kind: z.enum(['change', 'meeting', 'signal', 'edit']), partyId: Id.optional() }),
  z.object({ action: z.literal('revokeCalendar') }),
  z.object({ action: z.literal('editOutcome'), outcomeId: z.string().min(1).max(64) }),
  z.object({ action: z.literal('digestPage'), since: z.string().datetime(), page: z.number().int().min(2).max(100) }),
  // Forms: the inputs arrive beside the action.
  z.object({ action: z.literal('startChecklist'), partyId: z.string().min(1).max(100), template: z.string().max(60).optional(), anchor: z.string().max(20).optional(), deadline: z.string().max(20).optional(), submitId: SubmitId }),
  z.object({ action: z.literal('saveOutcome'), outcomeId: z.string().max(64).optional(), submitId: SubmitId }).catchall(Field),
  z.object({ action: z.literal('saveSignal'), submitId: SubmitId }).catchall(Field),
  // A checklist button (Action.Execute, or its Action.Submit fallback); step inputs arrive as `note-<stepId>` and the like.
  z.looseObject({
    action: z.literal('checklist'),
    verb: z.enum(['step.done', 'step.na', 'step.note', 'step.reassign', 'refresh', 'page']),
    runId: z.string().min(1).max(64),
    stepId: z.string().max(60).optional(),
    page: z.number().int().min(0).max(100).optional(),
    submitId: SubmitId,
  }),
  // Register administration.
  z.object({ action: z.literal('registerApply'), previewId: RegisterId, force: z.boolean().optional() }),
  z.object({ action: z.literal('registerCancel'), previewId: RegisterId }),
  z.object({ action: z.literal('registerUndo') }),
  z.object({ action: z.literal('registerDismiss') }),
  z.object({ action: z.literal('registerArchive'), partyId: RegisterId }),
  z.looseObject({
    action: z.literal('registerEditSave'),
    partyId: RegisterId,
    revision: z.number().int(),
    ahName: z.string().max(1000).optional(),
    ahEmail: z.string().max(1000).optional(),
    risk: z.string().max(20).optional(),
    money: z.string().max(100).optional(),
    owner: z.string().max(1000).optional(),
  }),
]);

export type CardAction = z.infer<typeof CardActionSchema>;
export type ActionKind = CardAction['action'];
export type ActionOf<K extends ActionKind> = Extract<CardAction, { action: K }>;
export type PartyIntent = ActionOf<'party'>['intent'];

export function parseCardAction(value: unknown): CardAction | undefined {
  const r = CardActionSchema.safeParse(value);
  return r.success ? r.data : undefined;
}

/** A plain submit (a form's button): the inputs travel with the data. */
export function formSubmit(title: string, data: CardAction, style?: 'positive' | 'destructive'): SubmitAction {
  return { type: 'Action.Submit', title, ...(style ? { style } : {}), data };
}

/**
 * A button that opens its form as a Teams dialog (task/fetch with this data); clients without
 * dialogs (the local web chat) send it as a plain submit and get the form in the chat.
 */
export function dialogButton(title: string, data: ButtonAction): SubmitAction {
  return { type: 'Action.Submit', title, data: { ...data, msteams: { type: 'task/fetch' } } };
}

/** A button whose choice Teams shows in the chat (messageBack); Web Chat ignores the `msteams` part. */
export function submit(title: string, data: ButtonAction, display?: string): SubmitAction {
  const shown = display ?? title;
  return { type: 'Action.Submit', title, data: { ...data, msteams: { type: 'messageBack', displayText: shown, text: data.action === 'ask' ? data.text : '' } } };
}
