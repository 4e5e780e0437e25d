import type { ImportPlan } from '../domain/register/importPlan';
import type { CliCatalogue } from './catalogue';

/** The plan as lines: what is added, changed field by field, archived, restored; then the warnings. */
export function formatPlan(plan: ImportPlan, t: CliCatalogue): string[] {
  const lines: string[] = [];
  for (const p of plan.added) lines.push(t.planAdded(p.name, p.code));
  for (const u of plan.updated) {
    lines.push(u.restored ? t.planRestored(u.after.name, u.after.code) : t.planUpdated(u.after.name, u.after.code));
    for (const c of u.changes) lines.push(t.planChange(c.field, c.before, c.after));
  }
  for (const p of plan.archived) lines.push(t.planArchived(p.name, p.code));
  if (plan.warnings.length > 0) {
    lines.push(t.warningsTitle);
    for (const w of plan.warnings) lines.push(`  ! ${t.warning(w)}`);
  }
  return lines;
}

export function planCounts(plan: ImportPlan): [number, number, number, number, number] {
  const restored = plan.updated.filter((u) => u.restored).length;
  return [plan.added.length, plan.updated.length - restored, plan.archived.length, restored, plan.unchanged];
}
