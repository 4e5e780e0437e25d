import type { ActionOf } from '../cards/actions';
import { refusalCard, withDemoBanner, withNotice } from '../cards/cardKit';
import { openActionsCard } from '../cards/openActionsCard';
import { outcomeFormCard, outcomeSummaryCard, outcomeValues, signalCard, signalFormCard, ACTION_ROWS, type FormValues } from '../cards/meetingCards';
import { escapeMarkdown } from '../cards/text';
import { demoBannerFor } from './demoBanner';
import { allows } from '../domain/access/roles';
import { DATE_RANGES, LIMITS } from '../domain/integrity/limits';
import { PartyGoneError, submitIdOf, submitKey } from '../domain/integrity/submissions';
import type { MeetingOutcome } from '../domain/meetings/types';
import { conversationKeyOf, sameConversation } from './conversationKey';
import type { OutcomeError } from '../domain/meetings/meetingService';
import { SEVERITIES, SIGNAL_CATEGORIES } from '../domain/meetings/types';
import type { Party } from '../domain/register/types';
import { requirePermission } from './accessDialog';
import { start } from './checklistDialog';
import { formClient, pickedPerson } from './formClient';
import { isObjectId } from '../cards/formInputs';
import type { DialogContext, Reply } from './types';


function actorOf(ctx: DialogContext): { id: string; name: string } {
  return { id: ctx.input.user.aadObjectId ?? ctx.input.user.id, name: ctx.input.user.name ?? ctx.input.user.id };
}

function word(e: OutcomeError, ctx: DialogContext): string {
  const m = ctx.t.meeting.errors;
  switch (e.field) {
    case 'party':
      return e.code === 'required' ? m.partyRequired : m.partyUnknown;
    case 'body':
      return e.code === 'required' ? m.bodyRequired : m.bodyTooLong(LIMITS.meetingBody);
    case 'date':
      return e.code === 'required' ? m.dateRequired : e.code === 'invalid' ? m.dateInvalid : e.code === 'future' ? m.dateFuture : m.dateOutOfRange(DATE_RANGES.meeting.pastYears);
    case 'signals':
      return m.signalsTooLong(LIMITS.signals);
    case 'decisions':
      return e.code === 'required' ? m.decisionsRequired : m.decisionsTooLong;
    case 'followUp':
      return m.followUpUnknown;
    default: {
      const n = Number(e.field.replace('action', ''));
      if (e.code === 'incomplete') return m.actionIncomplete(n);
      if (e.code === 'unknownOwner') return isObjectId(e.owner ?? '') ? m.actionUnknownPerson(n) : m.actionUnknownOwner(n, escapeMarkdown(e.owner ?? ''));
      if (e.code === 'duePast') return m.actionDuePast(n);
      if (e.code === 'tooLong') return m.actionTooLong(n, LIMITS.actionWhat);
      if (e.code === 'dueOutOfRange') return m.actionDueOutOfRange(n, DATE_RANGES.actionDue.futureYears);
      return m.actionDueInvalid(n);
    }
  }
}

export async function meetingForm(ctx: DialogContext, partyId?: string): Promise<Reply[]> {
  const refused = await requirePermission(ctx, 'outcome.log');
  if (refused) return refused;
  const { parties } = await ctx.services.register.snapshot();
  return [{ card: outcomeFormCard(parties, ctx.services.checklists.templates, ctx.t, partyId ? { party: partyId } : {}, [], undefined, formClient(ctx)) }];
}

/** Owners: a person from the register (by name) or, by e-mail, a member of this conversation; in Teams the person picked (Entra object id). */
function ownerResolver(ctx: DialogContext) {
  return async (typed: string) => {
    if (isObjectId(typed)) return pickedPerson(ctx, typed);
    const snap = await ctx.services.register.snapshot();
    if (typed.includes('@')) {
      const person = snap.personIndex.byKey(typed);
      if (person) return { name: person.person.name, email: person.person.email };
      const ids = await ctx.input.memberMris([typed]);
      return ids.length > 0 ? { name: typed, email: typed.toLowerCase() } : undefined;
    }
    const r = snap.personIndex.resolve(typed);
    return r.kind === 'match' ? { name: r.roles.person.name, email: r.roles.person.email } : undefined;
  };
}

