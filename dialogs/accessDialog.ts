import { auditCard, rolesCard } from '../cards/accessCards';
import { refusalCard } from '../cards/cardKit';
import { allows, type Permission } from '../domain/access/roles';
import type { DialogContext, Reply } from './types';


/**
 * Checks a permission for the user of this turn. A refusal is answered with a clear card and
 * recorded in the audit trail; the caller returns that reply instead of acting.
 */
export async function requirePermission(ctx: DialogContext, permission: Permission): Promise<Reply[] | undefined> {
  const roles = await ctx.services.roles.rolesOf(ctx.input.user.aadObjectId);
  if (allows(roles, permission)) return undefined;
  await ctx.services.audit.record({
    actor: ctx.input.user.aadObjectId ?? ctx.input.user.id,
    action: 'access.denied',
    entity: 'permission',
    entityId: permission,
    after: { conversation: ctx.input.conversation.id },
  });
  const who = permission.startsWith('outcome.') ? ctx.t.access.what.secretary : ctx.t.access.what.admin;
  return [{ card: refusalCard(ctx.t.access.refused(who)) }];
}

export async function rolesAnswer(ctx: DialogContext): Promise<Reply[]> {
  const refused = await requirePermission(ctx, 'roles.list');
  if (refused) return refused;
  return [{ card: rolesCard(ctx.services.roles.configured, ctx.t) }];
}

export async function auditAnswer(ctx: DialogContext): Promise<Reply[]> {
  const refused = await requirePermission(ctx, 'audit.read');
  if (refused) return refused;
  return [{ card: auditCard(await ctx.services.audit.recent(20), ctx.t) }];
}
