import { z } from 'zod';
import type { ActionOf } from '../cards/actions';
import { checklistCard, chooseChangeCard as changeCard, myOpenStepsCard, partyRunsCard } from '../cards/checklistCard';
import type { AdaptiveCardJson } from '../cards/cardKit';
import { escapeMarkdown } from '../cards/text';
import { allows } from '../domain/access/roles';
import { checkDate, DATE_RANGES, LIMITS } from '../domain/integrity/limits';
import { PartyGoneError, submitIdOf, submitKey } from '../domain/integrity/submissions';
import { sameConversation } from './conversationKey';
import type { ChecklistRun, StepAction } from '../domain/checklists/types';
import { templateApplies } from '../domain/checklists/template';
import type { Party } from '../domain/register/types';
import type { DialogContext, Reply } from './types';
import { isObjectId } from '../cards/formInputs';
import { formClient, pickedPerson } from './formClient';
import { today } from '../domain/time/clock';



/** Teams refreshes a card automatically for at most 60 users, named by their Teams user id (MRI). */
export const MAX_REFRESH_USERS = 60;

/**
 * Everyone whose client should refresh the card: the clicking user (their MRI is the activity's
 * from.id), the starter and the owners of open steps who are in the conversation (MRIs from the roster).
 */
async function involved(run: ChecklistRun, ctx: DialogContext): Promise<{ refresh: string[]; mentions: Map<string, { id: string; name: string }> }> {
  const mentions = new Map<string, { id: string; name: string }>();
  if (run.status !== 'open' || ctx.input.channel !== 'msteams') return { refresh: [], mentions };
  const self = /^(29|8):/.test(ctx.input.user.id) ? [ctx.input.user.id] : [];
  const starter = run.startedBy && run.startedBy !== ctx.input.user.aadObjectId && run.startedBy !== ctx.input.user.id ? [run.startedBy] : [];
  const ownerEmails = [...new Set(run.steps.filter((s) => s.status === 'open' && s.owner?.email).map((s) => s.owner!.email!.toLowerCase()))];
  const members = await ctx.input.rosterMembers([...starter, ...ownerEmails]);
  for (const m of members) if (ownerEmails.includes(m.key)) mentions.set(m.key, { id: m.id, name: m.name });
  return { refresh: [...new Set([...self, ...members.map((m) => m.id)])].slice(0, MAX_REFRESH_USERS), mentions };
}

export async function renderRun(ctx: DialogContext, run: ChecklistRun, notice?: string, page?: number): Promise<AdaptiveCardJson> {
  const { byId } = await ctx.services.register.snapshot();
  const template = ctx.services.checklists.templates.find((t) => t.id === run.templateId);
  const { refresh, mentions } = await involved(run, ctx);
  // The people picker offers the starter before anything is typed (the same for everyone who sees the card).
  const starter = isObjectId(run.startedBy) && run.startedByName ? [{ title: run.startedByName, value: run.startedBy }] : [];
  const teams = formClient(ctx).teams;
  const people = teams && starter.length > 0 ? { personal: teams.personal, people: starter } : undefined;
  return checklistCard(run, template, byId.get(run.partyId), ctx.t, { notice, page, refreshUserIds: refresh, mentions, people, submitOnly: ctx.input.channel !== 'msteams' });
}

/** "wijziging melden bij de GGD": which change, since when. */
export function chooseChangeCard(ctx: DialogContext, party: Party, change?: string, notice?: string): AdaptiveCardJson {
  // Only the procedures that fit this kind of partner: the Wgr ones for a gemeenschappelijke
  // regeling, the shareholders' decision for a company, the statutes change for a foundation.
  const templates = ctx.services.checklists.templatesForParty(party);
  const preselected = change ? templates.find((tpl) => tpl.id === ctx.services.checklists.templateFor(change)?.id)?.id : undefined;
  return changeCard(party, templates, ctx.t, { preselected, notice, today: today() });
}

export async function start(ctx: DialogContext, party: Party, templateId: string, change: string, anchor: string, submitId?: string, deadline?: string): Promise<Reply[]> {
  const template = ctx.services.checklists.templateFor(templateId);
  if (!template) return [{ text: ctx.t.checklist.unknownKind(escapeMarkdown(templateId)) }];
  if (!templateApplies(template, party.category)) return [{ card: chooseChangeCard(ctx, party, undefined, ctx.t.checklist.notForCategory(ctx.t.lang === 'en' ? template.title.en : template.title.nl, party.name)) }];
  const member = await ctx.input.member();
  const starter = { id: ctx.input.user.aadObjectId ?? ctx.input.user.id, name: ctx.input.user.name ?? member?.name ?? ctx.input.user.id };
  const key = submitId ? submitKey('checklist.start', [starter.id, submitId, party.id, template.id, anchor, deadline ?? '']) : undefined;
  let started;
  try {
    started = await ctx.services.checklists.start(template, change, party, anchor, starter, member?.email ? { name: starter.name, email: member.email, function: null } : null, ctx.input.conversation.id, key, template.deadline ? deadline : undefined);
  } catch (err) {
    // The party was removed (e.g. by an import) while the run was being stored: nothing was written.
    if (err instanceof PartyGoneError) return [{ text: ctx.t.party.goneParty }];
    throw err;
  }
  if (started.duplicate) return [{ text: ctx.t.checklist.alreadyStarted }];
  const { run } = started;
  return [
    {
      card: await renderRun(ctx, run),
      checklistRunId: run.id,
      stored: true,
      onSent: async (activityId) => {
        if (activityId) await ctx.services.checklists.setMessage(run.id, ctx.input.conversation.id, activityId);
      },
    },
  ];
}

