import { calendarLinkCard, paragraphLinksCard } from '../cards/linkCards';
import { requirePermission } from './accessDialog';
import type { DialogContext, Reply } from './types';


/** A calendar feed belongs to the user in a personal chat, to the team in a channel. */
function calendarOwner(ctx: DialogContext): { owner: string; team: boolean } {
  const { input } = ctx;
  if (input.conversation.type === 'channel' && input.conversation.teamId) return { owner: `team:${input.conversation.teamId}`, team: true };
  return { owner: `user:${input.user.aadObjectId ?? input.user.id}`, team: false };
}

export async function calendarLinkAnswer(ctx: DialogContext): Promise<Reply[]> {
  const { owner, team } = calendarOwner(ctx);
  const url = await ctx.services.links.calendarLink(owner);
  return [{ card: calendarLinkCard(url, team, ctx.t) }];
}

export async function calendarRevokeAnswer(ctx: DialogContext): Promise<Reply[]> {
  const n = await ctx.services.links.revokeCalendar(calendarOwner(ctx).owner);
  return [{ text: ctx.t.links.calendarRevoked(n) }];
}

/** Register administrators only: the paragraph as downloadable .docx, .html and .md. */
export async function paragraphAnswer(ctx: DialogContext, year: number | null): Promise<Reply[]> {
  const refused = await requirePermission(ctx, 'paragraph.create');
  if (refused) return refused;
  const y = year ?? new Date().getFullYear() + 1;
  const { parties } = await ctx.services.register.snapshot();
  const { urls, gaps } = await ctx.services.links.paragraphLinks(`user:${ctx.input.user.aadObjectId ?? ctx.input.user.id}`, y, parties);
  return [{ card: paragraphLinksCard(y, gaps, urls, ctx.t) }];
}
