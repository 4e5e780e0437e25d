import { withDemoBanner, type AdaptiveCardJson } from '../cards/cardKit';
import { escapeMarkdown } from '../cards/text';
import { demoBannerFor } from './demoBanner';
import { catalogue } from '../locales';
import { parseCardAction } from './cardActionSchema';
import { checklistAction, startChecklistFromCard, type ChecklistActionResult } from './checklistDialog';
import { saveOutcome, saveSignal } from './meetingDialog';
import { digestPage } from './digestDialog';
import { answerCardAction } from './lookupDialog';
import { matchRegisterAdmin, registerAdminTurn } from './registerAdminDialog';
import { answerText } from './understandingDialog';
import type { DialogContext, DialogServices, Reply, TurnInput } from './types';

async function route(ctx: DialogContext): Promise<Reply[]> {
  const { input, t } = ctx;
  const registerCommand = matchRegisterAdmin(input);
  if (registerCommand) return registerAdminTurn(ctx, registerCommand);
  if (input.value?.action === 'startChecklist') return startChecklistFromCard(ctx, input.value);
  if (input.value?.action === 'saveOutcome') return saveOutcome(ctx, input.value);
  if (input.value?.action === 'saveSignal') return saveSignal(ctx, input.value);
  if (input.value?.action === 'digestPage') return digestPage(ctx, input.value);
  if (input.value?.action === 'checklist') {
    // Action.Submit fallback of a checklist button (clients without Universal Actions).
    const r = await checklistAction(ctx, input.value);
    if (r.card && r.updateActivityId) return [{ card: r.card, updateActivityId: r.updateActivityId, checklistRunId: r.runId, stored: true }];
    return [r.card ? { card: r.card } : { text: r.text ?? t.unknownAction }];
  }
  if (input.value && input.value.action !== 'ask') {
    const action = parseCardAction(input.value);
    return action ? answerCardAction(ctx, action) : [{ text: t.unknownAction }];
  }
  if (input.text.trim() === '') return [{ text: t.emptyMessage }];
  // The person question of the command menu sent without a name (its "…" is stripped on the way in): ask who.
  if (PERSON_COMMAND.test(input.text.trim())) return [{ text: t.understand.whichPerson }];
  const replies = await answerText(ctx);
  return replies.length > 0 ? replies : [{ text: t.notUnderstood(escapeMarkdown(input.text.slice(0, 200))) }];
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
  const r = await checklistAction({ input, t, services }, data);
  if (!r.card) return r;
  const [withDemo] = await withBanner([{ card: r.card }], services, t);
  return { ...r, card: withDemo.card };
}
