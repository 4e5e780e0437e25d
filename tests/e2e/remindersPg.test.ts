import type { RunningApp } from '../../bot/app';
import type { TeamsEmulator } from '../../support/emulator/teamsEmulator';
import { personalMessage, startTwoBots } from '../support/harness';
import { createTempDatabase, pgAvailable, type TempPg } from '../support/pg';

/**
 * Two bot instances on one PostgreSQL deliver the same due set: every message exactly once,
 * because claims use FOR UPDATE SKIP LOCKED.
 */
const run = pgAvailable('two-instance reminders suite') ? describe : describe.skip;

run('two bot instances on one PostgreSQL', () => {
  let pg: TempPg;
  let a: RunningApp;
  let b: RunningApp;
  let emulator: TeamsEmulator;

  beforeAll(async () => {
    pg = await createTempDatabase();
    ({ a, b, emulator } = await startTwoBots(pg.url));
    emulator.members = [{ id: '29:joost', name: 'Joost Hendriks', aadObjectId: '44444444-0000-0000-0000-000000000001', email: 'j.hendriks@lindenwaard.example' }];
    // Sixty checklists in sixty chats: more due reminders than one claim batch, so both instances work.
    for (let i = 0; i < 60; i++) {
      await emulator.send(personalMessage('start checklist ontwerpbegroting ODH', { from: { id: '29:joost', name: 'Joost Hendriks', aadObjectId: '44444444-0000-0000-0000-000000000001' }, conversation: { id: `a:chat-${i}`, conversationType: 'personal' }, locale: 'nl-NL' }));
    }
  }, 60_000);

  afterAll(async () => {
    await emulator?.stop();
    await a?.close();
    await b?.close();
    await pg?.drop();
  });

  test('the same due set run by both instances at once: each reminder sent exactly once', async () => {
    emulator.reset();
    const far = new Date(Date.now() + 86_400_000 * 3); // steps due within two days → reminders due
    const [ra, rb] = await Promise.all([a.reminders(far), b.reminders(far)]);
    const sent = emulator.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && c.status < 300);
    const rows = await a.db.kysely.selectFrom('outbox').selectAll().where('status', '=', 'sent').execute();
    expect(ra.report.sent + rb.report.sent).toBe(rows.length);
    expect(sent).toHaveLength(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const texts = sent.map((c) => `${c.conversationId}|${String(c.body?.text)}`);
    expect(new Set(texts).size).toBe(texts.length);
    expect(ra.report.sent).toBeGreaterThan(0);
    expect(rb.report.sent).toBeGreaterThan(0);
  });
});
