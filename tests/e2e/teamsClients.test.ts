import path from 'node:path';
import { DateTime } from 'luxon';
import { morningOf } from '../../domain/reminders/planner';
import { cardProblems } from '../../support/cardValidator';
import { cardOf, cardText, channelMention, startHarness, tempDir, type Harness } from '../support/harness';
import { chat, fromOf, type ChatUser } from '../support/chat';
import { loadKitActivity } from '../../support/paths';

/**
 * Issue #14, "works in the real Teams clients": the shapes Teams really sends (kit captures) and
 * what it really expects back.
 */
const JOOST = { id: '29:joost', name: 'Joost Hendriks', aadObjectId: '55555555-0000-0000-0000-000000000001', email: 'j.hendriks@lindenwaard.example' };
const SANNE = { id: '29:sanne', name: 'Sanne Visser', aadObjectId: '55555555-0000-0000-0000-000000000002', email: 's.visser@lindenwaard.example' };
const OUTSIDER = { id: '29:outsider', name: 'Buitenstaander', aadObjectId: '55555555-0000-0000-0000-000000000003' };
const kitChannel = loadKitActivity<Record<string, any>>('a-channel-message-bot-mention.captured.json');
/** The thread the checklist is started in: `<channel>;messageid=<root>`, as Teams sends it. */
const THREAD: string = kitChannel.conversation.id;
const CHANNEL = THREAD.split(';')[0];

let h: Harness;
const dir = tempDir('pw-teams-');
let runId: string;
let activityId: string;
let due: string;
let startCard: Record<string, any>;
let startPost: Record<string, any>;

const from = (u: { id: string; name: string; aadObjectId: string }) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId });
const posts = () => h.emulator.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && c.status < 300);

beforeAll(async () => {
  // An administrator is configured, so the local-mode "everyone may" does not apply.
  h = await startHarness({ DATABASE_URL: `sqlite:${path.join(dir, 'teams.db')}`, REGISTER_ADMINS: '55555555-0000-0000-0000-00000000000a' });
  h.emulator.members = [{ ...JOOST }, { ...SANNE }];
  const turn = await h.emulator.send(channelMention('start checklist ontwerpbegroting ODH', { from: from(JOOST) }));
  const post = turn.calls.find((c) => c.method === 'POST' && c.path.includes('/activities'));
  startPost = post!.body!;
  startCard = cardOf(startPost)!;
  const run = await h.app.db.kysely.selectFrom('checklist_runs').selectAll().executeTakeFirstOrThrow();
  runId = run.id;
  activityId = run.activity_id!;
  due = (await h.app.db.kysely.selectFrom('checklist_steps').select('due_date').where('run_id', '=', runId).where('step_id', '=', 'vastleggen').executeTakeFirstOrThrow()).due_date;
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  expect(h.emulator.cardErrors).toEqual([]);
  h.emulator.reset();
});

const inThread = chat(() => h, { conversation: kitChannel.conversation, locale: 'en-US' });
/** A Universal Action click as Teams sends it (kit capture, its locale), in the checklist's thread. */
function click(data: Record<string, unknown>, user: ChatUser = JOOST, trigger = 'manual') {
  return inThread.click(data, { from: fromOf(user), channelData: kitChannel.channelData, replyToId: activityId, trigger });
}