/**
 * A correction is made where the outcome lives: the conversation it was recorded in or the party's
 * linked channel, by someone in that conversation's roster, who is its author or an administrator.
 */
async function mayCorrect(ctx: DialogContext, o: MeetingOutcome): Promise<boolean> {
  if (o.conversationId && !sameConversation(o.conversationId, ctx.input.conversation.id)) {
    const linked = await ctx.services.meetings.linkedChannel(o.partyId);
    if (!sameConversation(linked, ctx.input.conversation.id)) return false;
  }
  if (!(await ctx.input.member())) return false;
  const me = ctx.input.user.aadObjectId ?? ctx.input.user.id;
  return me === o.createdBy || allows(await ctx.services.roles.rolesOf(ctx.input.user.aadObjectId), 'register.edit');
}

export async function editOutcome(ctx: DialogContext, outcomeId: string): Promise<Reply[]> {
  const o = await ctx.services.meetings.get(outcomeId);
  if (!o) return [{ text: ctx.t.unknownAction }];
  if (!(await mayCorrect(ctx, o))) return refuseCorrection(ctx, outcomeId);
  const { parties } = await ctx.services.register.snapshot();
  // The current owners stay selectable in Teams' people picker (by e-mail, or name).
  const owners = o.actions.map((a) => ({ title: a.owner.name, value: a.owner.email ?? a.owner.name }));
  return [{ card: outcomeFormCard(parties, ctx.services.checklists.templates, ctx.t, outcomeValues(o), [], o.id, formClient(ctx, owners)) }];
}

async function refuseCorrection(ctx: DialogContext, outcomeId: string): Promise<Reply[]> {
  await ctx.services.audit.record({ actor: actorOf(ctx).id, action: 'access.denied', entity: 'meeting_outcome', entityId: outcomeId });
  return [{ card: refusalCard(ctx.t.meeting.notAuthor) }];
}

