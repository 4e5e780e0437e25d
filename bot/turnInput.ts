import { TurnContext, type Activity } from 'botbuilder';
import type { TurnInput } from '../dialogs/types';
import { detectLang } from '../locales';

const MAX_TEXT = 2000;
/** What Teams sends when a user attaches a file in a personal chat with a bot that supportsFiles. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

function tenantOf(activity: Partial<Activity>): string | undefined {
  const cd = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = typeof cd?.tenant?.id === 'string' ? cd.tenant.id : undefined;
  return activity.conversation?.tenantId ?? fromChannelData;
}

/** Translates an inbound message activity into what dialogs need; nothing botbuilder-specific leaks further. */
export function toTurnInput(activity: Activity, member: TurnInput['member'] = async () => undefined, rosterMembers: TurnInput['rosterMembers'] = async () => []): TurnInput {
  const value = activity.value !== null && typeof activity.value === 'object' && !Array.isArray(activity.value)
    ? (activity.value as Record<string, unknown>)
    : undefined;
  let text = typeof activity.text === 'string' ? activity.text : '';
  if (activity.recipient?.id) text = TurnContext.removeMentionText(activity, activity.recipient.id) ?? text;
  // Teams may keep <at>…</at> for a mention without entity; never show markup back to the user.
  text = text.replace(/<at>[^<]*<\/at>/gi, ' ');
  // A card button (Action.Submit in web chat, messageBack in Teams) carries the question as data.
  if (value && value.action === 'ask' && typeof value.text === 'string' && text.trim() === '') text = value.text;
  // A command-menu entry sent as is ("waar vertegenwoordigt … ons?"): the ellipsis marks a blank to fill, not a word.
  text = text.replace(/(^|\s)(…|\.\.\.)(?=\s|[?!.,]|$)/g, ' ');
  text = text.replace(/\s+/g, ' ').replace(/\s+([?!.,])/g, '$1').trim().slice(0, MAX_TEXT);
  const files = (activity.attachments ?? []).flatMap((a) => {
    const c = a.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
    return a.contentType === FILE_DOWNLOAD_INFO && typeof c?.downloadUrl === 'string'
      ? [{ name: typeof a.name === 'string' ? a.name : 'bestand', downloadUrl: c.downloadUrl, fileType: typeof c.fileType === 'string' ? c.fileType : '' }]
      : [];
  });
  return {
    text,
    value,
    files,
    lang: detectLang(text, activity.locale),
    channel: activity.channelId ?? '',
    user: { id: activity.from?.id ?? '', aadObjectId: activity.from?.aadObjectId, name: activity.from?.name },
    member,
    memberMris: async (keys) => (await rosterMembers(keys)).map((m) => m.id),
    rosterMembers,
    conversation: {
      id: activity.conversation?.id ?? '',
      type: activity.conversation?.conversationType,
      tenantId: tenantOf(activity),
      teamId: (activity.channelData as { team?: { id?: string } } | undefined)?.team?.id,
      channelMembership: channelMembershipOf(activity),
    },
  };
}

/** Teams names a channel's kind in channelData.channel (membershipType, or type in newer payloads). */
function channelMembershipOf(activity: Partial<Activity>): string | undefined {
  const ch = (activity.channelData as { channel?: { membershipType?: unknown; type?: unknown } } | undefined)?.channel;
  const kind = typeof ch?.membershipType === 'string' ? ch.membershipType : typeof ch?.type === 'string' ? ch.type : undefined;
  return kind?.toLowerCase().slice(0, 20);
}

export { tenantOf };
