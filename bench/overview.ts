import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startApp } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';
import { machineLine, percentile, writeSection } from './benchmarksFile';
import { syntheticRegister } from '../support/evaluation/syntheticRegister';

/** The overview tab at 5,000 parties: API latency (register and party detail) and the page's time to first render. */
const PARTIES = 5000;
const SEATS = 3;
const REQUESTS = 200;
const RENDERS = 5;

async function timed(url: string): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return { ms: performance.now() - t0, bytes: body.byteLength };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-bench-overview-'));
  const env = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', PARTNERWIJZER_DEMO: '0', REMINDER_INTERVAL_SECONDS: '0', DATABASE_URL: `sqlite:${path.join(dir, 'pw.db')}` };
  const config = loadConfig(env);
  const app = await startApp(config, createLogger('silent'));
  try {
    const applied = await app.register.apply(syntheticRegister(PARTIES, SEATS), { actor: 'bench', force: true });
    if (applied.status !== 'applied') throw new Error(`import: ${applied.status}`);
    const parties = (await app.register.snapshot()).parties;
    await timed(`${app.url}/api/overzicht/register`); // warm the snapshot cache
    const reg: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await timed(`${app.url}/api/overzicht/register`);
      reg.push(r.ms);
      bytes = r.bytes;
    }
    const det: number[] = [];
    for (let i = 0; i < REQUESTS; i++) det.push((await timed(`${app.url}/api/overzicht/partijen/${parties[(i * 37) % parties.length].id}`)).ms);
    reg.sort((a, b) => a - b);
    det.sort((a, b) => a - b);

    const renders: number[] = [];
    if (fs.existsSync(CHROMIUM)) {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      for (let i = 0; i < RENDERS; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${app.url}/overzicht`);
        await page.locator('[data-count]').waitFor({ timeout: 60_000 });
        await page.locator('tbody tr').first().waitFor();
        renders.push(await page.evaluate(() => performance.now()));
        await page.close();
      }
      await browser.close();
    }
    renders.sort((a, b) => a - b);
    const f = (n: number) => n.toFixed(1);
    const md = `## Overview tab (/overzicht, /api/overzicht)

\`npm run bench:overview\` — synthetic register of ${PARTIES} parties × ${SEATS} seats on SQLite, local mode (no token check). Machine: ${machineLine()}. Run ${new Date().toISOString().slice(0, 10)}.

| measure | p50 ms | p95 ms | p99 ms | max ms |
|---|---|---|---|---|
| GET /api/overzicht/register (${REQUESTS}×, ${Math.round(bytes / 1024)} KB JSON) | ${f(percentile(reg, 50))} | ${f(percentile(reg, 95))} | ${f(percentile(reg, 99))} | ${f(reg[reg.length - 1])} |
| GET /api/overzicht/partijen/:id (${REQUESTS}×) | ${f(percentile(det, 50))} | ${f(percentile(det, 95))} | ${f(percentile(det, 99))} | ${f(det[det.length - 1])} |
| time to first render in Chromium (navigation start → first table row, ${RENDERS}×) | ${renders.length ? f(percentile(renders, 50)) : 'n/a'} | | | ${renders.length ? f(renders[renders.length - 1]) : 'n/a'} |

The page renders the first 200 rows (grouped by BBV category) and shows more on request; filters and search run in the page on the whole register.`;
    writeSection('overview', md);
    process.stdout.write(`${md}\n`);
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
