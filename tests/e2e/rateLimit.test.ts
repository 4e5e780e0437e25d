import { personalMessage, startHarness, type Harness } from '../support/harness';
import { loadKitActivity } from '../../support/paths';

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

/** A Universal Action invoke as Teams sends it (kit capture); "automatic" is what Teams sends to refresh a card by itself. */
function invoke(from: { id: string; name: string; aadObjectId: string }, trigger: 'manual' | 'automatic') {
  const kit = loadKitActivity<Record<string, any>>('e-invoke-adaptiveCard-action.captured.json');
  return h.emulator.send({ ...kit, id: `inv-${Math.random()}`, from, locale: 'nl-NL', value: { action: { type: 'Action.Execute', title: 'x', verb: 'refresh', data: { action: 'checklist', verb: 'refresh', runId: 'nope' } }, trigger } });
}

test('a rate-limited click answers HTTP 200 with a Universal Actions message (the card stays), never a 429', async () => {
  const from = { id: '29:clicker', name: 'Snelle Klikker', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000003' };
  const bodies: { type: string; value: unknown }[] = [];
  for (let i = 0; i < 7; i++) {
    const turn = await invoke(from, 'manual');
    expect(turn.status).toBe(200);
    bodies.push(turn.body as { type: string; value: unknown });
  }
  const throttled = bodies.filter((b) => String(b.value).includes('U klikt veel kort na elkaar'));
  expect(throttled).toHaveLength(2);
  for (const b of throttled) expect(b.type).toBe('application/vnd.microsoft.activity.message');
});

test('automatic refresh invokes do not count against the per-user limit', async () => {
  const from = { id: '29:viewer', name: 'Kijker', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000004' };
  for (let i = 0; i < 12; i++) {
    const turn = await invoke(from, 'automatic');
    expect(turn.status).toBe(200);
    expect(String((turn.body as { value: unknown }).value)).not.toContain('U klikt veel');
  }
  // The user's own budget is untouched: five questions still get answers.
  for (let i = 0; i < 5; i++) expect((await h.emulator.send(personalMessage('hulp', { from, locale: 'nl-NL' }))).calls).toHaveLength(1);
});

test('"automatic" is only believed for a refresh: another verb sent as automatic still counts', async () => {
  const from = { id: '29:sly', name: 'Slim', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000005' };
  const kit = loadKitActivity<Record<string, any>>('e-invoke-adaptiveCard-action.captured.json');
  const said: string[] = [];
  for (let i = 0; i < 7; i++) {
    const turn = await h.emulator.send({ ...kit, id: `inv-${Math.random()}`, from, locale: 'nl-NL', value: { action: { type: 'Action.Execute', title: 'x', verb: 'step.done', data: { action: 'checklist', verb: 'step.done', runId: 'nope', stepId: 's' } }, trigger: 'automatic' } });
    expect(turn.status).toBe(200);
    said.push(String((turn.body as { value: unknown }).value));
  }
  expect(said.filter((s) => s.includes('U klikt veel kort na elkaar'))).toHaveLength(2);
});
