import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from '../support/browser';
import { tempDir } from '../support/harness';
import { PROJECT_ROOT } from '../support/paths';
import { serveBot, type ServedBot } from '../support/processes';

const run = browserAvailable('checklist browser suite') ? describe : describe.skip;

run('a checklist clicked through in the local web chat', () => {
  let bot: ServedBot;
  let browser: Browser;
  const artifacts = path.join(PROJECT_ROOT, 'tests', 'artifacts');

  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    bot = await serveBot({ DATABASE_URL: `sqlite:${path.join(tempDir(), 'web-checklist.db')}` });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  test('start a checklist, mark a step done, add a reason for another, see progress', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 900, height: 1400 } });
    await page.goto(`${bot.url}/`);
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
    await page.screenshot({ path: path.join(artifacts, 'webchat-checklist.png'), fullPage: true });
  }, 120_000);
});
