import { DateTime } from 'luxon';
import { CARD_ACTIONS, routeTurn } from '../../dialogs/router';
import type { Reply } from '../../dialogs/types';
import { catalogue } from '../../locales';
import { cardProblems } from '../../support/cardValidator';
import { dialogWorld, turnInput, type DialogWorld } from '../support/dialogServices';
import { cardText } from '../support/harness';

const t = catalogue('nl');
let w: DialogWorld;
let ggd: string;
let odh: string;

beforeAll(async () => {
  w = await dialogWorld();
  const { parties } = await w.services.register.snapshot();
  ggd = parties.find((p) => p.name === 'GGD Haaglanden')!.id;
  odh = parties.find((p) => p.aliases.includes('ODH'))!.id;
});
afterAll(async () => w?.close());

/** The text of every reply (card text, or the plain text); every card must be a valid 1.5 card. */
function texts(replies: Reply[]): string {
  for (const r of replies) if (r.card) expect(cardProblems(r.card)).toEqual([]);
  return replies.map((r) => (r.card ? cardText(r.card) : (r.text ?? ''))).join('\n');
}
const say = async (text: string, opts: Parameters<typeof turnInput>[1] = {}) => texts(await routeTurn(turnInput(text, opts), w.services));
const click = async (value: Record<string, unknown>, opts: Parameters<typeof turnInput>[1] = {}) => texts(await routeTurn(turnInput('', { ...opts, value }), w.services));
const today = DateTime.now().setZone('Europe/Amsterdam').toISODate()!;

describe('a question', () => {
  test('"wie vertegenwoordigt ons bij de GGD?" is answered with the GGD card, and the conversation remembers the party', async () => {
    const text = await say('wie vertegenwoordigt ons bij de GGD?');
    expect(text).toContain(t.party.representSummary('GGD Haaglanden'));
    expect(text).toContain('**AB** · lid: Anne de Vries (wethouder)');
    expect(text).toContain(t.demoBanner('Lindenwaard'));
    const context = await w.services.context.get('a:dialog-tests', '44444444-0000-0000-0000-000000000001');
    expect(JSON.stringify(context)).toContain(ggd);
  });
});

