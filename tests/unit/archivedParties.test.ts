import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import type { GovernanceEvent } from '../../domain/calendar/events';
import { digestContent } from '../../domain/reminders/digest';
import { dueMessages } from '../../domain/reminders/planner';
import type { Party } from '../../domain/register/types';
import { planningTexts } from '../../locales';

const TEXTS = planningTexts();

/** An archived party is out of reminders and digests (the app hands both the active parties only). */
const active: Party = { ...DEMO_PARTIES[0], id: 'active', code: 'A', archivedAt: null };
const archived: Party = { ...DEMO_PARTIES[1], id: 'gone', code: 'G', archivedAt: '2027-01-01T00:00:00.000Z' };
const event = (partyId: string): GovernanceEvent => ({ id: `e-${partyId}`, partyId, kind: 'vergadering', body: 'AB', date: '2027-03-10', startTime: null, endTime: null, title: null, version: 1, updatedAt: '2027-01-01T00:00:00.000Z' }) as GovernanceEvent;
const activeOnly = new Map([[active.id, active]]);

test('reminders skip archived parties', () => {
  const due = dueMessages({ now: new Date('2027-03-03T08:00:00Z'), texts: TEXTS.reminders, calendarTexts: TEXTS.calendar, parties: activeOnly, runs: [], openActions: [], events: [event('active'), event('gone')], linkedChannel: () => '19:c@thread.tacv2' });
  expect(due.map((d) => d.payload.party)).toEqual([active.name]);
});

test('digests skip archived parties', () => {
  const c = digestContent({ now: new Date('2027-03-01T08:00:00Z'), since: new Date('2027-02-22T08:00:00Z'), parties: activeOnly, events: [event('active'), event('gone')], runs: [], openActions: [], outcomes: [], signals: [], representationChanges: [{ partyId: 'gone', at: '2027-02-25T00:00:00.000Z' }], texts: TEXTS.digest });
  expect(c.upcoming.map((i) => i.text)).toEqual([`${active.name}: AB-vergadering`]);
  expect(c.representation).toEqual([]);
  expect(archived.archivedAt).not.toBeNull();
});
