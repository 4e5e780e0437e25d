import type { Catalogue } from '../locales';
import { submit } from './actions';
import { card, type AdaptiveCardJson } from './cardKit';
import { heading, openUrl, textBlock } from './elements';
import { escapeMarkdown } from './text';

/** The secret calendar feed URL, to subscribe to in Outlook, with a button to revoke it. */
export function calendarLinkCard(url: string, team: boolean, t: Catalogue): AdaptiveCardJson {
  return card(
    [heading(t.links.calendarTitle(team)), textBlock(t.links.calendarBody), textBlock(escapeMarkdown(url), { fontType: 'Monospace', size: 'Small' })],
    [openUrl(t.links.calendarOpen, url), submit(t.links.calendarRevoke, { action: 'revokeCalendar' })],
  );
}

/** Download links of the budget paragraph (valid for a day), with how many gaps it still has. */
export function paragraphLinksCard(year: number, gaps: number, urls: Record<'docx' | 'html' | 'md', string>, t: Catalogue): AdaptiveCardJson {
  return card(
    [heading(t.links.paragraphTitle(year)), textBlock(t.links.paragraphBody(gaps)), textBlock(t.links.paragraphValid, { isSubtle: true, size: 'Small' })],
    [openUrl('Word (.docx)', urls.docx), openUrl('HTML', urls.html), openUrl('Markdown', urls.md)],
  );
}
