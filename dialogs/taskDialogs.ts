import { z } from 'zod';
import type { AdaptiveCardJson } from '../cards/cardKit';
import { signalFormCard } from '../cards/meetingCards';
import { LIMITS } from '../domain/integrity/limits';
import { parseCardAction, type ActionKind } from '../cards/actions';
import { routeTurn, runCardAction } from './router';
import { formClient } from './formClient';
import { partyNamedIn } from './understandingDialog';
import type { DialogContext, Reply } from './types';

/**
 * Teams dialogs (task modules) for the long forms: meeting outcome, signal, start checklist.
 * task/fetch opens the same form the chat would show; task/submit runs the same dialog code as a
 * submit in the chat would. A form that comes back (validation errors) stays open in the dialog;
 * anything else closes it and goes into the chat as a short summary card.
 */
export type DialogStep = { kind: 'form'; title: string; card: AdaptiveCardJson } | { kind: 'message'; text: string } | { kind: 'done'; replies: Reply[] };

/** The submit actions of the forms that may run in a dialog. */
const FORM_ACTIONS: readonly ActionKind[] = ['saveSignal', 'saveOutcome', 'startChecklist', 'registerEditSave'];

/** The form in a reply: a card whose own submit button sends this action. */
function formIn(replies: Reply[], action?: ActionKind): AdaptiveCardJson | undefined {
  for (const r of replies) {
    const actions = r.card?.actions ?? [];
    if (actions.some((a) => a.type === 'Action.Submit' && (action ? a.data.action === action : FORM_ACTIONS.includes(a.data.action)))) return r.card;
  }
  return undefined;
}

function titleOf(card: AdaptiveCardJson): string {
  const first = (card.body ?? []).find((b) => b.type === 'TextBlock');
  return (first?.type === 'TextBlock' ? first.text : 'Partnerwijzer').replace(/[*_\\]/g, '').slice(0, 80);
}

/** task/fetch: a follow-up button of a party card (change, meeting, signal) opens its form. */
export async function dialogFetch(ctx: DialogContext, data: unknown): Promise<DialogStep> {
  const action = parseCardAction(data);
  if (!action || action.action !== 'followUp') return { kind: 'message', text: ctx.t.unknownAction };
  const replies = await runCardAction(ctx, action);
  const form = formIn(replies);
  if (form) return { kind: 'form', title: titleOf(form), card: form };
  return { kind: 'message', text: replies.find((r) => r.text)?.text ?? ctx.t.unknownAction };
}

/** task/submit: the form's values; the dialog stays open with the errors, or closes with the result in the chat. */
export async function dialogSubmit(ctx: DialogContext, data: unknown): Promise<DialogStep> {
  const action = (data as { action?: unknown } | null)?.action;
  const form = FORM_ACTIONS.find((a) => a === action);
  if (!form) return { kind: 'message', text: ctx.t.unknownAction };
  const replies = await routeTurn({ ...ctx.input, value: data as Record<string, unknown>, text: '' }, ctx.services);
  const again = formIn(replies, form);
  if (again) return { kind: 'form', title: titleOf(again), card: again };
  return { kind: 'done', replies };
}

const MessagePayload = z
  .object({
    body: z.object({ content: z.string().max(100_000).optional(), contentType: z.string().max(40).optional() }).partial().optional(),
    from: z.object({ user: z.object({ displayName: z.string().max(200).optional() }).partial().optional() }).partial().optional().nullable(),
    linkToMessage: z.string().max(2000).optional(),
  })
  .partial();

/** The text of a Teams message (HTML in messagePayload.body.content) as plain text for a form field. */
export function plainMessageText(payload: unknown, max = LIMITS.signalDescription): string {
  const p = MessagePayload.safeParse(payload);
  if (!p.success) return '';
  const html = p.data.body?.content ?? '';
  const text = html
    .replace(/<(br|\/p|\/div|\/li)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The message action "Meld als signaal": the signal form, prefilled with the message the user picked. */
export async function signalFromMessage(ctx: DialogContext, messagePayload: unknown): Promise<DialogStep> {
  const { parties } = await ctx.services.register.snapshot();
  const description = plainMessageText(messagePayload);
  // The party the message names, guessed by the understanding layer; the user can still change it.
  const guessed = await partyNamedIn(ctx, description);
  const card = signalFormCard(parties, ctx.t, { description, party: guessed?.id ?? '' }, [], formClient(ctx));
  return { kind: 'form', title: titleOf(card), card };
}
