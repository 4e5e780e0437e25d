import { Cron } from 'croner';
import { cardOf, cardText, personalMessage, startHarness, type Harness } from '../support/harness';
import { acts, chat } from '../support/chat';

const JOOST = { id: '29:joost', name: 'Joost Hendriks', aadObjectId: '55555555-0000-0000-0000-000000000001' };
const CHAT = { id: 'a:digest-chat', conversationType: 'personal' };
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.emulator.members = [{ ...JOOST, email: 'j.hendriks@lindenwaard.example' }];
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

const { send } = chat(() => h, { from: JOOST, conversation: CHAT });
const say = async (text: string) => acts(await send(text)).filter((c) => c.method === 'POST');
const digests = () => h.emulator.calls.filter((c) => c.method === 'POST' && c.conversationId === CHAT.id && cardText(cardOf(c.body)).includes('Overzicht verbonden partijen'));
const nextMonday = (from: Date) => new Cron('30 8 * * 1', { timezone: 'Europe/Amsterdam', paused: true }).nextRun(from)!;

test('"stuur mij elke maandag om 8:30 een overzicht": one digest card at 08:30 Amsterdam time, once, paginated with "Meer"', async () => {
  for (let i = 0; i < 3; i++) await say('start checklist ontwerpbegroting ODH');
  // Read from free text, the subscription is confirmed on a card before anything is stored.
  const ask = await say('stuur mij elke maandag om 8:30 een overzicht');
  const confirm = cardOf(ask[0].body) as { actions: { title: string; data: Record<string, unknown> }[] };
  expect(cardText(confirm)).toContain('elke maandag om 08:30');
  expect(await h.app.db.kysely.selectFrom('digest_subscriptions').selectAll().execute()).toHaveLength(0);
  const ok = (await h.emulator.send(personalMessage('', { from: JOOST, conversation: CHAT, locale: 'nl-NL', value: confirm.actions.find((a) => a.title === 'Bevestigen')!.data }))).calls.filter((c) => c.method === 'POST' && c.path.includes('/activities'));
  expect(String(ok[0].body?.text)).toContain('Afgesproken: u krijgt elke maandag om 08:30 een overzicht');
  const monday = nextMonday(new Date());
  h.emulator.reset();
  await h.app.reminders(new Date(monday.getTime() - 60_000));
  expect(digests()).toHaveLength(0);
  await h.app.reminders(new Date(monday.getTime() + 60_000));
  expect(digests()).toHaveLength(1);
  const card = cardOf(digests()[0].body) as { actions?: { title: string; data: Record<string, unknown> }[] };
  expect(cardText(card)).toContain('Komende 14 dagen');
  await h.app.reminders(new Date(monday.getTime() + 120_000));
  expect(digests()).toHaveLength(1); // exactly once per occurrence
  const more = card.actions?.find((a) => a.title === 'Meer');
  expect(more).toBeDefined();
  const page2 = await h.emulator.send(personalMessage('', { from: JOOST, conversation: CHAT, locale: 'nl-NL', value: more!.data }));
  expect(cardText(cardOf(page2.calls.find((c) => c.method === 'POST')?.body))).toContain('Overzicht verbonden partijen');
});

test('weekly at 08:30 local on both sides of the DST change; "stop het overzicht" stops it', async () => {
  h.emulator.reset();
  await h.app.reminders(new Date('2027-03-22T07:29:00Z')); // a stale earlier Monday is skipped, not sent late
  expect(digests()).toHaveLength(0);
  await h.app.reminders(new Date('2027-03-22T07:31:00Z')); // 08:31 CET
  expect(digests()).toHaveLength(1);
  await h.app.reminders(new Date('2027-03-29T06:29:00Z'));
  expect(digests()).toHaveLength(1);
  await h.app.reminders(new Date('2027-03-29T06:31:00Z')); // 08:31 CEST
  expect(digests()).toHaveLength(2);
  expect(String((await say('stop het overzicht'))[0].body?.text)).toContain('Het overzicht is gestopt.');
  await h.app.reminders(new Date('2027-04-05T06:31:00Z'));
  expect(digests()).toHaveLength(2);
});

test('nothing is sent when there is nothing to say', async () => {
  const empty = await startHarness({ PARTNERWIJZER_DEMO: '0' });
  try {
    await empty.emulator.send(personalMessage('digest voor mij elke dag om 9:00', { from: JOOST, conversation: CHAT, locale: 'nl-NL' }));
    empty.emulator.reset();
    const tomorrow9 = new Cron('0 9 * * *', { timezone: 'Europe/Amsterdam', paused: true }).nextRun(new Date())!;
    const r = await empty.app.reminders(new Date(tomorrow9.getTime() + 60_000));
    expect(r.report.sent).toBe(0);
    expect(empty.emulator.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  } finally {
    await empty.stop();
  }
});

test('a digest is written in the language of its conversation: English for an English Teams client', async () => {
  const EN_CHAT = { id: 'a:digest-chat-en', conversationType: 'personal' };
  const ask = (await h.emulator.send(personalMessage('send me a digest every monday at 8:30', { from: JOOST, conversation: EN_CHAT, locale: 'en-US' }))).calls.filter((c) => c.method === 'POST' && c.path.includes('/activities'));
  const confirm = cardOf(ask[0].body) as { actions: { title: string; data: Record<string, unknown> }[] };
  await h.emulator.send(personalMessage('', { from: JOOST, conversation: EN_CHAT, locale: 'en-US', value: confirm.actions[0].data }));
  await h.emulator.send(personalMessage('start checklist ontwerpbegroting ODH', { from: JOOST, conversation: EN_CHAT, locale: 'en-US' }));
  const monday = nextMonday(new Date());
  h.emulator.reset();
  await h.app.reminders(new Date(monday.getTime() + 60_000));
  const english = h.emulator.calls.filter((c) => c.method === 'POST' && c.conversationId === EN_CHAT.id).map((c) => cardText(cardOf(c.body)));
  expect(english.some((t) => t.includes('Affiliated parties digest') && t.includes('Next 14 days'))).toBe(true);
  expect(english.some((t) => t.includes('Overzicht verbonden partijen'))).toBe(false);
});
