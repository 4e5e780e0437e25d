import type { OwnerRole } from './template';

export type StepStatus = 'open' | 'done' | 'na';

export interface StepNote {
  by: string;
  at: string;
  text: string;
}

export interface ChecklistStep {
  stepId: string;
  position: number;
  title: { nl: string; en: string };
  audience: 'intern' | 'extern';
  ownerRole: OwnerRole;
  owner: { name: string; email: string | null } | null;
  due: string;
  status: StepStatus;
  reason: string | null;
  notes: StepNote[];
  doneBy: string | null;
  doneAt: string | null;
  version: number;
}

export interface ChecklistRun {
  id: string;
  partyId: string;
  templateId: string;
  templateVersion: number;
  changeKind: string;
  anchorDate: string;
  deadline: string | null;
  conversationId: string | null;
  activityId: string | null;
  status: 'open' | 'closed';
  version: number;
  startedBy: string;
  startedByName: string | null;
  createdAt: string;
  closedAt: string | null;
  steps: ChecklistStep[];
}

export type StepAction =
  | { kind: 'done' }
  | { kind: 'na'; reason: string }
  | { kind: 'note'; text: string }
  | { kind: 'reassign'; name: string; email: string | null };

export interface Actor {
  /** Stable id for audit: the Entra object id, else the channel user id. */
  id: string;
  name: string;
}

export type ActResult =
  | { outcome: 'applied'; run: ChecklistRun; closedNow: boolean }
  | { outcome: 'changed'; run: ChecklistRun; step: ChecklistStep }
  | { outcome: 'closed'; run: ChecklistRun }
  /** The same form submit was stored before; nothing changed now. */
  | { outcome: 'duplicate'; run: ChecklistRun }
  | { outcome: 'notFound' };

/** What to do with a step, decided on its current state while the run is locked. */
export type StepDecision = StepPatch | 'changed' | 'closed';

export interface StepPatch {
  status?: StepStatus;
  reason?: string | null;
  notes?: StepNote[];
  owner?: { name: string; email: string | null } | null;
  doneBy?: string | null;
  doneAt?: string | null;
}

/** Storage for checklist runs; every write is versioned and audited. */
export interface ChecklistRepository {
  /**
   * Stores a run with its steps (all or nothing). With a submit key already used, nothing is stored
   * and the earlier run's id is returned. Throws PartyGoneError when the party was removed meanwhile.
   */
  insertRun(run: ChecklistRun, actor: string, submitKey?: string): Promise<{ duplicateOf?: string }>;
  getRun(id: string): Promise<ChecklistRun | undefined>;
  /**
   * Locks the run (SELECT … FOR UPDATE on PostgreSQL; SQLite serializes writers), lets `decide`
   * choose on the current state, applies and audits the patch, and closes the run when no step is
   * open any more; all in one transaction, so concurrent actions queue instead of failing.
   */
  mutateStep(runId: string, stepId: string, decide: (run: ChecklistRun, step: ChecklistStep) => StepDecision, actor: string, submitKey?: string): Promise<ActResult>;
  setMessage(runId: string, conversationId: string, activityId: string): Promise<void>;
  runsForParty(partyId: string): Promise<ChecklistRun[]>;
  openRuns(): Promise<ChecklistRun[]>;
}
