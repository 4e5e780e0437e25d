import { prng } from '../../support/evaluation/syntheticRegister';
import { loadKitActivity } from '../../support/paths';
import { cardOf, cardText, personalMessage, startHarness, type Harness } from '../support/harness';
import { createTempDatabase, pgAvailable } from '../support/pg';

/**
 * 2,000 malformed or hostile activities, invokes and card submits: wrong types, missing fields,
 * huge strings, NUL and control characters, Markdown and HTML injection, unicode, checklist
 * actions on a real run from the wrong conversation. No 5xx at all (also not for unknown invokes),
 * adaptiveCard/action always HTTP 200 with a Universal Action body, no crash, the register and the
 * checklist unchanged, every card still valid, no injected link rendered. Once on SQLite (2,000)
 * and once on PostgreSQL (500).
 */
const N = 2000;
const KIT = [
  'b-personal-message.json',
  'a-channel-message-bot-mention.captured.json',
  'e-invoke-adaptiveCard-action.captured.json',
  'h-invoke-composeExtension-query.json',
  'f-message-adaptiveCard-ActionSubmit.DERIVED.json',
  'd-installationUpdate-add.json',
  'c-conversationUpdate-teamMemberAdded-botAddedToTeam.json',
  'g-conversationUpdate-teamRenamed.json',
  'x-messageReaction-reactionsAdded.json',
];
const HOSTILE_TEXT = [
  '[klik hier](javascript:alert(1))',
  '<script>alert(1)</script>',
  '**vet** _schuin_ `code` # kop',
  '<at>bot</at><at>nog een</at>',
  '\u202egnp.exe',
  'wie vertegenwoordigt ons bij \u0000\u0001\u0002',
  '😀🏛️ wie vertegenwoordigt ons bij de GGD? 🇳🇱',
  'wie vertegenwoordigt ons bij ' + 'A'.repeat(5000),
  'x'.repeat(120_000),
  '   ',
  'wat is een ![img](http://evil.example/x.png)',
  "'; DROP TABLE parties; --",
  '${jndi:ldap://evil}',
  '{{constructor.constructor("return process")()}}',
  '\ud800',
];
const WEIRD = [null, 42, -1, 1e308, true, [], [1, 2], {}, { $data: '${x}' }, 'x'.repeat(3000), { __proto__: { polluted: true } }, 'a\u0000b', '0000-01-01', '9999-12-31', 'B'.repeat(65)];
const CARD_ACTIONS = ['checklist', 'startChecklist', 'saveOutcome', 'saveSignal', 'editOutcome', 'digestPage', 'party', 'ask', null, 7];
const VERBS = ['step.done', 'step.na', 'step.note', 'step.reassign', 'refresh', 'x', null];
const STEPS = ['vastleggen', 'griffie', 'concerncontrol', '../etc', '', 'x'.repeat(100)];

