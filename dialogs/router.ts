import { escapeMarkdown } from '../cards/text';
import { withDemoBanner } from '../cards/cardKit';
import { DEMO_MUNICIPALITY } from '../domain/demo/demoRegister';
import { catalogue } from '../locales';
import { helpDialog } from './helpDialog';
import { highRiskDialog, overviewDialog } from './overviewDialog';
import type { Dialog, DialogServices, Reply, TurnInput } from './types';

/** Router order matters: the most specific intent first. */
const DIALOGS: Dialog[] = [helpDialog, highRiskDialog, overviewDialog];

/** Routes one turn to the first dialog that matches; adds the demo banner to every card. */
export async function routeTurn(input: TurnInput, services: DialogServices): Promise<Reply[]> {
  const t = catalogue(input.lang);
  let replies: Reply[];
  if (input.text.trim() === '') {
    replies = [{ text: t.emptyMessage }];
  } else {
    const dialog = DIALOGS.find((d) => d.matches(input));
    replies = dialog
      ? await dialog.run({ input, t, services })
      : [{ text: t.notUnderstood(escapeMarkdown(input.text.slice(0, 200))) }];
  }
  const banner = (await services.register.isDemo()) ? t.demoBanner(DEMO_MUNICIPALITY) : undefined;
  return replies.map((r) => (r.card ? { ...r, card: withDemoBanner(r.card, banner) } : r));
}
