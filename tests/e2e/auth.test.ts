import { AuthFixture, OUTBOUND_TOKEN, StubCredentialsFactory, TENANT_ID } from '../support/authFixture';
import { loadKitActivity } from '../../support/paths';
import { personalMessage, startHarness, type Harness } from '../support/harness';

let auth: AuthFixture;
let h: Harness;

beforeAll(async () => {
  auth = await new AuthFixture().start();
  h = await startHarness({ ...auth.env(), LOG_LEVEL: 'silent' }, { credentialsFactory: new StubCredentialsFactory() });
});
afterAll(async () => {
  await h?.stop();
  await auth?.stop();
});
beforeEach(() => h.emulator.reset());

/** A personal message from our own tenant, as Teams sends it. */
function msg(text = 'hulp'): Record<string, unknown> {
  const m = personalMessage(text, { locale: 'nl-NL' });
  return { ...m, conversation: { ...(m.conversation as object), tenantId: TENANT_ID }, channelData: { tenant: { id: TENANT_ID } } };
}

async function sendWith(authorization: string | undefined, activity = msg()) {
  return h.emulator.send(activity, { headers: authorization === undefined ? {} : { authorization } });
}

describe('with MicrosoftAppId set, /api/messages needs a valid Bot Framework token', () => {
  test('accepted: a token signed by the published key, right issuer, audience and serviceurl', async () => {
    const turn = await sendWith(`Bearer ${auth.mint(h.emulator.url)}`);
    expect(turn.status).toBe(200);
    expect(turn.calls).toHaveLength(1);
    expect(turn.calls[0].headers.authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
  });

  test.each<[string, () => string | undefined]>([
    ['missing', () => undefined],
    ['malformed', () => 'Bearer not-a-jwt'],
    ['wrong scheme', () => `Basic ${auth.mint(h.emulator.url)}`],
    ['forged (signed with a key that was never published)', () => `Bearer ${auth.mint(h.emulator.url, {}, auth.rogue)}`],
    ['expired', () => `Bearer ${auth.mint(h.emulator.url, { nbf: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })}`],
    ['wrong audience', () => `Bearer ${auth.mint(h.emulator.url, { aud: 'someone-else' })}`],
    ['wrong issuer', () => `Bearer ${auth.mint(h.emulator.url, { iss: 'https://evil.example' })}`],
    ['wrong serviceurl claim', () => `Bearer ${auth.mint('https://smba.trafficmanager.net/elsewhere/')}`],
  ])('%s → 401, no reply, no detail in the body', async (_name, header) => {
    const turn = await sendWith(header());
    expect(turn.status).toBe(401);
    expect(turn.calls).toHaveLength(0);
    expect(turn.body).toEqual({ error: { code: 'Unauthorized' } });
  });
});

describe('only our own tenant is served', () => {
  test('an activity from another tenant is refused with 403 and nothing is sent', async () => {
    const other = { ...msg('wie vertegenwoordigt ons bij de GGD?'), conversation: { id: 'a:x', conversationType: 'personal', tenantId: 'aaaaaaaa-0000-0000-0000-000000000000' }, channelData: { tenant: { id: 'aaaaaaaa-0000-0000-0000-000000000000' } } };
    const turn = await sendWith(`Bearer ${auth.mint(h.emulator.url)}`, other);
    expect(turn.status).toBe(403);
    expect(turn.calls).toHaveLength(0);
    expect(JSON.stringify(turn.body)).not.toContain('GGD');
  });

  test('the kit install event from our tenant is served', async () => {
    const install = loadKitActivity('d-installationUpdate-add.json');
    const turn = await sendWith(`Bearer ${auth.mint(h.emulator.url)}`, install);
    expect(turn.status).toBe(200);
  });

  test('local mode has no web chat and no Direct Line when an app id is set', async () => {
    expect((await fetch(`${h.app.url}/`)).status).toBe(404);
    expect((await fetch(`${h.app.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
