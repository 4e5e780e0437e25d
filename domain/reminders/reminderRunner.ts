import type { GovernanceEvent } from '../calendar/events';
import type { ChecklistRun } from '../checklists/types';
import type { ActionItem, MeetingOutcome, Signal } from '../meetings/types';
import type { Party } from '../register/types';
import type { CalendarTexts } from '../calendar/texts';
import { digestContent, isEmpty, latestOccurrence, type DigestContent, type DigestSubscription, type DigestTexts } from './digest';
import { dueMessages, type DueMessage, type LeadTimes, type ReminderTexts } from './planner';

/** What the runner reads: the register and everything with a date in it. */
export interface ReminderSources {
  activeParties(): Promise<Map<string, Party>>;
  openRuns(): Promise<ChecklistRun[]>;
  openActions(): Promise<{ outcome: MeetingOutcome; item: ActionItem }[]>;
  events(): Promise<GovernanceEvent[]>;
  /** Party id → the channel linked to it. */
  channelLinks(): Promise<Map<string, string>>;
  outcomesSince(iso: string): Promise<MeetingOutcome[]>;
  signalsSince(iso: string): Promise<Signal[]>;
  /** Parties whose register entry changed since, with when. */
  partyChangesSince(iso: string): Promise<{ partyId: string; at: string }[]>;
}

export interface DigestSubscriptions {
  active(): Promise<DigestSubscription[]>;
  markSent(id: string, occurrence: string): Promise<void>;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  dropped: number;
  dead: number;
}

/** The outbox and whoever sends what it holds (Teams, in the bot layer). */
export interface ReminderOutbox {
  enqueue(messages: DueMessage[]): Promise<number>;
}
export interface ReminderSender {
  drain(now: Date): Promise<DeliveryReport>;
}

export interface ReminderRunnerOptions {
  sources: ReminderSources;
  subscriptions: DigestSubscriptions;
  outbox: ReminderOutbox;
  sender: ReminderSender;
  /** The digest as a card, in the bot layer's card format, in `lang` (the bot layer's default without it). */
  renderDigest(content: DigestContent, since: Date, lang?: string): Promise<Record<string, unknown>>;
  /** The language of a conversation and the digest's item texts in it, looked up once per digest (default: `texts.digest`). */
  digestLanguage?(conversationId: string): Promise<{ lang: string; texts: DigestTexts }>;
  texts: { reminders: ReminderTexts; digest: DigestTexts; calendar: CalendarTexts };
  leads: LeadTimes;
  /** Send a digest that has nothing to report. */
  sendEmptyDigests: boolean;
}

/**
 * Plans what is due at an instant (reminders and digests), writes it to the outbox and delivers it.
 * The server's scheduler and `partnerwijzer reminders run` both call `run`.
 */
export class ReminderRunner {
  constructor(private readonly o: ReminderRunnerOptions) {}

  async run(now: Date): Promise<{ enqueued: number; report: DeliveryReport }> {
    const s = this.o.sources;
    const links = await s.channelLinks();
    const due = dueMessages({
      now,
      parties: await s.activeParties(),
      runs: await s.openRuns(),
      openActions: await s.openActions(),
      events: await s.events(),
      linkedChannel: (id) => links.get(id),
      leads: this.o.leads,
      texts: this.o.texts.reminders,
      calendarTexts: this.o.texts.calendar,
    });
    const enqueued = await this.o.outbox.enqueue([...due, ...(await this.dueDigests(now))]);
    const report = await this.o.sender.drain(now);
    return { enqueued, report };
  }

  /** What a digest covering `since` … `now` holds. */
  async digest(since: Date, now: Date, texts: DigestTexts = this.o.texts.digest): Promise<DigestContent> {
    const s = this.o.sources;
    const iso = since.toISOString();
    return digestContent({
      now,
      since,
      parties: await s.activeParties(),
      events: await s.events(),
      runs: await s.openRuns(),
      openActions: await s.openActions(),
      outcomes: await s.outcomesSince(iso),
      signals: await s.signalsSince(iso),
      representationChanges: await s.partyChangesSince(iso),
      texts,
    });
  }

  /** Digests due at `now`: built once per occurrence, skipped when empty unless configured otherwise. */
  private async dueDigests(now: Date): Promise<DueMessage[]> {
    const due: DueMessage[] = [];
    for (const sub of await this.o.subscriptions.active()) {
      const occ = latestOccurrence(sub.cron, now);
      const since = new Date(sub.lastSentAt ?? sub.createdAt);
      if (!occ || occ <= since) continue;
      await this.o.subscriptions.markSent(sub.id, occ.toISOString());
      if (now.getTime() - occ.getTime() > this.o.leads.horizonHours * 3_600_000) continue;
      const language = await this.o.digestLanguage?.(sub.conversationId);
      const content = await this.digest(since, now, language?.texts);
      if (isEmpty(content) && !this.o.sendEmptyDigests) continue;
      const card = await this.o.renderDigest(content, since, language?.lang);
      due.push({ key: `digest:${sub.id}:${occ.toISOString()}`, conversationId: sub.conversationId, dueAt: occ.toISOString(), payload: { kind: 'digest', occurrence: 'upcoming', party: '', title: 'digest', due: occ.toISOString().slice(0, 10), owner: null, late: false, card } });
    }
    return due;
  }
}
