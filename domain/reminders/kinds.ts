import type { DateTime } from 'luxon';
import { addWeeks, eventLabel, ZIENSWIJZE_WEEKS_BUDGET } from '../calendar/events';
import { isGr, wgrCycle } from '../calendar/wgrCycle';
import type { CalendarTexts } from '../calendar/texts';
import { escapeMarkdown } from '../text/markdown';
import type { PlanInput, ReminderPayload } from './planner';

/**
 * Every reminder kind in one table: what it plans, how many days ahead (REMINDER_LEADS), and how
 * its message reads. A new kind is an entry here plus its texts in locales/nl.ts and locales/en.ts.
 * The kind names are stored in the outbox: rename one only with a migration.
 */

/** The reminder texts of a language (locales/ provides them; catalogue.ts uses this type). */
export interface ReminderTexts {
  before: (title: string, party: string, date: string) => string;
  overdue: (title: string, party: string, date: string) => string;
  owner: (who: string) => string;
  late: string;
  meeting: (date: string, title: string, party: string) => string;
  dated: (party: string, title: string, date: string) => string;
  meetingTitle: (body: string) => string;
  kaderbrief: string;
  jaarrekening: string;
  governanceDate: string;
  zienswijze: string;
}

/** What a kind's planner gets: the input, its own lead in days, and `add` (which applies the horizon). */
export interface KindContext {
  input: PlanInput;
  before: number;
  /** Dutch, for the stored title (the fallback when the recipient's language cannot be used). */
  texts: ReminderTexts;
  calendar: CalendarTexts;
  year: number;
  morning(date: string, plusDays?: number): DateTime;
  add(key: string, conversationId: string | null | undefined, at: DateTime, payload: Omit<ReminderPayload, 'late'>): void;
}

/** What a kind's message is given: the payload with title and party already escaped for Teams. */
export interface KindMessage {
  raw: ReminderPayload;
  title: string;
  party: string;
  date: string;
  who: string | null;
  late: string;
}

interface KindDefinition {
  leadDays: number;
  plan(ctx: KindContext): void;
  text(m: KindMessage, t: ReminderTexts): string;
}

/** A channel thread id (`19:…@thread.tacv2;messageid=…`) names its channel plus the root message. */
export function threadTarget(conversationId: string | null): { conversationId: string | null; thread?: string } {
  if (!conversationId) return { conversationId };
  const channel = conversationId.split(';')[0];
  return channel === conversationId ? { conversationId } : { conversationId: channel, thread: conversationId };
}

/** Steps and actions read alike: before or overdue, with the owner. */
const personalText = (m: KindMessage, t: ReminderTexts): string => {
  const head = m.raw.occurrence === 'overdue' ? t.overdue(m.title, m.party, m.date) : t.before(m.title, m.party, m.date);
  return `${head}${m.who ? `. ${t.owner(m.who)}` : ''}.${m.late}`;
};

/** A dated reminder named in the recipient's language when its subject is known. */
function subjectText(m: KindMessage, t: ReminderTexts): string {
  const s = m.raw.subject;
  if (!s) return m.title;
  if (s.kind === 'meeting') return escapeMarkdown(t.meetingTitle(s.body));
  if ('title' in s && s.title) return escapeMarkdown(s.title);
  return s.kind === 'kaderbrief' ? t.kaderbrief : s.kind === 'jaarrekening' ? t.jaarrekening : s.kind === 'zienswijze' ? t.zienswijze : t.governanceDate;
}

