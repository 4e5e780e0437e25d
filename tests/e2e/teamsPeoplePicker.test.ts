import path from 'node:path';
import { DateTime } from 'luxon';
import { GraphEmulator } from '../../support/emulator/graphEmulator';
import { cardProblems } from '../../support/cardValidator';
import { cardOf, cardText, channelMention, personalMessage, startHarness, tempDir, type Harness } from '../support/harness';
import { loadKitActivity } from '../../support/paths';
import { formOpenedBy } from '../support/chat';

/**
 * Issue #14: Teams' people picker for the owner of a checklist step ("Andere eigenaar") and of a
 * meeting's action items. Teams submits the Entra object id of the person picked; the bot resolves
 * it through the conversation roster, else the directory (Graph), and refuses what neither knows.
 */
type Json = Record<string, any>;
const JOOST = { id: '29:joost', name: 'Joost Hendriks', aadObjectId: '55555555-0000-0000-0000-000000000001', email: 'j.hendriks@lindenwaard.example' };
const SANNE = { id: '29:sanne', name: 'Sanne Visser', aadObjectId: '55555555-0000-0000-0000-000000000002', email: 's.visser@lindenwaard.example' };
const ANNE = { id: '29:anne', name: 'Anne de Vries', aadObjectId: '55555555-0000-0000-0000-000000000004', email: 'a.devries@lindenwaard.example' };
/** In the organisation (Graph) but in none of the test conversations. */
const PIETER = { aadObjectId: '55555555-0000-0000-0000-000000000005', name: 'Pieter Jansen', email: 'p.jansen@lindenwaard.example' };
/** Nobody knows this one. */
const NOBODY = '55555555-0000-0000-0000-0000000000ff';
const kitChannel = loadKitActivity<Json>('a-channel-message-bot-mention.captured.json');
const PERSONAL = { id: 'a:picker-personal', conversationType: 'personal', tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' };
const from = (u: { id: string; name: string; aadObjectId: string }) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId });

let h: Harness;
let graph: GraphEmulator;
const dir = tempDir('pw-picker-');

