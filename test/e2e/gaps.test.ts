/**
 * The gap report in real Chromium: the project team filters to one region (server-side, in the
 * URL), changes a status with a note, reloads and sees it kept with its history; a member cannot
 * change a status; no serious or critical axe-core violations on /gaps.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '../../lib/db/driver';
import { baseUrl, contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

let browser: Browser;
let gapPath = '';

/**
 * On this shared 2-core test machine the driver's 2-second connection timeout sometimes fires
 * under load and the page shows the (correct) 503 notice; that is not what these tests are about,
 * so such a page is loaded again (at most three times).
 */
async function loadSettled(page: Page, go: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await go();
    if ((await page.getByTestId('error-database-unavailable').count()) === 0) return;
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeDriver();
});

describe('gap report /gaps', () => {
  it('projectteam filters to one region, changes a status with a note, and it is kept after reload', async () => {
    const session = await createTestSession('projectteam');
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await loadSettled(page, () => page.goto('/gaps'));
    await page.getByTestId('gap-table').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const before = Number(await page.getByTestId('gap-total').getAttribute('data-total'));
    await page.selectOption('#f-region', 'VR07');
    await page.selectOption('#f-status', 'open');
    await Promise.all([page.waitForURL(/region=VR07/), page.getByTestId('apply-filters').click()]);
    const after = Number(await page.getByTestId('gap-total').getAttribute('data-total'));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const regions = await page
      .locator('[data-testid="gap-table"] tbody tr td:nth-child(5)')
      .allTextContents();
    expect(new Set(regions)).toEqual(new Set(['Gelderland-Midden']));

    const link = page.locator('[data-testid="gap-table"] tbody tr').first().locator('a').first();
    gapPath = (await link.getAttribute('href'))!;
    await loadSettled(page, () => page.goto(gapPath));
    await page.getByTestId('status-form').waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('erkend');
    await page.getByLabel('Notitie').fill('Besproken op het overleg van maandag (e2e)');
    await page.getByTestId('status-save').click();
    await page.getByText('Opgeslagen.').waitFor();
    await loadSettled(page, () => page.reload());
    expect(await page.getByTestId('gap-status').textContent()).toBe('erkend');
    expect(await page.getByTestId('gap-history').textContent()).toContain(
      'Besproken op het overleg van maandag (e2e)',
    );
    await ctx.close();
  });

  it('a member cannot see the report nor change a status', async () => {
    const session = await createTestSession('deelnemer', { personId: 'p-vr-vr01-1' });
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await page.goto('/gaps');
    await page.getByTestId('error-forbidden').waitFor();
    const id = decodeURIComponent(gapPath.replace('/gaps/', ''));
    const res = await page.request.post(`${baseUrl()}/api/gaps/${encodeURIComponent(id)}/status`, {
      data: { status: 'opgelost', expectedVersion: 2, reason: 'poging' },
      headers: { Origin: baseUrl() },
    });
    expect(res.status()).toBe(403);
    await ctx.close();
  });
});
