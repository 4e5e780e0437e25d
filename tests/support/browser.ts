import fs from 'node:fs';
import { CI } from './pg';

/** Debian's Chromium; no browser is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function browserAvailable(suite: string): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (CI) throw new Error(`${suite}: CI=true but ${CHROMIUM} is missing; the browser suite is mandatory in CI`);
  process.stderr.write(`\n*** NOTICE: ${suite} skipped: ${CHROMIUM} not found (apt-get install chromium) ***\n\n`);
  return false;
}
