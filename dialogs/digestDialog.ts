import type { ActionOf } from '../cards/actions';
import { digestCard } from '../cards/digestCard';
import { confirmCard } from '../cards/readingCards';
import { cronFor } from '../domain/reminders/digest';
import type { DialogContext, Reply } from './types';

const DAYS: Record<string, number> = {
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** "stuur mij elke maandag om 8:30 een overzicht", "digest voor dit kanaal op vrijdag", "send me a digest every day at 7:45". */
export function parseSchedule(text: string): { weekday: number | null; hour: number; minute: number; channel: boolean } {
  const t = text.toLowerCase();
  const day = Object.keys(DAYS).find((d) => new RegExp(`\\b${d}\\b`).test(t));
  const time = /\b(\d{1,2})(?:[:.u](\d{2}))?\s*(?:uur|u|h|am)?\b(?!\s*(?:dagen|days|weken|weeks))/.exec(t.replace(/\b(?:elke|iedere|every)\s+\d+/, ''));
  let hour = 9;
  let minute = 0;
  const at = /\b(?:om|at)\s+(\d{1,2})(?:[:.u](\d{2}))?/.exec(t) ?? time;
  if (at) {
    const h = Number(at[1]);
    const m = Number(at[2] ?? 0);
    if (h <= 23 && m <= 59) {
      hour = h;
      minute = m;
    }
  }
  return { weekday: day === undefined ? null : DAYS[day], hour, minute, channel: /\b(?:dit kanaal|this channel|het kanaal|ons kanaal)\b/.test(t) };
}

function owner(ctx: DialogContext, channel: boolean): { owner: string; channel: boolean } {
  const isChannel = channel || ctx.input.conversation.type === 'channel';
  return isChannel ? { owner: `channel:${ctx.input.conversation.id.split(';')[0]}`, channel: true } : { owner: `user:${ctx.input.user.aadObjectId ?? ctx.input.user.id}`, channel: false };
}

/** "elke maandag om 08:30" in the user's language. */
function scheduleText(ctx: DialogContext, s: ReturnType<typeof parseSchedule>): string {
  const d = ctx.t.digest;
  return d.every(s.weekday === null ? d.daily : d.days[s.weekday], `${String(s.hour).padStart(2, '0')}:${String(s.minute).padStart(2, '0')}`);
}

export async function subscribeDigest(ctx: DialogContext, text: string): Promise<Reply[]> {
  const s = parseSchedule(text);
  const o = owner(ctx, s.channel);
  await ctx.services.digests.subscribe(ctx.input.conversation.id.split(';')[0], o.owner, cronFor(s.weekday, s.hour, s.minute));
  const d = ctx.t.digest;
  return [{ text: d.subscribed(scheduleText(ctx, s), o.channel ? d.thisChannel : d.you) }];
}

/** A subscription read from free text: what would be stored, on a card to confirm; nothing is stored yet. */
export function confirmDigest(ctx: DialogContext, text: string): Reply[] {
  const s = parseSchedule(text);
  const d = ctx.t.digest;
  const who = owner(ctx, s.channel).channel ? d.thisChannel : d.you;
  return [{ card: confirmCard(ctx.t.understand.confirmDigest(scheduleText(ctx, s), who), { action: 'confirm', what: 'digest', text: text.slice(0, 500) }, ctx.t) }];
}

export async function stopDigest(ctx: DialogContext): Promise<Reply[]> {
  const conv = ctx.input.conversation.id.split(';')[0];
  const n = await ctx.services.digests.stop(conv, owner(ctx, false).owner);
  return [{ text: n > 0 ? ctx.t.digest.stopped : ctx.t.digest.nothingToStop }];
}

/** "Meer" on a long digest: the next page of the same period. */
export async function digestPage(ctx: DialogContext, more: ActionOf<'digestPage'>): Promise<Reply[]> {
  const content = await ctx.services.digests.content(new Date(more.since), new Date());
  return [{ card: digestCard(content, ctx.t, more.since, more.page) }];
}
