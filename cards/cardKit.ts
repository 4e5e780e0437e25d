import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { container, heading, textBlock, type AdaptiveCard, type CardActionElement, type CardElement } from './elements';

/** A card as the bot sends it (the typed Adaptive Card 1.5 subset of cards/elements.ts). */
export type AdaptiveCardJson = AdaptiveCard;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

const templates = new Map<string, ACData.Template>();

function templateDir(): string {
  // Compiled code lives in dist/cards; the JSON templates stay in the source tree.
  const candidates = [path.join(__dirname, 'templates'), path.join(__dirname, '..', '..', 'cards', 'templates')];
  const found = candidates.find((d) => fs.existsSync(path.join(d, 'help.json')));
  if (!found) throw new Error(`Card templates not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Expands cards/templates/<name>.json with typed data; templates are parsed once and cached. */
export function expandTemplate(name: string, data: object): AdaptiveCardJson {
  let template = templates.get(name);
  if (!template) {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(templateDir(), `${name}.json`), 'utf8'));
    template = new ACData.Template(json);
    templates.set(name, template);
  }
  // The templates are checked against the 1.5 schema by the card tests.
  return template.expand({ $root: data }) as AdaptiveCardJson;
}

/** A version 1.5 card from its body and actions: the one place cards get their envelope. */
export function card(body: CardElement[], actions: CardActionElement[] = []): AdaptiveCardJson {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...(actions.length > 0 ? { actions } : {}) };
}

/** Puts a visible demo banner at the top of a card when the register holds demo data. */
export function withDemoBanner(card: AdaptiveCardJson, banner: string | undefined): AdaptiveCardJson {
  if (!banner) return card;
  const bannerBlock = container([textBlock(banner, { size: 'Small', weight: 'Bolder' })], { style: 'warning' });
  return { ...card, body: [bannerBlock, ...(card.body ?? [])] };
}

/** A notice above the card's content (e.g. "saved, the shared card follows"), for the clicking user only. */
export function withNotice(card: AdaptiveCardJson, notice: string): AdaptiveCardJson {
  return { ...card, body: [textBlock(notice, { weight: 'Bolder', color: 'Good' }), ...(card.body ?? [])] };
}

/** A card of one line of text. */
export function textCard(text: string): AdaptiveCardJson {
  return card([textBlock(text)]);
}

/** A card of one bold line in the attention colour: a refusal (not allowed, not yours). */
export function refusalCard(message: string): AdaptiveCardJson {
  return card([textBlock(message, { weight: 'Bolder', color: 'Attention' })]);
}

/** A titled list of lines (my steps, open actions, the audit trail), or one line saying there is nothing. */
export function listCard(title: string, lines: CardElement[], empty: string, footer: CardElement[] = []): AdaptiveCardJson {
  return card([heading(title), ...(lines.length > 0 ? lines : [textBlock(empty)]), ...footer]);
}
