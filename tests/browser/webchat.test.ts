import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from '../support/browser';
import { tempDir } from '../support/harness';
import { PROJECT_ROOT } from '../support/paths';
import { serveBot, type ServedBot } from '../support/processes';

const run = browserAvailable('browser suite') ? describe : describe.skip;

run('local web chat in a real browser (what `npm start` serves)', () => {
  let bot: ServedBot;
  let browser: Browser;
  const artifacts = path.join(PROJECT_ROOT, 'tests', 'artifacts');

  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    bot = await serveBot({ DATABASE_URL: `sqlite:${path.join(tempDir(), 'web.db')}` });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  test('type "hulp", see the help card, click a button, see the answer', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 900, height: 1000 } });
    await page.goto(`${bot.url}/`);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 30_000 });
    await input.fill('hulp');
    await input.press('Enter');

    await page.getByText('Partnerwijzer — waarmee kan ik helpen?').waitFor({ timeout: 30_000 });
    await page.getByText('Demo: fictieve gegevens van de gemeente Lindenwaard', { exact: false }).first().waitFor();
    await page.screenshot({ path: path.join(artifacts, 'webchat-help.png'), fullPage: true });

    await page.getByRole('button', { name: 'Welke verbonden partijen hebben we?' }).first().click();
    await page.getByText('Het register bevat 9 verbonden partijen.').waitFor({ timeout: 30_000 });
    await page.getByText('Gemeenschappelijke regelingen (5)').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'webchat-overview.png'), fullPage: true });

    await input.fill('wie vertegenwoordigt ons bij de GGD?');
    await input.press('Enter');
    await page.getByText('Namens de gemeente bij GGD Haaglanden:').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Wijziging melden' }).last().waitFor();
    await page.screenshot({ path: path.join(artifacts, 'webchat-party.png'), fullPage: true });
  }, 90_000);
});
