import { randomBytes } from 'node:crypto';
import type { Party, Person } from '../register/types';
import { planChecklist } from './planner';
import type { ChecklistTemplate } from './template';
import type { ActResult, Actor, ChecklistRepository, ChecklistRun, ChecklistStep, StepAction, StepPatch } from './types';

const MAX_ATTEMPTS = 8;

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

  async start(template: ChecklistTemplate, changeKind: string, party: Party, anchorDate: string, starter: Actor, starterPerson: Person | null): Promise<ChecklistRun> {
    const plan = planChecklist(template, party, anchorDate, starterPerson);
    const run: ChecklistRun = {
      // Short ids: every button on the card carries one, and the card must stay under 28 KB.
      id: randomBytes(9).toString('base64url'),
      partyId: party.id,
      templateId: template.id,
      templateVersion: template.version,
      changeKind,
      anchorDate: plan.anchorDate,
      deadline: plan.deadline,
      conversationId: null,
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
    await this.repo.insertRun(run, starter.id);
    return run;
  }

  get(runId: string): Promise<ChecklistRun | undefined> {
    return this.repo.getRun(runId);
  }

  setMessage(runId: string, conversationId: string, activityId: string): Promise<void> {
    return this.repo.setMessage(runId, conversationId, activityId);
  }

  /**
   * Applies one action to one step. Each step is updated with compare-and-set on its version and
   * retried on conflict, so parallel clicks on different steps all land. A done/n.a. click on a
   * step someone else already completed reports `changed` instead of overwriting.
   */
  async act(runId: string, stepId: string, action: StepAction, actor: Actor): Promise<ActResult> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const run = await this.repo.getRun(runId);
      if (!run) return { outcome: 'notFound' };
      const step = run.steps.find((s) => s.stepId === stepId);
      if (!step) return { outcome: 'notFound' };
      // A note is never lost, not even when the last step was just completed by someone else.
      if (run.status === 'closed' && action.kind !== 'note') return { outcome: 'closed', run };
      const patch = this.patchFor(step, action, actor);
      if (patch === 'changed') return { outcome: 'changed', run, step };
      if (await this.repo.updateStep(runId, stepId, step.version, patch, actor.id)) {
        let current = (await this.repo.getRun(runId))!;
        let closedNow = false;
        if (current.steps.every((s) => s.status !== 'open') && (await this.repo.closeRun(runId, actor.id))) {
          closedNow = true;
          current = (await this.repo.getRun(runId))!;
        }
        return { outcome: 'applied', run: current, closedNow };
      }
      // Someone changed this step between our read and write: read again and decide again.
    }
    throw new Error(`step ${stepId} of run ${runId} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
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
