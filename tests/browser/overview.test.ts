import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, browserAvailable, webChatFixture } from '../support/browser';

const run = browserAvailable('overview browser suite') ? describe : describe.skip;
const AXE = require.resolve('axe-core/axe.min.js');

/** axe-core in the page (the test context bypasses the page's CSP to inject it) against WCAG 2.0/2.1 A and AA; returns the violations (rule id and first target). */
async function axe(page: Page): Promise<{ id: string; target: string; help: string }[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
    // Tabster (Fluent UI's focus manager) adds invisible focus sentinels, <i tabindex="0" aria-hidden data-tabster-dummy>,
    // that hand focus on at once; axe's aria-hidden-focus flags them, a known false positive. Everything else is checked.
    const r = await w.axe.run({ exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, target: String(v.nodes[0]?.target) }));
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

run('the overview tab in a real browser (/overzicht on the demo register)', () => {
  const f = webChatFixture('overview.db');

  test('load, filter, search, open a party, see the charts and the calendar; axe finds nothing', async () => {
    const page = await f.browser.newPage({ bypassCSP: true, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${f.bot.url}/overzicht`);
    const count = page.locator('[data-count]');
    await count.waitFor({ timeout: 30_000 });
    expect(await count.textContent()).toBe('9 partijen');
    await page.getByText('Demo: fictieve gegevens van de gemeente Lindenwaard').waitFor();
    await page.getByRole('heading', { name: /Gemeenschappelijke regeling \(\d+\)/ }).waitFor();
    await shot(page, 'overzicht-overview.png');
    expect(await axe(page)).toEqual([]);

    // Filter on risk, then search as you type.
    await page.getByLabel('Risicoprofiel').selectOption('hoog');
    const high = Number(await count.getAttribute('data-count'));
    expect(high).toBeGreaterThan(0);
    expect(high).toBeLessThan(9);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByRole('searchbox').fill('ggd');
    await page.waitForFunction(() => document.querySelector('[data-count]')?.getAttribute('data-count') === '1');
    await shot(page, 'overzicht-filtered.png');

    // Open the party: its detail with seats and a link that opens the chat on it.
    const link = page.locator('[data-party]').first();
    const code = await link.getAttribute('data-party');
    expect(code).toMatch(/^GGD/);
    // Opened from the keyboard (WCAG 2.1.1): focus the party's link, press Enter.
    await link.focus();
    await page.keyboard.press('Enter');
    const detail = page.locator(`[data-detail="${code}"]`);
    await detail.waitFor({ timeout: 10_000 });
    await page.getByRole('heading', { name: 'Zetels en rollen' }).waitFor();
    await page.getByRole('heading', { name: 'Openbaar belang' }).waitFor();
    const chat = page.getByRole('link', { name: 'Open in de chat met Partnerwijzer' });
    expect(await chat.getAttribute('href')).toMatch(/^\/\?q=GGD/);
    await shot(page, 'overzicht-party.png');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await detail.waitFor({ state: 'detached' });
    // And with the mouse, straight from the search box: leaving the box must not move the table
    // under the pointer (the box's clear button used to re-wrap the filter row).
    await page.getByRole('searchbox').click();
    await page.getByRole('searchbox').fill('ggd');
    await link.click();
    await detail.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await detail.waitFor({ state: 'detached' });

    // Risk picture: the matrix chart and the parties with open signals.
    await page.getByRole('tab', { name: 'Risicobeeld' }).click();
    await page.locator('[data-chart] svg').first().waitFor();
    expect(await page.locator('[data-chart] svg circle').count()).toBeGreaterThan(0);
    await shot(page, 'overzicht-risk.png');
    expect(await axe(page)).toEqual([]);

    // Who sits where: the people × parties matrix and the single-representative list.
    await page.getByRole('tab', { name: 'Wie zit waar' }).click();
    await page.locator('[data-chart] svg rect').first().waitFor();
    await page.getByRole('heading', { name: /Partijen met maar één vertegenwoordiger/ }).waitFor();
    const seatCounts = await page.locator('[data-seats]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seats'))));
    expect(seatCounts.length).toBeGreaterThan(0);
    expect([...seatCounts].sort((a, b) => b - a)).toEqual(seatCounts);
    await shot(page, 'overzicht-people.png');
    expect(await axe(page)).toEqual([]);

    // Calendar: timeline and the list of coming dates.
    await page.getByRole('tab', { name: 'Kalender' }).click();
    await page.locator('[data-chart] svg').first().waitFor();
    await page.getByRole('heading', { name: /Komend \(\d+\)/ }).waitFor();
    await shot(page, 'overzicht-calendar.png');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('dark and high-contrast themes; English; axe finds nothing', async () => {
    const page = await f.browser.newPage({ bypassCSP: true, locale: 'nl-NL', viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    await page.goto(`${f.bot.url}/overzicht`);
    const provider = page.locator('[data-theme]');
    await page.locator('[data-count]').waitFor({ timeout: 30_000 });
    expect(await provider.getAttribute('data-theme')).toBe('light');
    const lightBg = await provider.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(luminance(lightBg)).toBeGreaterThan(0.8);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.querySelector('[data-theme]')?.getAttribute('data-theme') === 'dark');
    const darkBg = await provider.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(luminance(darkBg)).toBeLessThan(0.2);
    await shot(page, 'overzicht-dark.png');
    expect(await axe(page)).toEqual([]);

    await page.goto(`${f.bot.url}/overzicht?theme=contrast&lang=en`);
    await page.locator('[data-count]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-theme]').getAttribute('data-theme')).toBe('contrast');
    expect(await page.locator('[data-count]').textContent()).toBe('9 parties');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('tab', { name: 'Risk picture' }).click();
    await page.locator('[data-chart] svg').first().waitFor();
    await shot(page, 'overzicht-contrast-en.png');
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 120_000);

  test('print view: navigation and filters hidden, the table printed (PDF)', async () => {
    const page = await f.browser.newPage({ bypassCSP: true, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    await page.goto(`${f.bot.url}/overzicht`);
    await page.locator('[data-count]').waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.getByRole('search').isVisible()).toBe(false);
    expect(await page.locator('table').first().isVisible()).toBe(true);
    await shot(page, 'overzicht-print.png');
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'overzicht.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);
});
