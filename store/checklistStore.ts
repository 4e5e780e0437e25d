import { PostgresAdapter, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ActResult, ChecklistRepository, ChecklistRun, ChecklistStep, StepDecision, StepStatus } from '../domain/checklists/types';
import type { OwnerRole } from '../domain/checklists/template';
import { writeAudit } from './audit';
import { PartyGoneError } from '../domain/integrity/submissions';
import { claimSubmission, DuplicateSubmission, forParty, submittedEntity } from './submissions';
import type { ChecklistRunsTable, ChecklistStepsTable, Database } from './schema';

function toStep(r: Selectable<ChecklistStepsTable>): ChecklistStep {
  return {
    stepId: r.step_id,
    position: r.position,
    title: { nl: r.title_nl, en: r.title_en },
    audience: r.audience as 'intern' | 'extern',
    ownerRole: r.owner_role as OwnerRole,
    owner: r.owner_name === null ? null : { name: r.owner_name, email: r.owner_email },
    due: r.due_date,
    status: r.status as StepStatus,
    reason: r.reason,
    notes: JSON.parse(r.notes_json) as ChecklistStep['notes'],
    doneBy: r.done_by,
    doneAt: r.done_at,
    version: r.version,
  };
}

function toRun(r: Selectable<ChecklistRunsTable>, steps: ChecklistStep[]): ChecklistRun {
  return {
    id: r.id,
    partyId: r.party_id,
    templateId: r.template_id,
    templateVersion: r.template_version,
    changeKind: r.change_kind,
    anchorDate: r.anchor_date,
    deadline: r.deadline,
    conversationId: r.conversation_id,
    activityId: r.activity_id,
    status: r.status as 'open' | 'closed',
    version: r.version,
    startedBy: r.started_by,
    startedByName: r.started_by_name,
    createdAt: r.created_at,
    closedAt: r.closed_at,
    steps,
  };
}

export class KyselyChecklistStore implements ChecklistRepository {
  private readonly isPg: boolean;

  constructor(private readonly db: Kysely<Database>) {
    this.isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  }

  async insertRun(run: ChecklistRun, actor: string, submitKey?: string): Promise<{ duplicateOf?: string }> {
    try {
      await forParty(run.partyId, () =>
        this.db.transaction().execute(async (trx) => {
          if (submitKey && !(await claimSubmission(trx, submitKey, 'checklist', run.id))) throw new DuplicateSubmission();
          // An import may have archived (or removed) the party meanwhile: no new checklist for it.
          let live = trx.selectFrom('parties').select(['id', 'archived_at']).where('id', '=', run.partyId);
          if (this.isPg) live = live.forShare();
          const party = await live.executeTakeFirst();
          if (!party || party.archived_at) throw new PartyGoneError(run.partyId);
          await trx
            .insertInto('checklist_runs')
            .values({
              id: run.id,
              party_id: run.partyId,
              template_id: run.templateId,
              template_version: run.templateVersion,
              change_kind: run.changeKind,
              anchor_date: run.anchorDate,
              deadline: run.deadline,
              conversation_id: run.conversationId,
              activity_id: run.activityId,
              status: run.status,
              version: run.version,
              started_by: run.startedBy,
              started_by_name: run.startedByName,
              created_at: run.createdAt,
              closed_at: null,
            })
            .execute();
          await trx
            .insertInto('checklist_steps')
            .values(
              run.steps.map((s) => ({
                run_id: run.id,
                step_id: s.stepId,
                position: s.position,
                title_nl: s.title.nl,
                title_en: s.title.en,
                audience: s.audience,
                owner_role: s.ownerRole,
                owner_name: s.owner?.name ?? null,
                owner_email: s.owner?.email ?? null,
                due_date: s.due,
                status: s.status,
                reason: null,
                notes_json: '[]',
                done_by: null,
                done_at: null,
                version: 1,
              })),
            )
            .execute();
          await writeAudit(trx, { actor, action: 'checklist.start', entity: 'checklist', entityId: run.id, after: { party: run.partyId, template: run.templateId, anchor: run.anchorDate } });
        }),
      );
      return {};
    } catch (err) {
      if (err instanceof DuplicateSubmission && submitKey) return { duplicateOf: await submittedEntity(this.db, submitKey) };
      throw err;
    }
  }

  async getRun(id: string): Promise<ChecklistRun | undefined> {
    return this.readRun(this.db, id);
  }

