import type { AdaptiveCardJson } from '../cards/cardKit';
import type { AuditLog } from '../domain/access/audit';
import type { RoleResolver } from '../domain/access/roles';
import type { LinkService } from '../domain/links/linkService';
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
  user: { id: string; aadObjectId: string | undefined; name: string | undefined };
  conversation: { id: string; type: string | undefined; tenantId: string | undefined; teamId: string | undefined };
}

/** What a dialog answers; the bot layer turns it into activities. */
export interface Reply {
  text?: string;
  card?: AdaptiveCardJson;
}

export interface DialogServices {
  register: RegisterService;
  roles: RoleResolver;
  audit: AuditLog;
  links: LinkService;
  /** Microsoft Graph people lookup, when configured. */
  directory?: PeopleDirectory;
}

export interface DialogContext {
  input: TurnInput;
  t: Catalogue;
  services: DialogServices;
}
