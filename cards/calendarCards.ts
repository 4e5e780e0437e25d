import { DateTime } from 'luxon';
import { timeZone } from '../domain/time/clock';
import type { GovernanceEvent } from '../domain/calendar/events';
import type { Catalogue } from '../locales';
import { card, textCard, type AdaptiveCardJson } from './cardKit';
import { heading, listLine, textBlock } from './elements';
import { escapeMarkdown } from './text';

/** "donderdag 12 maart 2027" in the user's language. */
export function showDate(iso: string, lang: 'nl' | 'en'): string {
  return DateTime.fromISO(iso, { zone: timeZone() }).setLocale(lang === 'en' ? 'en-GB' : 'nl-NL').toFormat('cccc d LLLL yyyy');
}

/** "wanneer vergadert het AB van de GGD?": the coming meetings (already chosen and sorted). */
export function nextMeetingCard(partyName: string, meetings: GovernanceEvent[], t: Catalogue): AdaptiveCardJson {
  const u = t.understand;
  const name = escapeMarkdown(partyName);
  if (meetings.length === 0) return textCard(u.noMeeting(name));
  return card([
    textBlock(u.nextMeeting(name), { weight: 'Bolder' }),
    ...meetings.map((e) => listLine(u.meetingLine(showDate(e.date, t.lang), e.body ? escapeMarkdown(e.body) : null, e.startTime ? `${e.startTime}${e.endTime ? `–${e.endTime}` : ''}` : null))),
  ]);
}

/** "wat staat er de komende maand op de agenda?": worded items of a window of `days`, in date order. */
export function agendaCard(items: { date: string; text: string }[], days: number, t: Catalogue): AdaptiveCardJson {
  const u = t.understand;
  if (items.length === 0) return textCard(u.agendaEmpty(days));
  return card([heading(u.agendaTitle(days)), ...items.slice(0, 20).map((i) => listLine(`• ${showDate(i.date, t.lang)}: ${i.text}`))]);
}
