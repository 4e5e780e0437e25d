import { randomBytes } from 'node:crypto';
import type { Party, Person } from '../register/types';
import { planChecklist } from './planner';
import { templateApplies, type ChecklistTemplate } from './template';
import type { ActResult, Actor, ChecklistRepository, ChecklistRun, ChecklistStep, StepAction, StepPatch } from './types';

/** Starting checklists and acting on their steps, safely under concurrent clicks. */
export class ChecklistService {
  constructor(
    private readonly repo: ChecklistRepository,
    readonly templates: ChecklistTemplate[],
  ) {}

  /** The template for a change as users name it ("ontwerpbegroting", "wijziging regeling", …). */
  templateFor(changeOrId: string): ChecklistTemplate | undefined {
    const q = changeOrId.trim().toLowerCase();
    return this.templates.find((t) => t.id === q || t.changeKinds.some((k) => k.toLowerCase() === q));
  }

  /** The templates whose procedure fits this party, by its BBV category, in file order. */
  templatesForParty(party: Pick<Party, 'category'>): ChecklistTemplate[] {
    return this.templates.filter((t) => templateApplies(t, party.category));
  }

  /**
   * Starts a run bound to the conversation it is started in: actions are only accepted from there.
   * Returns the earlier run when this exact submit was stored before (`duplicate`).
   */
  async start(template: ChecklistTemplate, changeKind: string, party: Party, anchorDate: string, starter: Actor, starterPerson: Person | null, conversationId: string | null = null, submitKey?: string, deadlineDate?: string | null): Promise<{ run: ChecklistRun; duplicate: boolean }> {
    const plan = planChecklist(template, party, anchorDate, starterPerson, deadlineDate);
    const run: ChecklistRun = {
      // Short ids: every button on the card carries one, and the card must stay under 28 KB.
      id: randomBytes(9).toString('base64url'),
      partyId: party.id,
      templateId: template.id,
      templateVersion: template.version,
      changeKind,
      anchorDate: plan.anchorDate,
      deadline: plan.deadline,
      conversationId,
      activityId: null,
      status: 'open',
      version: 1,
      startedBy: starter.id,
      startedByName: starter.name,
      createdAt: new Date().toISOString(),
      closedAt: null,
      steps: plan.steps.map((s, position) => ({
        stepId: s.stepId,
        position,
        title: s.title,
        audience: s.audience,
        ownerRole: s.ownerRole,
        owner: s.owner ? { name: s.owner.name, email: s.owner.email } : null,
        due: s.due,
        status: 'open',
        reason: null,
        notes: [],
        doneBy: null,
        doneAt: null,
        version: 1,
      })),
    };
    const { duplicateOf } = await this.repo.insertRun(run, starter.id, submitKey);
    if (duplicateOf) {
      const earlier = await this.repo.getRun(duplicateOf);
      if (earlier) return { run: earlier, duplicate: true };
    }
    return { run, duplicate: false };
  }

  get(runId: string): Promise<ChecklistRun | undefined> {
    return this.repo.getRun(runId);
  }

  setMessage(runId: string, conversationId: string, activityId: string): Promise<void> {
    return this.repo.setMessage(runId, conversationId, activityId);
  }

  /**
   * Applies one action to one step. The store locks the run while it decides and writes, so
   * parallel clicks (on one step or many) queue and all land, on SQLite and PostgreSQL alike; there
   * is no retry ceiling that could drop a user's input. A done/n.a. click on a step someone else
   * already completed reports `changed` instead of overwriting. A note is never lost, not even when
   * the last step was just completed by someone else.
   */
  act(runId: string, stepId: string, action: StepAction, actor: Actor, submitKey?: string): Promise<ActResult> {
    return this.repo.mutateStep(
      runId,
      stepId,
      (run, step) => (run.status === 'closed' && action.kind !== 'note' ? 'closed' : this.patchFor(step, action, actor)),
      actor.id,
      submitKey,
    );
  }

  private patchFor(step: ChecklistStep, action: StepAction, actor: Actor): StepPatch | 'changed' {
    const now = new Date().toISOString();
    switch (action.kind) {
      case 'done':
        return step.status !== 'open' ? 'changed' : { status: 'done', doneBy: actor.name, doneAt: now };
      case 'na':
        return step.status !== 'open' ? 'changed' : { status: 'na', reason: action.reason, doneBy: actor.name, doneAt: now };
      case 'note':
        return { notes: [...step.notes, { by: actor.name, at: now, text: action.text }] };
      case 'reassign':
        return step.status !== 'open' ? 'changed' : { owner: { name: action.name, email: action.email } };
    }
  }

  openRuns(): Promise<ChecklistRun[]> {
    return this.repo.openRuns();
  }

  runsForParty(partyId: string): Promise<ChecklistRun[]> {
    return this.repo.runsForParty(partyId);
  }

  /** Open steps whose owner is this person (by e-mail, else by name), across all checklists. */
  async openStepsFor(person: { email: string | null; name: string }): Promise<{ run: ChecklistRun; step: ChecklistStep }[]> {
    const email = person.email?.toLowerCase();
    const name = person.name.toLowerCase();
    const out: { run: ChecklistRun; step: ChecklistStep }[] = [];
    for (const run of await this.repo.openRuns()) {
      for (const step of run.steps) {
        if (step.status !== 'open' || !step.owner) continue;
        const mine = (email && step.owner.email?.toLowerCase() === email) || step.owner.name.toLowerCase() === name;
        if (mine) out.push({ run, step });
      }
    }
    return out.sort((a, b) => a.step.due.localeCompare(b.step.due));
  }
}
