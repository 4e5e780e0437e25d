import { randomBytes } from 'node:crypto';
import { checkDate, DATE_RANGES, LIMITS } from '../integrity/limits';
import type { ActionItem, MeetingOutcome, MeetingRepository, Severity, Signal, SignalCategory } from './types';
import { addDays, today as localToday } from '../time/clock';

/** What the form sent, before validation. */
export interface OutcomeDraft {
  partyId: string | undefined;
  body: string | undefined;
  meetingDate: string | undefined;
  decisions: string | undefined;
  signals: string | undefined;
  followUp: string | undefined;
  actions: { what: string | undefined; owner: string | undefined; due: string | undefined }[];
}

export type OutcomeError =
  | { field: 'party'; code: 'required' | 'unknown' }
  | { field: 'body'; code: 'required' | 'tooLong' }
  | { field: 'date'; code: 'required' | 'invalid' | 'future' | 'outOfRange' }
  | { field: 'decisions'; code: 'required' | 'tooLong' }
  | { field: 'signals'; code: 'tooLong' }
  | { field: `action${number}`; code: 'incomplete' | 'unknownOwner' | 'duePast' | 'dueInvalid' | 'dueOutOfRange' | 'tooLong'; owner?: string }
  | { field: 'followUp'; code: 'unknown' };

/** Resolves an owner as typed: a person from the register or a member of the Teams conversation. */
export type OwnerResolver = (typed: string) => Promise<{ name: string; email: string | null } | undefined>;

/** A checked form: the outcome's own fields, and action items not yet numbered. */
export type Validated = Pick<MeetingOutcome, 'partyId' | 'body' | 'meetingDate' | 'decisions' | 'signals' | 'followUp'> & {
  actions: Omit<ActionItem, 'id' | 'position' | 'status'>[];
};

const clean = (s: string | undefined): string => (s ?? '').trim();

/** Signals escalate when severe, or when this is the third for the party within 90 days. */
export const ESCALATE_COUNT = 3;
export const ESCALATE_WINDOW_DAYS = 90;

export class MeetingService {
  constructor(private readonly repo: MeetingRepository) {}

