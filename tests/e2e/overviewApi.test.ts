import ExcelJS from 'exceljs';
import type { OverviewData, PartyDetail } from '../../domain/overview/types';
import { BOT_DOMAIN, EntraFixture, OTHER_TENANT, TAB_APP_ID, TAB_TENANT } from '../support/entraFixture';
import { startHarness, type Harness } from '../support/harness';

async function get(h: Harness, path: string, authorization?: string) {
  const res = await fetch(`${h.app.url}${path}`, { headers: authorization ? { authorization } : {} });
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
  return { status: res.status, body, headers: res.headers };
}

describe('Teams mode: /api/overzicht needs a valid Entra ID SSO token of our tenant', () => {
  let entra: EntraFixture;
  let h: Harness;
  beforeAll(async () => {
    entra = await new EntraFixture().start();
    h = await startHarness({ ...entra.env(), LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await h?.stop();
    await entra?.stop();
  });

  test('accepted: signed by the published key, our audience, issuer and tenant, scope access_as_user', async () => {
    const res = await get(h, '/api/overzicht/register', `Bearer ${entra.mint()}`);
    expect(res.status).toBe(200);
    const data = res.body as OverviewData;
    expect(data.parties.length).toBe(9);
    expect(data.parties.map((p) => p.code)).toContain('GGD');
    expect(res.headers.get('cache-control')).toContain('no-store');
  });

  test('a v2 token (audience = the app id, v2 issuer) is accepted too', async () => {
    const token = entra.mint({ aud: TAB_APP_ID, iss: `https://login.microsoftonline.com/${TAB_TENANT}/v2.0` });
    expect((await get(h, '/api/overzicht/register', `Bearer ${token}`)).status).toBe(200);
  });

  const now = () => Math.floor(Date.now() / 1000);
  test.each<[string, () => string | undefined]>([
    ['missing', () => undefined],
    ['malformed', () => 'Bearer not-a-jwt'],
    ['wrong scheme', () => `Basic ${entra.mint()}`],
    ['forged (key never published)', () => `Bearer ${entra.mint({}, entra.rogue)}`],
    ['expired', () => `Bearer ${entra.mint({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 })}`],
    ['wrong audience', () => `Bearer ${entra.mint({ aud: `api://${BOT_DOMAIN}/someone-else` })}`],
    ['issuer of another tenant than its tid', () => `Bearer ${entra.mint({ iss: `https://sts.windows.net/${OTHER_TENANT}/` })}`],
    ['wrong issuer', () => `Bearer ${entra.mint({ iss: 'https://evil.example/' })}`],
    ['without the access_as_user scope', () => `Bearer ${entra.mint({ scp: 'User.Read' })}`],
    ['an app-only token (no scope, no user)', () => `Bearer ${entra.mint({ scp: undefined, roles: ['Register.Read'] })}`],
  ])('%s → 401 with no data', async (_name, header) => {
    for (const path of ['/api/overzicht/register', '/api/overzicht/partijen/x', '/api/overzicht/export.xlsx']) {
      const res = await get(h, path, header());
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'Unauthorized' } });
    }
  });

  test('a valid token of another tenant → 403, no data', async () => {
    const token = entra.mint({ tid: OTHER_TENANT });
    const res = await get(h, '/api/overzicht/register', `Bearer ${token}`);
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('GGD');
  });

  test('the page itself and its bundle load without a token (they hold no data); config names the mode', async () => {
    const page = await get(h, '/overzicht');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect((await get(h, '/overzicht/app.js')).status).toBe(200);
    expect((await get(h, '/overzicht/other.js')).status).toBe(404);
    expect((await get(h, '/api/overzicht/config')).body).toEqual({ mode: 'teams', appId: TAB_APP_ID });
  });
});

describe('local mode: the API is open, as the web chat is', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ LOG_LEVEL: 'silent' });
  });
  afterAll(async () => h?.stop());

  test('overview, party detail, people and calendar', async () => {
    const data = (await get(h, '/api/overzicht/register')).body as OverviewData;
    expect(data.demo).toBe(true);
    expect(data.parties).toHaveLength(9);
    expect(data.people.length).toBeGreaterThan(0);
    // People come sorted by seats, most first.
    const seats = data.people.map((p) => p.seats.length);
    expect([...seats].sort((a, b) => b - a)).toEqual(seats);
    expect(data.calendar.length).toBeGreaterThan(0);
    expect(data.calendar.every((c) => c.overdue || c.date >= data.today)).toBe(true);
    const ggd = data.parties.find((p) => p.code === 'GGD')!;
    const detail = (await get(h, `/api/overzicht/partijen/${ggd.id}`)).body as PartyDetail;
    expect(detail.party.name).toBe(ggd.name);
    expect(detail.seats.length).toBe(ggd.seats);
    expect(detail.publicInterest).toBeTruthy();
    expect((await get(h, '/api/overzicht/partijen/does-not-exist')).status).toBe(404);
    expect((await get(h, '/api/overzicht/partijen/..%2F..%2Fetc')).status).toBe(404);
  });

  test('the Excel export holds exactly the filtered rows', async () => {
    const data = (await get(h, '/api/overzicht/register')).body as OverviewData;
    const high = data.parties.filter((p) => p.risk === 'hoog');
    expect(high.length).toBeGreaterThan(0);
    const res = await get(h, '/api/overzicht/export.xlsx?risico=hoog&lang=nl');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Buffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).value).toBe('Partij');
    const names = [];
    for (let r = 2; r <= ws.rowCount; r++) names.push(ws.getRow(r).getCell(2).value);
    expect(names.sort()).toEqual(high.map((p) => p.name).sort());
    expect((await get(h, '/api/overzicht/export.xlsx?risico=extreem')).status).toBe(400);
  });
});
