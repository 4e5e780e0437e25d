import ICAL from 'ical.js';
import JSZip from 'jszip';
import { CalendarStore } from '../../store/calendarStore';
import { cardOf, cardText, channelMention, personalMessage, startHarness, type Harness } from '../support/harness';
import { chat, type CardButton } from '../support/chat';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

const { ask } = chat(() => h);

/** Parses a feed with ical.js, an independent RFC 5545 implementation. */
function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const vtz = comp.getFirstSubcomponent('vtimezone');
  if (vtz) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate, end: e.endDate, sequence: e.sequence, allDay: e.startDate.isDate };
  });
}

describe('the governance calendar feed', () => {
  let url = '';

  test('"geef mij de agenda-link" gives a secret feed URL that Outlook can subscribe to', async () => {
    const r = await ask('geef mij de agenda-link');
    expect(r.text).toContain('Uw agenda-link');
    url = r.actions.find((a) => a.type === 'Action.OpenUrl')!.url!;
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);
    expect((await ask('geef mij de agenda-link')).actions.find((a) => a.type === 'Action.OpenUrl')!.url).toBe(url);
  });

  test('the feed is valid iCalendar with meetings in Europe/Amsterdam and the zienswijze deadline 12 weeks after a draft budget', async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    const events = parse(ics);
    const meeting = events.find((e) => e.summary === 'GGD Haaglanden: AB-vergadering')!;
    expect(meeting.allDay).toBe(false);
    expect(meeting.start.zone?.tzid).toBe('Europe/Amsterdam');
    expect(meeting.start.hour).toBe(14);
    const received = events.find((e) => e.summary === 'Omgevingsdienst Haaglanden: ontwerpbegroting ontvangen')!;
    const deadline = events.find((e) => e.summary.startsWith('Omgevingsdienst Haaglanden: uiterste datum zienswijze'))!;
    expect(deadline.allDay).toBe(true);
    expect((deadline.start.toJSDate().getTime() - received.start.toJSDate().getTime()) / 86_400_000).toBe(84);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  test('an updated event keeps its UID, with a higher SEQUENCE, so calendars replace it; times stay right across DST', async () => {
    const store = new CalendarStore(h.app.db.kysely);
    const before = parse(await (await fetch(url)).text());
    const ev = (await store.listEvents()).find((e) => e.kind === 'vergadering' && e.body === 'AB')!;
    const oldUid = before.find((e) => e.uid.startsWith(ev.id))!;
    // 28 March 2027 is the day the Netherlands moves to summer time.
    await store.updateEvent(ev.id, { date: '2027-03-28', startTime: '14:00', endTime: '15:00' }, 'test');
    const after = parse(await (await fetch(url)).text());
    const moved = after.find((e) => e.uid === oldUid.uid)!;
    expect(moved.sequence).toBe(oldUid.sequence + 1);
    expect(after).toHaveLength(before.length);
    expect(moved.start.toJSDate().toISOString()).toBe('2027-03-28T12:00:00.000Z'); // 14:00 CEST
    await store.updateEvent(ev.id, { date: '2027-03-27' }, 'test');
    const winter = parse(await (await fetch(url)).text()).find((e) => e.uid === oldUid.uid)!;
    expect(winter.start.toJSDate().toISOString()).toBe('2027-03-27T13:00:00.000Z'); // 14:00 CET
  });

  test('a team gets its own link in a channel', async () => {
    const turn = await h.emulator.send(channelMention('agenda-link', { locale: 'nl-NL' }));
    const card = cardOf(turn.calls[0].body) as { actions: CardButton[] };
    expect(cardText(card)).toContain('Agenda-link voor dit team');
    const teamUrl = card.actions.find((a) => a.type === 'Action.OpenUrl')!.url!;
    expect(teamUrl).not.toBe(url);
    expect((await fetch(teamUrl)).status).toBe(200);
  });

  test('revoked (button on the card) → 404; unknown and malformed tokens → 404', async () => {
    const r = await ask('geef mij de agenda-link');
    const revoke = r.actions.find((a) => a.type === 'Action.Submit')!;
    const turn = await h.emulator.send(personalMessage('', { value: revoke.data, locale: 'nl-NL' }));
    expect(String(turn.calls[0].body?.text)).toContain('De agenda-link is ingetrokken');
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`${h.app.url}/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics`)).status).toBe(404);
    expect((await fetch(`${h.app.url}/calendar/..%2F..%2Fetc.ics`)).status).toBe(404);
    const fresh = await ask('geef mij de agenda-link');
    expect(fresh.actions.find((a) => a.type === 'Action.OpenUrl')!.url).not.toBe(url);
    expect((await ask('agenda-link intrekken')).text).toContain('ingetrokken');
  });
});

describe('checklist due dates in the feed', () => {
  test('open steps of a running checklist appear on their due date; a finished step leaves the feed', async () => {
    const feed = (await ask('geef mij de agenda-link')).actions.find((a) => a.type === 'Action.OpenUrl')!.url!;
    const me = personalMessage('x').from as { id: string; name: string; aadObjectId: string };
    h.emulator.members.push({ id: me.id, name: me.name, aadObjectId: me.aadObjectId });
    const started = await h.emulator.send(personalMessage('start checklist ontwerpbegroting ODH', { locale: 'nl-NL' }));
    const runId = (await h.app.db.kysely.selectFrom('checklist_runs').select('id').orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id;
    expect(started.status).toBe(200);
    const events = parse(await (await fetch(feed)).text());
    const step = events.find((e) => e.uid === `${runId}-vastleggen@partnerwijzer`)!;
    expect(step.summary).toBe('Omgevingsdienst Haaglanden: Ontvangst vastleggen: wat verandert er, financieel effect, welk orgaan besluit (AB/DB)');
    expect(step.allDay).toBe(true);
    const done = await h.emulator.send(personalMessage('', { locale: 'nl-NL', value: { action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' } }));
    expect(done.calls.some((c) => c.method === 'PUT')).toBe(true);
    const after = parse(await (await fetch(feed)).text());
    expect(after.find((e) => e.uid === step.uid)).toBeUndefined();
    expect(after.find((e) => e.uid === `${runId}-griffie@partnerwijzer`)).toBeDefined();
  });
});

describe('the paragraph from chat', () => {
  test('"maak de paragraaf verbonden partijen voor 2027" answers with the files', async () => {
    const r = await ask('maak de paragraaf verbonden partijen voor 2027');
    expect(r.text).toContain('Paragraaf verbonden partijen 2027');
    expect(r.text).toContain('nog aan te leveren');
    const docxUrl = r.actions.find((a) => a.title === 'Word (.docx)')!.url!;
    const res = await fetch(docxUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Paragraaf verbonden partijen 2027');
    const html = await (await fetch(r.actions.find((a) => a.title === 'HTML')!.url!)).text();
    expect(html).toContain('<h2>Gemeenschappelijke regelingen</h2>');
    expect((await fetch(docxUrl.replace('2027.docx', '2026.docx'))).status).toBe(404);
  });
});
