import { submit } from '../cards/actions';
import { card, type AdaptiveCardJson } from '../cards/cardKit';
import { escapeMarkdown } from '../cards/text';
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
  const { t } = ctx;
  return [
    {
      card: card(
        [
          { type: 'TextBlock', text: t.links.calendarTitle(team), weight: 'Bolder', size: 'Medium', wrap: true },
          { type: 'TextBlock', text: t.links.calendarBody, wrap: true },
          { type: 'TextBlock', text: escapeMarkdown(url), wrap: true, fontType: 'Monospace', size: 'Small' },
        ],
        [{ type: 'Action.OpenUrl', title: t.links.calendarOpen, url }, submit(t.links.calendarRevoke, { action: 'revokeCalendar' })],
      ),
    },
  ];
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
  const { t } = ctx;
  return [
    {
      card: card(
        [
          { type: 'TextBlock', text: t.links.paragraphTitle(y), weight: 'Bolder', size: 'Medium', wrap: true },
          { type: 'TextBlock', text: t.links.paragraphBody(gaps), wrap: true },
          { type: 'TextBlock', text: t.links.paragraphValid, wrap: true, isSubtle: true, size: 'Small' },
        ],
        [
          { type: 'Action.OpenUrl', title: 'Word (.docx)', url: urls.docx },
          { type: 'Action.OpenUrl', title: 'HTML', url: urls.html },
          { type: 'Action.OpenUrl', title: 'Markdown', url: urls.md },
        ],
      ),
    },
  ];
}
