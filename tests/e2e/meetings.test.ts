import { DateTime } from 'luxon';
import { cardOf, cardText, channelMention, personalMessage, startHarness, type Harness } from '../support/harness';
import { loadKitActivity } from '../../support/paths';
import { acts, chat, dialogForm, fromOf, replyText, type ChatUser } from '../support/chat';

const SECRETARY = { id: '29:sec', name: 'Sara Secretaris', aadObjectId: '22222222-0000-0000-0000-000000000001', email: 'sara@lindenwaard.example' };
const OTHER_SECRETARY = { id: '29:sec2', name: 'Bob Notulist', aadObjectId: '22222222-0000-0000-0000-000000000002', email: 'bob@lindenwaard.example' };
const ANNE = { id: '29:anne', name: 'Anne de Vries', aadObjectId: '22222222-0000-0000-0000-000000000003', email: 'a.devries@lindenwaard.example' };
const SANNE = { id: '29:sanne', name: 'Sanne Visser', aadObjectId: '22222222-0000-0000-0000-000000000004', email: 's.visser@lindenwaard.example' };
const CONCERN = '19:concerncontrol@thread.tacv2';
const today = DateTime.now().setZone('Europe/Amsterdam');
const d = (days: number) => today.plus({ days }).toISODate()!;

let h: Harness;
let ggd: string;
const LINKED = '19:6848757105754c8981c67612732d9aa7@thread.tacv2';

