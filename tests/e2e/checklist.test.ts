import path from 'node:path';
import { startApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { TeamsEmulator } from '../../support/emulator/teamsEmulator';
import { cardOf, cardText, personalMessage, startHarness, tempDir, type Harness } from '../support/harness';
import { acts, chat, fromOf, type ChatUser } from '../support/chat';
import { loadKitActivity } from '../../support/paths';
import { cardProblems } from '../../support/cardValidator';

/** Joost Hendriks is the ODH account holder in the demo register: he owns most steps. */
const JOOST = { id: '29:joost', name: 'Joost Hendriks', aadObjectId: '11111111-0000-0000-0000-000000000001', email: 'j.hendriks@lindenwaard.example' };
const SANNE = { id: '29:sanne', name: 'Sanne Visser', aadObjectId: '11111111-0000-0000-0000-000000000002', email: 's.visser@lindenwaard.example' };
const OUTSIDER = { id: '29:outsider', name: 'Buitenstaander', aadObjectId: '11111111-0000-0000-0000-000000000003' };
const ADMIN = '11111111-0000-0000-0000-00000000000a';

let h: Harness;
const dir = tempDir('pw-checklist-');
const DB = `sqlite:${path.join(dir, 'checklist.db')}`;

beforeAll(async () => {
  h = await startHarness({ DATABASE_URL: DB, REGISTER_ADMINS: ADMIN });
  h.emulator.members = [JOOST, SANNE].map((m) => ({ ...m }));
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

const CONV = { id: 'a:checklist-chat', conversationType: 'personal', tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' };
type Card = { body: unknown[]; refresh?: { userIds: string[] } };

const from = fromOf;
/** A real adaptiveCard/action invoke (kit capture) for a button on the checklist card. */
const inChat = chat(() => h, { conversation: CONV });
const say = (text: string, user: ChatUser = JOOST) => inChat.send(text, { from: fromOf(user) });
const click = (data: Record<string, unknown>, user: ChatUser = JOOST, replyToId = 'card') => inChat.click(data, { from: fromOf(user), replyToId });

async function partyId(name: string): Promise<string> {
  const row = await h.app.db.kysely.selectFrom('parties').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

async function startOdh(): Promise<{ runId: string; activityId: string; card: Card }> {
  const turn = await say('start checklist ontwerpbegroting ODH');
  expect(acts(turn)).toHaveLength(1);
  const card = cardOf(acts(turn)[0].body) as unknown as Card;
  const text = cardText(card);
  expect(text).toContain('Checklist Ontwerpbegroting of begrotingswijziging — Omgevingsdienst Haaglanden');
  expect(text).toContain('0 van 10 stappen afgerond');
  const runs = await h.app.db.kysely.selectFrom('checklist_runs').selectAll().orderBy('created_at', 'desc').execute();
  const activityId = runs[0].activity_id!;
  expect(activityId).toBeTruthy();
  return { runId: runs[0].id, activityId, card };
}

describe('starting a checklist', () => {
  test('"start checklist ontwerpbegroting ODH" posts the card, owners from the register, refresh for the starter and the owners in the chat', async () => {
    h.emulator.members.push({ id: '29:pieter', name: 'Pieter Jansen', aadObjectId: '11111111-0000-0000-0000-0000000000b1', email: 'p.jansen@lindenwaard.example' });
    const { card } = await startOdh();
    h.emulator.members.pop();
    const text = cardText(card);
    expect(text).toContain('Joost Hendriks');
    expect(text).toContain('Concerncontrol');
    expect(text).toContain('Griffie');
    expect(text).toContain('(Wgr art. 35 lid 1 en 3)');
    // Teams user ids (MRIs, never Entra object ids): the starter, plus owners found in the conversation's roster by e-mail (Pieter represents us in the AB).
    expect(card.refresh?.userIds).toEqual([JOOST.id, '29:pieter']);
  });

  test('"wijziging melden bij de GGD" asks which change and since when; the submit starts it with the deadline 12 weeks later', async () => {
    const ask = await say('wijziging melden bij de GGD');
    const choose = cardOf(acts(ask)[0].body) as { actions: { data: Record<string, unknown> }[] };
    expect(cardText(choose)).toContain('Wat verandert er?');
    const submit = await h.emulator.send(personalMessage('', { from: from(JOOST), conversation: CONV, locale: 'nl-NL', value: { ...choose.actions[0].data, template: 'ontwerpbegroting', anchor: '2027-03-01' } }));
    const text = cardText(cardOf(acts(submit)[0].body));
    expect(text).toContain('GGD Haaglanden');
    expect(text).toContain('Uiterste datum zienswijze raad: 24 mei 2027, berekend, controleer de brief (Wgr art. 35 lid 1 en 3)');
    const missing = await h.emulator.send(personalMessage('', { from: from(JOOST), conversation: CONV, locale: 'nl-NL', value: { ...choose.actions[0].data } }));
    expect(String(acts(missing)[0].body?.text)).toContain('Vul eerst in');
  });
});

describe('procedures per kind of partner', () => {
  type ChooseCard = { body: { type: string; id?: string; choices?: { value: string }[] }[]; actions: { data: Record<string, unknown> }[] };
  const choicesOf = (c: ChooseCard) => c.body.find((b) => b.id === 'template')!.choices!.map((x) => x.value).sort();

  test('a GR is offered the Wgr procedures; a company the shareholders\' decision; the C.V. no Wgr procedure', async () => {
    const gr = cardOf(acts(await say('wijziging melden bij de ODH'))[0].body) as unknown as ChooseCard;
    expect(choicesOf(gr)).toEqual(['ontwerpbegroting', 'signaal-samenwerking', 'toetreding-uittreding', 'wijziging-regeling', 'wisseling-vertegenwoordiger']);
    const nv = cardOf(acts(await say('wijziging melden bij BNG'))[0].body) as unknown as ChooseCard;
    expect(choicesOf(nv)).toEqual(['besluit-aandeelhouders', 'signaal-samenwerking', 'wisseling-vertegenwoordiger']);
    const cv = cardOf(acts(await say('wijziging melden bij het Ontwikkelingsbedrijf'))[0].body) as unknown as ChooseCard;
    expect(choicesOf(cv)).not.toContain('ontwerpbegroting');
    expect(choicesOf(cv)).not.toContain('wijziging-regeling');
  });

  test('a Wgr template submitted for a company is refused with the fitting choices; the shareholders\' decision starts', async () => {
    const nv = cardOf(acts(await say('wijziging melden bij BNG'))[0].body) as unknown as ChooseCard;
    const wrong = await h.emulator.send(personalMessage('', { from: from(JOOST), conversation: CONV, locale: 'nl-NL', value: { ...nv.actions[0].data, template: 'ontwerpbegroting', anchor: '2027-03-01' } }));
    const refused = cardOf(acts(wrong)[0].body) as unknown as ChooseCard;
    expect(cardText(refused)).toContain('past niet bij N.V. Bank Nederlandse Gemeenten');
    expect(choicesOf(refused)).not.toContain('ontwerpbegroting');
    expect(await h.app.db.kysely.selectFrom('checklist_runs').select('id').where('template_id', '=', 'ontwerpbegroting').where('anchor_date', '=', '2027-03-01').where('party_id', '=', (await partyId('N.V. Bank Nederlandse Gemeenten'))).execute()).toHaveLength(0);
    const ok = await h.emulator.send(personalMessage('', { from: from(JOOST), conversation: CONV, locale: 'nl-NL', value: { ...nv.actions[0].data, template: 'besluit-aandeelhouders', anchor: '2027-04-01', deadline: '2027-04-20' } }));
    const text = cardText(cardOf(acts(ok)[0].body));
    expect(text).toContain('Besluit in de aandeelhoudersvergadering (AvA)');
    expect(text).toContain('Datum van de AvA (uit de oproeping): 20 apr 2027');
    expect(text).not.toContain('berekend');
    expect(text).toContain('Gemeentewet art. 160 lid 2');
  });

  test('the zienswijze deadline is the date in the letter when the user enters it; empty = computed and marked', async () => {
    const ask = cardOf(acts(await say('wijziging melden bij de GGD'))[0].body) as unknown as ChooseCard;
    expect(ask.body.some((b) => b.id === 'deadline' && b.type === 'Input.Date')).toBe(true);
    const entered = await h.emulator.send(personalMessage('', { from: from(JOOST), conversation: CONV, locale: 'nl-NL', value: { ...ask.actions[0].data, template: 'ontwerpbegroting', anchor: '2027-03-01', deadline: '2027-06-10' } }));
    const text = cardText(cardOf(acts(entered)[0].body));
    expect(text).toContain('Uiterste datum zienswijze raad: 10 jun 2027 (Wgr art. 35 lid 1 en 3)');
    expect(text).not.toContain('berekend');
    const before = await h.emulator.send(personalMessage('', { from: from(JOOST), conversation: CONV, locale: 'nl-NL', value: { ...ask.actions[0].data, template: 'ontwerpbegroting', anchor: '2027-03-01', deadline: '2027-02-01' } }));
    expect(String(acts(before)[0].body?.text)).toContain('vóór de ontvangstdatum');
  });
});

describe('working the checklist through Universal Actions', () => {
  test('done, not applicable (with a reason), note and reassign each update the card for everyone', async () => {
    const { runId, activityId } = await startOdh();
    const done = await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' });
    expect(done.body.statusCode).toBe(200);
    expect(done.text).toContain('1 van 10 stappen afgerond');
    expect(done.text).toContain('Gereed: Joost Hendriks');
    const put = done.turn.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toContain(encodeURIComponent(activityId));

    const naMissing = await click({ action: 'checklist', verb: 'step.na', runId, stepId: 'griffie' });
    expect(naMissing.text).toContain('Waarom niet van toepassing?');
    const na = await click({ action: 'checklist', verb: 'step.na', runId, stepId: 'griffie', 'reason-griffie': 'Griffie al geïnformeerd bij de kaderbrief' });
    expect(na.text).toContain('Niet van toepassing (Joost Hendriks): Griffie al geïnformeerd bij de kaderbrief');

    const note = await click({ action: 'checklist', verb: 'step.note', runId, stepId: 'concerncontrol', 'note-concerncontrol': 'Advies *gevraagd* aan [Fin](http://evil)' }, SANNE);
    expect(note.text).toContain('Notitie van Sanne Visser: Advies \\*gevraagd\\* aan \\[Fin\\](http://evil)');

    const reassign = await click({ action: 'checklist', verb: 'step.reassign', runId, stepId: 'opdrachtgever', 'ownerName-opdrachtgever': 'Sanne Visser', 'ownerEmail-opdrachtgever': 's.visser@lindenwaard.example' });
    expect(reassign.text).toContain('Sanne Visser');
    const refresh = await click({ action: 'checklist', verb: 'refresh', runId });
    expect(refresh.text).toContain('2 van 10 stappen afgerond');
  });

  test('20 parallel clicks on one checklist: all recorded', async () => {
    const { runId } = await startOdh();
    const steps = ['vastleggen', 'griffie', 'concerncontrol', 'opdrachtgever', 'portefeuillehouder', 'raadsvoorstel', 'raad', 'versturen', 'vertegenwoordiger', 'pc'];
    const results = await Promise.all(
      steps.flatMap((stepId) => [
        click({ action: 'checklist', verb: 'step.done', runId, stepId }),
        click({ action: 'checklist', verb: 'step.note', runId, stepId, [`note-${stepId}`]: `notitie bij ${stepId}` }, SANNE),
      ]),
    );
    expect(results.every((r) => r.body.statusCode === 200)).toBe(true);
    const rows = await h.app.db.kysely.selectFrom('checklist_steps').selectAll().where('run_id', '=', runId).execute();
    expect(rows.every((r) => r.status === 'done')).toBe(true);
    expect(rows.every((r) => (JSON.parse(r.notes_json) as unknown[]).length === 1)).toBe(true);
    const run = await h.app.db.kysely.selectFrom('checklist_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    expect(run.status).toBe('closed');
    const last = await click({ action: 'checklist', verb: 'refresh', runId });
    expect(last.text).toContain('10 van 10 stappen afgerond');
    expect(last.text).toContain('Wie deed wat, wanneer');
  });

  test('a stale card: a click on a step that changed since says so and shows the current card', async () => {
    const { runId } = await startOdh();
    await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' });
    const stale = await click({ action: 'checklist', verb: 'step.na', runId, stepId: 'vastleggen', 'reason-vastleggen': 'x' });
    expect(stale.text).toContain('Deze stap was intussen al afgehandeld door Joost Hendriks');
    expect(stale.text).toContain('1 van 10 stappen afgerond');
  });

  test('only people in the conversation can act; an owner-only action by someone else is refused; both audited', async () => {
    const { runId } = await startOdh();
    const before = (await h.app.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute()).length;
    const outsider = await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' }, OUTSIDER);
    expect(outsider.text).toContain('Alleen deelnemers aan dit gesprek');
    const notOwner = await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' }, SANNE);
    expect(notOwner.text).toContain('Deze stap is van Joost Hendriks');
    const after = (await h.app.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute()).length;
    expect(after).toBe(before + 2);
    const steps = await h.app.db.kysely.selectFrom('checklist_steps').selectAll().where('run_id', '=', runId).where('step_id', '=', 'vastleggen').executeTakeFirstOrThrow();
    expect(steps.status).toBe('open');
    // A department step (Griffie) may be handled by anyone in the conversation.
    expect((await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'griffie' }, SANNE)).text).toContain('Gereed: Sanne Visser');
  });

  test('Action.Submit fallback (older clients): same data as a message, the card is updated in place', async () => {
    const { runId, activityId } = await startOdh();
    const turn = await h.emulator.send(personalMessage('', { from: from(JOOST), conversation: CONV, locale: 'nl-NL', value: { action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' } }));
    expect(acts(turn)).toHaveLength(1);
    expect(acts(turn)[0].method).toBe('PUT');
    expect(acts(turn)[0].path).toContain(encodeURIComponent(activityId));
    expect(cardText(cardOf(acts(turn)[0].body))).toContain('1 van 10 stappen afgerond');
  });

  test('every action lands in the audit table', async () => {
    const rows = await h.app.db.kysely.selectFrom('audit_log').selectAll().where('action', 'in', ['checklist.start', 'checklist.step', 'checklist.close']).execute();
    expect(rows.filter((r) => r.action === 'checklist.step').length).toBeGreaterThanOrEqual(25);
    expect(rows.filter((r) => r.action === 'checklist.close').length).toBeGreaterThanOrEqual(1);
  });
});

describe('lists', () => {
  test('"mijn open stappen" lists the user\'s open steps across checklists; "checklists voor de ODH" lists the party\'s', async () => {
    const mine = cardText(cardOf(acts(await say('mijn open stappen'))[0].body));
    expect(mine).toContain('Mijn open stappen');
    expect(mine).toContain('Omgevingsdienst Haaglanden: Ontvangst vastleggen');
    const party = cardText(cardOf(acts(await say('checklists voor de ODH'))[0].body));
    expect(party).toContain('Checklists voor Omgevingsdienst Haaglanden');
    expect(party).toContain('Ontwerpbegroting of begrotingswijziging: 10/10 afgerond');
  });
});

describe('restart mid-checklist', () => {
  test('nothing lost, and the old card keeps working against a new process', async () => {
    const { runId } = await startOdh();
    await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' });
    await h.emulator.stop();
    await h.app.close();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', USER_RATE_LIMIT: '10000', DATABASE_URL: DB, REGISTER_ADMINS: ADMIN });
    const app = await startApp(config, createLogger('silent'));
    const emulator = await new TeamsEmulator(app.url).start();
    emulator.members = [JOOST, SANNE].map((m) => ({ ...m }));
    h = { ...h, app, emulator, stop: async () => { await emulator.stop(); await app.close(); } };
    const after = await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'opdrachtgever' });
    expect(after.text).toContain('2 van 10 stappen afgerond');
  });
});

describe('templates are checked at start', () => {
  test('a template that does not validate stops the bot before it listens, naming file, path and reason', async () => {
    const fs = await import('node:fs');
    const bad = tempDir('pw-bad-templates-');
    fs.writeFileSync(path.join(bad, 'kapot.json'), JSON.stringify({ id: 'kapot', version: 1, title: { nl: 'x', en: 'x' }, changeKinds: ['x'], anchor: { nl: 'x', en: 'x' }, deadline: null, steps: [{ id: 'a', title: { nl: 'a', en: 'a' }, audience: 'intern', owner: 'wethouder', due: { from: 'start', days: 1 } }] }));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${path.join(bad, 'x.db')}`, PARTNERWIJZER_TEMPLATES: bad });
    await expect(startApp(config, createLogger('silent'))).rejects.toThrow(`${path.join(bad, 'kapot.json')}: steps.0.owner:`);
  });
});
