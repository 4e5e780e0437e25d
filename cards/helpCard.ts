import type { Catalogue } from '../locales';
import { submit } from './actions';
import { card, expandTemplate, type AdaptiveCardJson } from './cardKit';
import { textBlock } from './elements';

export function helpCard(t: Catalogue): AdaptiveCardJson {
  return expandTemplate('help', t.help);
}

/** Three example questions as buttons (a click asks the question), and for administrators how to load the register. */
export function welcomeCard(t: Catalogue, isAdmin: boolean): AdaptiveCardJson {
  const tc = t.teamsClient;
  return card(
    [textBlock(tc.welcomeTry, { weight: 'Bolder' }), ...(isAdmin ? [textBlock(tc.welcomeAdmin, { isSubtle: true })] : [])],
    tc.welcomeExamples.map((e) => submit(e.title, { action: 'ask', text: e.text })),
  );
}
