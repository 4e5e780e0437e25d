import { DateTime } from 'luxon';
import type { GovernanceEvent } from '../../domain/calendar/events';
import { buildIcs } from '../../domain/calendar/ics';
import { cycleEntries, lateDocuments, wgrCycle } from '../../domain/calendar/wgrCycle';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import type { Party } from '../../domain/register/types';
import { digestContent } from '../../domain/reminders/digest';
import { dueMessages, type DueMessage } from '../../domain/reminders/planner';
import { planningTexts } from '../../locales';

const TEXTS = planningTexts();

const party = (name: string, id: string): Party => ({ ...DEMO_PARTIES.find((p) => p.name === name)!, id, code: id.toUpperCase(), archivedAt: null });
const ggd = party('GGD Haaglanden', 'ggd');
const bng = party('N.V. Bank Nederlandse Gemeenten', 'bng');
const parties = new Map([ggd, bng].map((p) => [p.id, p]));

let n = 0;
const ev = (kind: GovernanceEvent['kind'], date: string, extra: Partial<GovernanceEvent> = {}): GovernanceEvent => ({ id: `e${++n}`, partyId: 'ggd', kind, body: null, date, startTime: null, endTime: null, title: null, version: 1, updatedAt: '2027-01-01T00:00:00.000Z', ...extra });

/** One GR across 2027: a winter meeting, a meeting right after the spring DST change, a late kaderbrief, the draft budget, adoption, an evaluation right after the autumn change. */
const YEAR: GovernanceEvent[] = [
  ev('vergadering', '2027-01-20', { body: 'AB' }),
  ev('vergadering', '2027-04-04', { body: 'AB' }), // reminder on 28 March, the day summer time starts
  ev('ontwerpbegroting', '2027-04-20'),
  ev('kaderbrief', '2027-05-12'), // after 30 April
  ev('vaststelling', '2027-07-02'), // fewer than twelve weeks after the draft budget
  ev('evaluatie', '2027-11-07', { title: 'evaluatie GR GGD (regeling art. 30)' }), // reminder on 31 October, the day winter time starts
];

test('the cycle of one GR in a year: recorded dates, the zienswijze window, and the terms to GS', () => {
  const byMilestone = Object.fromEntries(wgrCycle(ggd, 2027, YEAR, TEXTS.calendar).map((c) => [c.milestone, c]));
  expect(byMilestone.kaderbrief).toMatchObject({ date: '2027-05-12', recorded: true, unknown: false });
  expect(byMilestone.ontwerpbegroting).toMatchObject({ date: '2027-04-20', recorded: true });
  expect(byMilestone.zienswijze).toMatchObject({ date: '2027-07-13', recorded: false }); // + 12 weeks, computed
  expect(byMilestone.vaststelling).toMatchObject({ date: '2027-07-02', recorded: true });
  expect(byMilestone['begroting-gs']).toMatchObject({ date: '2027-07-16', basis: expect.stringContaining('vóór 15 september') }); // two weeks after adoption
  expect(byMilestone['jaarrekening-gs']).toMatchObject({ date: '2027-07-15', label: 'jaarrekening 2026 naar GS' });
  // Nothing recorded: the legal terms remain, the rest is not known.
  const empty = Object.fromEntries(wgrCycle(ggd, 2028, YEAR, TEXTS.calendar).map((c) => [c.milestone, c]));
  expect(empty.kaderbrief).toMatchObject({ date: '2028-04-30', unknown: true });
  expect(empty.ontwerpbegroting).toMatchObject({ date: null, unknown: true });
  expect(empty['begroting-gs'].date).toBe('2028-09-15');
});

test('a year of reminders for the GR, at 09:00 Amsterdam time on both sides of both DST changes, each queued once', () => {
  const seen = new Map<string, DueMessage>();
  // Twice a day across the whole year (within the 72-hour horizon, so nothing is missed; the instant a
  // reminder is due does not depend on when the scheduler runs).
  for (let t = DateTime.fromISO('2027-01-01T00:00:00Z'); t < DateTime.fromISO('2028-01-01T00:00:00Z'); t = t.plus({ hours: 12 })) {
    for (const m of dueMessages({ now: t.toJSDate(), texts: TEXTS.reminders, calendarTexts: TEXTS.calendar, parties, runs: [], openActions: [], events: YEAR, linkedChannel: (id) => (id === 'ggd' ? 'chan-ggd' : undefined) })) {
      const prev = seen.get(m.key);
      if (prev) expect(m.dueAt).toBe(prev.dueAt);
      else seen.set(m.key, m);
    }
  }
  const at = (pred: (m: DueMessage) => boolean) => [...seen.values()].filter(pred).map((m) => m.dueAt).sort();
  expect(at((m) => m.payload.due === '2027-01-20')).toEqual(['2027-01-13T08:00:00.000Z']); // winter: UTC+1
  expect(at((m) => m.payload.due === '2027-04-04')).toEqual(['2027-03-28T07:00:00.000Z']); // DST starts that night: UTC+2
  expect(at((m) => m.payload.kind === 'zienswijze')).toEqual(['2027-06-29T07:00:00.000Z']); // 2027-07-13 − 14 days
  expect(at((m) => m.key.includes(':jaarrekening-gs:'))).toEqual(['2027-07-08T07:00:00.000Z']);
  expect(at((m) => m.key.includes(':begroting-gs:'))).toEqual(['2027-07-09T07:00:00.000Z']);
  expect(at((m) => m.payload.due === '2027-11-07')).toEqual(['2027-10-31T08:00:00.000Z', '2027-11-07T08:00:00.000Z']); // DST ends that night: UTC+1
  expect(seen.get([...seen.keys()].find((k) => k.includes(':begroting-gs:'))!)!.payload.title).toContain('vóór 15 september');
  // The kaderbrief was recorded, so its legal term is not announced; a company has no Wgr cycle.
  expect(at((m) => m.key.includes(':2027:kaderbrief:'))).toEqual([]);
  expect([...seen.values()].every((m) => m.payload.party === 'GGD Haaglanden')).toBe(true);
});