beforeAll(async () => {
  graph = await new GraphEmulator().start();
  graph.addUser(PIETER.email, PIETER.name, 'Wethouder Ruimte en Milieu', PIETER.aadObjectId);
  graph.addUser(SANNE.email, SANNE.name, 'Senior adviseur verbonden partijen', SANNE.aadObjectId);
  const credential = { getToken: async () => ({ token: 'graph-test-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
  h = await startHarness({ DATABASE_URL: `sqlite:${path.join(dir, 'picker.db')}`, GRAPH_BASE_URL: graph.url }, { graphCredential: credential });
  h.emulator.members = [{ ...JOOST }, { ...SANNE }];
  // The personal chat's roster is Anne alone: Sanne is found there through Graph only.
  h.emulator.rosters.set(PERSONAL.id, [{ ...ANNE }]);
});
afterAll(async () => {
  await h?.stop();
  await graph?.stop();
});
afterEach(() => {
  expect(h.emulator.cardErrors).toEqual([]);
  h.emulator.reset();
});

function find(node: unknown, pred: (o: Json) => boolean): Json | undefined {
  if (Array.isArray(node)) {
    for (const n of node) {
      const hit = find(n, pred);
      if (hit) return hit;
    }
  } else if (node && typeof node === 'object') {
    if (pred(node as Json)) return node as Json;
    for (const v of Object.values(node as Json)) {
      const hit = find(v, pred);
      if (hit) return hit;
    }
  }
  return undefined;
}

describe('"Andere eigenaar" on a checklist in a channel', () => {
  let runId: string;
  let activityId: string;
  const owner = async () => h.app.db.kysely.selectFrom('checklist_steps').select(['owner_name', 'owner_email']).where('run_id', '=', runId).where('step_id', '=', 'vastleggen').executeTakeFirstOrThrow();

  beforeAll(async () => {
    const turn = await h.emulator.send(channelMention('start checklist ontwerpbegroting ODH', { from: from(JOOST) }));
    expect(turn.status).toBe(200);
    const run = await h.app.db.kysely.selectFrom('checklist_runs').selectAll().executeTakeFirstOrThrow();
    runId = run.id;
    activityId = run.activity_id!;
  });

  /** A Universal Action click as Teams sends it (kit capture), inputs merged into action.data. */
  async function reassign(value: string, user = JOOST) {
    const kit = loadKitActivity<Json>('e-invoke-adaptiveCard-action.captured.json');
    const data = { action: 'checklist', verb: 'step.reassign', runId, stepId: 'vastleggen', 'owner-vastleggen': value };
    const turn = await h.emulator.send({ ...kit, id: `inv-${Math.random()}`, from: from(user), conversation: kitChannel.conversation, channelData: kitChannel.channelData, replyToId: activityId, value: { action: { type: 'Action.Execute', title: 'Bevestigen', verb: 'step.reassign', data }, trigger: 'manual' } });
    expect(turn.status).toBe(200);
    const body = turn.body as Json;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(body.value)).toEqual([]);
    return { card: body.value as Json, text: cardText(body.value), turn };
  }

  test('the card offers Teams\' people picker over the channel\'s members, with the starter listed', async () => {
    const turn = await h.emulator.send(channelMention('start checklist ontwerpbegroting GGD', { from: from(JOOST) }));
    const card = cardOf(turn.calls.find((c) => c.method === 'POST' && c.path.includes('/activities'))?.body)!;
    const picker = find(card, (o) => typeof o.id === 'string' && o.id.startsWith('owner-'))!;
    expect(picker).toMatchObject({ type: 'Input.ChoiceSet', isRequired: true, choices: [{ title: JOOST.name, value: JOOST.aadObjectId }], 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users?scope=currentContext' } });
    expect(find(card, (o) => typeof o.id === 'string' && o.id.startsWith('ownerName-'))).toBeUndefined();
  });

  test('picking a member of the channel: the roster gives name and e-mail, the card mentions the new owner and updates for everyone', async () => {
    const r = await reassign(SANNE.aadObjectId);
    expect(await owner()).toEqual({ owner_name: SANNE.name, owner_email: SANNE.email });
    expect(r.text).toContain('<at>Sanne Visser</at>');
    expect(r.card.msteams.entities).toEqual(expect.arrayContaining([{ type: 'mention', text: '<at>Sanne Visser</at>', mentioned: { id: SANNE.id, name: SANNE.name } }]));
    expect(r.turn.calls.some((c) => c.method === 'PUT' && c.path.endsWith(`/activities/${activityId}`))).toBe(true);
  });

  test('someone in the organisation but not in the channel is resolved through Graph (named, not mentioned)', async () => {
    const r = await reassign(PIETER.aadObjectId, SANNE);
    expect(await owner()).toEqual({ owner_name: PIETER.name, owner_email: PIETER.email });
    expect(r.text).toContain('Pieter Jansen');
    expect(r.text).not.toContain('<at>Pieter Jansen</at>');
    expect(graph.requests.some((q) => q.path.startsWith(`/v1.0/users/${PIETER.aadObjectId}`))).toBe(true);
  });

  test('an id nobody knows, or a value that is no object id, changes nothing and says why on the card', async () => {
    for (const value of [NOBODY, 'Pieter', `${NOBODY}, ${SANNE.aadObjectId}`]) {
      const r = await reassign(value, JOOST);
      expect(r.text).toContain('I cannot find that person in this conversation'); // the kit's channel is en-US
      expect(await owner()).toEqual({ owner_name: PIETER.name, owner_email: PIETER.email });
    }
  });
});

describe('action owners of a meeting outcome, in a personal chat', () => {
  const send = (text: string, value?: Json) => h.emulator.send(personalMessage(text, { from: from(ANNE), conversation: PERSONAL, locale: 'nl-NL', ...(value ? { value } : {}) }));

  test('the form offers a people picker over the organisation per action, the author listed', async () => {
    const card = await formOpenedBy(h, await send('vergadering vastleggen'), { from: from(ANNE), conversation: PERSONAL, locale: 'nl-NL' });
    for (const i of [1, 2, 3]) expect(find(card, (o) => o.id === `a${i}owner`)).toMatchObject({ type: 'Input.ChoiceSet', choices: [{ title: ANNE.name, value: ANNE.aadObjectId }], 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' } });
  });

  test('object ids submitted are resolved: the author through the roster (mentioned), a colleague through Graph; an unknown one keeps the form open', async () => {
    const form = await formOpenedBy(h, await send('vergadering vastleggen'), { from: from(ANNE), conversation: PERSONAL, locale: 'nl-NL' });
    const submit = (form.actions as Json[]).find((a) => a.type === 'Action.Submit')!.data;
    const ggd = (await h.app.register.snapshot()).parties.find((p) => p.name === 'GGD Haaglanden')!.id;
    const due = DateTime.now().plus({ weeks: 3 }).toISODate()!;
    const base = { ...submit, party: ggd, body: 'AB', date: DateTime.now().minus({ days: 1 }).toISODate(), decisions: 'Begroting 2027 besproken', followUp: 'geen', a1what: 'Zienswijze voorbereiden', a1owner: ANNE.aadObjectId, a1due: due, a2what: 'Cijfers navragen', a2owner: SANNE.aadObjectId, a2due: due };
    const refused = await send('', { ...base, a3what: 'Brief sturen', a3owner: NOBODY, a3due: due });
    const again = cardOf(refused.calls.find((c) => c.method === 'POST')?.body)!;
    expect(cardText(again)).toContain('actiepunt 3: de gekozen eigenaar kan ik niet vinden');
    // The error names the row, not the object id (which stays selected for Teams to show).
    expect(JSON.stringify((again.body as Json[]).filter((b) => b.color === 'Attention'))).not.toContain(NOBODY);
    expect(find(again, (o) => o.id === 'a3owner')?.value).toBe(NOBODY);
    expect(find(again, (o) => o.id === 'a2owner')?.value).toBe(SANNE.aadObjectId);
    expect(await h.app.db.kysely.selectFrom('meeting_outcomes').selectAll().execute()).toHaveLength(0);

    const saved = await send('', base);
    const summary = cardOf(saved.calls.find((c) => c.method === 'POST')?.body)!;
    expect(cardText(summary)).toContain('<at>Anne de Vries</at>');
    expect(cardText(summary)).toContain('Sanne Visser');
    expect((summary.msteams as Json).entities).toEqual([{ type: 'mention', text: '<at>Anne de Vries</at>', mentioned: { id: ANNE.id, name: ANNE.name } }]);
    const owners = await h.app.db.kysely.selectFrom('action_items').select(['owner_name', 'owner_email']).orderBy('owner_name').execute();
    expect(owners).toEqual([{ owner_name: ANNE.name, owner_email: ANNE.email }, { owner_name: SANNE.name, owner_email: SANNE.email }]);
  });
});
