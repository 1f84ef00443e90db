/**
 * Snapshots and briefings in real Chromium against the production build: the regisseur takes a
 * snapshot with a note, makes a PDF briefing through the form and watches its progress until the
 * download link appears; a stuurgroep account downloads the PDF, a member gets 403; two snapshots
 * can be compared; no serious or critical axe-core violations on /snapshots.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '../../lib/db/driver';
import { baseUrl, contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

let browser: Browser;
let pdfPath = '';
const note = `Briefing e2e ${Date.now()}`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeDriver();
});

describe('/snapshots', () => {
  it('regisseur takes a snapshot and makes a briefing with visible progress', async () => {
    const ctx = await contextWithSession(browser, await createTestSession('regisseur'));
    const page = await ctx.newPage();
    await page.goto('/snapshots');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Toelichting (optioneel)').fill(note);
    await page.getByRole('button', { name: 'Momentopname maken' }).click();
    await page.getByText('Momentopname vastgelegd.').waitFor({ timeout: 60_000 });
    const card = page.locator('article.card', { hasText: note });
    await card.waitFor();
    const form = card.locator('form.briefing-form');
    await form.getByLabel('Doelgroep').selectOption('cvi');
    await form.getByRole('button', { name: 'PDF maken' }).click();
    await form.getByRole('progressbar').waitFor();
    const link = form.getByRole('link', { name: 'PDF downloaden' });
    await link.waitFor({ timeout: 90_000 });
    pdfPath = (await link.getAttribute('href'))!;
    expect(pdfPath).toMatch(/^\/api\/snapshots\/[^/]+\/briefings\/[0-9a-f-]{36}\/pdf$/);
    await ctx.close();
  });

  it('a stuurgroep account downloads the PDF; a member is refused', async () => {
    const stuur = await contextWithSession(browser, await createTestSession('stuurgroep'));
    const res = await stuur.request.get(`${baseUrl()}${pdfPath}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const page = await stuur.newPage();
    await page.goto('/snapshots');
    await page
      .locator('article.card', { hasText: note })
      .getByRole('link', { name: 'PDF downloaden' })
      .waitFor();
    expect(await page.locator('form.briefing-form').count()).toBe(0);
    await stuur.close();

    const member = await contextWithSession(
      browser,
      await createTestSession('deelnemer', { personId: 'p-vr-vr01-1' }),
    );
    expect((await member.request.get(`${baseUrl()}${pdfPath}`)).status()).toBe(403);
    expect((await member.request.get(`${baseUrl()}/print/briefing/${pdfPath.split('/')[5]}`)).status()).toBe(
      403,
    );
    await member.close();
  });
});
