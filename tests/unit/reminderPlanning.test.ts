import type { GovernanceEvent } from '../../domain/calendar/events';
import type { ChecklistRun, ChecklistStep } from '../../domain/checklists/types';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import type { ActionItem, MeetingOutcome, Signal } from '../../domain/meetings/types';
import type { Party } from '../../domain/register/types';
import { cronFor, digestContent, isEmpty, latestOccurrence, type DigestSubscription } from '../../domain/reminders/digest';
import { DEFAULT_LEADS, dueMessages, PERSONAL_PREFIX, type DueMessage, type PlanInput } from '../../domain/reminders/planner';
import { ReminderRunner, type ReminderSources } from '../../domain/reminders/reminderRunner';
import { planningTexts } from '../../locales';

/** The pure planners at chosen instants, and the runner with in-memory ports: no store, no Teams. */
const TEXTS = planningTexts();
// A company (not a GR), so the yearly Wgr cycle stays out of these counts.
const bng: Party = { ...DEMO_PARTIES.find((p) => p.name.includes('Bank Nederlandse Gemeenten'))!, id: 'bng', code: 'BNG', archivedAt: null };
const parties = new Map([[bng.id, bng]]);

const step = (stepId: string, due: string, extra: Partial<ChecklistStep> = {}): ChecklistStep => ({ stepId, position: 1, title: { nl: `stap ${stepId}`, en: `step ${stepId}` }, audience: 'intern', ownerRole: 'accounthouder', owner: { name: 'Joost Hendriks', email: 'j@x.example' }, due, status: 'open', reason: null, notes: [], doneBy: null, doneAt: null, version: 1, ...extra });
const run = (steps: ChecklistStep[], extra: Partial<ChecklistRun> = {}): ChecklistRun => ({ id: 'run1', partyId: 'bng', templateId: 't', templateVersion: 1, changeKind: 'x', anchorDate: '2027-03-01', deadline: null, conversationId: 'a:chat', activityId: null, status: 'open', version: 1, startedBy: 'u', startedByName: null, createdAt: '2027-03-01T00:00:00.000Z', closedAt: null, steps, ...extra });
const action = (id: string, due: string, email: string | null): { outcome: MeetingOutcome; item: ActionItem } => ({
  outcome: { id: 'o1', partyId: 'bng', body: 'AvA', meetingDate: '2027-02-01', decisions: 'besluit', signals: null, followUp: null, createdBy: 'u', createdByName: null, createdAt: '2027-02-01T10:00:00.000Z', correctedAt: null, version: 1, conversationId: null, actions: [] },
  item: { id, position: 1, what: `actie ${id}`, owner: { name: 'Sanne Visser', email }, due, status: 'open' },
});
const plan = (now: string, input: Partial<PlanInput>): DueMessage[] =>
  dueMessages({ now: new Date(now), parties, runs: [], openActions: [], events: [], linkedChannel: () => undefined, texts: TEXTS.reminders, calendarTexts: TEXTS.calendar, zone: 'Europe/Amsterdam', ...input });

