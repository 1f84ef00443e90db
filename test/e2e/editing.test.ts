// In real Chromium against the production build: a member adds a progress review to their own
// coalition; the project team moves an agreement's review date into the 90-day window and sees
// it in the expiring list.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

let browser: Browser;

async function one<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const r = await getDriver().executeQuery(cypher, params, { database: databaseName() });
  return r.records[0]?.toObject() as T;
}

/** Opens a page and waits for a selector; on this shared test machine the database can answer
 * 503 under load, so a page showing the outage notice is loaded again (at most three times). */
async function openWith(page: Page, url: string, selector: string) {
  for (let i = 0; i < 3; i++) {
    await page.goto(url);
    const ok = await page
      .locator(selector)
      .waitFor({ timeout: 60_000 })
      .then(() => true)
      .catch(() => false);
    if (ok) return;
  }
  throw new Error(`${selector} not shown on ${url}`);
}

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await closeDriver();
});

describe('editing in the browser', () => {
  it('lets a member add a progress review to their own coalition', async () => {
    const pick = await one<{ p: string; c: string }>(
      'MATCH (p:Person)-[:MEMBER_OF]->(c:Coalition) WHERE NOT (p)<-[:IS]-() RETURN p.id AS p, c.id AS c ORDER BY c.id DESC LIMIT 1',
    );
    const session = await createTestSession('deelnemer', { personId: pick.p });
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await page.goto(`/coalities/${encodeURIComponent(pick.c)}`);
    await page.getByRole('heading', { name: /Voortgangsgesprek toevoegen/ }).waitFor();
    const marker = `E2E bereikt ${Date.now()}`;
    await page.fill('#f-date', isoIn(-1));
    await page.getByLabel(/Wat hebben we bereikt/).fill(marker);
    await page.getByLabel(/Waar willen we naartoe/).fill('Een gezamenlijke oefening');
    await page.getByLabel(/wat blokkeert je/).fill('Geen budget voor oefeningen');
    await Promise.all([
      page.waitForURL(`**/coalities/${pick.c}`),
      page.getByRole('button', { name: 'Voortgangsgesprek toevoegen' }).click(),
    ]);
    await page.getByTestId('review-timeline').getByText(marker).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('review-timeline').textContent()).toContain(marker);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('lets the project team move a review date and see the agreement in the expiring list', async () => {
    const limit = isoIn(120);
    const a = await one<{ id: string }>(
      `MATCH (a:Agreement)<-[:PARTY_TO]-() WHERE a.status IN ['getekend', 'in-voorbereiding']
         AND (a.reviewAt IS NULL OR a.reviewAt > $limit) AND (a.expiresAt IS NULL OR a.expiresAt > $limit)
       RETURN DISTINCT a.id AS id ORDER BY id LIMIT 1`,
      { limit },
    );
    const session = await createTestSession('projectteam');
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await openWith(page, '/afspraken', '[data-testid="expiring-list"]');
    expect(await page.locator(`[data-testid="expiring-list"] tr[data-agreement="${a.id}"]`).count()).toBe(0);
    await openWith(page, `/bewerken/agreement/${encodeURIComponent(a.id)}`, '#f-reviewAt');
    const date = isoIn(30);
    await page.fill('#f-reviewAt', date);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('form-message').waitFor();
    expect(await page.getByTestId('form-message').textContent()).toContain('Opgeslagen');
    await openWith(page, '/afspraken', '[data-testid="expiring-list"]');
    const row = page.locator(`[data-testid="expiring-list"] tr[data-agreement="${a.id}"]`);
    expect(await row.textContent()).toContain(date);
    await openWith(page, `/bewerken/agreement/${encodeURIComponent(a.id)}`, '[data-testid="last-change"]');
    expect(await page.getByTestId('last-change').textContent()).toMatch(/projectteam/);
    await ctx.close();
  });
});
