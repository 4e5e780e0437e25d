import { DateTime } from 'luxon';
import type { Party, Person } from '../register/types';
import type { ChecklistTemplate, OwnerRole } from './template';
import { timeZone } from '../time/clock';

export interface PlannedStep {
  stepId: string;
  title: { nl: string; en: string };
  audience: 'intern' | 'extern';
  ownerRole: OwnerRole;
  /** A person from the register when the role resolves to one; otherwise the role is the owner. */
  owner: Person | null;
  due: string;
}

export interface Plan {
  anchorDate: string;
  deadline: string | null;
  steps: PlannedStep[];
}

/** The person behind a role for this party, from the register. */
export function resolveOwner(role: OwnerRole, party: Party, starter: Person | null): Person | null {
  switch (role) {
    case 'accounthouder':
      return party.accountHolder;
    case 'eigenaar':
      return party.ownerPortfolioHolder ? { name: party.ownerPortfolioHolder, email: null, function: 'portefeuillehouder' } : null;
    case 'opdrachtgever':
      return party.clientPortfolioHolder ? { name: party.clientPortfolioHolder, email: null, function: 'portefeuillehouder' } : null;
    case 'vertegenwoordiger': {
      const seat = party.seats.find((s) => s.person && /^(ab|ava|bestuur|vennotenvergadering|vergadering van vennoten)$/i.test(s.body) && /^(lid|voorzitter|aandeelhoudersvertegenwoordiger)$/i.test(s.role)) ?? party.seats.find((s) => s.person);
      return seat?.person ?? null;
    }
    case 'starter':
      return starter;
    default:
      return null; // concerncontrol, griffie, juridisch: a department owns the step
  }
}

/**
 * The deadline a template suggests: the anchor date plus its weeks (12 for a draft budget, Wgr
 * art. 35; 8 for a draft arrangement, art. 1 lid 3). Only a default: the binding date is the one
 * the partner's letter states, which the user may enter instead.
 */
export function defaultDeadline(template: ChecklistTemplate, anchorDate: string): string | null {
  const anchor = DateTime.fromISO(anchorDate, { zone: timeZone() });
  if (!anchor.isValid || !template.deadline) return null;
  return anchor.plus({ weeks: template.deadline.weeks }).toISODate()!;
}

/** Whether a run's deadline is the computed default rather than a date the user took from the letter. */
export function isComputedDeadline(template: ChecklistTemplate | undefined, anchorDate: string, deadline: string | null): boolean {
  return !!template && deadline !== null && defaultDeadline(template, anchorDate) === deadline;
}

/**
 * Due dates follow from the change: the deadline is the date the user entered from the partner's
 * letter, or else the template's default; steps are planned forward from the anchor or back from
 * the deadline. A step never falls before the anchor.
 */
export function planChecklist(template: ChecklistTemplate, party: Party, anchorDate: string, starter: Person | null, deadlineDate?: string | null): Plan {
  const anchor = DateTime.fromISO(anchorDate, { zone: timeZone() });
  if (!anchor.isValid) throw new Error(`invalid anchor date ${anchorDate}`);
  let deadline = template.deadline ? anchor.plus({ weeks: template.deadline.weeks }) : null;
  if (template.deadline && deadlineDate) {
    const entered = DateTime.fromISO(deadlineDate, { zone: timeZone() });
    if (!entered.isValid) throw new Error(`invalid deadline ${deadlineDate}`);
    if (entered < anchor) throw new Error(`deadline ${deadlineDate} before anchor ${anchorDate}`);
    deadline = entered;
  }
  const steps = template.steps.map((s) => {
    const base = s.due.from === 'deadline' && deadline ? deadline : anchor;
    let due = base.plus({ days: s.due.days });
    if (due < anchor) due = anchor;
    return { stepId: s.id, title: s.title, audience: s.audience, ownerRole: s.owner, owner: resolveOwner(s.owner, party, starter), due: due.toISODate()! };
  });
  return { anchorDate: anchor.toISODate()!, deadline: deadline?.toISODate() ?? null, steps };
}
