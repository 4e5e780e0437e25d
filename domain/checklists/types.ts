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
  | { outcome: 'notFound' };

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
  insertRun(run: ChecklistRun, actor: string): Promise<void>;
  getRun(id: string): Promise<ChecklistRun | undefined>;
  /** Compare-and-set on the step's version; false when someone else changed it first. */
  updateStep(runId: string, stepId: string, expectedVersion: number, patch: StepPatch, actor: string): Promise<boolean>;
  closeRun(runId: string, actor: string): Promise<boolean>;
  setMessage(runId: string, conversationId: string, activityId: string): Promise<void>;
  runsForParty(partyId: string): Promise<ChecklistRun[]>;
  openRuns(): Promise<ChecklistRun[]>;
}
