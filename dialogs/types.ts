import type { AdaptiveCardJson } from '../cards/cardKit';
import type { AuditLog } from '../domain/access/audit';
import type { GovernanceEvent } from '../domain/calendar/events';
import type { ContextRepository } from '../domain/understanding/context';
import type { RoleResolver } from '../domain/access/roles';
import type { LinkService } from '../domain/links/linkService';
import type { ChecklistService } from '../domain/checklists/checklistService';
import type { MeetingService } from '../domain/meetings/meetingService';
import type { DigestContent } from '../domain/reminders/digest';
import type { PeopleDirectory } from '../domain/people/directory';
import type { RegisterService } from '../domain/register/registerService';
import type { Catalogue, Lang } from '../locales';

/** What a dialog needs to know about a turn; built by the bot layer from a Teams activity. */
export interface TurnInput {
  /** The user's text with any @mention of the bot removed and whitespace collapsed. */
  text: string;
  /** Card submit data, when the turn came from a card button. */
  value: Record<string, unknown> | undefined;
  lang: Lang;
  /** The channel the turn came from: 'msteams', or e.g. 'directline' for the local web chat. */
  channel: string;
  user: { id: string; aadObjectId: string | undefined; name: string | undefined };
  /** Looks the user up in the conversation roster (lazily: it may cost a Connector call). */
  member: () => Promise<MemberInfo | undefined>;
  /** Teams user ids (MRIs, 29:…) of those people (by e-mail or Entra object id) who are members of this conversation. */
  memberMris: (emailsOrObjectIds: string[]) => Promise<string[]>;
  /** The same members with their display names (for mentions), keyed by what was asked (lower case). */
  rosterMembers: (emailsOrObjectIds: string[]) => Promise<RosterMember[]>;
  conversation: {
    id: string;
    type: string | undefined;
    tenantId: string | undefined;
    teamId: string | undefined;
    /** A channel's membership type ('standard', 'private', 'shared'), when Teams says it. */
    channelMembership?: string;
  };
  /** Files the user attached (Teams file.download.info attachments), for the register upload. */
  files?: UploadedFile[];
}

export interface UploadedFile {
  name: string;
  /** Pre-authenticated, short-lived URL Teams gives the bot. */
  downloadUrl: string;
  fileType: string;
}

/** A conversation member found by e-mail or Entra object id (`key`, lower case): Teams user id and display name. */
export interface RosterMember {
  key: string;
  id: string;
  name: string;
  /** E-mail or UPN, when the roster gives one. */
  email?: string | null;
}

/** Who the user is in this conversation, as the channel's roster says; undefined = not a member. */
export interface MemberInfo {
  email: string | null;
  name: string;
  aadObjectId: string | undefined;
}

/** Proactive messages outside the current turn; false when the message could not be delivered. */
export interface Notifier {
  toConversation(conversationId: string, card: AdaptiveCardJson): Promise<boolean>;
  /** A personal message to a colleague found by e-mail in the roster of one of these conversations. */
  toUserByEmail(email: string, viaConversationIds: string[], card: AdaptiveCardJson): Promise<boolean>;
}

/** What a dialog answers; the bot layer turns it into activities. */
export interface Reply {
  text?: string;
  card?: AdaptiveCardJson;
  /** Replace this earlier message (a card being updated in place) instead of posting a new one. */
  updateActivityId?: string;
  /** A Teams file consent card: the bot asks to put a file in the user's OneDrive (context comes back on accept). */
  fileConsent?: { name: string; description: string; sizeInBytes: number; context: Record<string, unknown> };
  /** Called with the id of the posted message, e.g. to remember where a checklist card lives. */
  onSent?: (activityId: string | undefined) => Promise<void>;
  /** The reply confirms a change that is already stored: if it cannot be shown, the user is told it is saved. */
  stored?: boolean;
  /** The checklist this card shows: when the post has to wait for the outbox, the run learns its message on delivery. */
  checklistRunId?: string;
}

export interface DialogServices {
  register: RegisterService;
  roles: RoleResolver;
  audit: AuditLog;
  links: LinkService;
  checklists: ChecklistService;
  meetings: MeetingService;
  digests: {
    subscribe(conversationId: string, owner: string, cron: string): Promise<void>;
    stop(conversationId: string, owner: string): Promise<number>;
    content(since: Date, now: Date): Promise<DigestContent>;
  };
  notifier: Notifier;
  /** Governance dates (meetings, draft budgets) for date questions. */
  calendar: { events(): Promise<GovernanceEvent[]> };
  /** What each conversation was last about, for follow-ups. */
  context: ContextRepository;
  /** Conversation id of the concern-control channel, for escalated signals (CONCERN_CONTROL_CONVERSATION). */
  concernControlConversation: string | undefined;
  /** Fetches an uploaded file (at most maxBytes); 'too_large' or 'failed' otherwise. */
  download?: (url: string, maxBytes: number) => Promise<Buffer | 'too_large' | 'failed'>;
  /** Microsoft Graph people lookup, when configured. */
  directory?: PeopleDirectory;
}

export interface DialogContext {
  input: TurnInput;
  t: Catalogue;
  services: DialogServices;
}