  private async readRun(db: Kysely<Database> | Transaction<Database>, id: string, lock = false): Promise<ChecklistRun | undefined> {
    let q = db.selectFrom('checklist_runs').selectAll().where('id', '=', id);
    if (lock && this.isPg) q = q.forUpdate();
    const r = await q.executeTakeFirst();
    if (!r) return undefined;
    const steps = await db.selectFrom('checklist_steps').selectAll().where('run_id', '=', id).orderBy('position').execute();
    return toRun(r, steps.map(toStep));
  }

  async mutateStep(runId: string, stepId: string, decide: (run: ChecklistRun, step: ChecklistStep) => StepDecision, actor: string, submitKey?: string): Promise<ActResult> {
    return this.db.transaction().execute(async (trx): Promise<ActResult> => {
      // The run row is the lock: every action on this run waits here for the one before it.
      const run = await this.readRun(trx, runId, true);
      if (!run) return { outcome: 'notFound' };
      const step = run.steps.find((s) => s.stepId === stepId);
      if (!step) return { outcome: 'notFound' };
      if (submitKey && (await submittedEntity(trx, submitKey))) return { outcome: 'duplicate', run };
      const decision = decide(run, step);
      if (decision === 'closed') return { outcome: 'closed', run };
      if (decision === 'changed') return { outcome: 'changed', run, step };
      await trx
        .updateTable('checklist_steps')
        .set({
          ...(decision.status !== undefined ? { status: decision.status } : {}),
          ...(decision.reason !== undefined ? { reason: decision.reason } : {}),
          ...(decision.notes !== undefined ? { notes_json: JSON.stringify(decision.notes) } : {}),
          ...(decision.owner !== undefined ? { owner_name: decision.owner?.name ?? null, owner_email: decision.owner?.email ?? null } : {}),
          ...(decision.doneBy !== undefined ? { done_by: decision.doneBy } : {}),
          ...(decision.doneAt !== undefined ? { done_at: decision.doneAt } : {}),
          version: step.version + 1,
        })
        .where('run_id', '=', runId)
        .where('step_id', '=', stepId)
        .execute();
      await trx.updateTable('checklist_runs').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', runId).execute();
      await writeAudit(trx, { actor, action: 'checklist.step', entity: 'checklist_step', entityId: `${runId}/${stepId}`, before: step, after: decision });
      if (submitKey) await claimSubmission(trx, submitKey, 'checklist_step', runId);
      const statuses = run.steps.map((s) => (s.stepId === stepId ? (decision.status ?? s.status) : s.status));
      let closedNow = false;
      if (run.status === 'open' && statuses.every((st) => st !== 'open')) {
        await trx
          .updateTable('checklist_runs')
          .set((eb) => ({ status: 'closed', closed_at: new Date().toISOString(), version: eb('version', '+', 1) }))
          .where('id', '=', runId)
          .execute();
        await writeAudit(trx, { actor, action: 'checklist.close', entity: 'checklist', entityId: runId });
        closedNow = true;
      }
      return { outcome: 'applied', run: (await this.readRun(trx, runId))!, closedNow };
    });
  }

  async setMessage(runId: string, conversationId: string, activityId: string): Promise<void> {
    await this.db.updateTable('checklist_runs').set({ conversation_id: conversationId, activity_id: activityId }).where('id', '=', runId).execute();
  }

  private async withSteps(rows: Selectable<ChecklistRunsTable>[]): Promise<ChecklistRun[]> {
    if (rows.length === 0) return [];
    const steps = await this.db.selectFrom('checklist_steps').selectAll().where('run_id', 'in', rows.map((r) => r.id)).orderBy('run_id').orderBy('position').execute();
    const by = new Map<string, ChecklistStep[]>();
    for (const s of steps) by.set(s.run_id, [...(by.get(s.run_id) ?? []), toStep(s)]);
    return rows.map((r) => toRun(r, by.get(r.id) ?? []));
  }

  async runsForParty(partyId: string): Promise<ChecklistRun[]> {
    return this.withSteps(await this.db.selectFrom('checklist_runs').selectAll().where('party_id', '=', partyId).orderBy('created_at', 'desc').execute());
  }

  async openRuns(): Promise<ChecklistRun[]> {
    return this.withSteps(await this.db.selectFrom('checklist_runs').selectAll().where('status', '=', 'open').orderBy('created_at').execute());
  }
}
