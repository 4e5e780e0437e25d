import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { morningOf } from '../../domain/reminders/planner';
import { CalendarStore } from '../../store/calendarStore';
import { KyselyMeetingStore } from '../../store/meetingStore';
import { MeetingService } from '../../domain/meetings/meetingService';
import { personalMessage, startHarness, tempDir, type Harness } from '../support/harness';
import { loadKitActivity, PROJECT_ROOT } from '../../support/paths';

const JOOST = { id: '29:joost', name: 'Joost Hendriks', aadObjectId: '33333333-0000-0000-0000-000000000001', email: 'j.hendriks@lindenwaard.example' };
const CHAT = { id: 'a:reminder-chat', conversationType: 'personal', tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' };
const CHANNEL = '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2';
const dir = tempDir('pw-reminders-');
const DB = `sqlite:${path.join(dir, 'reminders.db')}`;

let h: Harness;
let runId: string;
let due: string;

beforeAll(async () => {
  h = await startHarness({ DATABASE_URL: DB });
  h.emulator.members = [{ ...JOOST }];
  await h.emulator.send(personalMessage('start checklist ontwerpbegroting ODH', { from: { id: JOOST.id, name: JOOST.name, aadObjectId: JOOST.aadObjectId }, conversation: CHAT, locale: 'nl-NL' }));
  const run = await h.app.db.kysely.selectFrom('checklist_runs').selectAll().executeTakeFirstOrThrow();
  runId = run.id;
  due = (await h.app.db.kysely.selectFrom('checklist_steps').select('due_date').where('run_id', '=', runId).where('step_id', '=', 'vastleggen').executeTakeFirstOrThrow()).due_date;
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => h.emulator.reset());

const posts = () => h.emulator.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && c.status < 300);
const at = (iso: DateTime) => iso.plus({ minutes: 1 }).toJSDate();

test('a step due soon: one reminder in the checklist\'s chat, with a Teams @mention of the owner', async () => {
  const r = await h.app.reminders(at(morningOf(due, -2)));
  expect(r.report.sent).toBeGreaterThanOrEqual(1);
  const mine = posts().filter((c) => String(c.body?.text).includes('Ontvangst vastleggen'));
  expect(mine).toHaveLength(1);
  expect(mine[0].conversationId).toBe(CHAT.id);
  expect(String(mine[0].body?.text)).toContain('Herinnering: Ontvangst vastleggen');
  expect(String(mine[0].body?.text)).toContain('Eigenaar: <at>Joost Hendriks</at>');
  expect(mine[0].body?.entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'mention', mentioned: { id: JOOST.id, name: JOOST.name } })]));
});

test('exactly once: running again at the same instant sends nothing new', async () => {
  const r = await h.app.reminders(at(morningOf(due, -2)));
  expect(r.enqueued).toBe(0);
  expect(posts().filter((c) => String(c.body?.text).includes('Ontvangst vastleggen'))).toHaveLength(0);
});

test('overdue the day after; a 429 with Retry-After is retried and the message still arrives once', async () => {
  h.emulator.faults.push({ status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'Throttled', message: 'Too many requests' } } });
  const r = await h.app.reminders(at(morningOf(due, 1)));
  expect(r.report.dead).toBe(0);
  const late = posts().filter((c) => String(c.body?.text).startsWith('Te laat: Ontvangst vastleggen'));
  expect(late).toHaveLength(1);
  expect(h.emulator.calls.some((c) => c.status === 429)).toBe(true);
});

test('a storm of 429s with Retry-After: still delivered, once', async () => {
  const dueOf = async (stepId: string) => (await h.app.db.kysely.selectFrom('checklist_steps').select('due_date').where('run_id', '=', runId).where('step_id', '=', stepId).executeTakeFirstOrThrow()).due_date;
  for (let i = 0; i < 4; i++) h.emulator.faults.push({ status: 429, headers: { 'Retry-After': '0' }, body: { error: { code: 'Throttled', message: 'Too many requests' } } });
  const r = await h.app.reminders(at(morningOf(await dueOf('raadsvoorstel'), -2)));
  expect(r.report.dead).toBe(0);
  expect(h.emulator.calls.filter((c) => c.status === 429)).toHaveLength(4);
  const delivered = posts().filter((c) => String(c.body?.text).includes('Raadsvoorstel zienswijze'));
  expect(delivered).toHaveLength(1);
});

