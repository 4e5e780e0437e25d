import { cardProblems } from '../../support/cardValidator';
import { loadKitActivity } from '../../support/paths';
import { cardText, startHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

interface MeResult {
  composeExtension: { type: string; attachmentLayout: string; attachments: { contentType: string; content: Record<string, unknown>; preview: { contentType: string; content: { title: string; text?: string } } }[] };
}

async function query(parameters: { name: string; value: string }[], queryOptions = { skip: 0, count: 25 }): Promise<MeResult> {
  const base = loadKitActivity<Record<string, unknown> & { value: Record<string, unknown> }>('h-invoke-composeExtension-query.json');
  const turn = await h.emulator.send({ ...base, value: { ...base.value, commandId: 'searchParty', parameters, queryOptions } });
  expect(turn.status).toBe(200);
  expect(turn.calls).toHaveLength(0); // the answer is the invoke response, not a message
  const body = turn.body as MeResult;
  for (const a of body.composeExtension.attachments) expect(cardProblems(a.content)).toEqual([]);
  return body;
}

test('the kit composeExtension/query with "GGD" returns the GGD card to insert, with a thumbnail preview', async () => {
  const res = await query([{ name: 'searchKeywords', value: 'GGD' }]);
  expect(res.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  const first = res.composeExtension.attachments[0];
  expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(first.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
  expect(first.preview.content.title).toBe('GGD Haaglanden');
  expect(cardText(first.content)).toContain('**AB** · lid: Anne de Vries (wethouder)');
  expect(first.content.actions).toEqual([]);
});

test('search as you type: a prefix finds the party, typos too', async () => {
  expect((await query([{ name: 'searchKeywords', value: 'aval' }])).composeExtension.attachments[0].preview.content.title).toBe('Avalex');
  expect((await query([{ name: 'searchKeywords', value: 'evdies' }])).composeExtension.attachments[0].preview.content.title).toBe('Evides N.V.');
  const haaglanden = (await query([{ name: 'searchKeywords', value: 'haaglanden' }])).composeExtension.attachments.map((a) => a.preview.content.title);
  expect(haaglanden).toEqual(expect.arrayContaining(['GGD Haaglanden', 'Omgevingsdienst Haaglanden', 'Veiligheidsregio Haaglanden']));
});

test('initialRun lists parties; paging with skip/count; nothing found is an empty list', async () => {
  const all = await query([{ name: 'initialRun', value: 'true' }], { skip: 0, count: 5 });
  expect(all.composeExtension.attachments).toHaveLength(5);
  const next = await query([{ name: 'initialRun', value: 'true' }], { skip: 5, count: 5 });
  expect(next.composeExtension.attachments).toHaveLength(4);
  expect((await query([{ name: 'searchKeywords', value: 'qqqzzz' }])).composeExtension.attachments).toEqual([]);
});
