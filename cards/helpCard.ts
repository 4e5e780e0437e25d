import type { Catalogue } from '../locales';
import { expandTemplate, type AdaptiveCardJson } from './cardKit';

export function helpCard(t: Catalogue): AdaptiveCardJson {
  return expandTemplate('help', t.help);
}
