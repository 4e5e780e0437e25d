import path from 'node:path';
import { ARTIFACTS, browserAvailable, webChatFixture } from '../support/browser';

const run = browserAvailable('browser suite') ? describe : describe.skip;

run('local web chat in a real browser (what `npm start` serves)', () => {
  const f = webChatFixture('web.db');

  test('type "hulp", see the help card, click a button, see the answer', async () => {
    const page = await f.browser.newPage({ locale: 'nl-NL', viewport: { width: 900, height: 1000 } });
    await page.goto(`${f.bot.url}/`);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 30_000 });
    await input.fill('hulp');
    await input.press('Enter');

    await page.getByText('Partnerwijzer — waarmee kan ik helpen?').waitFor({ timeout: 30_000 });
    await page.getByText('Demo: fictieve gegevens van de gemeente Lindenwaard', { exact: false }).first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-help.png'), fullPage: true });

    await page.getByRole('button', { name: 'Welke verbonden partijen hebben we?' }).first().click();
    await page.getByText('Het register bevat 9 verbonden partijen.').waitFor({ timeout: 30_000 });
    await page.getByText('Gemeenschappelijke regelingen (6)').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-overview.png'), fullPage: true });

    await input.fill('wie vertegenwoordigt ons bij de GGD?');
    await input.press('Enter');
    await page.getByText('Namens de gemeente bij GGD Haaglanden:').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Wijziging melden' }).last().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-party.png'), fullPage: true });

    // In Teams this button opens a dialog (task/fetch); the web chat has none, so the form comes into the chat.
    await page.getByRole('button', { name: 'Signaal melden' }).last().click();
    await page.getByLabel('Soort signaal').last().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-signal-form.png'), fullPage: true });
  }, 90_000);
});
