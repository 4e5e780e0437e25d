import path from 'node:path';
import { PARTY_DATASET, STATIC_PARTY_LIMIT } from '../../cards/formInputs';
import { cardProblems, MAX_CARD_BYTES } from '../../support/cardValidator';
import { cardOf, personalMessage, startHarness, tempDir, type Harness } from '../support/harness';
import { loadKitActivity } from '../../support/paths';
import { formOpenedBy } from '../support/chat';

/**
 * Issue #14: typeahead for the party in Teams forms. A small register is listed in the card with
 * Teams' static typeahead (style filtered); a big one is searched by the bot as the user types
 * (choices.data → application/search invoke, in the shape Microsoft documents). The web chat keeps
 * its plain list.
 */
const ANNE = { id: '29:anne', name: 'Anne de Vries', aadObjectId: '55555555-0000-0000-0000-000000000004' };
const CHAT = { id: 'a:typeahead-chat', conversationType: 'personal', tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' };

let h: Harness;
const dir = tempDir('pw-typeahead-');

beforeAll(async () => {
  h = await startHarness({ DATABASE_URL: `sqlite:${path.join(dir, 'typeahead.db')}` });
  h.emulator.members.push({ ...ANNE, email: 'a.devries@lindenwaard.example' });
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  expect(h.emulator.cardErrors).toEqual([]);
  h.emulator.reset();
});

type Json = Record<string, any>;

function findInput(card: Json | undefined, id: string): Json | undefined {
  let hit: Json | undefined;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Json;
      if (o.id === id && typeof o.type === 'string' && o.type.startsWith('Input.')) hit ??= o;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return hit;
}

async function signalForm(channelId = 'msteams'): Promise<Json> {
  const turn = await h.emulator.send(personalMessage('signaal melden', { from: ANNE, conversation: CHAT, locale: 'nl-NL', channelId }));
  expect(turn.status).toBe(200);
  // In Teams the form opens as a dialog; the web chat shows it in the chat.
  const card = await formOpenedBy(h, turn, { from: ANNE, conversation: CHAT, locale: 'nl-NL', channelId });
  expect(cardProblems(card)).toEqual([]);
  return card;
}

/** Teams' typeahead query, as documented ("Typeahead search in Adaptive Cards"), in the kit's invoke envelope. */
async function search(value: unknown): Promise<{ status: number; body: Json }> {
  const kit = loadKitActivity<Json>('e-invoke-adaptiveCard-action.captured.json');
  const turn = await h.emulator.send({ ...kit, id: `inv-${Math.random()}`, name: 'application/search', value, from: ANNE, conversation: CHAT, locale: 'nl-NL', replyToId: undefined });
  return { status: turn.status, body: (turn.body ?? {}) as Json };
}

const ids = async () => (await h.app.register.snapshot()).parties;

describe('a small register: every party in the card, filtered as the user types', () => {
  test('the signal form lists all parties with style "filtered" and no query; the web chat keeps its compact list', async () => {
    const parties = await ids();
    expect(parties.length).toBeLessThanOrEqual(STATIC_PARTY_LIMIT);
    const party = findInput(await signalForm(), 'party')!;
    expect(party.type).toBe('Input.ChoiceSet');
    expect(party.style).toBe('filtered');
    expect(party['choices.data']).toBeUndefined();
    expect(party.choices).toHaveLength(parties.length);
    const web = findInput(await signalForm('directline'), 'party')!;
    expect(web.style).toBe('compact');
    expect(web['choices.data']).toBeUndefined();
    expect(web.choices).toHaveLength(parties.length);
  });
});

describe('a big register: the bot serves the typeahead', () => {
  beforeAll(async () => {
    // The demo register plus 150 foundations: more than a card should list.
    const csv = await h.app.register.exportCsv();
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
    const cols = header.split(';');
    const extra = Array.from({ length: 150 }, (_, i) => cols.map((c) => (c === 'partij' ? `Stichting Buurtfonds ${String(i + 1).padStart(3, '0')}` : c === 'categorie' ? 'stichting of vereniging' : '')).join(';'));
    const imported = await h.app.register.importCsv([header, ...rows, ...extra].join('\r\n'), 'test');
    expect(imported.ok).toBe(true);
    expect((await ids()).length).toBeGreaterThan(STATIC_PARTY_LIMIT);
  });

  test('the form carries a few parties and a Data.Query for the bot, and stays small', async () => {
    const card = await signalForm();
    const party = findInput(card, 'party')!;
    expect(party['choices.data']).toEqual({ type: 'Data.Query', dataset: PARTY_DATASET, count: 15 });
    expect(party.style).toBe('filtered');
    expect(party.choices.length).toBeGreaterThan(0);
    expect(party.choices.length).toBeLessThanOrEqual(15);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(8 * 1024);
    // The meeting form too, with its three people pickers.
    const turn = await h.emulator.send(personalMessage('vergadering vastleggen', { from: ANNE, conversation: CHAT, locale: 'nl-NL' }));
    const meeting = await formOpenedBy(h, turn, { from: ANNE, conversation: CHAT, locale: 'nl-NL' });
    expect(findInput(meeting, 'party')!['choices.data']).toEqual({ type: 'Data.Query', dataset: PARTY_DATASET, count: 15 });
    expect(Buffer.byteLength(JSON.stringify(meeting))).toBeLessThan(MAX_CARD_BYTES);
  });

  test('application/search answers HTTP 200 with a searchResponse: typo tolerant, best first, value = the party id', async () => {
    const parties = await ids();
    const odh = parties.find((p) => p.name === 'Omgevingsdienst Haaglanden')!;
    const r = await search({ queryText: 'omgevingsdiens haglanden', queryOptions: { skip: 0, top: 15 }, dataset: PARTY_DATASET });
    expect(r.status).toBe(200);
    expect(r.body.statusCode).toBe(200);
    expect(r.body.type).toBe('application/vnd.microsoft.search.searchResponse');
    expect(r.body.value.results[0]).toEqual({ title: 'Omgevingsdienst Haaglanden', value: odh.id });
    // Prefixes while typing.
    const gg = await search({ queryText: 'gg', queryOptions: { skip: 0, top: 15 }, dataset: PARTY_DATASET });
    expect(gg.body.value.results.map((x: Json) => x.title)).toContain('GGD Haaglanden');
  });

  test('top and skip page through the results; an empty query lists parties by name', async () => {
    const first = await search({ queryText: 'buurtfonds', queryOptions: { skip: 0, top: 5 }, dataset: PARTY_DATASET });
    const next = await search({ queryText: 'buurtfonds', queryOptions: { skip: 5, top: 5 }, dataset: PARTY_DATASET });
    expect(first.body.value.results).toHaveLength(5);
    expect(next.body.value.results).toHaveLength(5);
    const seen = new Set([...first.body.value.results, ...next.body.value.results].map((x: Json) => x.value));
    expect(seen.size).toBe(10);
    const empty = await search({ queryText: '', queryOptions: { skip: 0, top: 15 }, dataset: PARTY_DATASET });
    expect(empty.body.value.results).toHaveLength(15);
  });

  test('an archived party is not offered', async () => {
    const fonds = (await ids()).find((p) => p.name === 'Stichting Buurtfonds 007')!;
    await h.app.register.archiveParty(fonds.id, 'test');
    const r = await search({ queryText: 'Stichting Buurtfonds 007', queryOptions: { skip: 0, top: 15 }, dataset: PARTY_DATASET });
    expect(r.body.value.results.map((x: Json) => x.value)).not.toContain(fonds.id);
    await h.app.register.restoreParty(fonds.id, 'test');
  });

  test('an unknown dataset or a bad value gets HTTP 200 with the documented error body, never a crash', async () => {
    const unknown = await search({ queryText: 'ggd', queryOptions: { skip: 0, top: 15 }, dataset: 'npm' });
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual({ statusCode: 404, type: 'application/vnd.microsoft.error', value: { code: 'NotFound', message: expect.any(String) } });
    for (const bad of [undefined, null, 'ggd', { queryText: 'ggd' }, { queryText: 42, dataset: PARTY_DATASET }, { queryText: 'ggd', dataset: PARTY_DATASET, queryOptions: { skip: 'x' } }, { dataset: 'x'.repeat(5000) }]) {
      const r = await search(bad);
      expect(r.status).toBe(200);
      expect(r.body.type).toBe('application/vnd.microsoft.error');
      expect(r.body.statusCode).toBe(400);
      expect(r.body.value.code).toBe('BadRequest');
    }
    // The bot still answers afterwards.
    expect((await search({ queryText: 'avalex', dataset: PARTY_DATASET })).body.value.results[0].title).toMatch(/Avalex/);
  });

  test('the party picked from the search is what the form submits: the signal is stored for it', async () => {
    const card = await signalForm();
    const submit = (card.actions as Json[]).find((a) => a.type === 'Action.Submit')!.data;
    const r = await search({ queryText: 'Buurtfonds 123', queryOptions: { skip: 0, top: 15 }, dataset: PARTY_DATASET });
    const picked = r.body.value.results[0];
    expect(picked.title).toBe('Stichting Buurtfonds 123');
    const turn = await h.emulator.send(personalMessage('', { from: ANNE, conversation: CHAT, locale: 'nl-NL', value: { ...submit, party: picked.value, category: 'financieel', severity: 'laag', description: 'Subsidie loopt af' } }));
    expect(turn.status).toBe(200);
    const row = await h.app.db.kysely.selectFrom('signals').selectAll().where('party_id', '=', picked.value).executeTakeFirst();
    expect(row).toBeDefined();
  });
});

describe('typeahead queries come with typing, not clicks', () => {
  let limited: Harness;
  beforeAll(async () => {
    limited = await startHarness({ USER_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  test('twenty queries in a row are all answered although the per-user limit is 3 a minute; a fourth message is still throttled', async () => {
    const kit = loadKitActivity<Json>('e-invoke-adaptiveCard-action.captured.json');
    for (let i = 0; i < 20; i++) {
      const turn = await limited.emulator.send({ ...kit, id: `inv-${i}`, name: 'application/search', value: { queryText: 'ggd'.slice(0, 1 + (i % 3)), queryOptions: { skip: 0, top: 15 }, dataset: PARTY_DATASET }, from: ANNE, conversation: CHAT, locale: 'nl-NL', replyToId: undefined });
      expect(turn.status).toBe(200);
      expect((turn.body as Json).type).toBe('application/vnd.microsoft.search.searchResponse');
    }
    const texts: string[] = [];
    for (let i = 0; i < 4; i++) {
      const turn = await limited.emulator.send(personalMessage('wat is een zienswijze?', { from: ANNE, conversation: CHAT, locale: 'nl-NL' }));
      texts.push(...turn.calls.filter((c) => c.method === 'POST').map((c) => String(c.body?.text ?? '')));
    }
    expect(texts.filter((x) => x.includes('U stelt veel vragen kort na elkaar'))).toHaveLength(1);
  });
});

describe('a request that needs a party and names none', () => {
  test('Teams gets a typeahead over every party (the first names stay as quick buttons); the party chosen goes on to the request', async () => {
    const turn = await h.emulator.send(personalMessage('start een checklist', { from: ANNE, conversation: CHAT, locale: 'nl-NL' }));
    const card = cardOf(turn.calls.find((c) => c.method === 'POST')?.body)!;
    expect(cardProblems(card)).toEqual([]);
    const input = findInput(card, 'partyId')!;
    expect(input).toMatchObject({ type: 'Input.ChoiceSet', isRequired: true, style: 'filtered', 'choices.data': { type: 'Data.Query', dataset: PARTY_DATASET } });
    const quick = card.actions as Json[];
    expect(quick.length).toBeGreaterThan(0);
    for (const b of quick) expect(b.associatedInputs).toBe('none');
    const go = (card.body as Json[]).find((b) => b.type === 'ActionSet')!.actions[0];
    expect(go.data).toEqual({ action: 'party', intent: 'startChecklist' });
    const odh = (await search({ queryText: 'odh', queryOptions: { skip: 0, top: 15 }, dataset: PARTY_DATASET })).body.value.results[0];
    expect(odh.title).toBe('Omgevingsdienst Haaglanden');
    // Teams sends the button's data with the input merged in (kit: f-message-adaptiveCard-ActionSubmit).
    const chosen = await h.emulator.send(personalMessage('', { from: ANNE, conversation: CHAT, locale: 'nl-NL', value: { ...go.data, partyId: odh.value } }));
    const next = cardOf(chosen.calls.find((c) => c.method === 'POST')?.body)!;
    expect(JSON.stringify(next)).toContain('"action":"startChecklist"');
    expect(JSON.stringify(next)).toContain(odh.value);
    // The web chat keeps the buttons only.
    const web = cardOf((await h.emulator.send(personalMessage('start een checklist', { from: ANNE, conversation: CHAT, locale: 'nl-NL', channelId: 'directline' }))).calls.find((c) => c.method === 'POST')?.body)!;
    expect(findInput(web, 'partyId')).toBeUndefined();
    expect((web.actions as Json[])[0].associatedInputs).toBeUndefined();
  });
});