describe('a checklist started in a channel', () => {
  test('the card is a reply in the thread, with a notification summary and refresh for Teams user ids (MRIs)', () => {
    expect(cardText(startCard)).toContain('Omgevingsdienst Haaglanden');
    expect(String(startPost.summary)).toContain('Omgevingsdienst Haaglanden');
    expect(startCard.refresh.userIds).toEqual([JOOST.id]);
    for (const id of startCard.refresh.userIds as string[]) expect(id).toMatch(/^29:/);
  });

  test('owners who are in the conversation are mentioned on the card (<at> with msteams.entities); others by name', () => {
    expect(startCard.msteams.entities).toEqual([{ type: 'mention', text: '<at>Joost Hendriks</at>', mentioned: { id: JOOST.id, name: JOOST.name } }]);
    expect(cardText(startCard)).toContain('<at>Joost Hendriks</at>');
    expect(cardText(startCard)).toContain('Concern control'); // a department, not a person: no mention
  });

  test('its step reminder arrives in its thread, in the language of the channel (en-US here), mentioning the owner', async () => {
    const r = await h.app.reminders(DateTime.fromISO(morningOf(due, -2).toISO()!).plus({ minutes: 1 }).toJSDate());
    expect(r.report.dropped).toBe(0);
    const mine = posts().filter((c) => String(c.body?.text).includes('Record receipt'));
    expect(mine).toHaveLength(1);
    expect(mine[0].conversationId).toBe(THREAD);
    expect(String(mine[0].body?.text)).toMatch(/^Reminder: Record receipt.* — Omgevingsdienst Haaglanden, due \d\d-\d\d-\d{4}\. Owner: <at>Joost Hendriks<\/at>\.$/);
  });

  test('a throttled roster (429) is not "not a member": the overdue reminder is retried and still mentions the owner', async () => {
    h.emulator.memberFaults.push({ status: 429, headers: { 'Retry-After': '0' }, body: { error: { code: 'Throttled', message: 'Too many requests' } } });
    const r = await h.app.reminders(DateTime.fromISO(morningOf(due, 1).toISO()!).plus({ minutes: 1 }).toJSDate());
    expect(r.report.dead).toBe(0);
    const late = posts().filter((c) => String(c.body?.text).startsWith('Overdue: Record receipt'));
    expect(late).toHaveLength(1);
    expect(late[0].conversationId).toBe(THREAD);
    expect(String(late[0].body?.text)).toContain('<at>Joost Hendriks</at>');
    expect(late[0].body?.entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'mention', mentioned: { id: JOOST.id, name: JOOST.name } })]));
  });
});

