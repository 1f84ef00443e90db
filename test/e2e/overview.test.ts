/**
 * The overview in real Chromium: headline figures, matrix, map (with its credit) and trends; the
 * public sees aggregates only; a member can open the pairs behind a matrix cell; no serious or
 * critical axe-core violations on / and /regio/VR01.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '../../lib/db/driver';
import { contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeDriver();
});

describe('overview /', () => {
  it('shows figures, matrix, map with credit and trends to the public, without pairs', async () => {
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();
    await page.goto('/');
    await page.getByTestId('headline-coverageAll').waitFor();
    expect(await page.getByTestId('headline-crossChainDensity').textContent()).toMatch(/%/);
    expect(await page.locator('[data-testid="coverage-matrix"] [data-cell]').count()).toBeGreaterThan(25);
    expect(await page.locator('[data-testid="coverage-matrix"] [role="button"]').count()).toBe(0);
    expect(await page.locator('[data-testid="region-map"] [data-region]').count()).toBe(25);
    expect(await page.getByText('CBS / Kadaster (PDOK), CC BY 4.0').isVisible()).toBe(true);
    await page.getByTestId('trend-coverage').locator('svg').first().waitFor();
    expect(await page.getByTestId('trend-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('lets a member open the organisation pairs behind a matrix cell', async () => {
    const session = await createTestSession('deelnemer', { personId: 'p-vr-vr01-1' });
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await page.goto('/');
    const cell = page.locator('[data-testid="coverage-matrix"] [role="button"]').first();
    await cell.click();
    await page.getByTestId('pairs-panel').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('pairs-panel').locator('tbody tr').count()).toBeGreaterThan(0);
    await ctx.close();
  });

  it('region page /regio/VR01 has no serious axe violations and lists koppelvlakken', async () => {
    const session = await createTestSession('projectteam');
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await page.goto('/regio/VR01');
    await page.getByTestId('slice-links').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Groningen');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ctx.close();
  });
});