describe('card actions: every wire shape on cards already posted in Teams is still routed to its handler', () => {
  test('the buttons of the reading cards', async () => {
    // As Teams sends them: messageBack parts included.
    expect(await click({ action: 'party', partyId: ggd, intent: 'accountHolder', msteams: { type: 'messageBack', displayText: 'GGD', text: '' } })).toContain(t.party.accountHolder('GGD Haaglanden', 'Sanne Visser'));
    expect(await click({ action: 'person', key: 'a.devries@lindenwaard.example' })).toContain(t.person.seats);
    expect(await click({ action: 'cancel' })).toBe(t.understand.cancelled);
    expect(await click({ action: 'confirm', what: 'link', partyId: ggd })).toBe(t.meeting.linkOnlyInChannel);
    expect(await click({ action: 'revokeCalendar' })).toBe(t.links.calendarRevoked(0));
    // An `ask` button: the bot layer has put its text in the turn.
    expect(await say('hulp', { value: { action: 'ask', text: 'hulp', msteams: { type: 'messageBack', displayText: 'hulp', text: 'hulp' } } })).toContain(t.help.title);
  });

  test('a digest confirmation stores the subscription; "Meer" shows the next page', async () => {
    expect(await click({ action: 'confirm', what: 'digest', text: 'stuur mij elke maandag om 8:30 een overzicht' })).toContain(t.digest.subscribed(t.digest.every(t.digest.days[1], '08:30'), t.digest.you));
    expect(await w.db.kysely.selectFrom('digest_subscriptions').selectAll().execute()).toHaveLength(1);
    expect(await click({ action: 'digestPage', since: new Date(Date.now() - 7 * 86_400_000).toISOString(), page: 2 })).toContain(t.digest.title);
  });

  test('the follow-up buttons of a party card open their forms (task/fetch data included)', async () => {
    expect(await click({ action: 'followUp', kind: 'change', partyId: odh, msteams: { type: 'task/fetch' } })).toContain(t.checklist.chooseKind);
    expect(await click({ action: 'followUp', kind: 'meeting', partyId: ggd, msteams: { type: 'task/fetch' } })).toContain(t.meeting.formTitle);
    expect(await click({ action: 'followUp', kind: 'signal', partyId: ggd })).toContain(t.signal.formTitle);
  });

  test('the forms: start a checklist, then its Action.Submit fallback button; a meeting outcome and its correction button; a signal', async () => {
    const started = await routeTurn(turnInput('', { value: { action: 'startChecklist', partyId: odh, template: 'ontwerpbegroting', anchor: today, submitId: 'abcdefgh1' } }), w.services);
    expect(started[0].checklistRunId).toBeDefined();
    const run = await w.db.kysely.selectFrom('checklist_runs').selectAll().executeTakeFirstOrThrow();
    expect([run.id, run.template_id, run.party_id]).toEqual([started[0].checklistRunId, 'ontwerpbegroting', odh]);
    expect(await click({ action: 'checklist', verb: 'refresh', runId: run.id })).toContain('Ontwerpbegroting');

    const summary = await routeTurn(turnInput('', { value: { action: 'saveOutcome', party: ggd, body: 'AB', date: today, decisions: 'Begroting vastgesteld.', followUp: 'geen', submitId: 'abcdefgh2' } }), w.services);
    expect(texts(summary)).toContain('Begroting vastgesteld.');
    const correct = summary[0].card!.actions!.find((a) => a.type === 'Action.Submit' && a.data.action === 'editOutcome');
    expect(correct).toBeDefined();
    expect(await click((correct as { data: Record<string, unknown> }).data)).toContain(t.meeting.correct.toLowerCase());

    expect(await click({ action: 'saveSignal', party: ggd, category: 'financieel', severity: 'midden', description: 'Tekort dreigt.', submitId: 'abcdefgh3' })).toContain('Tekort dreigt.');
  });

  test('the register administration buttons', async () => {
    expect(await click({ action: 'registerApply', previewId: 'gone' })).toContain(t.registerAdmin.previewGone);
    expect(await click({ action: 'registerCancel', previewId: 'gone' })).toContain(t.registerAdmin.previewGone);
    expect(await click({ action: 'registerDismiss' })).toBe(t.registerAdmin.cancelled);
    const before = (await w.services.register.snapshot()).byId.get(ggd)!;
    const revision = await w.services.register.revision();
    const edit = { action: 'registerEditSave', partyId: ggd, revision, ahName: before.accountHolder?.name ?? '', ahEmail: before.accountHolder?.email ?? '', risk: 'laag', money: '', owner: before.ownerPortfolioHolder ?? '' };
    expect(await click(edit)).toContain(t.registerAdmin.saved('GGD Haaglanden'));
    expect((await w.services.register.snapshot()).byId.get(ggd)!.riskProfile).toBe('laag');
    await click({ action: 'registerUndo' });
    expect((await w.services.register.snapshot()).byId.get(ggd)!.riskProfile).toBe(before.riskProfile);
    const avalex = (await w.services.register.snapshot()).parties.find((p) => p.name.startsWith('Avalex'))!;
    expect(await click({ action: 'registerArchive', partyId: avalex.id })).toContain(t.registerAdmin.undoButton);
    expect((await w.services.register.snapshot()).byId.get(avalex.id)?.archivedAt).not.toBeNull();
  });

  test('every action kind has a handler, and a payload outside the schema is refused without acting', async () => {
    expect(Object.keys(CARD_ACTIONS).sort()).toEqual(
      ['ask', 'cancel', 'checklist', 'confirm', 'digestPage', 'editOutcome', 'followUp', 'party', 'person', 'registerApply', 'registerArchive', 'registerCancel', 'registerDismiss', 'registerEditSave', 'registerUndo', 'revokeCalendar', 'saveOutcome', 'saveSignal', 'startChecklist'].sort(),
    );
    expect(await click({ action: 'party', partyId: ggd, intent: 'weather' })).toBe(t.unknownAction);
    expect(await click({ action: 'checklist', verb: 'step.done' })).toBe(t.unknownAction);
    expect(await click({ action: 'registerFoo' })).toBe(t.unknownAction);
    expect(await click({ foo: 1 })).toBe(t.unknownAction);
  });
});

describe('a refusal', () => {
  test('someone without the administrator role asks for the roles and clicks Archive: a refusal card each, and an audit entry each', async () => {
    const strict = await dialogWorld({ adminIds: ['44444444-0000-0000-0000-00000000000a'], openByDefault: false });
    try {
      const route = (text: string, value?: Record<string, unknown>) => routeTurn(turnInput(text, { value }), strict.services);
      const refused = t.access.refused(t.access.what.admin);
      const roles = await route('rollen');
      expect(texts(roles)).toContain(refused);
      expect(roles[0].card!.body.some((b) => b.type === 'TextBlock' && b.color === 'Attention')).toBe(true);
      const party = (await strict.services.register.snapshot()).parties[0];
      expect(texts(await route('', { action: 'registerArchive', partyId: party.id }))).toContain(refused);
      expect((await strict.services.register.snapshot()).byId.get(party.id)?.archivedAt).toBeNull();
      const denied = await strict.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute();
      expect(denied.map((d) => d.entity_id).sort()).toEqual(['register.edit', 'roles.list']);
    } finally {
      await strict.close();
    }
  });
});