test('an action item without a linked channel reaches its owner personally', async () => {
  const meetings = new MeetingService(new KyselyMeetingStore(h.app.db.kysely));
  const ggd = (await h.app.register.snapshot()).parties.find((p) => p.name === 'GGD Haaglanden')!;
  const v = await meetings.validate(
    { partyId: ggd.id, body: 'AB', meetingDate: '2027-01-10', decisions: 'Besluit', signals: undefined, followUp: undefined, actions: [{ what: 'Notitie opstellen', owner: 'Joost', due: '2027-05-10' }] },
    () => true,
    () => true,
    async () => ({ name: JOOST.name, email: JOOST.email }),
    '2027-01-11',
  );
  if (!v.ok) throw new Error('invalid');
  await meetings.save(v.value, { id: 'sec', name: 'Secretaris' });
  // The bot is in a team whose roster has Joost.
  await h.emulator.send(loadKitActivity('c-conversationUpdate-teamMemberAdded-botAddedToTeam.json'));
  h.emulator.reset();
  await h.app.reminders(at(morningOf('2027-05-10', -3)));
  const create = h.emulator.calls.find((c) => c.path === '/v3/conversations');
  expect(create?.body).toMatchObject({ isGroup: false, members: [{ id: JOOST.id }] });
  const dm = posts().find((c) => c.conversationId === `a:personal-${JOOST.id}`);
  expect(String(dm?.body?.text)).toContain('Herinnering: Notitie opstellen — GGD Haaglanden, uiterlijk 10-05-2027');
});

test('nothing older than the horizon is sent as if new', async () => {
  const r = await h.app.reminders(at(morningOf(due, 30)));
  expect(posts().filter((c) => String(c.body?.text).includes('Ontvangst vastleggen'))).toHaveLength(0);
  expect(r.report.sent).toBe(0);
});

test('meeting reminders 7 days ahead in the linked channel, at 09:00 Amsterdam time on both sides of the DST change', async () => {
  const added = loadKitActivity('c-conversationUpdate-teamMemberAdded-botAddedToTeam.json');
  await h.emulator.send(added);
  const parties = (await h.app.register.snapshot()).parties;
  const avalex = parties.find((p) => p.name === 'Avalex')!;
  await new KyselyMeetingStore(h.app.db.kysely).linkChannel(avalex.id, CHANNEL, 'test');
  const cal = new CalendarStore(h.app.db.kysely);
  await cal.addEvent({ partyId: avalex.id, kind: 'vergadering', body: 'AB', date: '2027-03-28', startTime: '14:00', endTime: null, title: null }, 'test'); // reminder 21 March, winter time
  await cal.addEvent({ partyId: avalex.id, kind: 'vergadering', body: 'DB', date: '2027-04-04', startTime: '14:00', endTime: null, title: null }, 'test'); // reminder 28 March, summer time
  h.emulator.reset();
  await h.app.reminders(new Date('2027-03-21T07:59:00Z'));
  expect(posts().filter((c) => c.conversationId === CHANNEL)).toHaveLength(0);
  await h.app.reminders(new Date('2027-03-21T08:00:30Z')); // 09:00 CET
  expect(posts().filter((c) => c.conversationId === CHANNEL).map((c) => c.body?.text)).toEqual(['Vergadering op 28-03-2027: AB-vergadering van Avalex.']);
  h.emulator.reset();
  await h.app.reminders(new Date('2027-03-28T06:59:00Z'));
  expect(posts().filter((c) => c.conversationId === CHANNEL)).toHaveLength(0);
  await h.app.reminders(new Date('2027-03-28T07:00:30Z')); // 09:00 CEST
  expect(posts().filter((c) => c.conversationId === CHANNEL).map((c) => c.body?.text)).toEqual(['Vergadering op 04-04-2027: DB-vergadering van Avalex.']);
});

