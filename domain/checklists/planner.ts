import { DateTime } from 'luxon';
import type { Party, Person } from '../register/types';
import type { ChecklistTemplate, OwnerRole } from './template';

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

const TZ = 'Europe/Amsterdam';

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
      const seat = party.seats.find((s) => s.person && /^(ab|ava|bestuur)$/i.test(s.body) && /^(lid|voorzitter|aandeelhoudersvertegenwoordiger)$/i.test(s.role)) ?? party.seats.find((s) => s.person);
      return seat?.person ?? null;
    }
    case 'starter':
      return starter;
    default:
      return null; // concerncontrol, griffie, juridisch: a department owns the step
  }
}

/**
 * Due dates follow from the change: the deadline is the anchor date plus the template's weeks
 * (12 for a draft budget, Wgr art. 35; 8 for a draft arrangement); steps are planned forward from
 * the anchor or back from the deadline. A step never falls before the anchor.
 */
export function planChecklist(template: ChecklistTemplate, party: Party, anchorDate: string, starter: Person | null): Plan {
  const anchor = DateTime.fromISO(anchorDate, { zone: TZ });
  if (!anchor.isValid) throw new Error(`invalid anchor date ${anchorDate}`);
  const deadline = template.deadline ? anchor.plus({ weeks: template.deadline.weeks }) : null;
  const steps = template.steps.map((s) => {
    const base = s.due.from === 'deadline' && deadline ? deadline : anchor;
    let due = base.plus({ days: s.due.days });
    if (due < anchor) due = anchor;
    return { stepId: s.id, title: s.title, audience: s.audience, ownerRole: s.owner, owner: resolveOwner(s.owner, party, starter), due: due.toISODate()! };
  });
  return { anchorDate: anchor.toISODate()!, deadline: deadline?.toISODate() ?? null, steps };
}
