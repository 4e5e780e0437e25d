import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { tempDir } from './harness';
import { PROJECT_ROOT } from '../../support/paths';
import { serveBot, type ServedBot } from '../../support/processes';
import { CI } from './pg';
import { CHROMIUM, CHROMIUM_ARGS } from '../../support/chromium';

export function browserAvailable(suite: string): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (CI) throw new Error(`${suite}: CI=true but ${CHROMIUM} is missing; the browser suite is mandatory in CI`);
  process.stderr.write(`\n*** NOTICE: ${suite} skipped: ${CHROMIUM} not found (apt-get install chromium) ***\n\n`);
  return false;
}

export const ARTIFACTS = path.join(PROJECT_ROOT, 'tests', 'artifacts');

/**
 * For a browser suite: `npm start`'s server on its own SQLite file and one headless Chromium,
 * started before the suite's tests and stopped after them. Read `bot`/`browser` inside tests.
 */
export function webChatFixture(dbName: string): { bot: ServedBot; browser: Browser } {
  const fixture = {} as { bot: ServedBot; browser: Browser };
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fixture.bot = await serveBot({ DATABASE_URL: `sqlite:${path.join(tempDir(), dbName)}` });
    fixture.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.bot?.stop();
  });
  return fixture;
}
