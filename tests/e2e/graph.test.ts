import { GraphEmulator } from '../../support/emulator/graphEmulator';
import { startHarness, type Harness } from '../support/harness';
import { chat } from '../support/chat';

let h: Harness;
let graph: GraphEmulator;

beforeAll(async () => {
  graph = await new GraphEmulator().start();
  graph.addUser('a.devries@lindenwaard.example', 'Anne de Vries', 'Wethouder Zorg en Jeugd');
  graph.addUser('p.jansen@lindenwaard.example', 'Pieter Jansen', 'Wethouder Ruimte en Milieu');
  graph.addUser('s.visser@lindenwaard.example', 'Sanne Visser', 'Senior adviseur verbonden partijen');
  graph.addUser('h.vandermeer@lindenwaard.example', 'Hendrik van der Meer', 'Burgemeester');
  graph.addUser('j.hendriks@lindenwaard.example', 'Joost Hendriks', 'Accounthouder afval en milieu');
  // A local token stands in for Entra ID; the Graph emulator checks it arrives.
  const credential = { getToken: async () => ({ token: 'graph-test-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
  h = await startHarness({ GRAPH_BASE_URL: graph.url }, { graphCredential: credential });
});
afterAll(async () => {
  await h?.stop();
  await graph?.stop();
});
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

const { ask: askCard } = chat(() => h);
const ask = async (text: string): Promise<string> => (await askCard(text)).text;

test('people are enriched from Graph: job title, mail and a Teams chat link; the token and $select are sent', async () => {
  const text = await ask('wie vertegenwoordigt ons bij de GGD?');
  expect(text).toContain('Anne de Vries (wethouder) · Wethouder Zorg en Jeugd · a.devries@lindenwaard.example · [chat](https://teams.microsoft.com/l/chat/0/0?users=a.devries%40lindenwaard.example)');
  expect(text).toContain('Senior adviseur verbonden partijen');
  const req = graph.requests.find((r) => r.path.startsWith('/v1.0/users/a.devries'));
  expect(req?.authorization).toBe('Bearer graph-test-token');
  expect(req?.path).toContain('$select=displayName,jobTitle,mail,userPrincipalName');
});

test('answers are cached: asking again costs no Graph call', async () => {
  const before = graph.requests.length;
  expect(await ask('wie vertegenwoordigt ons bij de GGD?')).toContain('Wethouder Zorg en Jeugd');
  expect(graph.requests.length).toBe(before);
});

test('Graph down (500): the answer still comes, from the register', async () => {
  graph.mode = { kind: 'error', status: 500 };
  const before = graph.requests.length;
  const text = await ask('wie is accounthouder van Avalex?');
  expect(graph.requests.length).toBeGreaterThan(before);
  expect(text).toContain('De ambtelijk accounthouder van Avalex is Joost Hendriks.');
  expect(text).toContain('Joost Hendriks · j.hendriks@lindenwaard.example');
  expect(text).not.toContain('Accounthouder afval en milieu');
  graph.mode = { kind: 'ok' };
});

test('Graph slow: the answer does not wait for it', async () => {
  graph.mode = { kind: 'slow', ms: 4000 };
  const text = await ask('wie vertegenwoordigt ons bij de veiligheidsregio?');
  expect(text).toContain('Hendrik van der Meer (burgemeester) · h.vandermeer@lindenwaard.example');
  expect(text).not.toContain('· Burgemeester ·');
  graph.mode = { kind: 'ok' };
});

test('Graph throttled (429 with Retry-After): answer without enrichment, and no more calls until Retry-After passes', async () => {
  graph.mode = { kind: 'throttle', retryAfter: '30' };
  const text = await ask('wie vertegenwoordigt ons bij de MRDH?');
  expect(text).toContain('Namens de gemeente bij Metropoolregio Rotterdam Den Haag:');
  const afterThrottle = graph.requests.length;
  graph.mode = { kind: 'ok' };
  const again = await ask('wie vertegenwoordigt ons bij Evides?');
  expect(again).toContain('Fatima Bakker (wethouder)');
  expect(graph.requests.length).toBe(afterThrottle); // still inside Retry-After: Graph left alone
});