beforeAll(async () => {
  h = await startHarness({ SECRETARIES: `${SECRETARY.aadObjectId},${OTHER_SECRETARY.aadObjectId}`, REGISTER_ADMINS: '22222222-0000-0000-0000-00000000000a', CONCERN_CONTROL_CONVERSATION: CONCERN });
  h.emulator.members = [SECRETARY, OTHER_SECRETARY, ANNE, SANNE].map((m) => ({ ...m }));
  ggd = (await h.app.register.snapshot()).parties.find((p) => p.name === 'GGD Haaglanden')!.id;
  // The concern-control channel is a channel the bot was added to.
  const added = loadKitActivity<Record<string, any>>('c-conversationUpdate-teamMemberAdded-botAddedToTeam.json');
  await h.emulator.send({ ...added, conversation: { ...added.conversation, id: CONCERN } });
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => h.emulator.reset());
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

type User = ChatUser;
const from = fromOf;
/** Each user in their own personal chat with the bot. */
const own = (user: User) => ({ from: fromOf(user), conversation: { id: `a:${user.id}`, conversationType: 'personal' } });
const { send } = chat(() => h);

async function say(text: string, user: User = SECRETARY) {
  const turn = await send(text, own(user));
  return { turn, texts: acts(turn).map((c) => replyText(c.body)) };
}

/** A form submit; notifications go through the outbox, so the turn's calls include what the outbox then delivered. */
async function submit(value: Record<string, unknown>, user: User = SECRETARY) {
  const before = h.emulator.calls.length;
  const sent = await send('', { ...own(user), value });
  await h.app.deliverOutbox();
  const turn = { ...sent, calls: h.emulator.calls.slice(before) };
  const mine = acts(turn).filter((c) => c.conversationId === `a:${user.id}`);
  return { turn, texts: mine.map((c) => replyText(c.body)) };
}

const validForm = () => ({
  action: 'saveOutcome',
  party: ggd,
  body: 'AB',
  date: d(-1),
  decisions: 'Begroting 2027 vastgesteld; bijdrage per inwoner +3,1%.',
  a1what: 'Zienswijze voorbereiden',
  a1owner: 'Anne de Vries',
  a1due: d(14),
  a2what: 'Risico’s in de paragraaf bijwerken',
  a2owner: 's.visser@lindenwaard.example',
  a2due: d(30),
  signals: 'Weerstandsvermogen daalt.',
  followUp: 'ontwerpbegroting',
});

describe('a secretary logs a meeting', () => {
  test('"koppel dit kanaal aan de GGD" in a channel links it', async () => {
    // A write read from free text is confirmed first: nothing is linked before the click.
    const ask = await h.emulator.send(channelMention('koppel dit kanaal aan de GGD', { locale: 'nl-NL', from: from(SECRETARY) }));
    const confirm = cardOf(acts(ask)[0].body) as { actions: { title: string; data: Record<string, unknown> }[] };
    expect(cardText(confirm)).toContain('Zal ik dit kanaal koppelen aan GGD Haaglanden?');
    expect(await h.app.db.kysely.selectFrom('party_channels').selectAll().execute()).toHaveLength(0);
    const turn = await h.emulator.send(channelMention('', { locale: 'nl-NL', from: from(SECRETARY), value: confirm.actions.find((a) => a.title === 'Bevestigen')!.data }));
    expect(String(acts(turn)[0].body?.text)).toContain('Dit kanaal is gekoppeld aan GGD Haaglanden');
  });

  test('"vergadering vastleggen" opens the form: in Teams as a dialog, in the web chat in the chat', async () => {
    const { turn, texts } = await say('vergadering vastleggen');
    expect(texts[0]).toContain('Het formulier opent in een apart venster.');
    expect(texts[0]).not.toContain('Actiepunt 3'); // no live form in the chat to submit twice
    const button = (cardOf(acts(turn)[0].body)!.actions as { data: Record<string, unknown> }[])[0];
    expect(button.data).toMatchObject({ action: 'followUp', kind: 'meeting', msteams: { type: 'task/fetch' } });
    // Teams sends task/fetch with the button's data; the dialog holds the form.
    expect(cardText(await dialogForm(h, button.data, { ...own(SECRETARY), locale: 'nl-NL' }))).toContain('Actiepunt 3');
    // The local web chat has no dialogs: the form comes in the chat.
    const web = await h.emulator.send(personalMessage('vergadering vastleggen', { channelId: 'directline', from: from(SECRETARY), conversation: { id: `a:${SECRETARY.id}`, conversationType: 'personal' }, locale: 'nl-NL' }));
    expect(acts(web).map((c) => cardText(cardOf(c.body))).join('\n')).toContain('Actiepunt 3');
  });

  test('invalid forms are answered on the card itself and nothing is stored', async () => {
    const count = async () => (await h.app.db.kysely.selectFrom('meeting_outcomes').selectAll().execute()).length;
    const before = await count();
    const noParty = await submit({ ...validForm(), party: '' });
    expect(noParty.texts[0]).toContain('kies de verbonden partij.');
    expect(noParty.texts[0]).toContain('Begroting 2027 vastgesteld'); // what was typed is kept
    const past = await submit({ ...validForm(), a1due: d(-3) });
    expect(past.texts[0]).toContain('actiepunt 1: de datum ligt in het verleden.');
    const unknown = await submit({ ...validForm(), a1owner: 'Pietje Puk' });
    expect(unknown.texts[0]).toContain('actiepunt 1: “Pietje Puk” staat niet in het register en is geen deelnemer aan dit gesprek.');
    const incomplete = await submit({ ...validForm(), a2due: '' });
    expect(incomplete.texts[0]).toContain('actiepunt 2: vul wat, eigenaar en datum alle drie in.');
    expect(await count()).toBe(before);
  });

  test('someone who is not a secretary cannot log an outcome', async () => {
    const { texts } = await submit(validForm(), ANNE);
    expect(texts[0]).toContain('Dit mag alleen een secretaris of registerbeheerder');
  });

  test('a valid form is stored: summary to the author and to the linked channel, action items with owners, the follow-up checklist starts', async () => {
    const { turn, texts } = await submit(validForm());
    expect(texts[0]).toContain('AB GGD Haaglanden');
    // Owners who are in the author's conversation are mentioned there (issue #14); the linked channel gets names.
    expect(texts[0]).toContain('• Zienswijze voorbereiden — <at>Anne de Vries</at>');
    expect(texts[0]).toContain('• Risico’s in de paragraaf bijwerken — <at>Sanne Visser</at>');
    const own = cardOf(acts(turn).find((c) => c.conversationId === `a:${SECRETARY.id}`)!.body) as { msteams?: { entities: { mentioned: { id: string } }[] } };
    expect(own.msteams?.entities.map((e) => e.mentioned.id).sort()).toEqual([ANNE.id, SANNE.id].sort());
    expect(texts[1]).toContain('Checklist Ontwerpbegroting of begrotingswijziging — GGD Haaglanden');
    const toChannel = acts(turn).find((c) => c.conversationId === LINKED);
    expect(toChannel).toBeDefined();
    expect(cardText(cardOf(toChannel!.body))).toContain('Begroting 2027 vastgesteld');
    expect(cardText(cardOf(toChannel!.body))).toContain('• Zienswijze voorbereiden — Anne de Vries');
    expect((cardOf(toChannel!.body) as { msteams?: unknown }).msteams).toBeUndefined();
    const items = await h.app.db.kysely.selectFrom('action_items').selectAll().execute();
    expect(items.map((i) => [i.owner_name, i.owner_email, i.status])).toEqual(
      expect.arrayContaining([
        ['Anne de Vries', 'a.devries@lindenwaard.example', 'open'],
        ['Sanne Visser', 's.visser@lindenwaard.example', 'open'],
      ]),
    );
  });

  test('questions about outcomes and actions', async () => {
    expect((await say('wat is er besloten in het laatste AB van de GGD?')).texts[0]).toContain('Begroting 2027 vastgesteld');
    expect((await say('openstaande acties voor de GGD')).texts[0]).toContain('Zienswijze voorbereiden');
    const mine = (await say('mijn acties', ANNE)).texts[0];
    expect(mine).toContain('GGD Haaglanden: • Zienswijze voorbereiden');
    expect(mine).not.toContain('paragraaf bijwerken');
    expect((await say('wat is er besloten in het laatste DB van de GGD?')).texts[0]).toContain('Er is nog geen DB-vergadering van GGD Haaglanden vastgelegd.');
    const party = (await say('GGD')).texts[0];
    expect(party).toContain('Laatste vergadering: AB');
    expect(party).toContain('2 openstaande acties');
  });

  test('corrections: by the author, audited with before and after; refused for someone else', async () => {
    const outcome = await h.app.db.kysely.selectFrom('meeting_outcomes').selectAll().executeTakeFirstOrThrow();
    const deniedBefore = (await h.app.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute()).length;
    const other = await submit({ action: 'editOutcome', outcomeId: outcome.id }, OTHER_SECRETARY);
    expect(other.texts[0]).toContain('Alleen wie de vergadering vastlegde');
    expect((await h.app.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute()).length).toBe(deniedBefore + 1);
    const sneaky = await submit({ ...validForm(), outcomeId: outcome.id, decisions: 'gewijzigd door een ander' }, OTHER_SECRETARY);
    expect(sneaky.texts[0]).toContain('Alleen wie de vergadering vastlegde');
    const form = await submit({ action: 'editOutcome', outcomeId: outcome.id });
    expect(form.texts[0]).toContain('Begroting 2027 vastgesteld');
    const fixed = await submit({ ...validForm(), outcomeId: outcome.id, decisions: 'Begroting 2027 vastgesteld; bijdrage per inwoner +2,9%.' });
    expect(fixed.texts[0]).toContain('+2,9%');
    expect(fixed.texts[0]).toContain('Gecorrigeerd op');
    const audit = await h.app.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'outcome.correct').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].before_json!).decisions).toContain('+3,1%');
    expect(JSON.parse(audit[0].after_json!).decisions).toContain('+2,9%');
    const row = await h.app.db.kysely.selectFrom('meeting_outcomes').selectAll().where('id', '=', outcome.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    expect((await h.app.db.kysely.selectFrom('meeting_outcomes').selectAll().execute())).toHaveLength(1);
  });
});

