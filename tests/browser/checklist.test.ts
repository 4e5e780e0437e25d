import path from 'node:path';
import { ARTIFACTS, browserAvailable, webChatFixture } from '../support/browser';

const run = browserAvailable('checklist browser suite') ? describe : describe.skip;

run('a checklist clicked through in the local web chat', () => {
  const f = webChatFixture('web-checklist.db');

  test('start a checklist, mark a step done, add a reason for another, see progress', async () => {
    const page = await f.browser.newPage({ locale: 'nl-NL', viewport: { width: 900, height: 1400 } });
    await page.goto(`${f.bot.url}/`);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 30_000 });
    await input.fill('start checklist ontwerpbegroting ODH');
    await input.press('Enter');
    await page.getByText('0 van 10 stappen afgerond').waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Gereed' }).first().click();
    await page.getByText('1 van 10 stappen afgerond').last().waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'N.v.t.' }).last().click();
    await page.getByLabel('Waarom niet van toepassing?').last().fill('Al besproken bij de kaderbrief');
    await page.getByRole('button', { name: 'Opslaan' }).last().click();
    await page.getByText('2 van 10 stappen afgerond').last().waitFor({ timeout: 30_000 });
    await page.getByText('Al besproken bij de kaderbrief', { exact: false }).last().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-checklist.png'), fullPage: true });
  }, 120_000);
});
