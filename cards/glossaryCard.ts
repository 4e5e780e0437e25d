import { glossarySource, GLOSSARY_IDS, type GlossaryId } from '../domain/glossary/terms';
import type { Catalogue } from '../locales';
import type { GlossaryTexts } from '../locales/glossaryTypes';
import { card, type AdaptiveCardJson } from './cardKit';
import type { CardElement } from './elements';
import { escapeMarkdown } from './text';


function termBlocks(id: GlossaryId, texts: GlossaryTexts, t: Catalogue): CardElement[] {
  return [
    { type: 'TextBlock', text: texts[id].term, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    { type: 'TextBlock', text: texts[id].definition, wrap: true, spacing: 'Small' },
    { type: 'TextBlock', text: t.glossary.source(glossarySource(id)), isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
  ];
}

/** One term, or two side by side for "wat is het verschil tussen AB en DB?". */
export function glossaryCard(ids: GlossaryId[], texts: GlossaryTexts, t: Catalogue): AdaptiveCardJson {
  if (ids.length === 1) return card(termBlocks(ids[0], texts, t));
  return card([{ type: 'TextBlock', text: t.glossary.differenceTitle, weight: 'Bolder', size: 'Medium', wrap: true }, ...ids.flatMap((id) => termBlocks(id, texts, t))]);
}

export function unknownTermCard(term: string, texts: GlossaryTexts, t: Catalogue): AdaptiveCardJson {
  const some = GLOSSARY_IDS.slice(0, 12).map((id) => texts[id].term).join(' · ');
  return card([
    { type: 'TextBlock', text: t.glossary.unknown(escapeMarkdown(term)), weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: t.glossary.examples, wrap: true },
    { type: 'TextBlock', text: some, wrap: true, isSubtle: true, size: 'Small' },
  ]);
}