/** Action owners (by e-mail) who are members of this conversation, for mentions; none outside Teams. */
async function ownerMentions(ctx: DialogContext, emails: (string | null)[]): Promise<Map<string, { id: string; name: string }>> {
  const wanted = [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
  const out = new Map<string, { id: string; name: string }>();
  if (ctx.input.channel !== 'msteams' || wanted.length === 0) return out;
  for (const m of await ctx.input.rosterMembers(wanted)) out.set(m.key, { id: m.id, name: m.name });
  return out;
}

/** Sends a card to the channel linked to the party, if any; cards there carry the demo banner too. */
async function toLinkedChannel(ctx: DialogContext, party: Party, card: ReturnType<typeof outcomeSummaryCard>): Promise<void> {
  const conv = await ctx.services.meetings.linkedChannel(party.id);
  if (!conv || conv === ctx.input.conversation.id.split(';')[0]) return;
  const banner = await demoBannerFor(ctx.services.register, ctx.t);
  await ctx.services.notifier.toConversation(conv, withDemoBanner(card, banner));
}

/** The submit of the meeting form (new or a correction). */
export async function saveOutcome(ctx: DialogContext, f: ActionOf<'saveOutcome'>): Promise<Reply[]> {
  const refused = await requirePermission(ctx, 'outcome.log');
  if (refused) return refused;
  const values: FormValues = Object.fromEntries(Object.entries(f).filter(([k, v]) => k !== 'action' && k !== 'submitId' && typeof v === 'string')) as FormValues;
  const existing = f.outcomeId ? await ctx.services.meetings.get(f.outcomeId) : undefined;
  if (f.outcomeId && !existing) return [{ text: ctx.t.unknownAction }];
  if (existing && !(await mayCorrect(ctx, existing))) return refuseCorrection(ctx, existing.id);
  const snap = await ctx.services.register.snapshot();
  const draft = {
    partyId: f.party,
    body: f.body,
    meetingDate: f.date,
    decisions: f.decisions,
    signals: f.signals,
    followUp: existing ? undefined : f.followUp,
    actions: Array.from({ length: ACTION_ROWS }, (_, i) => ({ what: f[`a${i + 1}what`], owner: f[`a${i + 1}owner`], due: f[`a${i + 1}due`] })),
  };
  const v = await ctx.services.meetings.validate(draft, (id) => snap.byId.has(id), (id) => !!ctx.services.checklists.templateFor(id), ownerResolver(ctx));
  if (!v.ok) return [{ card: outcomeFormCard(snap.parties, ctx.services.checklists.templates, ctx.t, values, v.errors.map((e) => word(e, ctx)), existing?.id, formClient(ctx, existing ? existing.actions.map((a) => ({ title: a.owner.name, value: a.owner.email ?? a.owner.name })) : [])) }];
  const party = snap.byId.get(v.value.partyId)!;
  const submitId = submitIdOf(f);
  try {
    if (existing) {
      const corrected = await ctx.services.meetings.correct(existing, v.value, actorOf(ctx));
      if (corrected === 'conflict') return [{ text: ctx.t.meeting.conflict }];
      const summary = outcomeSummaryCard(corrected, party, ctx.t);
      await toLinkedChannel(ctx, party, summary);
      return [{ card: summary, stored: true }];
    }
    const key = submitId ? submitKey('outcome', [actorOf(ctx).id, submitId]) : undefined;
    const { outcome: saved, duplicate } = await ctx.services.meetings.save(v.value, actorOf(ctx), { conversationId: conversationKeyOf(ctx.input.conversation.id), submitKey: key });
    // The same form sent twice: show what was stored the first time; nothing is sent or started again.
    if (duplicate) return [{ card: withNotice(outcomeSummaryCard(saved, snap.byId.get(saved.partyId) ?? party, ctx.t), ctx.t.checklist.alreadySaved), stored: true }];
    const summary = outcomeSummaryCard(saved, party, ctx.t);
    await toLinkedChannel(ctx, party, summary);
    // In this conversation the action owners who are in it are mentioned (the linked channel has its own roster: names there).
    const replies: Reply[] = [{ card: outcomeSummaryCard(saved, party, ctx.t, await ownerMentions(ctx, saved.actions.map((a) => a.owner.email))), stored: true }];
    if (saved.followUp) {
      const tpl = ctx.services.checklists.templateFor(saved.followUp)!;
      replies.push(...(await start(ctx, party, tpl.id, tpl.changeKinds[0], saved.meetingDate, submitId)));
    }
    return replies;
  } catch (err) {
    if (err instanceof PartyGoneError) return [{ text: ctx.t.party.goneParty }];
    throw err;
  }
}

export async function latestDecisions(ctx: DialogContext, party: Party, body: string | undefined): Promise<Reply[]> {
  const o = await ctx.services.meetings.latest(party.id, body);
  if (!o) return [{ text: ctx.t.meeting.latestNone(escapeMarkdown(body ?? ''), escapeMarkdown(party.name)).replace('  ', ' ') }];
  return [{ card: outcomeSummaryCard(o, party, ctx.t) }];
}

export async function openActionsFor(ctx: DialogContext, party: Party): Promise<Reply[]> {
  const open = await ctx.services.meetings.openActions({ partyId: party.id });
  return [{ card: openActionsCard(ctx.t.meeting.openActionsTitle(party.name), open.map(({ item }) => ({ what: item.what, owner: item.owner.name, due: item.due })), ctx.t) }];
}

export async function myActions(ctx: DialogContext): Promise<Reply[]> {
  const member = await ctx.input.member();
  if (!member?.email) return [{ text: ctx.t.meeting.myActionsUnknown }];
  const open = await ctx.services.meetings.openActions({ owner: { email: member.email, name: member.name } });
  const { byId } = await ctx.services.register.snapshot();
  return [{ card: openActionsCard(ctx.t.meeting.myActionsTitle, open.map(({ outcome, item }) => ({ what: item.what, owner: item.owner.name, due: item.due, party: byId.get(outcome.partyId)?.name })), ctx.t) }];
}

export async function signalForm(ctx: DialogContext, partyId?: string): Promise<Reply[]> {
  const { parties } = await ctx.services.register.snapshot();
  return [{ card: signalFormCard(parties, ctx.t, partyId ? { party: partyId } : {}, [], formClient(ctx)) }];
}

/** The submit of the signal form. */
export async function saveSignal(ctx: DialogContext, f: ActionOf<'saveSignal'>): Promise<Reply[]> {
  const snap = await ctx.services.register.snapshot();
  const party = f.party ? snap.byId.get(f.party) : undefined;
  const category = SIGNAL_CATEGORIES.find((c) => c === f.category);
  const severity = SEVERITIES.find((c) => c === f.severity);
  const description = [f.example, f.description].map((x) => (x ?? '').trim()).filter((x) => x !== '').join(': ');
  if (!party || !category || !severity || description === '' || description.length > LIMITS.signalDescription) {
    const values = Object.fromEntries(Object.entries(f).filter(([k, v]) => k !== 'action' && k !== 'submitId' && typeof v === 'string')) as FormValues;
    return [{ card: signalFormCard(snap.parties, ctx.t, values, [description.length > LIMITS.signalDescription ? ctx.t.signal.tooLong(LIMITS.signalDescription) : ctx.t.signal.missing], formClient(ctx)) }];
  }
  const submitId = submitIdOf(f);
  let reported;
  try {
    reported = await ctx.services.meetings.reportSignal(party.id, category, severity, description, actorOf(ctx), new Date(), submitId ? submitKey('signal', [actorOf(ctx).id, submitId]) : undefined);
  } catch (err) {
    if (err instanceof PartyGoneError) return [{ text: ctx.t.party.goneParty }];
    throw err;
  }
  const { signal, escalate, recentCount, duplicate } = reported;
  if (duplicate) return [{ card: withNotice(signalCard(signal, party, ctx.t), ctx.t.signal.alreadySaved), stored: true }];
  const cardOut = signalCard(signal, party, ctx.t, escalate ? { count: recentCount } : undefined);
  if (escalate) {
    const banner = await demoBannerFor(ctx.services.register, ctx.t);
    const shared = withDemoBanner(cardOut, banner);
    const linked = await ctx.services.meetings.linkedChannel(party.id);
    const targets = [linked, ctx.services.concernControlConversation].filter((c): c is string => !!c);
    for (const conv of new Set(targets)) await ctx.services.notifier.toConversation(conv, shared);
    if (party.accountHolder?.email) await ctx.services.notifier.toUserByEmail(party.accountHolder.email, targets, shared);
  }
  return [{ card: cardOut, stored: true }];
}

/** Bots cannot post proactively in private and shared channels: a link there would never deliver anything. */
export function isPrivateChannel(ctx: DialogContext): boolean {
  const kind = ctx.input.conversation.channelMembership;
  return kind === 'private' || kind === 'shared';
}

export async function linkChannel(ctx: DialogContext, party: Party): Promise<Reply[]> {
  if (ctx.input.conversation.type !== 'channel') return [{ text: ctx.t.meeting.linkOnlyInChannel }];
  if (isPrivateChannel(ctx)) return [{ text: ctx.t.teamsClient.privateChannel }];
  const refused = await requirePermission(ctx, 'register.read');
  if (refused) return refused;
  await ctx.services.meetings.linkChannel(party.id, ctx.input.conversation.id.split(';')[0], actorOf(ctx).id);
  return [{ text: ctx.t.meeting.linked(escapeMarkdown(party.name)) }];
}
