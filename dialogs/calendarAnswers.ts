import { DateTime } from 'luxon';
import { agendaCard as agendaListCard, nextMeetingCard as meetingsCard, showDate } from '../cards/calendarCards';
import { textCard, type AdaptiveCardJson } from '../cards/cardKit';
import { escapeMarkdown } from '../cards/text';
import { addWeeks, ZIENSWIJZE_WEEKS_BUDGET, type GovernanceEvent } from '../domain/calendar/events';
import type { Party } from '../domain/register/types';
import type { DialogContext } from './types';
import { timeZone, today } from '../domain/time/clock';

/** "wanneer vergadert het AB van de GGD?": the coming meetings of a party (of one body). */
export async function nextMeetingCard(ctx: DialogContext, party: Party, body: string | undefined): Promise<AdaptiveCardJson> {
  const now = today();
  const events = (await ctx.services.calendar.events())
    .filter((e) => e.partyId === party.id && e.kind === 'vergadering' && e.date >= now && (!body || (e.body ?? '').toLowerCase() === body.toLowerCase()))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 5);
  return meetingsCard(party.name, events, ctx.t);
}

/** "wanneer moet de zienswijze op de begroting van X binnen zijn?": Wgr art. 35 from the last draft budget. */
export async function zienswijzeCard(ctx: DialogContext, party: Party): Promise<AdaptiveCardJson> {
  const u = ctx.t.understand;
  const name = escapeMarkdown(party.name);
  if (party.category !== 'gemeenschappelijke regeling') return textCard(u.zienswijzeNotGr(name));
  const drafts = (await ctx.services.calendar.events()).filter((e) => e.partyId === party.id && e.kind === 'ontwerpbegroting').sort((a, b) => b.date.localeCompare(a.date));
  const last = drafts[0];
  if (!last) return textCard(u.zienswijzeNoDate(name));
  const deadline = addWeeks(last.date, ZIENSWIJZE_WEEKS_BUDGET);
  const text = deadline >= today() ? u.zienswijze(name, showDate(last.date, ctx.t.lang), showDate(deadline, ctx.t.lang)) : u.zienswijzePassed(name, showDate(last.date, ctx.t.lang), showDate(deadline, ctx.t.lang));
  return textCard(text);
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
  return agendaListCard(items, days, ctx.t);
}

function kindLabel(e: GovernanceEvent, lang: 'nl' | 'en'): string {
  const nl: Record<string, string> = { kaderbrief: 'kaderbrief', ontwerpbegroting: 'ontwerpbegroting ontvangen', jaarrekening: 'jaarrekening', overig: 'datum' };
  const en: Record<string, string> = { kaderbrief: 'framework letter', ontwerpbegroting: 'draft budget received', jaarrekening: 'annual accounts', overig: 'date' };
  return e.title ?? (lang === 'en' ? en : nl)[e.kind] ?? e.kind;
}
