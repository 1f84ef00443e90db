/**
 * One end-to-end journey per role in real Chromium against the production build: sign in through
 * /login (with the TOTP step for regisseur and projectteam, using the demo accounts with a fixed
 * password and TOTP secret), do the role's main task, sign out.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoUsers } from '../../lib/auth/demo-users';
import { viewerFromToken } from '../../lib/auth/session';
import { totpCode } from '../../lib/auth/totp';
import { closeDriver } from '../../lib/db/driver';
import { contextWithSession, launchBrowser } from '../helpers/browser';

const PASSWORD = 'e2e-Journey-wachtwoord-2026!';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let browser: Browser;

beforeAll(async () => {
  process.env.DEMO_PASSWORD = PASSWORD;
  process.env.DEMO_TOTP_SECRET = SECRET;
  await ensureDemoUsers();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await closeDriver();
});

const signOutButton = (page: Page) => page.locator('form[action="/api/auth/logout"] button');

async function signIn(page: Page, role: string, next = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.fill('#login-email', `${role}@demo.invalid`);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([
    page.waitForLoadState('load'),
    page.click('form[action="/api/auth/login"] button[type=submit]'),
  ]);
  if (new URL(page.url()).pathname === '/login/tweestaps') {
    // Fresh code; if we are at the very end of a 30 s step, wait for the next one.
    if (Date.now() % 30_000 > 27_000) await page.waitForTimeout(3_500);
    await page.fill('input[name="code"]', totpCode(SECRET));
    await Promise.all([
      page.waitForLoadState('load'),
      page.click('form[action="/api/auth/totp"] button[type=submit]'),
    ]);
  }
  await expect.poll(() => signOutButton(page).count(), { timeout: 20_000 }).toBeGreaterThan(0);
}

async function signOut(page: Page): Promise<void> {
  // Wait for the sign-out request itself: 'load' is already reached before the click, and a goto
  // started while the form's POST is in flight cancels it (the session would stay valid).
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/auth/logout') && r.request().method() === 'POST'),
    signOutButton(page).first().click(),
  ]);
  await page.goto('/');
  expect(await signOutButton(page).count()).toBe(0);
  expect(await page.locator('a[href="/login"]').count()).toBeGreaterThan(0);
}

async function noCrash(page: Page): Promise<void> {
  const body = await page.locator('body').innerText();
  expect(body).not.toContain('Er ging iets mis');
  expect(body).not.toMatch(/Application error|Internal Server Error/);
}

describe('journeys per role', () => {
  it('regisseur: sign in with TOTP, explore the network, sign out', async () => {
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();
    try {
      await signIn(page, 'regisseur', '/verkenner');
      await page.goto('/verkenner');
      await page.locator('canvas, table').first().waitFor({ state: 'attached', timeout: 90_000 });
      await noCrash(page);
      await signOut(page);
    } finally {
      await ctx.close();
    }
  }, 240_000);

  it('projectteam: sign in with TOTP, change a gap status, sign out', async () => {
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();
    try {
      await signIn(page, 'projectteam', '/gaps');
      await page.goto('/gaps');
      const link = page.locator('main a[href^="/gaps/"]').first();
      await link.waitFor({ timeout: 60_000 });
      await Promise.all([page.waitForLoadState('load'), link.click()]);
      const form = page.locator('[data-testid="status-form"]');
      await form.waitFor({ state: 'attached', timeout: 60_000 });
      // The form may sit in a closed <details>: open them all.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const select = form.locator('select[name="status"]');
      const options = await select
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      // A status that needs neither owner nor reason when possible.
      const target = options.find((o) => o === 'erkend' || o === 'open') ?? options[0];
      expect(target).toBeTruthy();
      await select.selectOption(target as string);
      for (const name of ['owner', 'reason', 'note']) {
        const f = form.locator(`[name="${name}"]`);
        if ((await f.count()) > 0 && (await f.isVisible())) await f.fill('Journey-test (fictief)');
      }
      const due = form.locator('[name="due"]');
      if ((await due.count()) > 0 && (await due.isVisible())) await due.fill('2026-12-31');
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/status') && r.request().method() === 'POST', {
          timeout: 30_000,
        }),
        form.locator('button[type=submit]').click(),
      ]);
      expect(res.status(), await res.text()).toBe(200);
      await noCrash(page);
      await signOut(page);
    } finally {
      await ctx.close();
    }
  }, 240_000);

  it('deelnemer: sign in, review own coalition, sign out', async () => {
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();
    try {
      await signIn(page, 'deelnemer', '/coalities');
      const cookie = (await ctx.cookies()).find((c) => c.name === 'kv_session');
      const coalition = (await viewerFromToken(cookie?.value)).coalitionIds[0];
      expect(coalition, 'a coalition to review').toBeTruthy();
      await page.goto(`/coalities/${encodeURIComponent(coalition as string)}`);
      await page.waitForSelector('[data-testid="review-timeline"]', { timeout: 30_000 });
      const before = await page.locator('[data-testid="review-timeline"] > li').count();
      const form = page.locator('section[aria-labelledby="add-review-h"] form');
      await form.waitFor({ timeout: 30_000 });
      for (const el of await form.locator('input:not([type=hidden]), textarea, select').all()) {
        if (!(await el.isVisible()) || (await el.inputValue().catch(() => 'x')) !== '') continue;
        const type = await el.getAttribute('type');
        const tag = await el.evaluate((e) => e.tagName);
        if (tag === 'SELECT') continue;
        if (type === 'date') await el.fill('2026-11-15');
        else if (type === 'number') await el.fill('2');
        else if (type === 'url') await el.fill('https://example.invalid/verslag');
        else if (type !== 'checkbox')
          await el.fill('Goede voortgang; volgende stap afgesproken (journey-test).');
      }
      await Promise.all([page.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
      await page.waitForTimeout(2_000);
      const feedback = await page
        .locator('[role=alert], .alert, [aria-invalid=true]')
        .allInnerTexts()
        .catch(() => []);
      console.log('[journeys] deelnemer review feedback:', JSON.stringify(feedback).slice(0, 500));
      await page.goto(`/coalities/${encodeURIComponent(coalition as string)}`);
      await expect
        .poll(() => page.locator('[data-testid="review-timeline"] > li').count(), { timeout: 20_000 })
        .toBe(before + 1);
      await noCrash(page);
      await signOut(page);
    } finally {
      await ctx.close();
    }
  }, 240_000);

  it('stuurgroep: sign in, read the overview and download a briefing or export, sign out', async () => {
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();
    try {
      await signIn(page, 'stuurgroep', '/');
      await page.goto('/');
      await page.locator('main h1').first().waitFor({ state: 'attached', timeout: 60_000 });
      await noCrash(page);
      const sel = 'a[href$="/pdf"], a[href^="/print/briefing/"], a[download], a[href^="/api/export"]';
      let link = page.locator(sel).first();
      if ((await link.count()) === 0) {
        await page.goto('/snapshots');
        link = page.locator(sel).first();
      }
      if ((await link.count()) > 0) {
        const href = (await link.getAttribute('href')) as string;
        const res = await page.request.get(href);
        expect(res.status()).toBeLessThan(400);
        expect((await res.body()).length).toBeGreaterThan(100);
      } else
        console.warn('[journeys] stuurgroep: no briefing/export link on / or /snapshots (none made yet)');
      await signOut(page);
    } finally {
      await ctx.close();
    }
  }, 240_000);

  it('publiek: overview and the membership form', async () => {
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();
    try {
      await page.goto('/');
      await page.locator('main h1').first().waitFor({ state: 'attached', timeout: 60_000 });
      await noCrash(page);
      await page.goto('/lid-worden');
      await page.fill('#lid-name', 'Bram Voorbeeldsma');
      await page.fill('#lid-email', `bram-${Date.now()}@example.invalid`);
      const org = page.locator('[name="organisationName"]');
      if (await org.count()) await org.fill('Waterschap Voorbeeld (fictief)');
      await page.fill('#lid-motivation', 'Wij willen graag deelnemen aan het netwerk voor drinkwater.');
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/lid-worden'), { timeout: 30_000 }),
        page.click('form[action="/api/auth/lid-worden"] button[type=submit]'),
      ]);
      expect(res.status()).toBe(303);
      expect(res.headers()['x-koppelvlak-error']).toBeUndefined();
      await page.waitForLoadState('load');
      await noCrash(page);
    } finally {
      await ctx.close();
    }
  }, 240_000);
});