  /** Every problem with the form at once, so the card can show them all; nothing is stored. */
  async validate(d: OutcomeDraft, partyExists: (id: string) => boolean, templateExists: (id: string) => boolean, resolveOwner: OwnerResolver, today = localToday()): Promise<{ ok: true; value: Validated } | { ok: false; errors: OutcomeError[] }> {
    const errors: OutcomeError[] = [];
    const partyId = clean(d.partyId);
    if (!partyId) errors.push({ field: 'party', code: 'required' });
    else if (!partyExists(partyId)) errors.push({ field: 'party', code: 'unknown' });
    const body = clean(d.body);
    if (!body) errors.push({ field: 'body', code: 'required' });
    else if (body.length > LIMITS.meetingBody) errors.push({ field: 'body', code: 'tooLong' });
    const date = clean(d.meetingDate);
    const dateCheck = date ? checkDate(date, DATE_RANGES.meeting, today) : 'invalid';
    if (!date) errors.push({ field: 'date', code: 'required' });
    else if (dateCheck === 'invalid') errors.push({ field: 'date', code: 'invalid' });
    else if (date > addDays(today, 1)) errors.push({ field: 'date', code: 'future' });
    else if (dateCheck === 'outOfRange') errors.push({ field: 'date', code: 'outOfRange' });
    const decisions = clean(d.decisions);
    if (!decisions) errors.push({ field: 'decisions', code: 'required' });
    else if (decisions.length > LIMITS.decisions) errors.push({ field: 'decisions', code: 'tooLong' });
    if (clean(d.signals).length > LIMITS.signals) errors.push({ field: 'signals', code: 'tooLong' });
    const actions: Validated['actions'] = [];
    for (const [i, a] of d.actions.entries()) {
      const what = clean(a.what);
      const ownerTyped = clean(a.owner);
      const due = clean(a.due);
      if (!what && !ownerTyped && !due) continue;
      const field = `action${i + 1}` as const;
      if (!what || !ownerTyped || !due) {
        errors.push({ field, code: 'incomplete' });
        continue;
      }
      if (what.length > LIMITS.actionWhat || ownerTyped.length > LIMITS.actionOwner) {
        errors.push({ field, code: 'tooLong' });
        continue;
      }
      const dueCheck = checkDate(due, DATE_RANGES.actionDue, today);
      if (dueCheck === 'invalid') {
        errors.push({ field, code: 'dueInvalid' });
        continue;
      }
      if (due < today) {
        errors.push({ field, code: 'duePast' });
        continue;
      }
      if (dueCheck === 'outOfRange') {
        errors.push({ field, code: 'dueOutOfRange' });
        continue;
      }
      const owner = await resolveOwner(ownerTyped);
      if (!owner) {
        errors.push({ field, code: 'unknownOwner', owner: ownerTyped.slice(0, 80) });
        continue;
      }
      actions.push({ what, owner, due });
    }
    const followUp = clean(d.followUp);
    if (followUp && followUp !== 'geen' && !templateExists(followUp)) errors.push({ field: 'followUp', code: 'unknown' });
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { partyId, body, meetingDate: date, decisions, signals: clean(d.signals) || null, followUp: followUp && followUp !== 'geen' ? followUp : null, actions } };
  }

  /**
   * Stores a validated outcome recorded in a conversation. With a submit key used before, nothing
   * is stored and the earlier outcome comes back with `duplicate`.
   */
  async save(v: Validated, actor: { id: string; name: string }, where: { conversationId?: string | null; submitKey?: string } = {}): Promise<{ outcome: MeetingOutcome; duplicate: boolean }> {
    const id = randomBytes(9).toString('base64url');
    const o: MeetingOutcome = {
      id,
      partyId: v.partyId,
      body: v.body,
      meetingDate: v.meetingDate,
      decisions: v.decisions,
      signals: v.signals,
      followUp: v.followUp,
      createdBy: actor.id,
      createdByName: actor.name,
      createdAt: new Date().toISOString(),
      correctedAt: null,
      version: 1,
      conversationId: where.conversationId ?? null,
      actions: v.actions.map((a, position) => ({ ...a, id: `${id}-${position}`, position, status: 'open' })),
    };
    const { duplicateOf } = await this.repo.insertOutcome(o, actor.id, where.submitKey);
    if (duplicateOf) {
      const earlier = await this.repo.getOutcome(duplicateOf);
      if (earlier) return { outcome: earlier, duplicate: true };
    }
    return { outcome: o, duplicate: false };
  }

  /** A correction keeps the id, raises the version and is audited with before and after. */
  async correct(existing: MeetingOutcome, v: Validated, actor: { id: string }): Promise<MeetingOutcome | 'conflict'> {
    const next: MeetingOutcome = {
      ...existing,
      partyId: v.partyId,
      body: v.body,
      meetingDate: v.meetingDate,
      decisions: v.decisions,
      signals: v.signals,
      correctedAt: new Date().toISOString(),
      version: existing.version + 1,
      actions: v.actions.map((a, position) => ({ ...a, id: `${existing.id}-${position}`, position, status: existing.actions[position]?.status ?? 'open' })),
    };
    return (await this.repo.correctOutcome(next, existing.version, actor.id)) ? next : 'conflict';
  }

  get(id: string): Promise<MeetingOutcome | undefined> {
    return this.repo.getOutcome(id);
  }

  /** The latest outcome for a party, optionally of one body. */
  async latest(partyId: string, body?: string): Promise<MeetingOutcome | undefined> {
    const all = await this.repo.outcomesForParty(partyId);
    return all.find((o) => !body || o.body.toLowerCase() === body.toLowerCase());
  }

  async openActions(filter: { partyId?: string; owner?: { email: string | null; name: string } }): Promise<{ outcome: MeetingOutcome; item: ActionItem }[]> {
    const all = await this.repo.openActions();
    return all.filter(({ outcome, item }) => {
      if (filter.partyId && outcome.partyId !== filter.partyId) return false;
      if (filter.owner) {
        const e = filter.owner.email?.toLowerCase();
        return (!!e && item.owner.email?.toLowerCase() === e) || item.owner.name.toLowerCase() === filter.owner.name.toLowerCase();
      }
      return true;
    });
  }

  /** Stores a signal and says whether it must be escalated (severe, or the third within 90 days). */
  async reportSignal(partyId: string, category: SignalCategory, severity: Severity, description: string, actor: { id: string; name: string }, now = new Date(), submitKey?: string): Promise<{ signal: Signal; escalate: boolean; recentCount: number; duplicate: boolean }> {
    const since = new Date(now.getTime() - ESCALATE_WINDOW_DAYS * 86_400_000).toISOString();
    const recent = await this.repo.signalsForParty(partyId, since);
    const recentCount = recent.length + 1;
    const escalate = severity === 'hoog' || recentCount >= ESCALATE_COUNT;
    const signal: Signal = { id: randomBytes(9).toString('base64url'), partyId, category, severity, description, reportedBy: actor.id, reportedByName: actor.name, reportedAt: now.toISOString(), status: 'open', escalated: escalate };
    const { duplicateOf } = await this.repo.insertSignal(signal, actor.id, submitKey);
    if (duplicateOf) {
      const earlier = await this.repo.getSignal(duplicateOf);
      if (earlier) return { signal: earlier, escalate: false, recentCount: recent.length, duplicate: true };
    }
    return { signal, escalate, recentCount, duplicate: false };
  }

  openSignals(partyId: string): Promise<Signal[]> {
    return this.repo.signalsForParty(partyId);
  }

  linkChannel(partyId: string, conversationId: string, actor: string): Promise<void> {
    return this.repo.linkChannel(partyId, conversationId, actor);
  }

  linkedChannel(partyId: string): Promise<string | undefined> {
    return this.repo.linkedChannel(partyId);
  }
}