export async function startChecklistFromText(ctx: DialogContext, party: Party, change: string | undefined): Promise<Reply[]> {
  if (!change) return [{ card: chooseChangeCard(ctx, party) }];
  const template = ctx.services.checklists.templateFor(change);
  if (!template) return [{ card: chooseChangeCard(ctx, party) }];
  if (!templateApplies(template, party.category)) return [{ card: chooseChangeCard(ctx, party, undefined, ctx.t.checklist.notForCategory(ctx.t.lang === 'en' ? template.title.en : template.title.nl, party.name)) }];
  return start(ctx, party, template.id, change, today());
}

/** The submit of the change form (chooseChangeCard). */
export async function startChecklistFromCard(ctx: DialogContext, submitted: ActionOf<'startChecklist'>): Promise<Reply[]> {
  const party = (await ctx.services.register.snapshot()).byId.get(submitted.partyId);
  if (!party) return [{ text: ctx.t.party.goneParty }];
  const anchor = submitted.anchor?.trim();
  if (!submitted.template || !anchor) return [{ text: ctx.t.checklist.missingInput }];
  const dateCheck = checkDate(anchor, DATE_RANGES.anchor);
  if (dateCheck !== 'ok') return [{ text: dateCheck === 'invalid' ? ctx.t.checklist.missingInput : ctx.t.checklist.anchorOutOfRange(DATE_RANGES.anchor.pastYears, DATE_RANGES.anchor.futureYears) }];
  const template = ctx.services.checklists.templateFor(submitted.template);
  if (!template) return [{ text: ctx.t.checklist.unknownKind(escapeMarkdown(submitted.template)) }];
  // The binding deadline is the date in the partner's letter; empty = computed, marked so on the card.
  const deadline = submitted.deadline?.trim() || undefined;
  if (deadline && template.deadline) {
    const deadlineCheck = checkDate(deadline, DATE_RANGES.anchor);
    if (deadlineCheck !== 'ok') return [{ text: deadlineCheck === 'invalid' ? ctx.t.checklist.missingInput : ctx.t.checklist.anchorOutOfRange(DATE_RANGES.anchor.pastYears, DATE_RANGES.anchor.futureYears) }];
    if (deadline < anchor) return [{ text: ctx.t.checklist.deadlineBeforeAnchor }];
  }
  return start(ctx, party, template.id, template.changeKinds[0], anchor, submitIdOf(submitted), deadline);
}

export interface ChecklistActionResult {
  card?: AdaptiveCardJson;
  /** The message to update for everyone in the conversation. */
  updateActivityId?: string;
  /** A refusal or explanation shown instead of (or above) the card. */
  text?: string;
  /** The run that changed and its version after the change, so a deferred card update can be ordered. */
  runId?: string;
  version?: number;
}

function input(data: Record<string, unknown>, name: string, stepId: string, max: number): string | undefined {
  const v = data[`${name}-${stepId}`];
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined;
}

/**
 * A refusal never replaces the checklist with a bare line: someone who may see the checklist gets
 * the current card with the reason on top (still able to do what they may); anyone else gets the
 * reason as a message, and Teams keeps the card they had.
 */
async function refuse(ctx: DialogContext, permission: string, text: string, run?: ChecklistRun): Promise<ChecklistActionResult> {
  await ctx.services.audit.record({ actor: ctx.input.user.aadObjectId ?? ctx.input.user.id, action: 'access.denied', entity: 'checklist', entityId: run ? `${run.id}:${permission}` : permission });
  if (run) return { card: await renderRun(ctx, run, text) };
  return { text };
}

