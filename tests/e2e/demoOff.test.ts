import { cardOf, cardText, personalMessage, startHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ PARTNERWIJZER_DEMO: '0' });
});
afterAll(async () => {
  await h?.stop();
});

test('PARTNERWIJZER_DEMO=0: no demo register, no demo banner, an honest empty overview', async () => {
  const turn = await h.emulator.send(personalMessage('welke verbonden partijen hebben we?'));
  const text = cardText(cardOf(turn.calls[0].body));
  expect(text).toContain('Het register is nog leeg');
  expect(text).not.toContain('Demo');
  expect(await h.app.register.overview()).toMatchObject({ total: 0, demo: false });
  expect(h.emulator.cardErrors).toEqual([]);
});
