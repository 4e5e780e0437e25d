import { personalMessage, startHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ USER_RATE_LIMIT: '5' });
});
afterAll(async () => {
  await h?.stop();
});

test('per-user rate limit: over the limit, one polite notice, then silence; other users are unaffected', async () => {
  const from = { id: '29:busy', name: 'Drukke Gebruiker', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000001' };
  const replies: string[] = [];
  for (let i = 0; i < 8; i++) {
    const turn = await h.emulator.send(personalMessage('hulp', { from, locale: 'nl-NL' }));
    expect(turn.status).toBe(200);
    replies.push(...turn.calls.map((c) => String(c.body?.text ?? 'card')));
  }
  expect(replies.filter((r) => r === 'card')).toHaveLength(5);
  expect(replies.filter((r) => r.includes('U stelt veel vragen kort na elkaar'))).toHaveLength(1);
  expect(replies).toHaveLength(6);
  const other = await h.emulator.send(personalMessage('hulp', { from: { id: '29:calm', name: 'Rustig', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000002' } }));
  expect(other.calls).toHaveLength(1);
});