test('the feed holds the cycle as all-day dates, stable uids, only for gemeenschappelijke regelingen', () => {
  const entries = cycleEntries(YEAR, parties, 'pw.test', [2027, 2028], TEXTS.calendar);
  expect(entries.every((e) => e.uid.startsWith('wgr-ggd-'))).toBe(true);
  const ics = buildIcs(entries, 'Wgr');
  expect(ics).toContain('UID:wgr-ggd-2027-begroting-gs@pw.test');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270716');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270715');
  expect(ics).toContain('UID:wgr-ggd-2028-kaderbrief@pw.test');
  expect(ics).toContain('DTSTART;VALUE=DATE:20280430');
  expect(ics).not.toContain('UID:wgr-ggd-2027-kaderbrief@'); // recorded, so an entry of its own
  expect(ics).not.toContain('wgr-bng');
});

test('a document after its legal term suggests a signal ("stukken te laat")', () => {
  const late = lateDocuments(parties, YEAR, TEXTS.calendar);
  expect(late.map((l) => l.text)).toEqual([
    'stukken te laat: GGD Haaglanden zond de ontwerpbegroting op 2027-04-20, minder dan twaalf weken vóór de vaststelling op 2027-07-02 (Wgr art. 35 lid 1). Overweeg een signaal te melden.',
    'stukken te laat: GGD Haaglanden zond de kaderbrief op 2027-05-12, na 30 april (Wgr art. 34b). Overweeg een signaal te melden.',
  ]);
  expect(lateDocuments(parties, [ev('kaderbrief', '2027-04-30'), ev('ontwerpbegroting', '2027-03-01'), ev('vaststelling', '2027-07-01')], TEXTS.calendar)).toEqual([]);
});

describe('the digest knows the cycle', () => {
  const digest = (now: string, events: GovernanceEvent[], since = '2027-01-01T00:00:00Z') =>
    digestContent({ now: new Date(now), since: new Date(since), parties, events, runs: [], openActions: [], outcomes: [], signals: [], representationChanges: [], texts: TEXTS.digest });

  test('missing dates are flagged "nog niet bekend" as their term nears', () => {
    const april = digest('2027-04-20T08:00:00Z', []);
    expect(april.unknown.map((i) => i.text)).toEqual(['GGD Haaglanden: kaderbrief en voorlopige jaarrekening: nog niet bekend']);
    expect(april.upcoming.map((i) => i.text)).toContain('GGD Haaglanden: kaderbrief en voorlopige jaarrekening: uiterlijk 30 april (Wgr art. 34b (termijn volgens BZK, controleer de wettekst))');
    const june = digest('2027-06-15T08:00:00Z', [ev('kaderbrief', '2027-04-25')]);
    expect(june.unknown.map((i) => i.text)).toEqual(['GGD Haaglanden: ontwerpbegroting 2028: nog niet bekend']);
    const september = digest('2027-09-05T08:00:00Z', [ev('kaderbrief', '2027-04-25'), ev('ontwerpbegroting', '2027-05-01')]);
    expect(september.unknown.map((i) => i.text)).toEqual(['GGD Haaglanden: vaststelling begroting 2028: nog niet bekend']);
    expect(september.upcoming.map((i) => i.text)).toContain('GGD Haaglanden: vastgestelde begroting 2028 naar Gedeputeerde Staten: uiterlijk (Wgr art. 34 lid 2 (binnen twee weken na vaststelling, vóór 15 september))');
  });

  test('a late document recorded since the last digest is suggested as a signal once', () => {
    const fresh = digest('2027-05-13T08:00:00Z', [ev('kaderbrief', '2027-05-12', { updatedAt: '2027-05-12T10:00:00.000Z' })], '2027-05-06T08:00:00Z');
    expect(fresh.late.map((i) => i.text)).toEqual(['stukken te laat: GGD Haaglanden zond de kaderbrief op 2027-05-12, na 30 april (Wgr art. 34b). Overweeg een signaal te melden.']);
    const later = digest('2027-05-20T08:00:00Z', [ev('kaderbrief', '2027-05-12', { updatedAt: '2027-05-12T10:00:00.000Z' })], '2027-05-13T08:00:00Z');
    expect(later.late).toEqual([]);
  });

  test('evaluation and exit terms of the arrangement show in the next 14 days', () => {
    const c = digest('2027-10-28T08:00:00Z', [ev('kaderbrief', '2027-04-25'), ev('ontwerpbegroting', '2027-05-01'), ev('vaststelling', '2027-07-01'), ev('uittreding', '2027-11-01')]);
    expect(c.upcoming.map((i) => i.text)).toContain('GGD Haaglanden: uittredingstermijn volgens de regeling');
    expect(c.unknown).toEqual([]);
  });
});
