import { loadKitActivity } from '../../support/paths';
import { cardOf, cardText, channelMention, personalMessage, startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => h.emulator.reset());
afterEach(() => {
  // Every card the bot sent in the test must be a valid 1.5 card under 28 KB.
  expect(h.emulator.cardErrors).toEqual([]);
});

describe('health', () => {
  test('GET /healthz reports version and store kind', async () => {
    const res = await fetch(`${h.app.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', version: '0.1.0', store: 'sqlite', mode: 'local' });
  });
});

describe('help in a personal chat', () => {
  test('"hulp" answers with the Dutch help card, marked as demo, as a reply to the message', async () => {
    const msg = personalMessage('hulp');
    const turn = await h.emulator.send(msg);
    expect(turn.status).toBe(200);
    expect(turn.calls).toHaveLength(1);
    const call = turn.calls[0];
    expect(call.method).toBe('POST');
    expect(call.conversationId).toBe((msg.conversation as { id: string }).id);
    expect(call.replyToId).toBe(msg.id);
    const text = cardText(cardOf(call.body));
    expect(text).toContain('Partnerwijzer — waarmee kan ik helpen?');
    expect(text).toContain('Demo: fictieve gegevens van de gemeente Lindenwaard');
    expect(text).toContain('wie vertegenwoordigt ons bij de GGD?');
  });

  test('"help" from an English client answers in English', async () => {
    const turn = await h.emulator.send(personalMessage('help'));
    expect(cardText(cardOf(turn.calls[0].body))).toContain('Partnerwijzer — how can I help?');
  });

  test('"hulp" from an English client still answers in Dutch: the words typed win', async () => {
    const turn = await h.emulator.send(personalMessage('hulp', { locale: 'en-US' }));
    expect(cardText(cardOf(turn.calls[0].body))).toContain('waarmee kan ik helpen');
  });
});

describe('channel @mention', () => {
  test('the kit capture with "<at>bot</at> hulp" is answered in the thread, mention stripped', async () => {
    const msg = channelMention('hulp');
    const turn = await h.emulator.send(msg);
    expect(turn.status).toBe(200);
    expect(turn.calls).toHaveLength(1);
    expect(turn.calls[0].conversationId).toBe((msg.conversation as { id: string }).id);
    expect(turn.calls[0].replyToId).toBe(msg.id);
    expect(cardText(cardOf(turn.calls[0].body))).toContain('waarmee kan ik helpen');
  });

  test('the kit capture as-is ("reply to thread") gets a not-understood answer that echoes no markup', async () => {
    const turn = await h.emulator.send(loadKitActivity('a-channel-message-bot-mention.captured.json'));
    expect(turn.status).toBe(200);
    const c = cardOf(turn.calls[0].body);
    const text = c ? cardText(c) : String(turn.calls[0].body?.text);
    expect(text).toContain("I don't understand that question");
    expect(text).not.toContain('<at>');
  });
});

describe('help card buttons', () => {
  test('a help-card button (Action.Submit) answers with the register overview', async () => {
    const help = await h.emulator.send(personalMessage('hulp'));
    const card = cardOf(help.calls[0].body) as { actions: { data: Record<string, unknown>; title: string }[] };
    const button = card.actions.find((a) => a.title === 'Welke verbonden partijen hebben we?');
    expect(button).toBeDefined();
    // Plain Action.Submit arrives as a message whose value is the button's data and no text (kit f-…DERIVED).
    const submit = { ...loadKitActivity('f-message-adaptiveCard-ActionSubmit.DERIVED.json'), id: 'submit-1', value: button!.data };
    delete (submit as Record<string, unknown>).text;
    const turn = await h.emulator.send(submit);
    expect(turn.status).toBe(200);
    const text = cardText(cardOf(turn.calls[0].body));
    expect(text).toContain('Het register bevat 9 verbonden partijen.');
    expect(text).toContain('Gemeenschappelijke regelingen (6)');
    expect(text).toContain('Vennootschappen en coöperaties (3)');
    expect(text).toContain('Stichtingen en verenigingen (0)');
    expect(text).toContain('Overige verbonden partijen (0)');
    expect(text).toContain('GGD Haaglanden · Den Haag · midden risico');
  });

  test('high-risk question lists only high-risk parties', async () => {
    const turn = await h.emulator.send(personalMessage('welke partijen hebben een hoog risico?'));
    const text = cardText(cardOf(turn.calls[0].body));
    expect(text).toContain('3 partijen hebben een hoog risicoprofiel.');
    expect(text).toContain('Avalex');
    expect(text).not.toContain('GGD Haaglanden');
  });
});

describe('installation and lifecycle events', () => {
  test('bot added to a team: stored, and the installationUpdate add gets one welcome', async () => {
    const added = await h.emulator.send(loadKitActivity('c-conversationUpdate-teamMemberAdded-botAddedToTeam.json'));
    expect(added.status).toBe(200);
    expect(added.calls).toHaveLength(0);
    const stored = await h.app.db.kysely.selectFrom('conversations').selectAll().where('id', '=', '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2').executeTakeFirst();
    expect(stored).toMatchObject({ team_name: 'TestTeam2022', active: 1, conversation_type: 'channel', tenant_id: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' });
    expect(stored?.service_url).toBe(h.emulator.url);

    const install = await h.emulator.send(loadKitActivity('d-installationUpdate-add.json'));
    expect(install.status).toBe(200);
    expect(install.calls).toHaveLength(1);
    expect(String(install.calls[0].body?.text)).toContain('TestTeam2022');
  });

  test('installationUpdate remove deactivates the conversation and sends nothing', async () => {
    await h.emulator.send(loadKitActivity('d-installationUpdate-add.json'));
    h.emulator.reset();
    const removed = await h.emulator.send(loadKitActivity('d-installationUpdate-remove.DERIVED.json'));
    expect(removed.status).toBe(200);
    expect(removed.calls).toHaveLength(0);
    const stored = await h.app.db.kysely.selectFrom('conversations').select('active').where('id', '=', '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2').executeTakeFirst();
    expect(stored?.active).toBe(0);
  });

  test.each([
    'g-conversationUpdate-channelCreated.json',
    'g-conversationUpdate-channelRenamed.json',
    'g-conversationUpdate-channelDeleted.json',
    'g-conversationUpdate-channelRestored.json',
    'g-conversationUpdate-teamRenamed.json',
    'g-conversationUpdate-teamArchived.json',
    'g-conversationUpdate-teamUnarchived.json',
    'g-conversationUpdate-teamDeleted.json',
    'g-conversationUpdate-teamRestored.json',
    'c-conversationUpdate-teamMemberRemoved.json',
    'b-conversationUpdate-botAddedToPersonalChat.json',
    'x-messageReaction-reactionsAdded.json',
    'x-messageReaction-reactionsRemoved.json',
  ])('lifecycle event %s is accepted quietly', async (file) => {
    const turn = await h.emulator.send(loadKitActivity(file));
    expect(turn.status).toBe(200);
    expect(turn.calls).toHaveLength(0);
  });

  test('a renamed channel keeps its stored reference under the new name; a deleted channel is deactivated, a restored one comes back', async () => {
    const renamed = loadKitActivity<Record<string, any>>('g-conversationUpdate-channelRenamed.json');
    const channelId = renamed.channelData.channel.id as string;
    // The bot knows the channel from an earlier message in it.
    await h.emulator.send({ ...personalMessage('hulp'), conversation: { id: channelId, conversationType: 'channel', isGroup: true, name: 'Old' }, channelData: { team: renamed.channelData.team, channel: { id: channelId }, tenant: renamed.channelData.tenant } });
    await h.emulator.send(renamed);
    expect((await h.app.conversations.get(channelId))?.name).toBe('PhotographyUpdates');
    await h.emulator.send({ ...renamed, channelData: { ...renamed.channelData, eventType: 'channelDeleted' } });
    expect((await h.app.conversations.get(channelId))?.active).toBe(false);
    await h.emulator.send({ ...renamed, channelData: { ...renamed.channelData, eventType: 'channelRestored' } });
    expect((await h.app.conversations.get(channelId))?.active).toBe(true);
  });

  test('teamRenamed follows the new name; teamArchived deactivates the team, teamUnarchived reactivates', async () => {
    const renamed = loadKitActivity<Record<string, unknown> & { channelData: { team: { id: string } } }>('g-conversationUpdate-teamRenamed.json');
    const teamId = renamed.channelData.team.id;
    // First, the team is known under its old name.
    await h.emulator.send({ ...renamed, channelData: { ...renamed.channelData, team: { id: teamId, name: 'Old Name' }, eventType: 'channelCreated', channel: { id: teamId } } });
    await h.emulator.send(renamed);
    const row = await h.app.db.kysely.selectFrom('conversations').selectAll().where('team_id', '=', teamId).executeTakeFirst();
    expect(row?.team_name).toBe('New Team Name');
    await h.emulator.send({ ...renamed, channelData: { ...renamed.channelData, eventType: 'teamArchived' } });
    expect((await h.app.db.kysely.selectFrom('conversations').select('active').where('team_id', '=', teamId).executeTakeFirst())?.active).toBe(0);
    await h.emulator.send({ ...renamed, channelData: { ...renamed.channelData, eventType: 'teamUnarchived' } });
    expect((await h.app.db.kysely.selectFrom('conversations').select('active').where('team_id', '=', teamId).executeTakeFirst())?.active).toBe(1);
  });
});

describe('bad input gets a clear status, a log line, and no damage', () => {
  async function partyCount(): Promise<number> {
    const r = await h.app.db.kysely.selectFrom('parties').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }
  async function post(body: string, contentType = 'application/json'): Promise<Response> {
    return fetch(`${h.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  }

  test('malformed JSON → 400', async () => {
    const res = await post('{"type": "message", ');
    expect(res.status).toBe(400);
  });

  test('a JSON body that is not an activity → 400 with the reason', async () => {
    for (const body of ['[1,2,3]', '"hello"', '{"foo":1}', '{"type":"message"}', 'null']) {
      const res = await post(body);
      expect(res.status).toBe(400);
    }
    const res = await post('{"type":"message","channelId":"msteams","serviceUrl":"not a url","conversation":{"id":"x"}}');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('serviceUrl');
  });

  test('an unknown activity type → 400', async () => {
    const turn = await h.emulator.send(personalMessage('hulp', { type: 'launchRocket' }));
    expect(turn.status).toBe(400);
    expect(turn.calls).toHaveLength(0);
  });

  test('an unknown invoke name → a clean 400, never 501', async () => {
    const turn = await h.emulator.send(personalMessage('', { type: 'invoke', name: 'partnerwijzer/doesNotExist', value: {} }));
    expect(turn.status).toBe(400);
    expect(turn.body).toEqual({ error: { code: 'UnsupportedInvoke' } });
    expect(turn.calls).toHaveLength(0);
  });

  test('an empty message → 200 and a short hint, not a crash', async () => {
    for (const text of ['', '   ']) {
      const turn = await h.emulator.send(personalMessage(text, { locale: 'nl-NL' }));
      expect(turn.status).toBe(200);
      expect(String(turn.calls[0].body?.text)).toContain('Ik heb geen vraag ontvangen');
    }
    const mentionOnly = await h.emulator.send(channelMention('', { locale: 'nl-NL' }));
    expect(String(mentionOnly.calls[0].body?.text)).toContain('Ik heb geen vraag ontvangen');
  });

  test('a 2 MB body → 413, a non-JSON content type → 400', async () => {
    const huge = JSON.stringify(personalMessage('x'.repeat(2 * 1024 * 1024)));
    expect((await post(huge)).status).toBe(413);
    expect((await post('type=message', 'application/x-www-form-urlencoded')).status).toBe(400);
  });

  test('after all of that the store is unchanged and the next request works', async () => {
    const before = await partyCount();
    await post('{broken');
    await post(JSON.stringify(personalMessage('y'.repeat(2 * 1024 * 1024))));
    expect(await partyCount()).toBe(before);
    const turn = await h.emulator.send(personalMessage('hulp'));
    expect(turn.status).toBe(200);
    expect(cardText(cardOf(turn.calls[0].body))).toContain('waarmee kan ik helpen');
  });
});

describe('proactive messages through the gateway', () => {
  test('send into a stored channel and start a new channel thread via POST /v3/conversations', async () => {
    await h.emulator.send(loadKitActivity('c-conversationUpdate-teamMemberAdded-botAddedToTeam.json'));
    h.emulator.reset();
    const rec = await h.app.conversations.get('19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2');
    expect(rec).toBeDefined();
    const ref = JSON.parse(rec!.referenceJson) as Record<string, unknown>;

    const sent = await h.app.gateway.send(ref, { text: 'Herinnering: zienswijze GGD' });
    expect(sent.activityId).toBeDefined();
    expect(h.emulator.calls).toHaveLength(1);
    expect(h.emulator.calls[0]).toMatchObject({ method: 'POST', conversationId: '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2' });
    expect(h.emulator.calls[0].replyToId).toBeUndefined();

    h.emulator.reset();
    const thread = await h.app.gateway.createChannelThread(ref, '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2', { text: 'Nieuwe draad' });
    expect(thread.activityId).toBeDefined();
    const create = h.emulator.calls.find((c) => c.path === '/v3/conversations');
    expect(create?.status).toBe(201);
    expect(create?.body).toMatchObject({ isGroup: true, channelData: { channel: { id: '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2' } }, activity: { text: 'Nieuwe draad' } });
  });
});
