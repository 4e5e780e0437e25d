import path from 'node:path';
import fs from 'node:fs';
import type { AdaptiveCardJson } from '../../cards/cardKit';
import { RoleResolver, type RoleConfig } from '../../domain/access/roles';
import { CalendarService } from '../../domain/calendar/calendarService';
import { ChecklistService } from '../../domain/checklists/checklistService';
import { defaultTemplateDir, loadTemplates } from '../../domain/checklists/template';
import { LinkService } from '../../domain/links/linkService';
import { MeetingService } from '../../domain/meetings/meetingService';
import { digestContent } from '../../domain/reminders/digest';
import { RegisterService } from '../../domain/register/registerService';
import type { DialogServices, MemberInfo, Notifier, TurnInput } from '../../dialogs/types';
import { planningTexts, type Lang } from '../../locales';
import { calendarNl } from '../../locales/calendar.nl';
import { paragraphNl } from '../../locales/paragraph.nl';
import { KyselyAuditLog } from '../../store/auditStore';
import { CalendarStore } from '../../store/calendarStore';
import { KyselyChecklistStore } from '../../store/checklistStore';
import { ContextStore } from '../../store/contextStore';
import { openDb, type Db } from '../../store/db';
import { DigestStore } from '../../store/digestStore';
import { KyselyMeetingStore } from '../../store/meetingStore';
import { KyselyRegisterStore } from '../../store/registerStore';
import { tempDir } from './harness';

/** What the dialogs sent outside the turn (the bot layer would post these). */
export interface SentCard {
  to: string;
  card: AdaptiveCardJson;
}

export interface DialogWorld {
  services: DialogServices;
  db: Db;
  /** Cards sent to conversations or people by e-mail, in order. */
  sent: SentCard[];
  close(): Promise<void>;
}

/** Keeps what the dialogs send proactively: the notifier is the port to the bot layer. */
class RecordingNotifier implements Notifier {
  constructor(private readonly sent: SentCard[]) {}
  async toConversation(conversationId: string, card: AdaptiveCardJson): Promise<boolean> {
    this.sent.push({ to: conversationId, card });
    return true;
  }
  async toUserByEmail(email: string, _via: string[], card: AdaptiveCardJson): Promise<boolean> {
    this.sent.push({ to: email, card });
    return true;
  }
}

/**
 * The dialogs' services on a real store (a SQLite file in a temp dir, migrated), with the demo
 * register and its governance dates seeded, as the running bot has them: no HTTP, no botbuilder.
 */
export async function dialogWorld(roles: Partial<RoleConfig> = {}): Promise<DialogWorld> {
  const dir = tempDir('pw-dialogs-');
  const db = await openDb(`sqlite:${path.join(dir, 'pw.db')}`);
  const register = new RegisterService(new KyselyRegisterStore(db.kysely));
  await register.seedDemoIfEmpty();
  const calendarStore = new CalendarStore(db.kysely);
  await new CalendarService(calendarStore, calendarNl).seedDemo((await register.snapshot()).parties);
  const checklists = new ChecklistService(new KyselyChecklistStore(db.kysely), loadTemplates(defaultTemplateDir()));
  const meetingStore = new KyselyMeetingStore(db.kysely);
  const meetings = new MeetingService(meetingStore);
  const digestStore = new DigestStore(db.kysely);
  const sent: SentCard[] = [];
  const services: DialogServices = {
    register,
    roles: new RoleResolver({ adminIds: [], secretaryIds: [], adminGroupId: undefined, secretaryGroupId: undefined, openByDefault: true, ...roles }),
    audit: new KyselyAuditLog(db.kysely),
    links: new LinkService(calendarStore, () => 'http://127.0.0.1:3978', paragraphNl),
    checklists,
    meetings,
    digests: {
      subscribe: async (conv, owner, cron) => void (await digestStore.subscribe(conv, owner, cron)),
      stop: (conv, owner) => digestStore.stop(conv, owner),
      content: async (since, now) =>
        digestContent({
          now,
          since,
          parties: (await register.snapshot()).activeById,
          events: await calendarStore.listEvents(),
          runs: await checklists.openRuns(),
          openActions: await meetings.openActions({}),
          outcomes: await meetingStore.outcomesSince(since.toISOString()),
          signals: await meetingStore.signalsSince(since.toISOString()),
          representationChanges: [],
          texts: planningTexts().digest,
        }),
    },
    notifier: new RecordingNotifier(sent),
    calendar: { events: () => calendarStore.listEvents() },
    context: new ContextStore(db.kysely),
    concernControlConversation: undefined,
  };
  return {
    services,
    db,
    sent,
    close: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TurnOptions {
  value?: Record<string, unknown>;
  lang?: Lang;
  user?: { id: string; aadObjectId?: string; name?: string };
  /** The roster entry of the user; undefined = not a member of the conversation. */
  member?: MemberInfo;
  conversation?: Partial<TurnInput['conversation']>;
}

/** One turn as the bot layer hands it to the dialogs: a personal chat with a member of it, unless told otherwise. */
export function turnInput(text: string, opts: TurnOptions = {}): TurnInput {
  const user = opts.user ?? { id: '29:joost', aadObjectId: '44444444-0000-0000-0000-000000000001', name: 'Joost Hendriks' };
  const member: MemberInfo | undefined = 'member' in opts ? opts.member : { email: 'j.hendriks@lindenwaard.example', name: user.name ?? user.id, aadObjectId: user.aadObjectId };
  return {
    text,
    value: opts.value,
    lang: opts.lang ?? 'nl',
    channel: 'msteams',
    user: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    member: async () => member,
    memberMris: async () => [],
    rosterMembers: async () => [],
    conversation: { id: 'a:dialog-tests', type: 'personal', tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f', teamId: undefined, ...opts.conversation },
  };
}
