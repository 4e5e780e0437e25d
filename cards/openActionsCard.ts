import type { Catalogue } from '../locales';
import { listCard, type AdaptiveCardJson } from './cardKit';
import { listLine } from './elements';
import { escapeMarkdown } from './text';

/** Open actions from meeting outcomes (of one party, or of one person with the party in front). */
export function openActionsCard(title: string, items: { what: string; owner: string; due: string; party?: string }[], t: Catalogue): AdaptiveCardJson {
  const lines = items.slice(0, 30).map((i) => listLine(`${i.party ? `${escapeMarkdown(i.party)}: ` : ''}${t.meeting.actionLine(escapeMarkdown(i.what), escapeMarkdown(i.owner), i.due)}`));
  return listCard(escapeMarkdown(title), lines, t.meeting.noActions);
}
