import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { registerToCsv } from '../../domain/register/registerCsv';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { RegisterService } from '../../domain/register/registerService';
import { ConversationStore } from '../../store/conversationStore';
import { openDb, type Db } from '../../store/db';
import { KyselyRegisterStore } from '../../store/registerStore';
import { CalendarStore } from '../../store/calendarStore';
import { ChecklistService } from '../../domain/checklists/checklistService';
import { loadTemplates } from '../../domain/checklists/template';
import { KyselyChecklistStore } from '../../store/checklistStore';
import { MeetingService } from '../../domain/meetings/meetingService';
import { KyselyMeetingStore } from '../../store/meetingStore';
import { PROJECT_ROOT } from '../../support/paths';
import { migrationProvider } from '../../store/migrations';
import type { Database } from '../../store/schema';
import { tempDir } from '../support/harness';
import { createTempDatabase, pgAvailable } from '../support/pg';
import { planDigest } from '../../domain/register/importPlan';
import type { NewParty, Party } from '../../domain/register/types';

/** One store suite, run against every backend. */
function storeSuite(kind: 'sqlite' | 'postgres', makeUrl: () => Promise<{ url: string; drop(): Promise<void> }>): void {
  describe(`store on ${kind}`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let url: string;

    beforeAll(async () => {
      const made = await makeUrl();
      url = made.url;
      drop = made.drop;
      db = await openDb(url);
    });
    afterAll(async () => {
      await db?.close();
      await drop?.();
    });

    test('migrations ran and are recorded; reopening runs none twice', async () => {
      expect(db.kind).toBe(kind);
      const again = await openDb(url);
      await again.close();
      const rows = (await db.kysely.selectFrom('kysely_migration' as never).selectAll().execute()) as { name: string }[];
      expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(await migrationProvider.getMigrations()).sort());
    });

    test('demo seed fills an empty register once, with an audit line per party', async () => {
      const register = new RegisterService(new KyselyRegisterStore(db.kysely));
      expect(await register.seedDemoIfEmpty()).toBe(true);
      expect(await register.seedDemoIfEmpty()).toBe(false);
      const overview = await register.overview();
      expect(overview.total).toBe(DEMO_PARTIES.length);
      expect(overview.demo).toBe(true);
      expect(await register.isDemo()).toBe(true);
      const audit = await db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'party.create').execute();
      expect(audit).toHaveLength(DEMO_PARTIES.length);
      expect(audit[0].actor).toBe('system:demo-seed');
    });

    test('a party round-trips with aliases, seats (including an empty seat) and amounts', async () => {
      const store = new KyselyRegisterStore(db.kysely);
      const all = await store.listParties();
      const avalex = all.find((p) => p.name === 'Avalex')!;
      const again = await store.getParty(avalex.id);
      expect(again).toEqual(avalex);
      const source = DEMO_PARTIES.find((p) => p.name === 'Avalex')!;
      expect(avalex.aliases).toEqual(source.aliases);
      expect(avalex.seats).toEqual(source.seats);
      expect(avalex.financialInterestCents).toBe(source.financialInterestCents);
      expect(avalex.seats.some((s) => s.person === null)).toBe(true);
    });

    test('insertParties is all or nothing: a duplicate name rolls back the whole batch', async () => {
      const store = new KyselyRegisterStore(db.kysely);
      const before = await store.countParties();
      const auditBefore = (await db.kysely.selectFrom('audit_log').selectAll().execute()).length;
      const fresh = { ...DEMO_PARTIES[0], name: 'Nieuwe Partij' };
      const dup = { ...DEMO_PARTIES[1] };
      // Not `.rejects.toThrow()`: the native driver's error class may come from another Jest realm.
      const outcome = await store.insertParties([fresh, dup], 'test').then(() => 'stored', (e: { message?: string }) => String(e.message));
      expect(outcome).toMatch(/UNIQUE|duplicate key/i);
      expect(await store.countParties()).toBe(before);
      expect((await db.kysely.selectFrom('audit_log').selectAll().execute()).length).toBe(auditBefore);
    });

    test('calendar: events get versions on update; link tokens are found until revoked', async () => {
      const parties = await new KyselyRegisterStore(db.kysely).listParties();
      const cal = new CalendarStore(db.kysely);
      const e = await cal.addEvent({ partyId: parties[0].id, kind: 'vergadering', body: 'AB', date: '2027-03-12', startTime: '14:00', endTime: '16:00', title: null }, 'test');
      const moved = await cal.updateEvent(e.id, { date: '2027-03-19' }, 'test');
      expect(moved).toMatchObject({ id: e.id, date: '2027-03-19', startTime: '14:00', version: 2 });
      expect(await cal.updateEvent('missing', { date: '2027-01-01' }, 'test')).toBeUndefined();
      const t = await cal.createToken('calendar', 'user:x', {});
      expect(await cal.findToken(t.token, 'calendar')).toMatchObject({ owner: 'user:x' });
      expect(await cal.findToken(t.token, 'download')).toBeUndefined();
      expect(await cal.activeFor('calendar', 'user:x')).toMatchObject({ token: t.token });
      expect(await cal.revokeAll('calendar', 'user:x')).toBe(1);
      expect(await cal.findToken(t.token, 'calendar')).toBeUndefined();
      const expired = await cal.createToken('download', 'user:x', {}, -1000);
      expect(await cal.findToken(expired.token, 'download')).toBeUndefined();
    });

    test('checklists: 20 parallel actions on one run all land (versioned steps, retried on conflict); a late "done" on a done step reports the change', async () => {
      const parties = await new KyselyRegisterStore(db.kysely).listParties();
      const party = parties.find((p) => p.name === 'Omgevingsdienst Haaglanden')!;
      const service = new ChecklistService(new KyselyChecklistStore(db.kysely), loadTemplates(path.join(PROJECT_ROOT, 'templates', 'checklists')));
      const { run } = await service.start(service.templateFor('ontwerpbegroting')!, 'ontwerpbegroting', party, '2027-03-01', { id: 'u1', name: 'Starter' }, null);
      expect(run.steps).toHaveLength(10);
      const results = await Promise.all(
        run.steps.flatMap((st, i) => [
          service.act(run.id, st.stepId, { kind: 'done' }, { id: `u${i}`, name: `Gebruiker ${i}` }),
          service.act(run.id, st.stepId, { kind: 'note', text: `notitie ${i}` }, { id: `v${i}`, name: `Collega ${i}` }),
        ]),
      );
      expect(results.every((r) => r.outcome === 'applied')).toBe(true);
      const after = (await service.get(run.id))!;
      expect(after.steps.every((st) => st.status === 'done')).toBe(true);
      expect(after.steps.every((st) => st.notes.length === 1)).toBe(true);
      expect(after.status).toBe('closed');
      expect(after.version).toBe(1 + 20 + 1);
      expect(results.filter((r) => r.outcome === 'applied' && r.closedNow)).toHaveLength(1);
      const late = await service.act(run.id, run.steps[0].stepId, { kind: 'done' }, { id: 'x', name: 'Laat' });
      expect(late.outcome).toBe('closed');
      const { run: second } = await service.start(service.templateFor('signaal')!, 'signaal', party, '2027-03-01', { id: 'u1', name: 'Starter' }, null);
      expect((await service.act(second.id, 'vastleggen', { kind: 'done' }, { id: 'a', name: 'Eerste' })).outcome).toBe('applied');
      const stale = await service.act(second.id, 'vastleggen', { kind: 'na', reason: 'n.v.t.' }, { id: 'b', name: 'Tweede' });
      expect(stale.outcome).toBe('changed');
      expect(stale.outcome === 'changed' && stale.step.doneBy).toBe('Eerste');
      const audit = await db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'checklist.step').execute();
      expect(audit.filter((a) => a.entity_id.startsWith(run.id))).toHaveLength(20);
    });

    test('meetings: outcomes with action items, corrections by version (a stale one is refused), signals in a window', async () => {
      const parties = await new KyselyRegisterStore(db.kysely).listParties();
      const meetings = new MeetingService(new KyselyMeetingStore(db.kysely));
      const v = await meetings.validate(
        { partyId: parties[0].id, body: 'AB', meetingDate: '2027-01-10', decisions: 'Besluit', signals: undefined, followUp: undefined, actions: [{ what: 'Actie', owner: 'x', due: '2027-02-01' }] },
        () => true,
        () => true,
        async () => ({ name: 'Anne de Vries', email: 'a@x.nl' }),
        '2027-01-11',
      );
      if (!v.ok) throw new Error(JSON.stringify(v.errors));
      const { outcome: saved } = await meetings.save(v.value, { id: 'u', name: 'U' });
      expect((await meetings.get(saved.id))?.actions).toHaveLength(1);
      const first = await meetings.correct(saved, { ...v.value, decisions: 'Besluit 2' }, { id: 'u' });
      expect(first).not.toBe('conflict');
      expect(await meetings.correct(saved, { ...v.value, decisions: 'Besluit 3' }, { id: 'u' })).toBe('conflict');
      expect((await meetings.get(saved.id))?.decisions).toBe('Besluit 2');
      expect(await meetings.openActions({ owner: { email: 'A@X.NL', name: '?' } })).toHaveLength(1);
      const now = new Date('2027-03-01T12:00:00Z');
      const old = await meetings.reportSignal(parties[1].id, 'financieel', 'laag', 'oud', { id: 'u', name: 'U' }, new Date('2026-10-01T12:00:00Z'));
      expect(old.escalate).toBe(false);
      expect((await meetings.reportSignal(parties[1].id, 'financieel', 'laag', 'een', { id: 'u', name: 'U' }, now)).recentCount).toBe(1);
      expect((await meetings.reportSignal(parties[1].id, 'financieel', 'laag', 'twee', { id: 'u', name: 'U' }, now)).escalate).toBe(false);
      expect((await meetings.reportSignal(parties[1].id, 'financieel', 'laag', 'drie', { id: 'u', name: 'U' }, now)).escalate).toBe(true);
    });

    test('conversations: upsert refreshes serviceUrl, keeps a known name, deactivates by team', async () => {
      const convs = new ConversationStore(db.kysely);
      const base = { id: '19:c@thread.tacv2', channelId: 'msteams', tenantId: 't', conversationType: 'channel', name: 'Algemeen', teamId: '19:team', teamName: 'Team', referenceJson: '{}' };
      await convs.upsert({ ...base, serviceUrl: 'https://a/' });
      await convs.upsert({ ...base, serviceUrl: 'https://b/', name: null, teamName: null });
      const got = await convs.get(base.id);
      expect(got).toMatchObject({ serviceUrl: 'https://b/', name: 'Algemeen', teamName: 'Team', active: true });
      expect(await convs.setActiveForTeam('19:team', false)).toBe(1);
      expect((await convs.get(base.id))?.active).toBe(false);
    });
  });
}

