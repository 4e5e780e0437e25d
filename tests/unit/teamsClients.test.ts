import { reminderText } from '../../bot/delivery';
import { cardSummary } from '../../bot/gateway';
import { legalLang, legalPage } from '../../bot/legalPages';
import { toTurnInput } from '../../bot/turnInput';
import { threadTarget, type ReminderPayload } from '../../domain/reminders/planner';
import { catalogue } from '../../locales';
import type { Activity } from 'botbuilder';

const step: ReminderPayload = { kind: 'step', occurrence: 'before', party: 'GGD *Haaglanden*', title: 'Ontvangst vastleggen', titleEn: 'Record receipt', due: '2027-03-12', owner: { name: 'Joost', email: null }, late: false };

test('a channel thread id splits into its stored channel and the thread to reply in; other ids stay whole', () => {
  expect(threadTarget('19:abc@thread.tacv2;messageid=1759881511856')).toEqual({ conversationId: '19:abc@thread.tacv2', thread: '19:abc@thread.tacv2;messageid=1759881511856' });
  expect(threadTarget('a:personal-chat')).toEqual({ conversationId: 'a:personal-chat' });
  expect(threadTarget(null)).toEqual({ conversationId: null });
});

test('reminder texts come from the catalogue of the recipient\'s language, names escaped', () => {
  expect(reminderText(step, null, catalogue('nl'))).toBe('Herinnering: Ontvangst vastleggen — GGD \\*Haaglanden\\*, uiterlijk 12-03-2027. Eigenaar: Joost.');
  expect(reminderText({ ...step, occurrence: 'overdue', late: true }, '<at>Joost</at>', catalogue('en'))).toBe('Overdue: Record receipt — GGD \\*Haaglanden\\*, due 12-03-2027. Owner: <at>Joost</at>. (sent later than planned)');
  const meeting: ReminderPayload = { kind: 'meeting', occurrence: 'upcoming', party: 'ODH', title: 'AB-vergadering', subject: { kind: 'meeting', body: 'AB' }, due: '2027-03-12', owner: null, late: false };
  expect(reminderText(meeting, null, catalogue('nl'))).toBe('Vergadering op 12-03-2027: AB-vergadering van ODH.');
  expect(reminderText(meeting, null, catalogue('en'))).toBe('Meeting on 12-03-2027: AB meeting of ODH.');
  const zw: ReminderPayload = { ...meeting, kind: 'zienswijze', subject: { kind: 'zienswijze' } };
  expect(reminderText(zw, null, catalogue('en'))).toContain('deadline for the council’s view');
  // Rows queued before this change have no subject: their Dutch title is used.
  expect(reminderText({ ...meeting, subject: undefined }, null, catalogue('en'))).toBe('Meeting on 12-03-2027: AB-vergadering of ODH.');
});

test('a card-only message gets its first real line as notification summary (no Markdown, demo banner skipped)', () => {
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Container', style: 'warning', items: [{ type: 'TextBlock', text: 'Demo' }] }, { type: 'TextBlock', text: '**Checklist** Ontwerpbegroting — GGD \\*H\\*' }] };
  expect(cardSummary(card)).toBe('Checklist Ontwerpbegroting — GGD *H*');
  expect(cardSummary({ type: 'AdaptiveCard', version: '1.5', body: [] })).toBeUndefined();
});

test('a command-menu entry sent as is: the ellipsis is a blank, not a word', () => {
  const input = (text: string) => toTurnInput({ type: 'message', text, channelId: 'msteams', from: { id: '29:x' }, conversation: { id: 'a:x' } } as unknown as Activity).text;
  expect(input('waar vertegenwoordigt … ons?')).toBe('waar vertegenwoordigt ons?');
  expect(input('wie vertegenwoordigt ons bij …')).toBe('wie vertegenwoordigt ons bij');
  expect(input('who represents us at ...')).toBe('who represents us at');
  expect(input('GGD…')).toBe('GGD…'); // only a free-standing ellipsis is a blank
});

test('privacy and terms pages: Dutch by default, English by ?lang or browser language, text escaped', () => {
  expect(legalLang({}, undefined)).toBe('nl');
  expect(legalLang({}, 'en-US,en;q=0.9')).toBe('en');
  expect(legalLang({ lang: 'nl' }, 'en-US')).toBe('nl');
  expect(legalPage('privacy', 'en')).toContain('privacy statement');
  expect(legalPage('terms', 'nl')).toContain('Gebruiksvoorwaarden');
  expect(legalPage('terms', 'nl')).not.toMatch(/’s<|<script/);
});