describe('dueMessages', () => {
  test('a step: announced two days before at 09:00 local, overdue the morning after; nothing before its moment', () => {
    const runs = [run([step('s', '2027-03-10')])];
    expect(plan('2027-03-08T07:59:00Z', { runs })).toEqual([]);
    const before = plan('2027-03-08T08:00:00Z', { runs });
    expect(before).toEqual([{ key: 'step:run1:s:2027-03-10:before', conversationId: 'a:chat', dueAt: '2027-03-08T08:00:00.000Z', payload: expect.objectContaining({ kind: 'step', occurrence: 'before', party: bng.name, title: 'stap s', titleEn: 'step s', late: false }) }]);
    expect(plan('2027-03-11T08:00:00Z', { runs }).map((m) => m.key)).toEqual(['step:run1:s:2027-03-10:before', 'step:run1:s:2027-03-10:overdue']);
  });

  test('late when more than an hour past its moment; dropped beyond the horizon', () => {
    const runs = [run([step('s', '2027-03-10')])];
    expect(plan('2027-03-08T08:30:00Z', { runs })[0].payload.late).toBe(false);
    expect(plan('2027-03-08T09:30:00Z', { runs })[0].payload.late).toBe(true);
    expect(plan('2027-03-11T07:59:00Z', { runs, leads: { ...DEFAULT_LEADS, horizonHours: 72 } })).toHaveLength(1);
    expect(plan('2027-03-11T08:01:00Z', { runs, leads: { ...DEFAULT_LEADS, horizonHours: 72 } }).map((m) => m.key)).toEqual(['step:run1:s:2027-03-10:overdue']);
  });

  test('done steps, closed runs and archived parties are not announced', () => {
    const at = '2027-03-08T08:00:00Z';
    expect(plan(at, { runs: [run([step('s', '2027-03-10', { status: 'done' })])] })).toEqual([]);
    expect(plan(at, { runs: [run([step('s', '2027-03-10')], { status: 'closed' })] })).toEqual([]);
    expect(plan(at, { runs: [run([step('s', '2027-03-10')], { partyId: 'gone' })] })).toEqual([]);
  });

  test('a channel-thread checklist: the stored conversation is the channel, the reminder names the thread', () => {
    const thread = '19:abc@thread.tacv2;messageid=123';
    const [m] = plan('2027-03-08T08:00:00Z', { runs: [run([step('s', '2027-03-10')], { conversationId: thread })] });
    expect(m.conversationId).toBe('19:abc@thread.tacv2');
    expect(m.payload.thread).toBe(thread);
  });

  test('an action item goes to the linked channel, else to its owner personally, else nowhere', () => {
    const openActions = [action('a1', '2027-03-10', 'S.Visser@X.example'), action('a2', '2027-03-10', null)];
    const at = '2027-03-07T08:00:00Z'; // three days before
    expect(plan(at, { openActions }).map((m) => m.conversationId)).toEqual([`${PERSONAL_PREFIX}s.visser@x.example`]);
    expect(plan(at, { openActions, linkedChannel: () => '19:chan' }).map((m) => m.conversationId)).toEqual(['19:chan', '19:chan']);
  });

  test('dated events in the linked channel with their Dutch titles from locales/', () => {
    const ev = (kind: GovernanceEvent['kind'], date: string, body: string | null = null): GovernanceEvent => ({ id: `e-${kind}`, partyId: 'bng', kind, body, date, startTime: null, endTime: null, title: null, version: 1, updatedAt: '2027-01-01T00:00:00.000Z' });
    const events = [ev('vergadering', '2027-03-15', 'AvA'), ev('jaarrekening', '2027-03-15'), ev('ontwerpbegroting', '2027-01-04')];
    const titles = (now: string) => plan(now, { events, linkedChannel: () => '19:chan' }).map((m) => [m.key, m.payload.title]);
    expect(titles('2027-03-08T08:00:00Z')).toEqual([['meeting:e-vergadering:2027-03-15', 'AvA-vergadering'], ['date:e-jaarrekening:2027-03-15', 'jaarrekening']]);
    // Draft budget + 12 weeks = 29 March, announced 14 days ahead; the week-old meeting is past the horizon by then.
    expect(titles('2027-03-15T08:00:00Z')).toEqual([['zienswijze:e-ontwerpbegroting:2027-03-29', TEXTS.reminders.zienswijze]]);
    expect(plan('2027-03-08T08:00:00Z', { events })).toEqual([]); // no linked channel: nobody to tell
  });
});

describe('digestContent', () => {
  const now = new Date('2027-03-01T07:00:00Z');
  const since = new Date('2027-02-22T07:00:00Z');
  const base = { now, since, parties, events: [], runs: [], openActions: [], outcomes: [], signals: [], representationChanges: [], texts: TEXTS.digest, zone: 'Europe/Amsterdam' };

  test('nothing to report is empty', () => {
    expect(isEmpty(digestContent(base))).toBe(true);
  });

  test('open steps and actions: overdue before today, upcoming within 14 days, later ones left out', () => {
    const c = digestContent({ ...base, runs: [run([step('late', '2027-02-28'), step('soon', '2027-03-15'), step('far', '2027-03-16')])], openActions: [action('a', '2027-03-01', null)] });
    expect(c.overdue.map((i) => i.date)).toEqual(['2027-02-28']);
    expect(c.upcoming.map((i) => i.text)).toEqual([`${bng.name}: actie a (Sanne Visser)`, `${bng.name}: stap soon (Joost Hendriks)`]);
  });

  test('what happened since the last digest, not before', () => {
    const signal: Signal = { id: 's', partyId: 'bng', category: 'financieel' as Signal['category'], severity: 'hoog' as Signal['severity'], description: 'tekort', reportedBy: 'u', reportedByName: null, reportedAt: '2027-02-25T10:00:00.000Z', status: 'open', escalated: false };
    const c = digestContent({ ...base, signals: [signal, { ...signal, id: 'old', reportedAt: '2027-02-01T10:00:00.000Z' }], representationChanges: [{ partyId: 'bng', at: '2027-02-23T00:00:00.000Z' }, { partyId: 'bng', at: '2027-02-20T00:00:00.000Z' }] });
    expect(c.signals.map((i) => i.text)).toEqual([`${bng.name}: tekort (hoog)`]);
    expect(c.representation.map((i) => i.text)).toEqual([`${bng.name}: ${TEXTS.digest.representationChanged}`]);
  });

  test('"today" is the local date: late on 28 February UTC is already 1 March in Amsterdam', () => {
    const c = digestContent({ ...base, now: new Date('2027-02-28T23:30:00Z'), runs: [run([step('s', '2027-02-28')])] });
    expect(c.overdue.map((i) => i.date)).toEqual(['2027-02-28']);
    const inLondon = digestContent({ ...base, now: new Date('2027-02-28T23:30:00Z'), zone: 'Europe/London', runs: [run([step('s', '2027-02-28')])] });
    expect(inLondon.overdue).toEqual([]);
  });
});

