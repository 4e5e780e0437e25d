import { dueMessages } from '../../domain/reminders/planner';
import { DEFAULT_TIME_ZONE, formatLocal, setTimeZone, timeZone, today } from '../../domain/time/clock';
import { planningTexts } from '../../locales';
import { startHarness } from '../support/harness';

afterEach(() => setTimeZone(DEFAULT_TIME_ZONE));

describe('one clock: TZ_DISPLAY decides what today is, when 09:00 is, and how instants are shown', () => {
  const lateEvening = new Date('2027-03-01T23:30:00Z');

  test('today differs per zone at the same instant', () => {
    expect(today(lateEvening)).toBe('2027-03-02'); // Amsterdam, UTC+1
    setTimeZone('Europe/London');
    expect(today(lateEvening)).toBe('2027-03-01');
    expect(formatLocal(lateEvening.toISOString(), 'd-M-yyyy HH:mm')).toBe('1-3-2027 23:30');
    setTimeZone('Europe/Amsterdam');
    expect(formatLocal(lateEvening.toISOString(), 'd-M-yyyy HH:mm')).toBe('2-3-2027 00:30');
  });

  test('a reminder is due at 09:00 in the configured zone', () => {
    const run = { id: 'r', partyId: 'p', status: 'open', conversationId: 'a:chat', steps: [{ stepId: 's', status: 'open', title: { nl: 'stap', en: 'step' }, due: '2027-03-10', owner: null }] };
    const input = { parties: new Map([['p', { id: 'p', name: 'GGD' }]]), runs: [run], openActions: [], events: [], linkedChannel: () => undefined, texts: planningTexts().reminders, calendarTexts: planningTexts().calendar } as unknown as Parameters<typeof dueMessages>[0];
    // Two days before the due date, at 10:00 UTC: past 09:00 in Amsterdam, not yet 09:00 (14:00 UTC) in New York.
    const at = (now: string, zone: string) => dueMessages({ ...input, now: new Date(now), zone }).map((m) => m.dueAt);
    expect(at('2027-03-08T10:00:00Z', 'Europe/Amsterdam')).toEqual(['2027-03-08T08:00:00.000Z']);
    expect(at('2027-03-08T10:00:00Z', 'America/New_York')).toEqual([]);
    expect(at('2027-03-08T14:01:00Z', 'America/New_York')).toEqual(['2027-03-08T14:00:00.000Z']);
  });

  test('an unknown zone is refused', () => {
    expect(() => setTimeZone('Nowhere/Atlantis')).toThrow('unknown time zone');
    expect(timeZone()).toBe(DEFAULT_TIME_ZONE);
  });

  test('TZ_DISPLAY reaches the running bot: the overview measures against today in that zone', async () => {
    // +14 and −11 hours: a full day apart at any instant.
    const seen: string[] = [];
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const h = await startHarness({ TZ_DISPLAY: zone, PARTNERWIJZER_DEMO: '0' });
      try {
        const data = (await (await fetch(`${h.app.url}/api/overzicht/register`)).json()) as { today: string };
        expect(data.today).toBe(today(new Date(), zone));
        seen.push(data.today);
      } finally {
        await h.stop();
      }
    }
    expect(seen[0]).not.toBe(seen[1]);
  });
});