/** Issue #13 on every backend: identity, archive instead of delete, preview = apply, serialised imports, undo. */
function registerSafetySuite(kind: 'sqlite' | 'postgres', makeUrl: () => Promise<{ url: string; drop(): Promise<void> }>): void {
  describe(`register safety on ${kind}`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let url: string;
    let register: RegisterService;
    const file = (parties: Party[]): NewParty[] => parties.map(({ id: _i, archivedAt: _a, ...p }) => ({ ...p }));

    beforeAll(async () => {
      const made = await makeUrl();
      url = made.url;
      drop = made.drop;
      db = await openDb(url);
      register = new RegisterService(new KyselyRegisterStore(db.kysely));
      await register.seedDemoIfEmpty();
    });
    afterAll(async () => {
      await db?.close();
      await drop?.();
    });

    async function historyOf(partyId: string): Promise<Record<string, number>> {
      const count = async (table: 'checklist_runs' | 'meeting_outcomes' | 'signals' | 'governance_events' | 'party_channels') =>
        Number((await db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('party_id', '=', partyId).executeTakeFirstOrThrow()).n);
      const actions = await db.kysely.selectFrom('action_items').innerJoin('meeting_outcomes', 'meeting_outcomes.id', 'action_items.outcome_id').select('action_items.id').where('meeting_outcomes.party_id', '=', partyId).execute();
      const steps = await db.kysely.selectFrom('checklist_steps').innerJoin('checklist_runs', 'checklist_runs.id', 'checklist_steps.run_id').select('checklist_steps.step_id').where('checklist_runs.party_id', '=', partyId).execute();
      const audit = await db.kysely.selectFrom('audit_log').select('id').where('entity_id', '=', partyId).execute();
      return { runs: await count('checklist_runs'), steps: steps.length, outcomes: await count('meeting_outcomes'), actions: actions.length, signals: await count('signals'), events: await count('governance_events'), channels: await count('party_channels'), audit: audit.length };
    }

    test('upgrading a store with parties (migration 008) gives each a unique code and keeps them active', async () => {
      const made = await makeUrl();
      const old = kind === 'sqlite' ? `sqlite:${path.join(tempDir(), 'upgrade.db')}` : made.url;
      const { Kysely: K, Migrator, PostgresDialect, SqliteDialect } = await import('kysely');
      const dialect = old.startsWith('sqlite:')
        ? new SqliteDialect({ database: new (await import('better-sqlite3')).default(old.slice('sqlite:'.length)) })
        : new PostgresDialect({ pool: new (await import('pg')).default.Pool({ connectionString: old }) });
      const k = new K<Database>({ dialect });
      expect((await new Migrator({ db: k, provider: migrationProvider }).migrateTo('006_digests')).error).toBeUndefined();
      const now = new Date().toISOString();
      const rows = [['a', 'GGD Haaglanden', 'GGD'], ['b', 'GGD Hollands Midden', 'GGD'], ['c', 'Stichting Samen Sterk', null]] as const;
      for (const [id, name, alias] of rows) {
        await k.insertInto('parties').values({ id, name, category: 'overig', is_demo: 0, version: 1, created_at: now, updated_at: now } as never).execute();
        if (alias) await k.insertInto('party_aliases').values({ party_id: id, alias, position: 0 }).execute();
      }
      await k.destroy();
      const upgraded = await openDb(old);
      const parties = await new KyselyRegisterStore(upgraded.kysely).listParties();
      await upgraded.close();
      if (kind === 'postgres') await made.drop();
      expect(parties.map((p) => [p.name, p.code, p.archivedAt])).toEqual([['GGD Haaglanden', 'GGD', null], ['GGD Hollands Midden', 'GGD-2', null], ['Stichting Samen Sterk', 'SS', null]]);
    });

    test('every party has a stable code; codes are unique', async () => {
      const all = await register.listAllParties();
      expect(all.every((p) => /^[A-Z0-9][A-Z0-9-]*$/.test(p.code))).toBe(true);
      expect(new Set(all.map((p) => p.code)).size).toBe(all.length);
      expect(all.find((p) => p.name === 'Omgevingsdienst Haaglanden')?.code).toBe('ODH');
    });

    test('a rename in the file is an update: every kind of history stays, the audit keeps before and after', async () => {
      const parties = await register.listParties();
      const odh = parties.find((p) => p.name === 'Omgevingsdienst Haaglanden')!;
      const checklists = new ChecklistService(new KyselyChecklistStore(db.kysely), loadTemplates(path.join(PROJECT_ROOT, 'templates', 'checklists')));
      await checklists.start(checklists.templateFor('ontwerpbegroting')!, 'ontwerpbegroting', odh, '2027-03-01', { id: 'u1', name: 'Starter' }, null);
      const meetingStore = new KyselyMeetingStore(db.kysely);
      const meetings = new MeetingService(meetingStore);
      await meetings.save({ partyId: odh.id, body: 'AB', meetingDate: '2027-01-10', decisions: 'Besluit', signals: null, followUp: null, actions: [{ what: 'Actie', owner: { name: 'Anne de Vries', email: 'a@x.nl' }, due: '2027-02-01' }] }, { id: 'u', name: 'U' });
      await meetings.reportSignal(odh.id, 'financieel', 'laag', 'signaal', { id: 'u', name: 'U' });
      await new CalendarStore(db.kysely).addEvent({ partyId: odh.id, kind: 'vergadering', body: 'AB', date: '2027-03-12', startTime: null, endTime: null, title: null }, 'test');
      await meetingStore.linkChannel(odh.id, '19:odh@thread.tacv2', 'test');
      const before = await historyOf(odh.id);
      expect(Object.values(before).every((n) => n > 0)).toBe(true);

      const renamed = file(parties).map((p) => (p.code === odh.code ? { ...p, name: 'Omgevingsdienst Haaglanden (GR)' } : p));
      const result = await register.apply(renamed, { actor: 'test' });
      expect(result.status).toBe('applied');
      if (result.status !== 'applied') return;
      expect(result.plan.added).toEqual([]);
      expect(result.plan.archived).toEqual([]);
      expect(result.plan.updated.map((u) => u.changes)).toEqual([[{ field: 'partij', before: 'Omgevingsdienst Haaglanden', after: 'Omgevingsdienst Haaglanden (GR)' }]]);
      const after = await historyOf(odh.id);
      expect(after).toEqual({ ...before, audit: before.audit + 1 });
      const audit = await db.kysely.selectFrom('audit_log').selectAll().where('entity_id', '=', odh.id).where('action', '=', 'party.update').orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before_json!).name).toBe('Omgevingsdienst Haaglanden');
      expect(JSON.parse(audit.after_json!).name).toBe('Omgevingsdienst Haaglanden (GR)');
    });

    test('a party left out of the file is archived with its history, out of the register lists, and restored when it returns', async () => {
      const parties = await register.listParties();
      const odh = parties.find((p) => p.code === 'ODH')!;
      const history = await historyOf(odh.id);
      const omitted = file(parties).filter((p) => p.code !== 'ODH');
      const preview = await register.preview(omitted);
      expect(preview.plan.archived.map((p) => p.code)).toEqual(['ODH']);
      expect(preview.plan.warnings).toEqual([{ kind: 'archive_open_work', party: odh.name, checklists: 1, actions: 1 }]);
      const applied = await register.apply(omitted, { actor: 'test' });
      expect(applied.status).toBe('applied');
      expect((await register.listParties()).map((p) => p.code)).not.toContain('ODH');
      const archived = (await register.listAllParties()).find((p) => p.code === 'ODH')!;
      expect(archived.archivedAt).not.toBeNull();
      expect((await register.snapshot()).byId.get(odh.id)?.archivedAt).not.toBeNull();
      expect((await register.snapshot()).activeById.has(odh.id)).toBe(false);
      expect(await historyOf(odh.id)).toEqual({ ...history, audit: history.audit + 1 });
      // The store itself refuses to delete a party with history: no cascade can run.
      const deleted = await db.kysely.deleteFrom('parties').where('id', '=', odh.id).execute().then(() => 'deleted', (e: { message?: string }) => String(e.message));
      expect(deleted).not.toBe('deleted');
      const back = await register.apply(file(parties), { actor: 'test' });
      expect(back.status === 'applied' && back.plan.updated.map((u) => [u.after.code, u.restored])).toEqual([['ODH', true]]);
      expect((await register.listParties()).find((p) => p.code === 'ODH')?.archivedAt).toBeNull();
    });

    test('the dry run equals the applied result; a stale preview is refused; archiving over a third needs force', async () => {
      const parties = await register.listParties();
      const changed = file(parties).map((p, i) => (i === 0 ? { ...p, riskProfile: 'hoog' as const } : p)).slice(0, -1);
      changed.push({ ...changed[0], code: undefined, name: 'Nieuwe Regeling', aliases: ['NR'] });
      const { plan, revision } = await register.preview(changed);
      const stale = await register.apply(changed, { actor: 'test', expectedRevision: revision - 1 });
      expect(stale.status).toBe('stale');
      const applied = await register.apply(changed, { actor: 'test', expectedRevision: revision });
      expect(applied.status).toBe('applied');
      if (applied.status !== 'applied') return;
      expect(planDigest(applied.plan)).toEqual(planDigest(plan));
      expect(await register.revision()).toBe(revision + 1);
      const few = file(await register.listParties()).slice(0, 2);
      const refused = await register.apply(few, { actor: 'test' });
      expect(refused.status).toBe('needs_force');
      expect(await register.revision()).toBe(revision + 1);
      const headerOnly = await register.apply([], { actor: 'test' });
      expect(headerOnly.status).toBe('needs_force');
    });

    test('the last change can be undone within 24 hours: the register is as it was, history stays', async () => {
      const exportBefore = await register.exportCsv();
      const parties = await register.listParties();
      const edited = file(parties).filter((_p, i) => i !== 1).map((p, i) => (i === 0 ? { ...p, name: `${p.name} X` } : p));
      edited.push({ ...edited[0], code: undefined, name: 'Tijdelijke Partij', aliases: [] });
      expect((await register.apply(edited, { actor: 'test' })).status).toBe('applied');
      expect(await register.exportCsv()).not.toBe(exportBefore);
      const undone = await register.undoLast('admin');
      expect(undone.status).toBe('undone');
      expect(await register.exportCsv()).toBe(exportBefore);
      expect((await register.listAllParties()).find((p) => p.name === 'Tijdelijke Partij')?.archivedAt).not.toBeNull();
      const audit = await db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'party.undo').execute();
      expect(audit.length).toBeGreaterThanOrEqual(3);
      // A change older than 24 hours is not undone.
      const edit = await register.editParty(parties[0].id, (p) => ({ ...p, riskProfile: 'laag' }), { actor: 'admin' });
      expect(edit.status).toBe('saved');
      expect((await register.undoLast('admin', new Date(Date.now() + 25 * 3_600_000))).status).toBe('too_old');
      expect((await register.undoLast('admin')).status).toBe('undone');
    });

    test('two imports at the same time are serialised: all land, one after the other, nothing lost', async () => {
      const parties = await register.listParties();
      const start = await register.revision();
      const fileA = file(parties).map((p) => ({ ...p, risks: 'A' }));
      const fileB = file(parties).map((p) => ({ ...p, risks: 'B' }));
      let statuses: string[];
      if (kind === 'postgres') {
        // Two connection pools, as two bot instances or the bot and the CLI would have.
        const other = await openDb(url);
        try {
          const b = new RegisterService(new KyselyRegisterStore(other.kysely));
          const results = await Promise.all([register.apply(fileA, { actor: 'a' }), b.apply(fileB, { actor: 'b' }), register.apply(fileA, { actor: 'a' }), b.apply(fileB, { actor: 'b' })]);
          statuses = results.map((r) => r.status);
        } finally {
          await other.close();
        }
      } else {
        // SQLite serialises writers across processes; better-sqlite3 blocks its own process while
        // waiting, so the second writer is a real second process: the CLI.
        const dir = tempDir();
        const fa = path.join(dir, 'a.csv');
        const fb = path.join(dir, 'b.csv');
        fs.writeFileSync(fa, registerToCsv(fileA));
        fs.writeFileSync(fb, registerToCsv(fileB));
        const bin = path.join(PROJECT_ROOT, 'bin', 'partnerwijzer.js');
        const run = (f: string) =>
          new Promise<string>((resolve) => execFile(process.execPath, [bin, 'import', f], { env: { ...process.env, DATABASE_URL: url, PARTNERWIJZER_LANG: 'nl' } }, (err, stdout, stderr) => resolve(err ? `failed: ${stderr}` : 'applied')));
        statuses = await Promise.all([run(fa), run(fb), register.apply(fileA, { actor: 'a' }).then((r) => r.status), run(fb)]);
      }
      expect(statuses).toEqual(['applied', 'applied', 'applied', 'applied']);
      expect(await register.revision()).toBe(start + 4);
      expect(new Set((await register.listParties()).map((p) => p.risks)).size).toBe(1);
      const changes = await db.kysely.selectFrom('register_changes').select('revision').where('revision', '>', start).execute();
      expect(changes.map((c) => Number(c.revision)).sort((x, y) => x - y)).toEqual([start + 1, start + 2, start + 3, start + 4]);
    });
  });
}

registerSafetySuite('sqlite', async () => ({ url: `sqlite:${path.join(tempDir(), 'safety.db')}`, drop: async () => undefined }));
if (pgAvailable('register safety suite')) registerSafetySuite('postgres', createTempDatabase);

storeSuite('sqlite', async () => {
  const dir = tempDir();
  return { url: `sqlite:${path.join(dir, 'store.db')}`, drop: async () => undefined };
});

if (pgAvailable('store suite')) storeSuite('postgres', createTempDatabase);
