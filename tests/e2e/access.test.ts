import { GraphEmulator } from '../../support/emulator/graphEmulator';
import { startHarness, type Harness } from '../support/harness';
import { chat } from '../support/chat';

const ADMIN = 'aaaaaaaa-0000-0000-0000-00000000000a';
const SECRETARY = 'aaaaaaaa-0000-0000-0000-00000000000b';
const GROUP_ADMIN = 'aaaaaaaa-0000-0000-0000-00000000000c';
const NOBODY = 'aaaaaaaa-0000-0000-0000-00000000000d';
const ADMIN_GROUP = 'gggggggg-0000-0000-0000-000000000001';

let h: Harness;
let graph: GraphEmulator;

beforeAll(async () => {
  graph = await new GraphEmulator().start();
  graph.groups.set(GROUP_ADMIN, [ADMIN_GROUP]);
  const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 3_600_000 }) };
  h = await startHarness(
    { REGISTER_ADMINS: ADMIN, SECRETARIES: SECRETARY, ADMIN_GROUP_ID: ADMIN_GROUP, GRAPH_BASE_URL: graph.url, USER_RATE_LIMIT: '10000' },
    { graphCredential: credential },
  );
});
afterAll(async () => {
  await h?.stop();
  await graph?.stop();
});
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

const { ask } = chat(() => h);
const askAs = async (aadObjectId: string, text: string): Promise<string> => (await ask(text, { from: { id: `29:${aadObjectId}`, name: 'Tester', aadObjectId } })).text;

async function deniedCount(): Promise<number> {
  const rows = await h.app.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute();
  return rows.length;
}

test('a register administrator lists the roles', async () => {
  const text = await askAs(ADMIN, 'rollen');
  expect(text).toContain('Rollen in Partnerwijzer');
  expect(text).toContain(`**Registerbeheerders**: ${ADMIN}, leden van beveiligingsgroep ${ADMIN_GROUP}`);
  expect(text).toContain(`**Secretarissen**: ${SECRETARY}`);
});

test('an administrator through the security group (resolved with Graph checkMemberGroups)', async () => {
  expect(await askAs(GROUP_ADMIN, 'who are the administrators?')).toContain('Roles in Partnerwijzer');
  expect(graph.requests.some((r) => r.path.includes(`/users/${GROUP_ADMIN}/checkMemberGroups`))).toBe(true);
});

test.each([
  ['someone without a role asks for the roles', NOBODY, 'rollen', 'roles.list'],
  ['someone without a role asks for the audit trail', NOBODY, 'audit', 'audit.read'],
  ['a secretary asks for the roles', SECRETARY, 'wie zijn de beheerders?', 'roles.list'],
  ['a secretary asks for the audit trail', SECRETARY, 'laatste wijzigingen', 'audit.read'],
  ['someone without a role asks for the budget paragraph', NOBODY, 'maak de paragraaf verbonden partijen voor 2027', 'paragraph.create'],
])('%s: a clear refusal card and an audit entry', async (_name, who, text, permission) => {
  const before = await deniedCount();
  const answer = await askAs(who, text);
  expect(answer).toContain('Dit mag alleen een registerbeheerder');
  expect(await deniedCount()).toBe(before + 1);
  const last = await h.app.db.kysely.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
  expect(last).toMatchObject({ actor: who, action: 'access.denied', entity: 'permission', entity_id: permission });
});

test('the administrator reads the audit trail, refusals included', async () => {
  const text = await askAs(ADMIN, 'audit');
  expect(text).toContain('Laatste wijzigingen (audit)');
  expect(text).toContain('access.denied');
  expect(text).toContain('party.create');
});

test('the administrator gets the paragraph', async () => {
  expect(await askAs(ADMIN, 'maak de paragraaf verbonden partijen voor 2027')).toContain('Paragraaf verbonden partijen 2027');
});