describe('latestOccurrence', () => {
  test('the latest scheduled moment at or before now, in local time across the DST change', () => {
    const monday830 = cronFor(1, 8, 30);
    expect(latestOccurrence(monday830, new Date('2027-03-29T06:29:00Z'), 'Europe/Amsterdam')?.toISOString()).toBe('2027-03-22T07:30:00.000Z'); // winter time the week before
    expect(latestOccurrence(monday830, new Date('2027-03-29T06:30:00Z'), 'Europe/Amsterdam')?.toISOString()).toBe('2027-03-29T06:30:00.000Z'); // summer time
  });
});

describe('ReminderRunner', () => {
  function runner(opts: { subs?: DigestSubscription[]; sendEmpty?: boolean; runs?: ChecklistRun[] } = {}) {
    const queued: DueMessage[] = [];
    const marked: [string, string][] = [];
    const drained: Date[] = [];
    const sources: ReminderSources = {
      activeParties: async () => parties,
      openRuns: async () => opts.runs ?? [],
      openActions: async () => [],
      events: async () => [],
      channelLinks: async () => new Map(),
      outcomesSince: async () => [],
      signalsSince: async () => [],
      partyChangesSince: async () => [],
    };
    const r = new ReminderRunner({
      sources,
      subscriptions: { active: async () => opts.subs ?? [], markSent: async (id, occ) => void marked.push([id, occ]) },
      outbox: { enqueue: async (m) => (queued.push(...m), m.length) },
      sender: { drain: async (now) => (drained.push(now), { sent: queued.length, retried: 0, dropped: 0, dead: 0 }) },
      renderDigest: async (content) => ({ type: 'AdaptiveCard', upcoming: content.upcoming.length }),
      texts: TEXTS,
      leads: DEFAULT_LEADS,
      sendEmptyDigests: opts.sendEmpty ?? false,
    });
    return { r, queued, marked, drained };
  }
  const sub: DigestSubscription = { id: 'd1', conversationId: 'a:chat', owner: 'user:u', cron: cronFor(1, 8, 30), active: true, lastSentAt: null, createdAt: '2027-03-01T00:00:00.000Z' };

  test('plans reminders and due digests, queues them, then has the sender deliver at the same instant', async () => {
    const now = new Date('2027-03-08T08:00:00Z'); // Monday 09:00 Amsterdam, after the 08:30 digest
    const { r, queued, marked, drained } = runner({ subs: [sub], runs: [run([step('s', '2027-03-10'), step('t', '2027-03-12')])] });
    const result = await r.run(now);
    expect(queued.map((m) => m.key)).toEqual(['step:run1:s:2027-03-10:before', 'digest:d1:2027-03-08T07:30:00.000Z']);
    expect(queued[1].payload.card).toEqual({ type: 'AdaptiveCard', upcoming: 2 });
    expect(marked).toEqual([['d1', '2027-03-08T07:30:00.000Z']]);
    expect(drained).toEqual([now]);
    expect(result).toEqual({ enqueued: 2, report: { sent: 2, retried: 0, dropped: 0, dead: 0 } });
  });

  test('an empty digest is marked sent but not queued, unless configured to send it anyway', async () => {
    const now = new Date('2027-03-08T08:00:00Z');
    const quiet = runner({ subs: [sub] });
    await quiet.r.run(now);
    expect(quiet.queued).toEqual([]);
    expect(quiet.marked).toHaveLength(1);
    const loud = runner({ subs: [sub], sendEmpty: true });
    await loud.r.run(now);
    expect(loud.queued.map((m) => m.payload.kind)).toEqual(['digest']);
  });

  test('a digest occurrence older than the horizon is skipped, not sent as if new', async () => {
    const { r, queued, marked } = runner({ subs: [sub], sendEmpty: true });
    await r.run(new Date('2027-03-11T08:00:00Z')); // Monday's 08:30 was 72.5 hours ago
    expect(marked).toHaveLength(1);
    expect(queued).toEqual([]);
  });
});
