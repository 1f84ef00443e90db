/**
 * Every page in app/ (walked from the file system; dynamic segments get seeded ids), in real
 * Chromium: no serious or critical axe-core violations (WCAG 2.1 A/AA), for a signed-in
 * regisseur (sees the most) and for the public. Also: names containing HTML/script are shown as
 * text everywhere — nothing injected executes (the context bypasses CSP, so this tests escaping,
 * not only the CSP).
 */
import type { Browser } from 'playwright-core';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { baseUrl, contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { listPages } from '../helpers/fuzz';
import { createTestSession } from '../helpers/session';

const XSS = '<img src=x onerror=window.__pwned=1>';
const XSS2 = '<script>window.__pwned=2</script>';
const pages = listPages();
let browser: Browser;
let session: Awaited<ReturnType<typeof createTestSession>>;

async function cleanupXss() {
  const d = neo4j.driver(
    process.env.NEO4J_URI as string,
    neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  try {
    await d.executeQuery("MATCH (n) WHERE n.id IN ['xss-org', 'xss-person', 'xss-kv'] DETACH DELETE n");
  } finally {
    await d.close();
  }
}

beforeAll(async () => {
  session = await createTestSession('regisseur');
  const now = new Date().toISOString();
  const date = '2026-10-01';
  await runQuery('upsert-organisations', {
    rows: [
      {
        id: 'xss-org',
        name: `${XSS} Waterschap ${XSS2}`,
        kind: 'vitale-aanbieder',
        chain: 'functioneel',
        sectorId: 'energie',
        regionCodes: ['VR01'],
        processIds: [],
        description: `=HYPERLINK("http://evil.invalid") ${XSS}`,
        source: 'e2e xss',
        date,
      },
    ],
    now,
  });
  await runQuery('upsert-people', {
    rows: [
      {
        id: 'xss-person',
        name: `Anna ${XSS}`,
        role: `<b>rol</b>${XSS2}`,
        level: 'operationeel',
        organisationId: 'xss-org',
        email: null,
        source: 'e2e xss',
        date,
      },
    ],
    now,
  }).catch(() => undefined); // level enum may differ; the organisation alone already covers it
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await cleanupXss().catch(() => undefined);
  await closeDriver();
});

describe('accessibility (axe-core) on every page', () => {
  it('lists the pages', () => {
    console.log('[axe] pages:', pages.map((p) => p.url).join(' '));
    expect(pages.map((p) => p.pattern)).toContain('/');
  });

  for (const who of ['regisseur', 'publiek'] as const) {
    it(`no serious/critical violations as ${who}`, async () => {
      const ctx = await contextWithSession(browser, who === 'publiek' ? null : session);
      const page = await ctx.newPage();
      const found: string[] = [];
      try {
        for (const p of pages) {
          const res = await page.goto(p.url, { waitUntil: 'networkidle', timeout: 60_000 }).catch(() => null);
          if (!res) {
            found.push(`${p.url}: did not load`);
            continue;
          }
          if (res.status() >= 500) found.push(`${p.url}: HTTP ${res.status()}`);
          const v = await seriousAxeViolations(page);
          for (const x of v) found.push(`${p.url}: ${x.impact} ${x.id} (${x.nodes}×) ${x.help}`);
        }
      } finally {
        await ctx.close();
      }
      expect(found, found.join('\n')).toEqual([]);
    }, 600_000);
  }
});

describe('HTML/script in names is shown as text everywhere', () => {
  it('no injected element executes on any page', async () => {
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const problems: string[] = [];
    const extra = ['/verkenner?focus=xss-org', '/organisaties/xss-org', '/organisatie/xss-org'];
    try {
      for (const url of [...pages.map((p) => p.url), ...extra]) {
        const res = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 }).catch(() => null);
        if (!res || res.status() === 404) continue;
        await page.waitForTimeout(300);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          injected: document.querySelectorAll('img[src="x"], svg[onload]').length,
          text: document.body.innerText.includes('<img src=x'),
        }));
        if (state.pwned !== undefined) problems.push(`${url}: window.__pwned = ${state.pwned}`);
        if (state.injected > 0) problems.push(`${url}: ${state.injected} injected element(s)`);
        const html = await res.text().catch(() => '');
        if (/<img src=x onerror|<script>window\.__pwned/i.test(html))
          problems.push(`${url}: raw hostile markup in the server HTML`);
      }
    } finally {
      await ctx.close();
    }
    expect(dialogs).toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 600_000);

  it('the server HTML carries the name escaped', async () => {
    const base = baseUrl();
    const cookie = session.cookie;
    let seen = 0;
    for (const p of pages) {
      const html = await (await fetch(base + p.url, { headers: { cookie } })).text();
      if (html.includes('&lt;img src=x onerror=window.__pwned=1&gt;')) seen++;
      expect(html).not.toMatch(/<img src=x onerror|<script>window\.__pwned/i);
    }
    console.log(`[xss] escaped hostile name found in the HTML of ${seen} page(s)`);
  });
});