function fuzzSuite(kind: 'sqlite' | 'postgres', n: number, env: () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>): void {
  describe(`fuzz on ${kind}`, () => {
    let h: Harness;
    let drop: () => Promise<void>;
    let runId: string;
    beforeAll(async () => {
      const made = await env();
      drop = made.drop;
      h = await startHarness(made.env);
      // A real checklist in a chat the fuzzing users are not part of: every action on it must be refused.
      await h.emulator.send(personalMessage('start checklist ontwerpbegroting ODH', { conversation: { id: 'a:fuzz-home', conversationType: 'personal' }, locale: 'nl-NL' }));
      runId = (await h.app.db.kysely.selectFrom('checklist_runs').select('id').executeTakeFirstOrThrow()).id;
    }, 60_000);
    afterAll(async () => {
      await h?.stop();
      await drop?.();
    });

    const registerFingerprint = (): Promise<string> => h.app.register.exportCsv();
    const checklistFingerprint = async (): Promise<string> => JSON.stringify(await h.app.db.kysely.selectFrom('checklist_steps').selectAll().where('run_id', '=', runId).orderBy('position').execute());

    /** Checklist and form data as card buttons send it, with hostile values mixed in. */
    function cardData(pick: <T>(xs: readonly T[]) => T): unknown {
      const action = pick(CARD_ACTIONS);
      const v = () => pick([...HOSTILE_TEXT, ...WEIRD]);
      if (action === 'checklist') return { action, verb: pick(VERBS), runId: pick([runId, runId, 'onbekend', v()]), stepId: pick([...STEPS, v()]), submitId: pick(['abcdefgh12', v()]), 'note-griffie': v(), 'reason-griffie': v(), 'ownerName-vastleggen': v(), 'ownerEmail-vastleggen': v() };
      if (action === 'startChecklist') return { action, partyId: v(), template: pick(['ontwerpbegroting', v()]), anchor: v(), submitId: v() };
      if (action === 'saveOutcome') return { action, party: v(), body: v(), date: v(), decisions: v(), a1what: v(), a1owner: v(), a1due: v(), signals: v(), followUp: v(), outcomeId: pick([undefined, v()]), submitId: v() };
      if (action === 'saveSignal') return { action, party: v(), category: v(), severity: v(), description: v(), example: v(), submitId: v() };
      return { action, outcomeId: v(), page: v(), partyId: v(), text: v() };
    }

    test(`${n} hostile activities, invokes and card submits: no 5xx, no crash, register and checklist unchanged`, async () => {
  const N = n;
  const rnd = prng(kind === 'sqlite' ? 2026 : 2027);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const before = await registerFingerprint();
  const checklistBefore = await checklistFingerprint();
  const auditBefore = await h.app.db.kysely.selectFrom('audit_log').select('id').where('action', '!=', 'access.denied').execute();
  const statuses = new Map<number, number>();
  const unexpected: string[] = [];

  for (let i = 0; i < N; i++) {
    const base = JSON.parse(JSON.stringify(loadKitActivity(pick(KIT)))) as Record<string, any>;
    base.id = `fuzz-${i}`;
    base.from = { ...(base.from ?? {}), id: `29:fuzz-${i % 50}`, aadObjectId: `fuzz-${i % 50}` };
    const r = rnd();
    if (r < 0.3) base.text = pick(HOSTILE_TEXT);
    else if (r < 0.45) base.value = pick([{ action: 'party', partyId: pick(WEIRD), intent: pick(['represent', 'x', 1]) }, { action: pick(['ask', 'person', 'followUp', '__proto__', 'constructor']), text: pick(HOSTILE_TEXT), key: pick(WEIRD), kind: pick(WEIRD) }, pick(WEIRD)]);
    else if (r < 0.55) delete base[pick(['type', 'channelId', 'conversation', 'from', 'recipient', 'serviceUrl', 'text', 'channelData'])];
    else if (r < 0.7) base[pick(['type', 'text', 'conversation', 'from', 'recipient', 'value', 'channelData', 'entities', 'attachments', 'locale', 'name'])] = pick(WEIRD);
    else if (r < 0.8) {
      base.type = 'invoke';
      base.name = pick(['adaptiveCard/action', 'composeExtension/query', 'composeExtension/fetchTask', 'task/fetch', 'signin/verifyState', 'x/y', '']);
      base.value = pick([{ action: { type: 'Action.Execute', verb: pick(['x', 1]), data: pick(WEIRD) }, trigger: 'manual' }, { commandId: 'searchParty', parameters: pick([[{ name: 'searchKeywords', value: pick(HOSTILE_TEXT) }], WEIRD]), queryOptions: { skip: pick([-5, 1e9, 'a']), count: pick([0, -1, 1e9]) } }, pick(WEIRD)]);
    } else if (r < 0.85) {
      // A card button: Universal Action invoke or Action.Submit message, with checklist or form data.
      if (rnd() < 0.5) {
        base.type = 'invoke';
        base.name = 'adaptiveCard/action';
        base.value = pick([{ action: { type: 'Action.Execute', verb: pick(VERBS), data: cardData(pick) }, trigger: 'manual' }, { action: pick(WEIRD) }, pick(WEIRD)]);
      } else {
        base.type = 'message';
        base.text = '';
        base.value = cardData(pick);
      }
      if (rnd() < 0.3) base.from = { ...base.from, name: pick(HOSTILE_TEXT) };
    } else if (r < 0.9) base.entities = [{ type: 'mention', mentioned: pick(WEIRD), text: pick(HOSTILE_TEXT) }, pick(WEIRD)];
    else base.locale = pick(['en-US', 'nl-NL', 'xx', 'de-DE', '', 'en-US\u0000']);

    let raw: string | undefined;
    if (rnd() < 0.03) raw = JSON.stringify(base).slice(0, Math.floor(rnd() * 200)); // truncated JSON
    const turn = await h.emulator.send(base, raw ? { raw } : {});
    statuses.set(turn.status, (statuses.get(turn.status) ?? 0) + 1);
    if (turn.status >= 500) unexpected.push(`${turn.status} for #${i}: ${JSON.stringify(base).slice(0, 300)}`);
    if (!raw && base.type === 'invoke' && base.name === 'adaptiveCard/action' && turn.status !== 400) {
      const body = turn.body as { type?: string } | undefined;
      const types = ['application/vnd.microsoft.card.adaptive', 'application/vnd.microsoft.activity.message', 'application/vnd.microsoft.error'];
      if (turn.status !== 200 || !types.includes(String(body?.type))) unexpected.push(`adaptiveCard/action #${i} answered ${turn.status} ${JSON.stringify(body).slice(0, 200)}`);
    }
    for (const c of turn.calls) {
      const text = `${String(c.body?.text ?? '')}\n${cardText(cardOf(c.body))}`;
      if (/(?<!\\)\[[^\]]*\]\((?:javascript|http)/i.test(text)) unexpected.push(`link injected in reply to #${i}: ${text.slice(0, 200)}`);
      if (/<script>/i.test(text)) unexpected.push(`raw HTML echoed in reply to #${i}`);
    }
  }

  expect(unexpected).toEqual([]);
  expect(h.emulator.cardErrors).toEqual([]);
  expect(await registerFingerprint()).toBe(before);
  expect(await checklistFingerprint()).toBe(checklistBefore);
  const auditAfter = await h.app.db.kysely.selectFrom('audit_log').select('id').where('action', '!=', 'access.denied').execute();
  expect(auditAfter.length).toBe(auditBefore.length);
  // Both accepted and refused inputs occurred, so the run exercised both paths.
  expect(statuses.get(200)).toBeGreaterThan(100);
  expect(statuses.get(400)).toBeGreaterThan(50);

  const ok = await h.emulator.send(personalMessage('hulp'));
  expect(ok.status).toBe(200);
  expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
    }, 240_000);
  });
}

fuzzSuite('sqlite', N, async () => ({ env: {}, drop: async () => undefined }));
if (pgAvailable('fuzz suite')) {
  fuzzSuite('postgres', 500, async () => {
    const pg = await createTempDatabase();
    return { env: { DATABASE_URL: pg.url }, drop: pg.drop };
  });
}
