import { DateTime } from 'luxon';
import { card, type AdaptiveCardJson } from '../cards/cardKit';
import { escapeMarkdown } from '../cards/text';
import { addWeeks, ZIENSWIJZE_WEEKS_BUDGET, type GovernanceEvent } from '../domain/calendar/events';
import type { Party } from '../domain/register/types';
import type { DialogContext } from './types';
import { timeZone, today } from '../domain/time/clock';

function showDate(iso: string, lang: 'nl' | 'en'): string {
  return DateTime.fromISO(iso, { zone: timeZone() }).setLocale(lang === 'en' ? 'en-GB' : 'nl-NL').toFormat('cccc d LLLL yyyy');
}

/** "wanneer vergadert het AB van de GGD?": the coming meetings of a party (of one body). */
export async function nextMeetingCard(ctx: DialogContext, party: Party, body: string | undefined): Promise<AdaptiveCardJson> {
  const u = ctx.t.understand;
  const name = escapeMarkdown(party.name);
  const now = today();
  const events = (await ctx.services.calendar.events())
    .filter((e) => e.partyId === party.id && e.kind === 'vergadering' && e.date >= now && (!body || (e.body ?? '').toLowerCase() === body.toLowerCase()))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 5);
  if (events.length === 0) return card([{ type: 'TextBlock', text: u.noMeeting(name), wrap: true }]);
  return card([
    { type: 'TextBlock', text: u.nextMeeting(name), weight: 'Bolder', wrap: true },
    ...events.map((e) => ({ type: 'TextBlock', text: u.meetingLine(showDate(e.date, ctx.t.lang), e.body ? escapeMarkdown(e.body) : null, e.startTime ? `${e.startTime}${e.endTime ? `–${e.endTime}` : ''}` : null), wrap: true, spacing: 'None' })),
  ]);
}

/** "wanneer moet de zienswijze op de begroting van X binnen zijn?": Wgr art. 35 from the last draft budget. */
export async function zienswijzeCard(ctx: DialogContext, party: Party): Promise<AdaptiveCardJson> {
  const u = ctx.t.understand;
  const name = escapeMarkdown(party.name);
  if (party.category !== 'gemeenschappelijke regeling') return card([{ type: 'TextBlock', text: u.zienswijzeNotGr(name), wrap: true }]);
  const drafts = (await ctx.services.calendar.events()).filter((e) => e.partyId === party.id && e.kind === 'ontwerpbegroting').sort((a, b) => b.date.localeCompare(a.date));
  const last = drafts[0];
  if (!last) return card([{ type: 'TextBlock', text: u.zienswijzeNoDate(name), wrap: true }]);
  const deadline = addWeeks(last.date, ZIENSWIJZE_WEEKS_BUDGET);
  const text = deadline >= today() ? u.zienswijze(name, showDate(last.date, ctx.t.lang), showDate(deadline, ctx.t.lang)) : u.zienswijzePassed(name, showDate(last.date, ctx.t.lang), showDate(deadline, ctx.t.lang));
  return card([{ type: 'TextBlock', text, wrap: true }]);
}

/** "wat staat er de komende maand op de agenda?": dates and zienswijze deadlines in a window. */
export async function agendaCard(ctx: DialogContext, parties: Map<string, Party>, days: number): Promise<AdaptiveCardJson> {
  const u = ctx.t.understand;
  const from = today();
  const to = DateTime.fromISO(from, { zone: timeZone() }).plus({ days }).toISODate()!;
  const items: { date: string; text: string }[] = [];
  for (const e of await ctx.services.calendar.events()) {
    const p = parties.get(e.partyId);
    if (!p) continue;
    const name = escapeMarkdown(p.name);
    if (e.date >= from && e.date <= to) items.push({ date: e.date, text: e.kind === 'vergadering' ? u.agendaMeeting(name, e.body) : u.agendaOther(name, kindLabel(e, ctx.t.lang)) });
    if (e.kind === 'ontwerpbegroting' && p.category === 'gemeenschappelijke regeling') {
      const d = addWeeks(e.date, ZIENSWIJZE_WEEKS_BUDGET);
      if (d >= from && d <= to) items.push({ date: d, text: u.agendaDeadline(name) });
    }
  }
  items.sort((a, b) => a.date.localeCompare(b.date));
  if (items.length === 0) return card([{ type: 'TextBlock', text: u.agendaEmpty(days), wrap: true }]);
  return card([
    { type: 'TextBlock', text: u.agendaTitle(days), weight: 'Bolder', size: 'Medium', wrap: true },
    ...items.slice(0, 20).map((i) => ({ type: 'TextBlock', text: `• ${showDate(i.date, ctx.t.lang)}: ${i.text}`, wrap: true, spacing: 'None' })),
  ]);
}

function kindLabel(e: GovernanceEvent, lang: 'nl' | 'en'): string {
  const nl: Record<string, string> = { kaderbrief: 'kaderbrief', ontwerpbegroting: 'ontwerpbegroting ontvangen', jaarrekening: 'jaarrekening', overig: 'datum' };
  const en: Record<string, string> = { kaderbrief: 'framework letter', ontwerpbegroting: 'draft budget received', jaarrekening: 'annual accounts', overig: 'date' };
  return e.title ?? (lang === 'en' ? en : nl)[e.kind] ?? e.kind;
}