export const REMINDER_KINDS = {
  /** Open checklist steps, in the checklist's conversation (its thread in a channel). */
  step: {
    leadDays: 2,
    plan: ({ input, before, morning, add }) => {
      for (const run of input.runs) {
        const party = input.parties.get(run.partyId);
        if (!party || run.status !== 'open') continue;
        for (const s of run.steps) {
          if (s.status !== 'open') continue;
          const target = threadTarget(run.conversationId);
          const base = { kind: 'step' as const, party: party.name, title: s.title.nl, titleEn: s.title.en, due: s.due, owner: s.owner, ...(target.thread ? { thread: target.thread } : {}) };
          add(`step:${run.id}:${s.stepId}:${s.due}:before`, target.conversationId, morning(s.due, -before), { ...base, occurrence: 'before' });
          add(`step:${run.id}:${s.stepId}:${s.due}:overdue`, target.conversationId, morning(s.due, 1), { ...base, occurrence: 'overdue' });
        }
      }
    },
    text: personalText,
  },
  /** Open meeting actions: in the party's linked channel, or else to the owner personally (found by e-mail when sent). */
  action: {
    leadDays: 3,
    plan: ({ input, before, morning, add }) => {
      for (const { outcome, item } of input.openActions) {
        const party = input.parties.get(outcome.partyId);
        if (!party) continue;
        const conv = input.linkedChannel(party.id) ?? (item.owner.email ? `${PERSONAL_PREFIX}${item.owner.email.toLowerCase()}` : undefined);
        const base = { kind: 'action' as const, party: party.name, title: item.what, due: item.due, owner: item.owner };
        add(`action:${item.id}:${item.due}:before`, conv, morning(item.due, -before), { ...base, occurrence: 'before' });
        add(`action:${item.id}:${item.due}:overdue`, conv, morning(item.due, 1), { ...base, occurrence: 'overdue' });
      }
    },
    text: personalText,
  },
  /** Governance dates in the party's linked channel: meetings, the dates of the arrangement, and the yearly Wgr cycle of a GR. */
  meeting: {
    leadDays: 7,
    plan: ({ input, before, texts, calendar, year, morning, add }) => {
      for (const e of input.events) {
        const party = input.parties.get(e.partyId);
        if (!party) continue;
        const conv = input.linkedChannel(party.id);
        const upcoming = { kind: 'meeting' as const, occurrence: 'upcoming' as const, party: party.name, due: e.date, owner: null };
        if (e.kind === 'vergadering') {
          add(`meeting:${e.id}:${e.date}`, conv, morning(e.date, -before), { ...upcoming, title: texts.meetingTitle(e.body ?? ''), subject: { kind: 'meeting', body: e.body ?? '' } });
        }
        if (e.kind === 'evaluatie' || e.kind === 'uittreding') {
          // Evaluation and exit terms of the arrangement: announced ahead like a meeting, and on the day itself.
          add(`date:${e.id}:${e.date}`, conv, morning(e.date, -before), { ...upcoming, title: eventLabel(e, calendar) });
          add(`date:${e.id}:${e.date}:day`, conv, morning(e.date), { ...upcoming, title: eventLabel(e, calendar) });
        }
        if (e.kind === 'kaderbrief' || e.kind === 'jaarrekening' || e.kind === 'overig') {
          const what = e.title ?? (e.kind === 'kaderbrief' ? texts.kaderbrief : e.kind === 'jaarrekening' ? texts.jaarrekening : texts.governanceDate);
          add(`date:${e.id}:${e.date}`, conv, morning(e.date, -before), { ...upcoming, title: what, subject: { kind: e.kind, ...(e.title ? { title: e.title } : {}) } });
        }
      }
      // The legal terms of last year, this year and the next, for every GR with a linked channel.
      for (const party of input.parties.values()) {
        if (!isGr(party)) continue;
        const conv = input.linkedChannel(party.id);
        for (const y of [year - 1, year, year + 1]) {
          for (const item of wgrCycle(party, y, input.events, calendar)) {
            if (item.recorded || !item.date || item.milestone === 'zienswijze') continue;
            add(`wgr:${party.id}:${y}:${item.milestone}:${item.date}`, conv, morning(item.date, -before), { kind: 'meeting', occurrence: 'upcoming', party: party.name, title: `${item.title} (${item.basis})`, due: item.date, owner: null });
          }
        }
      }
    },
    text: (m, t) => `${t.meeting(m.date, subjectText(m, t), m.party)}${m.late}`,
  },
  /** The council's zienswijze on a draft budget: twelve weeks after receipt (Wgr art. 35). */
  zienswijze: {
    leadDays: 14,
    plan: ({ input, before, texts, morning, add }) => {
      for (const e of input.events) {
        const party = input.parties.get(e.partyId);
        if (!party || e.kind !== 'ontwerpbegroting') continue;
        const deadline = addWeeks(e.date, ZIENSWIJZE_WEEKS_BUDGET);
        add(`zienswijze:${e.id}:${deadline}`, input.linkedChannel(party.id), morning(deadline, -before), { kind: 'zienswijze', occurrence: 'upcoming', party: party.name, title: texts.zienswijze, subject: { kind: 'zienswijze' }, due: deadline, owner: null });
      }
    },
    text: (m, t) => `${t.dated(m.party, subjectText(m, t), m.date)}${m.late}`,
  },
} satisfies Record<string, KindDefinition>;

export type ReminderKindName = keyof typeof REMINDER_KINDS;
export const REMINDER_KIND_NAMES = Object.keys(REMINDER_KINDS) as ReminderKindName[];

/** A reminder addressed to a person rather than a stored conversation: `personal:<e-mail>`. */
export const PERSONAL_PREFIX = 'personal:';

/** The message text of a reminder in the recipient's language; names and titles are escaped (Teams renders Markdown). */
export function reminderText(raw: ReminderPayload, ownerMention: string | null, t: ReminderTexts, lang: 'nl' | 'en'): string {
  if (raw.kind === 'digest' || raw.kind === 'card') return '';
  const m: KindMessage = {
    raw,
    title: escapeMarkdown(lang === 'en' && raw.titleEn ? raw.titleEn : raw.title),
    party: escapeMarkdown(raw.party),
    date: raw.due.split('-').reverse().join('-'),
    who: ownerMention ?? (raw.owner?.name ? escapeMarkdown(raw.owner.name) : null),
    late: raw.late ? ` ${t.late}` : '',
  };
  return REMINDER_KINDS[raw.kind].text(m, t);
}
