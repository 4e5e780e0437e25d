import type { DigestContent } from '../domain/reminders/digest';
import type { Catalogue } from '../locales';
import { formSubmit } from './actions';
import { card, type AdaptiveCardJson } from './cardKit';
import type { CardElement } from './elements';
import { escapeMarkdown } from './text';

/** Items per section per page: one card stays well under 28 KB, the rest is behind "Meer". */
export const DIGEST_PAGE_SIZE = 6;

export function digestCard(c: DigestContent, t: Catalogue, since: string, page = 1): AdaptiveCardJson {
  const body: CardElement[] = [{ type: 'TextBlock', text: t.digest.title, weight: 'Bolder', size: 'Medium', wrap: true }];
  let more = false;
  for (const key of ['upcoming', 'overdue', 'late', 'unknown', 'outcomes', 'signals', 'representation'] as const) {
    const items = c[key].slice((page - 1) * DIGEST_PAGE_SIZE, page * DIGEST_PAGE_SIZE);
    if (c[key].length > page * DIGEST_PAGE_SIZE) more = true;
    if (items.length === 0) continue;
    body.push({ type: 'TextBlock', text: `${t.digest.sections[key]} (${c[key].length})`, weight: 'Bolder', wrap: true, spacing: 'Medium', ...(key === 'overdue' || key === 'late' ? { color: 'Attention' } : {}) });
    for (const i of items) body.push({ type: 'TextBlock', text: `• ${i.date.split('-').reverse().join('-')} — ${escapeMarkdown(i.text)}`, wrap: true, spacing: 'None' });
  }
  if (body.length === 1) body.push({ type: 'TextBlock', text: t.digest.empty, wrap: true });
  return card(body, more ? [formSubmit(t.digest.more, { action: 'digestPage', since, page: page + 1 })] : []);
}