test('a 403 from Teams deactivates the conversation and stops sending there', async () => {
  const dueOf = async (stepId: string) => (await h.app.db.kysely.selectFrom('checklist_steps').select('due_date').where('run_id', '=', runId).where('step_id', '=', stepId).executeTakeFirstOrThrow()).due_date;
  h.emulator.faults.push({ status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } } });
  const r = await h.app.reminders(at(morningOf(await dueOf('griffie'), -2)));
  expect(r.report.dropped).toBeGreaterThanOrEqual(1);
  expect((await h.app.conversations.get(CHAT.id))?.active).toBe(false);
  h.emulator.reset();
  const later = await h.app.reminders(at(morningOf(await dueOf('concerncontrol'), -2)));
  expect(posts().filter((c) => c.conversationId === CHAT.id)).toHaveLength(0);
  expect(later.report.sent).toBe(0);
  const dropped = await h.app.db.kysely.selectFrom('outbox').selectAll().where('status', '=', 'dropped').execute();
  expect(dropped.length).toBeGreaterThanOrEqual(2);
});

test('npx partnerwijzer reminders run --now uses the same path, and opens no port', async () => {
  const run = promisify(execFile);
  // Any listen() in the CLI process exits it with 97 (tests/support/refuseListen.js).
  const preload = path.join(PROJECT_ROOT, 'tests', 'support', 'refuseListen.js');
  const { stdout, stderr } = await run(process.execPath, ['--require', preload, path.join(PROJECT_ROOT, 'bin', 'partnerwijzer.js'), 'reminders', 'run', '--now', '2027-04-01T07:30:00Z'], { env: { ...process.env, DATABASE_URL: DB, LOG_LEVEL: 'silent' } });
  expect(stderr).not.toContain('refuseListen');
  const report = JSON.parse(stdout.trim().split('\n').pop()!) as { now: string; enqueued: number; sent: number };
  expect(report.now).toBe('2027-04-01T07:30:00.000Z');
  expect(typeof report.enqueued).toBe('number');
});

test('a failure that is not retryable goes to the dead letters; an administrator lists and retries it', async () => {
  const reopened = loadKitActivity<Record<string, any>>('b-personal-message.json');
  await h.emulator.send({ ...reopened, id: 'wake', text: 'hulp', from: { id: JOOST.id, name: JOOST.name, aadObjectId: JOOST.aadObjectId }, conversation: CHAT }); // the bot is back: active again
  const dueOf = async (stepId: string) => (await h.app.db.kysely.selectFrom('checklist_steps').select('due_date').where('run_id', '=', runId).where('step_id', '=', stepId).executeTakeFirstOrThrow()).due_date;
  h.emulator.faults.push({ status: 400, body: { error: { code: 'BadArgument', message: 'Bad argument' } } });
  const r = await h.app.reminders(at(morningOf(await dueOf('portefeuillehouder'), -2)));
  expect(r.report.dead).toBe(1);
  const run = promisify(execFile);
  const bin = path.join(PROJECT_ROOT, 'bin', 'partnerwijzer.js');
  const env = { ...process.env, DATABASE_URL: DB, LOG_LEVEL: 'silent', PARTNERWIJZER_LANG: 'nl' };
  const listed = await run(process.execPath, [bin, 'reminders', 'dead'], { env });
  const id = listed.stdout.split('\t')[0];
  expect(listed.stdout).toContain('HTTP 400');
  expect((await run(process.execPath, [bin, 'reminders', 'retry', id], { env })).stdout).toContain('opnieuw in de wachtrij');
  h.emulator.reset();
  const again = await h.app.reminders(at(morningOf(await dueOf('portefeuillehouder'), -2)));
  expect(again.report.sent).toBe(1);
});
