import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

/** A plain Adaptive Card JSON object (version 1.5). */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string; body?: unknown[] };

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
  return template.expand({ $root: data }) as AdaptiveCardJson;
}

/** A version 1.5 card from its body and actions: the one place cards get their envelope. */
export function card(body: unknown[], actions: unknown[] = []): AdaptiveCardJson {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...(actions.length > 0 ? { actions } : {}) };
}

/** Puts a visible demo banner at the top of a card when the register holds demo data. */
export function withDemoBanner(card: AdaptiveCardJson, banner: string | undefined): AdaptiveCardJson {
  if (!banner) return card;
  const bannerBlock = {
    type: 'Container',
    style: 'warning',
    items: [{ type: 'TextBlock', text: banner, wrap: true, size: 'Small', weight: 'Bolder' }],
  };
  return { ...card, body: [bannerBlock, ...(card.body ?? [])] };
}

/** A notice above the card's content (e.g. "saved, the shared card follows"), for the clicking user only. */
export function withNotice(card: AdaptiveCardJson, notice: string): AdaptiveCardJson {
  return { ...card, body: [{ type: 'TextBlock', text: notice, wrap: true, weight: 'Bolder', color: 'Good' }, ...(card.body ?? [])] };
}
