import { DEMO_PARTIES } from '../demo/demoRegister';
import { diffParty, planImport, type ImportPlan } from './importPlan';
import { parseRegisterCsv, registerToCsv, type CsvProblem, type Notice } from './registerCsv';
import type { ChangeRecord, ChangeSummary, RegisterRepository, RegisterWriter } from './registerRepository';
import { PartyIndex } from './partyIndex';
import { PersonIndex } from './personIndex';
import { BBV_CATEGORIES, type BbvCategory, type NewParty, type Party } from './types';

export interface RegisterSnapshot {
  fingerprint: string;
  /** Active parties: overviews, lists, forms, reminders. */
  parties: Party[];
  /** Every party, archived ones included, so history keeps its names. */
  byId: Map<string, Party>;
  /** Active parties only. */
  activeById: Map<string, Party>;
  /** Finds active and archived parties (an archived one is shown as such). */
  partyIndex: PartyIndex;
  personIndex: PersonIndex;
  demo: boolean;
}

export interface CategoryCount {
  category: BbvCategory;
  parties: Party[];
}

export interface RegisterOverview {
  total: number;
  byCategory: CategoryCount[];
  demo: boolean;
}

export type ApplyResult =
  | { status: 'applied'; plan: ImportPlan; revision: number }
  | { status: 'stale' }
  | { status: 'needs_force'; plan: ImportPlan }
  | { status: 'problems'; plan: ImportPlan };

export type UndoResult =
  | { status: 'undone'; change: ChangeRecord }
  | { status: 'nothing' }
  | { status: 'too_old'; change: ChangeRecord };

export type EditResult = { status: 'saved'; party: Party } | { status: 'stale' } | { status: 'missing' } | { status: 'unchanged'; party: Party };

/** How long a change can be undone. */
export const UNDO_WINDOW_MS = 24 * 60 * 60_000;

/** Register reads, imports with preview, small edits, archive/restore and undo; no knowledge of Teams or cards. */
export class RegisterService {
  constructor(private readonly repo: RegisterRepository) {}

  /** Seeds the demo register only when the register is empty; returns whether it seeded. */
  async seedDemoIfEmpty(): Promise<boolean> {
    if ((await this.repo.countParties()) > 0) return false;
    return (await this.repo.insertParties(DEMO_PARTIES, 'system:demo-seed', { onlyIntoEmpty: true })).length > 0;
  }

  async overview(): Promise<RegisterOverview> {
    const { parties } = await this.snapshot();
    return {
      total: parties.length,
      byCategory: BBV_CATEGORIES.map((category) => ({
        category,
        parties: parties.filter((p) => p.category === category),
      })),
      demo: parties.some((p) => p.demo),
    };
  }

  revision(): Promise<number> {
    return this.repo.revision();
  }

  /** What importing these parties would change, computed exactly as `apply` does, without writing. */
  async preview(incoming: NewParty[]): Promise<{ plan: ImportPlan; revision: number }> {
    const revision = await this.repo.revision();
    const plan = planImport(await this.repo.listAllParties(), incoming, await this.repo.openWork());
    return { plan, revision };
  }

  /**
   * Makes the register equal to the file in one transaction under the register's write lock:
   * matched parties updated (renames included), new ones added, missing ones archived. Refused
   * when the register changed since `expectedRevision` (a stale preview), or when more than a
   * third would be archived without `force`.
   */
  async apply(incoming: NewParty[], opts: { actor: string; force?: boolean; expectedRevision?: number; now?: Date }): Promise<ApplyResult> {
    const now = opts.now ?? new Date();
    return this.repo.write<ApplyResult>(async (w) => {
      if (opts.expectedRevision !== undefined && w.baseRevision !== opts.expectedRevision) return { commit: false, value: { status: 'stale' } };
      const plan = planImport(await w.listAllParties(), incoming, await w.openWork(), now);
      if (plan.problems.length > 0) return { commit: false, value: { status: 'problems', plan } };
      if (plan.needsForce && !opts.force) return { commit: false, value: { status: 'needs_force', plan } };
      for (const p of plan.added) await w.insert(p, opts.actor);
      await updateAll(
        w,
        [
          ...plan.updated.map((u) => ({ before: u.before, after: u.after, action: u.restored ? 'party.restore' : 'party.update' })),
          ...plan.archived.map((a) => ({ before: { ...a, archivedAt: null }, after: a, action: 'party.archive' })),
        ],
        opts.actor,
      );
      const summary: ChangeSummary = {
        added: plan.added.map((p) => p.name),
        updated: plan.updated.filter((u) => !u.restored).map((u) => u.after.name),
        archived: plan.archived.map((p) => p.name),
        restored: plan.updated.filter((u) => u.restored).map((u) => u.after.name),
      };
      await w.recordChange(
        { kind: 'import', actor: opts.actor, summary, before: [...plan.updated.map((u) => u.before), ...plan.archived.map((a) => ({ ...a, archivedAt: null }))], addedIds: plan.added.map((p) => p.id) },
        now,
      );
      return { commit: true, value: { status: 'applied', plan, revision: w.baseRevision + 1 } };
    });
  }

  /** CSV import in one step (CLI without preview): parse, then apply. */
  async importCsv(content: string | Buffer, actor: string, opts: { force?: boolean } = {}): Promise<{ ok: true; result: ApplyResult; notices: Notice[] } | { ok: false; problems: CsvProblem[] }> {
    const parsed = parseRegisterCsv(content);
    if (!parsed.ok) return parsed;
    return { ok: true, result: await this.apply(parsed.parties, { actor, force: opts.force }), notices: parsed.notices };
  }

