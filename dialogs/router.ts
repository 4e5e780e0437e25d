import { withDemoBanner } from '../cards/cardKit';
import { helpCard } from '../cards/helpCard';
import { escapeMarkdown } from '../cards/text';
import { DEMO_MUNICIPALITY } from '../domain/demo/demoRegister';
import { catalogue } from '../locales';
import { parseCardAction } from './cardActionSchema';
import { classify } from './intents';
import { answerCardAction, answerIntent } from './lookupDialog';
import type { DialogContext, DialogServices, Reply, TurnInput } from './types';

async function route(ctx: DialogContext): Promise<Reply[]> {
  const { input, t } = ctx;
  if (input.value && input.value.action !== 'ask') {
    const action = parseCardAction(input.value);
    return action ? answerCardAction(ctx, action) : [{ text: t.unknownAction }];
  }
  if (input.text.trim() === '') return [{ text: t.emptyMessage }];
  const intent = classify(input.text);
  if (intent.kind === 'help') return [{ card: helpCard(t) }];
  const replies = intent.kind === 'none' ? [] : await answerIntent(ctx, intent);
  return replies.length > 0 ? replies : [{ text: t.notUnderstood(escapeMarkdown(input.text.slice(0, 200))) }];
}

/** Routes one turn and marks every card as demo while the register holds demo data. */
export async function routeTurn(input: TurnInput, services: DialogServices): Promise<Reply[]> {
  const t = catalogue(input.lang);
  const replies = await route({ input, t, services });
  const banner = (await services.register.isDemo()) ? t.demoBanner(DEMO_MUNICIPALITY) : undefined;
  return replies.map((r) => (r.card ? { ...r, card: withDemoBanner(r.card, banner) } : r));
}
