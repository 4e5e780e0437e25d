import { isObjectId, type Choice, type FormClient } from '../cards/formInputs';
import type { DialogContext } from './types';

/**
 * How this turn's forms are shown: Teams gets typeahead and the people picker (offering the user
 * and `people`); the local web chat plain inputs.
 */
export function formClient(ctx: DialogContext, people: Choice[] = []): FormClient {
  if (ctx.input.channel !== 'msteams') return {};
  const { aadObjectId, name } = ctx.input.user;
  const me = aadObjectId && isObjectId(aadObjectId) && name ? [{ title: name, value: aadObjectId }] : [];
  return { teams: { personal: ctx.input.conversation.type === 'personal', people: [...people, ...me] } };
}

export interface PickedPerson {
  name: string;
  email: string | null;
}

/**
 * The person behind an Entra object id from Teams' people picker: the user themselves, a member of
 * this conversation (roster), or the organisation's directory (Graph). undefined when none knows them.
 */
export async function pickedPerson(ctx: DialogContext, objectId: string): Promise<PickedPerson | undefined> {
  if (!isObjectId(objectId)) return undefined;
  const id = objectId.toLowerCase();
  if (ctx.input.user.aadObjectId?.toLowerCase() === id) {
    const me = await ctx.input.member();
    if (me) return { name: me.name, email: me.email };
  }
  const [member] = await ctx.input.rosterMembers([id]);
  if (member?.email) return { name: member.name, email: member.email.toLowerCase() };
  const found = await ctx.services.directory?.lookup(id);
  if (found && (found.displayName || found.mail)) return { name: found.displayName ?? found.mail!, email: found.mail?.toLowerCase() ?? null };
  return member ? { name: member.name, email: null } : undefined;
}
