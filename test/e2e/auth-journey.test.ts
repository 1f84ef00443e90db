/**
 * The sign-in journey in Chromium: a regisseur signs in with password and TOTP, opens /beheer,
 * and signs out; a second visit to /beheer goes back to the login page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { totpCode, generateTotpSecret } from '../../lib/auth/totp';
import { closeDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession, TEST_PASSWORD } from '../helpers/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeDriver();
});

describe('sign-in journey', () => {
  it('regisseur: password, TOTP, /beheer, sign out', async () => {
    const account = await createTestSession('regisseur');
    const secret = generateTotpSecret();
    await runQuery('set-user-totp', {
      userId: account.userId,
      totpSecret: secret,
      step: null,
      now: new Date().toISOString(),
    });
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();

    await page.goto('/beheer');
    await page.waitForURL(/\/login\?next=%2Fbeheer/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Wachtwoord').fill('a wrong password');
    await page.getByRole('button', { name: 'Inloggen' }).last().click();
    await page.waitForSelector('[data-testid="flash-error"]');
    expect(await page.textContent('[data-testid="flash-error"]')).toContain(
      'Onbekend e-mailadres of onjuist wachtwoord',
    );

    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).last().click();
    await page.waitForURL(/\/login\/tweestaps/);
    // Password alone gives no access yet.
    const early = await ctx.request.get('/beheer/gebruikers', { maxRedirects: 0 });
    expect(early.status()).toBe(307);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Code (6 cijfers)').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.waitForURL(/\/beheer$/);
    expect(await page.textContent('h1')).toBe('Beheer');
    expect(await page.locator('main a[href="/beheer/gebruikers"]').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto('/beheer/gebruikers');
    expect(await page.locator(`[data-testid="user-${account.email}"]`).count()).toBe(1);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(await page.locator('header a[href="/login"]').count()).toBe(1);
    await page.goto('/beheer');
    await page.waitForURL(/\/login\?next=%2Fbeheer/);
    await ctx.close();
  });

  it('a member applies through the public form', async () => {
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();
    await page.goto('/lid-worden');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Naam').fill('Greet Aanvraag (fictief)');
    await page.getByLabel('E-mailadres').fill('greet@test.invalid');
    await page.getByLabel('Organisatie').fill('Veiligheidsregio Groningen');
    await page
      .getByLabel('Motivatie (waarom wilt u deelnemen?)')
      .fill('Ik wil graag meewerken aan de koppelvlakken.');
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await page.waitForSelector('[data-testid="flash-ok"]');
    const waiting = await runQuery('get-membership-requests', { status: 'aangevraagd' });
    expect(waiting.some((r) => r.email === 'greet@test.invalid')).toBe(true);
    await ctx.close();
  });
});
