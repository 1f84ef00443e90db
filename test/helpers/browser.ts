import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium, driven by playwright-core (no browser download).
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function baseUrl(): string {
  const b = process.env.E2E_BASE_URL;
  if (!b)
    throw new Error(
      'E2E_BASE_URL is not set: run e2e tests through the e2e project (test/setup/global-app.ts)',
    );
  return b;
}

/** A browser context that carries a session cookie made by createTestSession. */
export async function contextWithSession(
  browser: Browser,
  session: { cookieName: string; token: string } | null,
  opts: { bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  // bypassCSP (default) only so axe-core can be injected; the app's own scripts run under its CSP.
  // Pass bypassCSP: false to test something under the real CSP.
  const ctx = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 1400, height: 900 },
    bypassCSP: opts.bypassCSP ?? true,
  });
  if (session) {
    const url = new URL(baseUrl());
    await ctx.addCookies([
      {
        name: session.cookieName,
        value: session.token,
        domain: url.hostname,
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
      },
    ]);
  }
  return ctx;
}

/** Runs axe-core in the page; returns violations with impact serious or critical. */
export async function seriousAxeViolations(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: number }[]> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const result = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  })) as { violations: { id: string; impact: string; help: string; nodes: unknown[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
}