/** A checklist button, from an adaptiveCard/action invoke or an Action.Submit fallback (parsed by cards/actions.ts). */
export async function checklistAction(ctx: DialogContext, data: ActionOf<'checklist'>): Promise<ChecklistActionResult> {
  const run = await ctx.services.checklists.get(data.runId);
  if (!run) return { text: ctx.t.checklist.notFound };
  // A checklist belongs to the conversation it was started in: a click from anywhere else (a guessed
  // or forwarded run id, another chat) is refused without showing anything, whoever clicks.
  if (!sameConversation(run.conversationId, ctx.input.conversation.id)) return refuse(ctx, `${run.id}:checklist.conversation`, ctx.t.checklist.notHere);
  // …and to the people in that conversation's roster.
  const member = await ctx.input.member();
  if (!member) return refuse(ctx, `${run.id}:checklist.member`, ctx.t.checklist.notMember);
  if (data.verb === 'refresh') return { card: await renderRun(ctx, run) };
  // Another page of open steps, for the person who asked only (nothing changes for the others).
  if (data.verb === 'page') return { card: await renderRun(ctx, run, undefined, data.page) };

  const step = run.steps.find((s) => s.stepId === data.stepId);
  if (!step || !data.stepId) return { text: ctx.t.unknownAction };
  let action: StepAction;
  if (data.verb === 'step.done') action = { kind: 'done' };
  else if (data.verb === 'step.na') {
    const reason = input(data, 'reason', step.stepId, LIMITS.reason);
    if (!reason) return { card: await renderRun(ctx, run, ctx.t.checklist.inputs.reason) };
    action = { kind: 'na', reason };
  } else if (data.verb === 'step.note') {
    const note = input(data, 'note', step.stepId, LIMITS.note);
    if (!note) return { card: await renderRun(ctx, run, ctx.t.checklist.inputs.note) };
    action = { kind: 'note', text: note };
  } else if (input(data, 'owner', step.stepId, 64) !== undefined) {
    // Teams' people picker: the Entra object id of the person picked, resolved through the roster or the directory.
    const person = await pickedPerson(ctx, input(data, 'owner', step.stepId, 64)!);
    if (!person) return { card: await renderRun(ctx, run, ctx.t.checklist.ownerUnknown) };
    action = { kind: 'reassign', name: person.name.slice(0, LIMITS.ownerName), email: person.email && person.email.length <= LIMITS.ownerEmail ? person.email : null };
  } else {
    const name = input(data, 'ownerName', step.stepId, LIMITS.ownerName);
    const email = input(data, 'ownerEmail', step.stepId, LIMITS.ownerEmail);
    if (!name || (email && !z.string().email().safeParse(email).success)) return { card: await renderRun(ctx, run, ctx.t.checklist.inputs.ownerName) };
    action = { kind: 'reassign', name, email: email ?? null };
  }

  // Owner-only: completing or handing over a step that belongs to a person.
  if (action.kind !== 'note' && step.owner?.email) {
    const actorId = ctx.input.user.aadObjectId ?? ctx.input.user.id;
    const isOwner = !!member.email && member.email.toLowerCase() === step.owner.email.toLowerCase();
    const isStarter = run.startedBy === actorId;
    const isAdmin = allows(await ctx.services.roles.rolesOf(ctx.input.user.aadObjectId), 'register.edit');
    if (!isOwner && !isStarter && !isAdmin) return refuse(ctx, 'checklist.owner', ctx.t.checklist.ownerOnly(escapeMarkdown(step.owner.name)), run);
  }

  const actor = { id: ctx.input.user.aadObjectId ?? ctx.input.user.id, name: ctx.input.user.name ?? member.name };
  const submitId = submitIdOf(data);
  const key = submitId ? submitKey('checklist.step', [actor.id, submitId, run.id, step.stepId, JSON.stringify(action)]) : undefined;
  const result = await ctx.services.checklists.act(run.id, step.stepId, action, actor, key);
  switch (result.outcome) {
    case 'notFound':
      return { text: ctx.t.checklist.notFound };
    case 'closed':
      return { card: await renderRun(ctx, result.run, ctx.t.checklist.closedNotice) };
    case 'changed':
      return { card: await renderRun(ctx, result.run, ctx.t.checklist.changedNotice(escapeMarkdown(result.step.doneBy ?? '?'))) };
    case 'duplicate':
      return { card: await renderRun(ctx, result.run, ctx.t.checklist.alreadySaved) };
    case 'applied':
      return { card: await renderRun(ctx, result.run), updateActivityId: result.run.activityId ?? undefined, runId: result.run.id, version: result.run.version };
  }
}

export async function myOpenSteps(ctx: DialogContext): Promise<Reply[]> {
  const member = await ctx.input.member();
  if (!member?.email) return [{ text: ctx.t.checklist.myOpenUnknown }];
  const steps = await ctx.services.checklists.openStepsFor({ email: member.email, name: member.name });
  const { byId } = await ctx.services.register.snapshot();
  return [{ card: myOpenStepsCard(steps.map(({ run, step }) => ({ partyName: byId.get(run.partyId)?.name ?? '', step })), ctx.t, today()) }];
}

export async function partyChecklists(ctx: DialogContext, party: Party): Promise<Reply[]> {
  const runs = await ctx.services.checklists.runsForParty(party.id);
  return [{ card: partyRunsCard(party, runs, ctx.services.checklists.templates, ctx.t) }];
}
