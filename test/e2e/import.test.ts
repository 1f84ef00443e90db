// In real Chromium: the regisseur downloads nothing, uploads a CSV, sees the dry run (and a
// problem in a bad file by row and column), then imports and finds the rows in the database.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await closeDriver();
});

const csv = (rows: string[]) =>
  Buffer.from('\uFEFF' + ['Naam;Soort;Keten;Regio’s', ...rows].join('\r\n') + '\r\n');

describe('import in the browser', () => {
  it('lets the regisseur import a CSV after a dry run', async () => {
    const stamp = Date.now();
    const session = await createTestSession('regisseur');
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await page.goto('/import');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.setInputFiles('#import-file', {
      name: 'organisaties.csv',
      mimeType: 'text/csv',
      buffer: csv([`E2E Org A ${stamp};overig;overig;VR01`, `E2E Org B ${stamp};overig;overig;VR77`]),
    });
    await page.getByRole('button', { name: 'Proefimport' }).click();
    await page.getByTestId('import-problems').waitFor({ timeout: 60_000 });
    const problems = await page.getByTestId('import-problems').textContent();
    expect(problems).toContain('VR77');
    expect(problems).toMatch(/3/);
    expect(await page.getByTestId('import-apply').count()).toBe(0);

    await page.setInputFiles('#import-file', {
      name: 'organisaties.csv',
      mimeType: 'text/csv',
      buffer: csv([`E2E Org A ${stamp};overig;overig;VR01`, `E2E Org B ${stamp};overig;overig;VR02`]),
    });
    await page.getByRole('button', { name: 'Proefimport' }).click();
    await page.getByTestId('import-report-dry-run').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('count-organisaties-create').textContent()).toBe('2');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-report-apply').waitFor({ timeout: 60_000 });
    const r = await getDriver().executeQuery(
      'MATCH (o:Organisation) WHERE o.name STARTS WITH $p RETURN count(o) AS n',
      { p: 'E2E Org' },
      { database: databaseName() },
    );
    expect(r.records[0]?.get('n')).toBeGreaterThanOrEqual(2);
    await ctx.close();
  });
});