describe('signals', () => {
  const signal = (severity: string, description: string) => ({ action: 'saveSignal', party: ggd, category: 'financieel', severity, description });

  test('a form with missing fields is answered on the card', async () => {
    const r = await submit({ action: 'saveSignal', party: ggd, category: 'financieel', severity: 'midden', description: '' }, ANNE);
    expect(r.texts[0]).toContain('kies partij, soort en ernst, en beschrijf het signaal.');
  });

  test('the third signal within 90 days escalates: linked channel, concern control and the account holder are told', async () => {
    const first = await submit(signal('laag', 'Bijdrage stijgt meer dan de index'), ANNE);
    expect(first.texts[0]).toContain('Signaal voor GGD Haaglanden vastgelegd.');
    expect(acts(first.turn)).toHaveLength(1); // only the answer to Anne: no escalation yet
    const second = await submit(signal('midden', 'Jaarrekening te laat'), ANNE);
    expect(acts(second.turn)).toHaveLength(1);
    const third = await submit(signal('midden', 'Directeur vertrekt'), ANNE);
    expect(third.texts[0]).toContain('3 open signalen in 90 dagen');
    expect(third.texts[0]).toContain('Overweeg het risicoprofiel te verhogen (nu: midden risico).');
    const targets = acts(third.turn).map((c) => c.conversationId);
    expect(targets).toEqual(expect.arrayContaining([LINKED, CONCERN, 'a:personal-29:sanne']));
    const dm = third.turn.calls.find((c) => c.path === '/v3/conversations');
    expect(dm?.body).toMatchObject({ isGroup: false, members: [{ id: '29:sanne' }] });
    expect((await say('GGD', ANNE)).texts[0]).toContain('3 open signalen');
  });

  test('a high-severity signal escalates at once', async () => {
    const avalex = (await h.app.register.snapshot()).parties.find((p) => p.name === 'Avalex')!.id;
    const r = await submit({ action: 'saveSignal', party: avalex, category: 'bestuurlijk', severity: 'hoog', example: 'Bestuurlijke onrust: wisseling directeur, conflict, uittredingsverzoek', description: 'Twee gemeenten willen uittreden.' }, ANNE);
    expect(r.texts[0]).toContain('Signaal voor Avalex (ernst hoog; 1 open signalen in 90 dagen)');
    expect(acts(r.turn).some((c) => c.conversationId === CONCERN)).toBe(true);
    expect(r.texts[0]).not.toContain('Overweeg'); // Avalex is already high risk
  });
});
