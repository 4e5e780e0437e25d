import { card, type AdaptiveCardJson } from '../cards/cardKit';
import { escapeMarkdown } from '../cards/text';
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
  return [{ card: card([{ type: 'TextBlock', text: ctx.t.access.refused(who), wrap: true, weight: 'Bolder', color: 'Attention' }]) }];
}

export async function rolesAnswer(ctx: DialogContext): Promise<Reply[]> {
  const refused = await requirePermission(ctx, 'roles.list');
  if (refused) return refused;
  const { t } = ctx;
  const cfg = ctx.services.roles.configured;
  if (cfg.openByDefault) return [{ card: card([{ type: 'TextBlock', text: t.access.rolesTitle, weight: 'Bolder', wrap: true }, { type: 'TextBlock', text: t.access.openMode, wrap: true }]) }];
  const list = (ids: string[], group: string | undefined): string => {
    const parts = [...ids.map((i) => escapeMarkdown(i)), ...(group ? [t.access.group(escapeMarkdown(group))] : [])];
    return parts.length > 0 ? parts.join(', ') : t.access.nobody;
  };
  return [
    {
      card: card([
        { type: 'TextBlock', text: t.access.rolesTitle, weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'TextBlock', text: `**${t.access.admins}**: ${list(cfg.adminIds, cfg.adminGroupId)}`, wrap: true },
        { type: 'TextBlock', text: `**${t.access.secretaries}**: ${list(cfg.secretaryIds, cfg.secretaryGroupId)}`, wrap: true },
      ]),
    },
  ];
}

export async function auditAnswer(ctx: DialogContext): Promise<Reply[]> {
  const refused = await requirePermission(ctx, 'audit.read');
  if (refused) return refused;
  const { t } = ctx;
  const entries = await ctx.services.audit.recent(20);
  const lines = entries.map((e) => ({
    type: 'TextBlock',
    text: `${e.at.slice(0, 16).replace('T', ' ')} · ${escapeMarkdown(e.actor)} · ${escapeMarkdown(e.action)} · ${escapeMarkdown(e.entity)} ${escapeMarkdown(e.entityId.slice(0, 40))}`,
    wrap: true,
    spacing: 'None',
    size: 'Small',
  }));
  return [
    {
      card: card([
        { type: 'TextBlock', text: t.access.auditTitle, weight: 'Bolder', size: 'Medium', wrap: true },
        ...(lines.length > 0 ? lines : [{ type: 'TextBlock', text: t.access.auditEmpty, wrap: true }]),
        { type: 'TextBlock', text: t.access.auditExport, wrap: true, isSubtle: true, spacing: 'Medium' },
      ]),
    },
  ];
}
