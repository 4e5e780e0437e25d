import path from 'node:path';
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
import { PROJECT_ROOT } from '../support/paths';
import { migrationProvider } from '../../store/migrations';
import { tempDir } from '../support/harness';
import { createTempDatabase, pgAvailable } from '../support/pg';

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

storeSuite('sqlite', async () => {
  const dir = tempDir();
  return { url: `sqlite:${path.join(dir, 'store.db')}`, drop: async () => undefined };
});

if (pgAvailable('store suite')) storeSuite('postgres', createTempDatabase);