describe('card actions answer the Universal Actions protocol', () => {
  test('a refusal keeps the checklist (with its buttons) and says why; someone outside the conversation gets a message, not a card', async () => {
    const refused = await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' }, SANNE);
    expect(refused.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(refused.text).toContain('Joost Hendriks'); // the reason names the owner
    expect(refused.text).toContain('Omgevingsdienst Haaglanden'); // the checklist is still there
    expect(JSON.stringify(refused.body.value)).toContain('"verb":"step.note"'); // and what Sanne may do
    expect(refused.text).toContain('This step belongs to Joost Hendriks');
    expect(refused.text).toContain('0 of 10 steps done');
    expect(refused.body.value.refresh.userIds).toContain(SANNE.id);
    const outsider = await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' }, OUTSIDER);
    expect(outsider.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(outsider.text).toContain('Only people in this conversation');
  });

  test('a saved click whose shared-card update Teams refuses still answers 200 with the card, saved; the update follows through the outbox', async () => {
    h.emulator.faults.push({ status: 429 }); // without Retry-After: the Connector client does not retry it itself
    const done = await click({ action: 'checklist', verb: 'step.done', runId, stepId: 'vastleggen' });
    expect(done.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(done.text).toContain('Saved. The card in the conversation will be updated');
    expect(done.text).toContain('1 of 10 steps done');
    h.emulator.reset();
    await h.app.deliverOutbox();
    const put = h.emulator.calls.find((c) => c.method === 'PUT' && c.status === 200);
    expect(put?.path).toContain(encodeURIComponent(activityId));
  });

  test('page verb: another page of open steps for the clicking user only, no shared update', async () => {
    const page = await click({ action: 'checklist', verb: 'page', runId, page: 0 });
    expect(page.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(page.turn.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});

describe('Teams-specific texts and pages', () => {
  test('a group chat gets a group-chat welcome, not a team one', async () => {
    const kit = loadKitActivity<Record<string, any>>('d-installationUpdate-add.json');
    const turn = await h.emulator.send({ ...kit, conversation: { isGroup: true, id: '19:groupchat@thread.v2', conversationType: 'groupChat', tenantId: kit.conversation.tenantId }, channelData: { tenant: { id: kit.conversation.tenantId } }, locale: 'nl-NL' });
    const text = String(turn.calls.find((c) => c.method === 'POST')?.body?.text);
    expect(text).toContain('groepschat');
    expect(text).not.toContain('team');
  });

  test('a private channel cannot be linked: bots cannot post there', async () => {
    const turn = await h.emulator.send(channelMention('koppel dit kanaal aan de GGD', { from: from(JOOST), locale: 'nl-NL', channelData: { ...kitChannel.channelData, channel: { id: CHANNEL, membershipType: 'private' } } }));
    const text = String(turn.calls.find((c) => c.method === 'POST')?.body?.text);
    expect(text).toContain('privé- of gedeeld kanaal');
    expect(await h.app.db.kysely.selectFrom('party_channels').selectAll().execute()).toHaveLength(0);
  });

  test('the manifest\'s privacy and terms pages exist, in Dutch and English', async () => {
    for (const page of ['privacy', 'terms']) {
      const nl = await fetch(`${h.app.url}/${page}`);
      expect(nl.status).toBe(200);
      expect(nl.headers.get('content-type')).toContain('text/html');
      expect(await nl.text()).toContain('<html lang="nl">');
      const en = await fetch(`${h.app.url}/${page}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect(await en.text()).toContain('<html lang="en">');
      expect(await (await fetch(`${h.app.url}/${page}?lang=en`)).text()).toContain('Partnerwijzer');
    }
  });
});

describe('Teams dialogs (task modules) and the message action', () => {
  const ANNE = { id: '29:anne', name: 'Anne de Vries', aadObjectId: '55555555-0000-0000-0000-000000000004', email: 'a.devries@lindenwaard.example' };
  const CHAT = { id: 'a:dialog-chat', conversationType: 'personal', tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' };
  /** An invoke as Teams sends it (the kit's captured invoke envelope), with this name and value. */
  async function invoke(name: string, value: Record<string, unknown>) {
    const kit = loadKitActivity<Record<string, any>>('e-invoke-adaptiveCard-action.captured.json');
    const turn = await h.emulator.send({ ...kit, id: `inv-${Math.random()}`, name, value, from: from(ANNE), conversation: CHAT, locale: 'nl-NL', replyToId: undefined });
    expect(turn.status).toBe(200);
    return { turn, body: (turn.body ?? {}) as Record<string, any> };
  }
  function dialogCard(body: Record<string, any>): Record<string, any> {
    expect(body.task.type).toBe('continue');
    expect(body.task.value.card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(body.task.value.card.content)).toEqual([]);
    return body.task.value.card.content;
  }
  const submitData = (form: Record<string, any>) => (form.actions as { type: string; data: Record<string, unknown> }[]).find((a) => a.type === 'Action.Submit')!.data;

  test('a party card\'s "Signaal melden" opens the signal form as a dialog; errors keep it open; a valid submit closes it and leaves a summary card in the chat', async () => {
    h.emulator.members.push({ ...ANNE });
    const ask = await h.emulator.send({ ...loadKitActivity('b-personal-message.json'), id: `m-${Math.random()}`, text: 'GGD', from: from(ANNE), conversation: CHAT, locale: 'nl-NL' });
    const partyCard = cardOf(ask.calls.find((c) => c.method === 'POST')!.body) as { actions: { title: string; data: Record<string, any> }[] };
    const button = partyCard.actions.find((a) => a.title === 'Signaal melden')!;
    expect(button.data.msteams).toEqual({ type: 'task/fetch' });

    const fetched = await invoke('task/fetch', { type: 'task/fetch', data: button.data, context: { theme: 'default' } });
    const form = dialogCard(fetched.body);
    expect(cardText(form)).toContain('Signaal melden');
    const ggd = (await h.app.register.snapshot()).parties.find((p) => p.name === 'GGD Haaglanden')!.id;

    const invalid = await invoke('task/submit', { type: 'task/submit', data: { ...submitData(form), party: ggd, category: 'financieel', severity: 'midden', description: '' }, context: { theme: 'default' } });
    expect(cardText(dialogCard(invalid.body))).toContain('beschrijf het signaal');
    expect(invalid.turn.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities'))).toHaveLength(0);

    const valid = await invoke('task/submit', { type: 'task/submit', data: { ...submitData(form), party: ggd, category: 'financieel', severity: 'midden', description: 'Bijdrage stijgt met 12%' }, context: { theme: 'default' } });
    expect(valid.body.task).toBeUndefined(); // the dialog closes
    const posted = valid.turn.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities'));
    expect(posted).toHaveLength(1);
    expect(cardText(cardOf(posted[0].body))).toContain('Signaal voor GGD Haaglanden vastgelegd.');
    expect(await h.app.db.kysely.selectFrom('signals').select('description').where('description', '=', 'Bijdrage stijgt met 12%').execute()).toHaveLength(1);
  });

  test('"Wijziging melden" as a dialog: the submit starts the checklist, whose card lands in the chat and is the one later clicks update', async () => {
    const ggd = (await h.app.register.snapshot()).parties.find((p) => p.name === 'GGD Haaglanden')!.id;
    const fetched = await invoke('task/fetch', { type: 'task/fetch', data: { action: 'followUp', kind: 'change', partyId: ggd, msteams: { type: 'task/fetch' } }, context: { theme: 'default' } });
    const form = dialogCard(fetched.body);
    const done = await invoke('task/submit', { type: 'task/submit', data: { ...submitData(form), template: 'ontwerpbegroting', anchor: DateTime.now().toISODate() }, context: { theme: 'default' } });
    expect(done.body.task).toBeUndefined();
    const posted = done.turn.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities'));
    expect(posted).toHaveLength(1);
    expect(cardText(cardOf(posted[0].body))).toContain('GGD Haaglanden');
    const run = await h.app.db.kysely.selectFrom('checklist_runs').selectAll().where('party_id', '=', ggd).executeTakeFirstOrThrow();
    expect(run.activity_id).toBeTruthy();
    expect(run.conversation_id).toBe(CHAT.id);
  });

  test('message action "Meld als signaal": the dialog opens prefilled with the message; submitting stores the signal and says so in the dialog', async () => {
    const messagePayload = { id: '1759881511856', createdDateTime: '2026-11-20T10:00:00.000Z', from: { user: { id: ANNE.aadObjectId, displayName: ANNE.name } }, body: { contentType: 'html', content: '<p>De directeur van <b>Avalex</b> vertrekt &amp; de AB-vergadering is uitgesteld.</p>' }, linkToMessage: 'https://teams.microsoft.com/l/message/19:x/1759881511856' };
    const fetched = await invoke('composeExtension/fetchTask', { commandId: 'reportSignal', commandContext: 'message', context: { theme: 'default' }, messagePayload });
    const form = dialogCard(fetched.body);
    const description = (form.body as { id?: string; value?: string }[]).find((b) => b.id === 'description');
    expect(description?.value).toBe('De directeur van Avalex vertrekt & de AB-vergadering is uitgesteld.');
    // The party the message names is guessed and prefilled; the user only picks the kind of signal.
    const avalex = (await h.app.register.snapshot()).parties.find((p) => p.name === 'Avalex')!.id;
    const partyInput = (form.body as { id?: string; value?: string }[]).find((b) => b.id === 'party');
    expect(partyInput?.value).toBe(avalex);
    const submitted = await invoke('composeExtension/submitAction', { commandId: 'reportSignal', commandContext: 'message', context: { theme: 'default' }, messagePayload, data: { ...submitData(form), party: partyInput!.value, category: 'bestuurlijk', severity: 'midden', description: description!.value } });
    expect(submitted.body.task).toEqual({ type: 'message', value: expect.stringContaining('Signaal voor Avalex vastgelegd.') });
    expect(await h.app.db.kysely.selectFrom('signals').select('description').where('description', 'like', 'De directeur van Avalex%').execute()).toHaveLength(1);
    // A message naming no party (or another region's) leaves the choice to the user.
    const vague = await invoke('composeExtension/fetchTask', { commandId: 'reportSignal', commandContext: 'message', context: { theme: 'default' }, messagePayload: { ...messagePayload, body: { contentType: 'text', content: 'De GGD Brabant-Zuidoost heeft een tekort.' } } });
    expect((dialogCard(vague.body).body as { id?: string; value?: string }[]).find((b) => b.id === 'party')?.value).toBe('');
  });
});

describe('welcome on install', () => {
  test('personal, group chat and team: the welcome carries three example questions as buttons; administrators also read how to load the register', async () => {
    const kit = loadKitActivity<Record<string, any>>('d-installationUpdate-add.json');
    const ADMIN = { ...kit.from, aadObjectId: '55555555-0000-0000-0000-00000000000a' };
    const scopes = [
      { conversation: { id: 'a:welcome-personal', conversationType: 'personal', tenantId: kit.conversation.tenantId }, channelData: { tenant: { id: kit.conversation.tenantId } } },
      { conversation: { isGroup: true, id: '19:welcome-group@thread.v2', conversationType: 'groupChat', tenantId: kit.conversation.tenantId }, channelData: { tenant: { id: kit.conversation.tenantId } } },
      { conversation: kit.conversation, channelData: kit.channelData },
    ];
    for (const scope of scopes) {
      for (const who of [kit.from, ADMIN]) {
        const turn = await h.emulator.send({ ...kit, ...scope, from: who, locale: 'nl-NL' });
        const posted = turn.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities'));
        expect(posted).toHaveLength(1);
        const card = cardOf(posted[0].body) as { actions: { type: string; title: string; data: Record<string, any> }[] };
        expect(card.actions).toHaveLength(3);
        for (const a of card.actions) expect(a.data).toMatchObject({ action: 'ask', text: expect.any(String), msteams: { type: 'messageBack' } });
        expect(cardText(card).includes('registerbeheerder')).toBe(who === ADMIN);
      }
    }
    // A button asks its question: the answer comes back like a typed one.
    const kitMsg = loadKitActivity<Record<string, any>>('b-personal-message.json');
    const first = (cardOf((await h.emulator.send({ ...kit, ...scopes[0], locale: 'nl-NL' })).calls.find((c) => c.method === 'POST')!.body) as { actions: { data: Record<string, any> }[] }).actions[0].data;
    const answer = await h.emulator.send({ ...kitMsg, id: `m-${Math.random()}`, text: first.text, value: first, conversation: scopes[0].conversation, locale: 'nl-NL' });
    expect(cardText(cardOf(answer.calls.find((c) => c.method === 'POST')!.body))).toContain('Gemeenschappelijke regelingen');
  });
});

describe('link unfurling', () => {
  test('a pasted link to a party page (composeExtension/queryLink) unfurls into the party card; other links and unknown codes give nothing', async () => {
    const kit = loadKitActivity<Record<string, any>>('h-invoke-composeExtension-query.json');
    const ggd = (await h.app.register.snapshot()).parties.find((p) => p.name === 'GGD Haaglanden')!;
    const unfurl = (url: string) => h.emulator.send({ ...kit, id: `q-${Math.random()}`, name: 'composeExtension/queryLink', value: { url } });
    const hit = await unfurl(`https://partnerwijzer.lindenwaard.nl/partij/${ggd.code}`);
    expect(hit.status).toBe(200);
    const result = (hit.body as { composeExtension: { type: string; attachments: { contentType: string; content: unknown; preview: { content: { title: string } } }[] } }).composeExtension;
    expect(result.type).toBe('result');
    expect(result.attachments).toHaveLength(1);
    expect(result.attachments[0].preview.content.title).toBe('GGD Haaglanden');
    expect(cardProblems(result.attachments[0].content)).toEqual([]);
    expect(cardText(result.attachments[0].content)).toContain('GGD Haaglanden');
    for (const other of ['https://partnerwijzer.lindenwaard.nl/partij/BESTAATNIET', 'https://partnerwijzer.lindenwaard.nl/privacy', 'not a url']) {
      const miss = await unfurl(other);
      expect(miss.status).toBe(200);
      expect((miss.body as { composeExtension: { attachments: unknown[] } }).composeExtension.attachments).toEqual([]);
    }
    // The link itself leads somewhere: a page with the party's name only (details stay in Teams).
    const page = await fetch(`${h.app.url}/partij/${ggd.code}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GGD Haaglanden');
    expect(html).not.toContain('@lindenwaard.example');
    expect((await fetch(`${h.app.url}/partij/BESTAATNIET`)).status).toBe(404);
  });
});

describe('a throttled checklist card in a channel thread', () => {
  test('arrives later through the outbox in the same thread, and the run keeps the thread for its reminders', async () => {
    for (let i = 0; i < 3; i++) h.emulator.faults.push({ status: 429 });
    const turn = await h.emulator.send(channelMention('start checklist ontwerpbegroting Avalex', { from: from(JOOST) }));
    expect(turn.status).toBe(200);
    await h.app.deliverOutbox();
    const avalex = (await h.app.register.snapshot()).parties.find((p) => p.name === 'Avalex')!.id;
    const run = await h.app.db.kysely.selectFrom('checklist_runs').selectAll().where('party_id', '=', avalex).executeTakeFirstOrThrow();
    const arrived = h.emulator.calls.filter((c) => c.method === 'POST' && c.status === 201 && cardText(cardOf(c.body)).includes('Avalex'));
    expect(arrived).toHaveLength(1);
    expect(arrived[0].conversationId).toBe(THREAD);
    expect(run.conversation_id).toBe(THREAD);
    expect(run.activity_id).toBeTruthy();
  });
});
