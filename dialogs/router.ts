import { parseCardAction, type ActionKind, type ActionOf, type CardAction } from '../cards/actions';
import { withDemoBanner } from '../cards/cardKit';
import { escapeMarkdown } from '../cards/text';
import { demoBannerFor } from './demoBanner';
import { catalogue } from '../locales';
import { checklistAction, chooseChangeCard, startChecklistFromCard, type ChecklistActionResult } from './checklistDialog';
import { editOutcome, linkChannel, meetingForm, saveOutcome, saveSignal, signalForm } from './meetingDialog';
import { digestPage, subscribeDigest } from './digestDialog';
import { calendarRevokeAnswer } from './linksDialog';
import { partyAnswer, personAnswer } from './lookupDialog';
import { editForm, matchRegisterAdmin, registerAdminTurn, type RegisterAction } from './registerAdminDialog';
import { answerText } from './understandingDialog';
import type { DialogContext, DialogServices, Reply, TurnInput } from './types';

type Handler<K extends ActionKind> = (ctx: DialogContext, action: ActionOf<K>) => Promise<Reply[]>;

const registerButton = (ctx: DialogContext, action: RegisterAction): Promise<Reply[]> => registerAdminTurn(ctx, { kind: 'action', action });

/**
 * What every card button does: one handler per action of cards/actions.ts (a missing one does not
 * compile). Adding a button = its schema entry there + its handler here.
 */
export const CARD_ACTIONS: { [K in ActionKind]: Handler<K> } = {
  // The bot layer has put the question in the turn's text.
  ask: (ctx) => textTurn(ctx),
  party: async (ctx, action) => {
    const party = (await ctx.services.register.snapshot()).byId.get(action.partyId);
    return party ? partyAnswer(ctx, party, action.intent, action.body, action.role) : [{ text: ctx.t.party.goneParty }];
  },
  confirm: async (ctx, action) => {
    if (action.what === 'digest') return subscribeDigest(ctx, action.text);
    const party = (await ctx.services.register.snapshot()).byId.get(action.partyId);
    return party ? linkChannel(ctx, party) : [{ text: ctx.t.party.goneParty }];
  },
  cancel: async (ctx) => [{ text: ctx.t.understand.cancelled }],
  person: async (ctx, action) => {
    const r = (await ctx.services.register.snapshot()).personIndex.byKey(action.key);
    return r ? personAnswer(ctx, r) : [{ text: ctx.t.notFound.person(escapeMarkdown(action.key)) }];
  },
  followUp: async (ctx, action) => {
    if (action.kind === 'meeting') return meetingForm(ctx, action.partyId);
    if (action.kind === 'signal') return signalForm(ctx, action.partyId);
    if (action.kind === 'edit') return editForm(ctx, action.partyId);
    const party = action.partyId ? (await ctx.services.register.snapshot()).byId.get(action.partyId) : undefined;
    return party ? [{ card: chooseChangeCard(ctx, party) }] : [{ text: ctx.t.party.goneParty }];
  },
  revokeCalendar: (ctx) => calendarRevokeAnswer(ctx),
  editOutcome: (ctx, action) => editOutcome(ctx, action.outcomeId),
  digestPage,
  startChecklist: startChecklistFromCard,
  saveOutcome,
  saveSignal,
  checklist: async (ctx, action) => {
    // Action.Submit fallback of a checklist button (clients without Universal Actions).
    const r = await checklistAction(ctx, action);
    if (r.card && r.updateActivityId) return [{ card: r.card, updateActivityId: r.updateActivityId, checklistRunId: r.runId, stored: true }];
    return [r.card ? { card: r.card } : { text: r.text ?? ctx.t.unknownAction }];
  },
  registerApply: registerButton,
  registerCancel: registerButton,
  registerUndo: registerButton,
  registerDismiss: registerButton,
  registerArchive: registerButton,
  registerEditSave: registerButton,
};

/** Runs the handler of a (validated) card action. */
export function runCardAction(ctx: DialogContext, action: CardAction): Promise<Reply[]> {
  // The table is keyed by the action, so this handler takes this action: TypeScript cannot follow that through the union.
  const handler = CARD_ACTIONS[action.action] as Handler<ActionKind>;
  return handler(ctx, action as ActionOf<ActionKind>);
}

/** A typed message (or an uploaded file). */
async function textTurn(ctx: DialogContext): Promise<Reply[]> {
  const { input, t } = ctx;
  const registerCommand = matchRegisterAdmin(input);
  if (registerCommand) return registerAdminTurn(ctx, registerCommand);
  if (input.text.trim() === '') return [{ text: t.emptyMessage }];
  // The person question of the command menu sent without a name (its "…" is stripped on the way in): ask who.
  if (PERSON_COMMAND.test(input.text.trim())) return [{ text: t.understand.whichPerson }];
  const replies = await answerText(ctx);
  return replies.length > 0 ? replies : [{ text: t.notUnderstood(escapeMarkdown(input.text.slice(0, 200))) }];
}

async function route(ctx: DialogContext): Promise<Reply[]> {
  const { input, t } = ctx;
  if (input.value) {
    const action = parseCardAction(input.value);
    if (action) return runCardAction(ctx, action);
    // An `ask` that does not fit the schema is still read as the text it put in the turn.
    if (input.value.action !== 'ask') return [{ text: t.unknownAction }];
  }
  return textTurn(ctx);
}

/** "waar vertegenwoordigt … ons?" / "where does … represent us?" from the bot's command menu, blank left empty. */
const PERSON_COMMAND = /^(waar vertegenwoordigt ons|where does represent us)\??$/i;

/** Marks cards as demo while the register holds demo data. */
export async function withBanner(replies: Reply[], services: DialogServices, t: ReturnType<typeof catalogue>): Promise<Reply[]> {
  const banner = await demoBannerFor(services.register, t);
  return replies.map((r) => (r.card ? { ...r, card: withDemoBanner(r.card, banner) } : r));
}

/** Routes one turn and marks every card as demo while the register holds demo data. */
export async function routeTurn(input: TurnInput, services: DialogServices): Promise<Reply[]> {
  const t = catalogue(input.lang);
  return withBanner(await route({ input, t, services }), services, t);
}

/** An adaptiveCard/action invoke (Universal Actions): the card to show the clicking user. */
export async function routeCardInvoke(input: TurnInput, data: unknown, services: DialogServices): Promise<ChecklistActionResult> {
  const t = catalogue(input.lang);
  const action = parseCardAction(data);
  if (action?.action !== 'checklist') return { text: t.unknownAction };
  const r = await checklistAction({ input, t, services }, action);
  if (!r.card) return r;
  const [withDemo] = await withBanner([{ card: r.card }], services, t);
  return { ...r, card: withDemo.card };
}