  /**
   * One party changed by a form (or archived, or restored), audited with before and after and
   * undoable. Refused when the register changed since the form was shown.
   */
  async editParty(id: string, change: (p: Party) => Party, opts: { actor: string; expectedRevision?: number; kind?: 'edit' | 'archive' | 'restore'; now?: Date }): Promise<EditResult> {
    const now = opts.now ?? new Date();
    const kind = opts.kind ?? 'edit';
    return this.repo.write<EditResult>(async (w) => {
      if (opts.expectedRevision !== undefined && w.baseRevision !== opts.expectedRevision) return { commit: false, value: { status: 'stale' } };
      const before = (await w.listAllParties()).find((p) => p.id === id);
      if (!before) return { commit: false, value: { status: 'missing' } };
      const after = { ...change(before), id: before.id };
      if (diffParty(before, after).length === 0 && before.archivedAt === after.archivedAt) return { commit: false, value: { status: 'unchanged', party: before } };
      await w.update(before, after, opts.actor, kind === 'edit' ? 'party.update' : `party.${kind}`);
      const summary: ChangeSummary = { added: [], updated: kind === 'edit' ? [after.name] : [], archived: kind === 'archive' ? [after.name] : [], restored: kind === 'restore' ? [after.name] : [] };
      await w.recordChange({ kind, actor: opts.actor, summary, before: [before], addedIds: [] }, now);
      return { commit: true, value: { status: 'saved', party: after } };
    });
  }

  archiveParty(id: string, actor: string, now = new Date()): Promise<EditResult> {
    return this.editParty(id, (p) => ({ ...p, archivedAt: p.archivedAt ?? now.toISOString() }), { actor, kind: 'archive', now });
  }

  restoreParty(id: string, actor: string): Promise<EditResult> {
    return this.editParty(id, (p) => ({ ...p, archivedAt: null }), { actor, kind: 'restore' });
  }

  /**
   * Restores the register as it was before the latest change (within 24 hours): changed and
   * archived parties get their earlier state back, parties the change added are archived. History
   * (checklists, outcomes, audit) is untouched; the undo itself is audited.
   */
  async undoLast(actor: string, now = new Date()): Promise<UndoResult> {
    return this.repo.write<UndoResult>(async (w) => {
      const change = await w.lastUndoable();
      if (!change) return { commit: false, value: { status: 'nothing' } };
      if (now.getTime() - Date.parse(change.at) > UNDO_WINDOW_MS) return { commit: false, value: { status: 'too_old', change } };
      const current = new Map((await w.listAllParties()).map((p) => [p.id, p]));
      const steps: { before: Party; after: Party; action: string }[] = [];
      for (const earlier of change.before) {
        const cur = current.get(earlier.id);
        if (cur) steps.push({ before: cur, after: earlier, action: 'party.undo' });
      }
      for (const id of change.addedIds) {
        const cur = current.get(id);
        if (cur && cur.archivedAt === null) steps.push({ before: cur, after: { ...cur, archivedAt: now.toISOString() }, action: 'party.undo' });
      }
      await updateAll(w, steps, actor);
      await w.markUndone(change.id, actor, now);
      await w.recordChange({ kind: 'undo', actor, summary: change.summary, before: steps.map((s) => s.before), addedIds: [] }, now);
      return { commit: true, value: { status: 'undone', change } };
    });
  }

  async exportCsv(): Promise<string> {
    return registerToCsv(await this.repo.listParties());
  }

  async listParties(): Promise<Party[]> {
    return this.repo.listParties();
  }

  async listAllParties(): Promise<Party[]> {
    return this.repo.listAllParties();
  }

  /** Preview storage for the chat flow (upload → preview card → apply or cancel). */
  get previews(): Pick<RegisterRepository, 'savePreview' | 'getPreview' | 'closePreview'> {
    return this.repo;
  }

  /** Whether cards must say they show demo data. */
  async isDemo(): Promise<boolean> {
    return (await this.snapshot()).demo;
  }

  /**
   * The register with its search indexes, rebuilt only when the store's fingerprint changes, so a
   * CLI import or another instance's edit is seen on the next turn.
   */
  async snapshot(): Promise<RegisterSnapshot> {
    const fp = await this.repo.fingerprint();
    if (this.cache && this.cache.fingerprint === fp) return this.cache;
    const all = await this.repo.listAllParties();
    const parties = all.filter((p) => p.archivedAt === null);
    this.cache = {
      fingerprint: fp,
      parties,
      byId: new Map(all.map((p) => [p.id, p])),
      activeById: new Map(parties.map((p) => [p.id, p])),
      partyIndex: new PartyIndex(all),
      personIndex: new PersonIndex(parties),
      demo: parties.some((p) => p.demo),
    };
    return this.cache;
  }

  private cache: RegisterSnapshot | undefined;
}

/**
 * Applies updates so that swapped or reused names and codes never collide mid-transaction:
 * renamed parties first take a temporary unique name and code, then their final ones.
 */
async function updateAll(w: RegisterWriter, steps: { before: Party; after: Party; action: string }[], actor: string): Promise<void> {
  const moving = steps.filter((s) => s.before.name !== s.after.name || s.before.code !== s.after.code);
  for (const s of moving) {
    const tmp = { ...s.before, name: `~${s.before.id}`, code: `~${s.before.id.slice(0, 30)}` };
    await w.update(s.before, tmp, actor, null);
  }
  for (const s of steps) await w.update(s.before, s.after, actor, s.action);
}
