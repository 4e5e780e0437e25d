import type { AuditRecord } from '../domain/access/audit';
import type { RoleConfig } from '../domain/access/roles';
import type { Catalogue } from '../locales';
import { card, listCard, type AdaptiveCardJson } from './cardKit';
import { heading, listLine, textBlock } from './elements';
import { escapeMarkdown } from './text';

/** "rollen": who may edit the register and who logs meetings (or that everyone may, in open local mode). */
export function rolesCard(cfg: RoleConfig, t: Catalogue): AdaptiveCardJson {
  if (cfg.openByDefault) return card([textBlock(t.access.rolesTitle, { weight: 'Bolder' }), textBlock(t.access.openMode)]);
  const list = (ids: string[], group: string | undefined): string => {
    const parts = [...ids.map((i) => escapeMarkdown(i)), ...(group ? [t.access.group(escapeMarkdown(group))] : [])];
    return parts.length > 0 ? parts.join(', ') : t.access.nobody;
  };
  return card([heading(t.access.rolesTitle), textBlock(`**${t.access.admins}**: ${list(cfg.adminIds, cfg.adminGroupId)}`), textBlock(`**${t.access.secretaries}**: ${list(cfg.secretaryIds, cfg.secretaryGroupId)}`)]);
}

/** "audit": the latest entries of the audit trail, one small line each, and how to export all. */
export function auditCard(entries: AuditRecord[], t: Catalogue): AdaptiveCardJson {
  const lines = entries.map((e) =>
    listLine(`${e.at.slice(0, 16).replace('T', ' ')} · ${escapeMarkdown(e.actor)} · ${escapeMarkdown(e.action)} · ${escapeMarkdown(e.entity)} ${escapeMarkdown(e.entityId.slice(0, 40))}`, { size: 'Small' }),
  );
  return listCard(t.access.auditTitle, lines, t.access.auditEmpty, [textBlock(t.access.auditExport, { isSubtle: true, spacing: 'Medium' })]);
}
