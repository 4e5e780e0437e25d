import { prng } from '../../bench/syntheticRegister';
import { loadKitActivity } from '../support/paths';
import { cardOf, cardText, personalMessage, startHarness, type Harness } from '../support/harness';

/**
 * 2,000 malformed or hostile activities and card payloads: wrong types, missing fields, huge
 * strings, Markdown and HTML injection, unicode. No 5xx but the deliberate 501 for unknown
 * invokes, no crash, the register unchanged, every card still valid, no injected link rendered.
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
const WEIRD = [null, 42, -1, 1e308, true, [], [1, 2], {}, { $data: '${x}' }, 'x'.repeat(3000), { __proto__: { polluted: true } }];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function registerFingerprint(): Promise<string> {
  return h.app.register.exportCsv();
}

test(`${N} hostile activities: no unexpected 5xx, no crash, register unchanged`, async () => {
  const rnd = prng(2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const before = await registerFingerprint();
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
    } else if (r < 0.9) base.entities = [{ type: 'mention', mentioned: pick(WEIRD), text: pick(HOSTILE_TEXT) }, pick(WEIRD)];
    else base.locale = pick(['en-US', 'nl-NL', 'xx', 'de-DE', '', 'en-US\u0000']);

    let raw: string | undefined;
    if (rnd() < 0.03) raw = JSON.stringify(base).slice(0, Math.floor(rnd() * 200)); // truncated JSON
    const turn = await h.emulator.send(base, raw ? { raw } : {});
    statuses.set(turn.status, (statuses.get(turn.status) ?? 0) + 1);
    const deliberate = turn.status === 501 && base.type === 'invoke';
    if (turn.status >= 500 && !deliberate) unexpected.push(`${turn.status} for #${i}: ${JSON.stringify(base).slice(0, 300)}`);
    for (const c of turn.calls) {
      const text = `${String(c.body?.text ?? '')}\n${cardText(cardOf(c.body))}`;
      if (/(?<!\\)\[[^\]]*\]\((?:javascript|http)/i.test(text)) unexpected.push(`link injected in reply to #${i}: ${text.slice(0, 200)}`);
      if (/<script>/i.test(text)) unexpected.push(`raw HTML echoed in reply to #${i}`);
    }
  }

  expect(unexpected).toEqual([]);
  expect(h.emulator.cardErrors).toEqual([]);
  expect(await registerFingerprint()).toBe(before);
  const auditAfter = await h.app.db.kysely.selectFrom('audit_log').select('id').where('action', '!=', 'access.denied').execute();
  expect(auditAfter.length).toBe(auditBefore.length);
  // Both accepted and refused inputs occurred, so the run exercised both paths.
  expect(statuses.get(200)).toBeGreaterThan(100);
  expect(statuses.get(400)).toBeGreaterThan(50);

  const ok = await h.emulator.send(personalMessage('hulp'));
  expect(ok.status).toBe(200);
  expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
}, 180_000);
