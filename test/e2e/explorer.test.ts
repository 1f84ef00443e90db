/**
 * /verkenner in real Chromium as a regisseur: search, focus, missing-links overlay (dashed edges
 * counted by the component), a filter chip, SVG and PNG export, a shared URL that restores the
 * same focus, ForceAtlas2 in its worker under the real CSP, and axe-core. Prints the measured time
 * to interactive; the screenshot with the overlay goes to test-results/explorer-overlay.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import { closeDriver } from '../../lib/db/driver';
import { contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { confidentialOutside } from '../helpers/confidential';
import { createTestSession } from '../helpers/session';

const ORG = 'vr-vr01';
const ORG_NAME = 'Veiligheidsregio Groningen';
/** A fictitious GGD employee of region 01 (demo seed): a deelnemer of an uninvolved organisation. */
const MEMBER_PERSON = 'p-ggd-vr01-1';
let browser: Browser;
let ctx: BrowserContext;
let session: Awaited<ReturnType<typeof createTestSession>>;

const graph = (page: Page) => page.locator('[data-testid="explorer-graph"]');
const attr = async (page: Page, name: string) => Number(await graph(page).getAttribute(name));

async function openReady(page: Page, path: string): Promise<number> {
  // The first request of a fresh server computes the analysis and default layouts (then cached).
  await page.goto(path, { timeout: 180_000 });
  await page.waitForSelector('[data-testid="explorer-graph"][data-ready="1"]', { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('explorer:interactive')[0]?.startTime ?? -1);
}

beforeAll(async () => {
  session = await createTestSession('regisseur');
  browser = await launchBrowser();
  ctx = await contextWithSession(browser, session);
}, 60_000);

afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await closeDriver();
});

describe('/verkenner', () => {
  it('searches, focuses, overlays missing links, filters, exports and restores a shared link', async () => {
    const page = await ctx.newPage();
    const cold = await openReady(page, '/verkenner');
    const tti = await openReady(page, '/verkenner');
    console.log(
      `[explorer] demo data: time to interactive ${Math.round(tti)} ms warm, ${Math.round(cold)} ms on a cold server`,
    );
    expect(tti).toBeGreaterThan(0);
    const allNodes = await attr(page, 'data-visible-nodes');
    expect(allNodes).toBeGreaterThan(10);

    await page.fill('[data-testid="explorer-search"]', 'groningen');
    await page
      .getByRole('option', { name: new RegExp(ORG_NAME) })
      .first()
      .click();
    await expect.poll(() => graph(page).getAttribute('data-focus')).toBe(ORG);
    await expect.poll(() => page.locator('[data-testid="detail-panel"] h2').textContent()).toBe(ORG_NAME);

    await page.check('[data-testid="toggle-missing"]');
    await expect.poll(() => attr(page, 'data-missing-edges'), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(700); // let the camera flight finish before the picture
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/explorer-overlay.png', fullPage: false });

    // People view: the same missing links, dashed between the organisations' natural contacts.
    await page.check('input[name="kv-view"][value="mensen"]');
    await expect.poll(() => attr(page, 'data-visible-nodes')).toBeGreaterThan(allNodes);
    await expect.poll(() => attr(page, 'data-missing-edges'), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="explorer-legend"]').textContent()).resolves.toMatch(
      /contactpersonen/,
    );
    await expect(page.locator('[data-testid="missing-table"] small').count()).resolves.toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: 'test-results/explorer-people-overlay.png', fullPage: false });
    await page.check('input[name="kv-view"][value="organisaties"]');
    await expect.poll(() => graph(page).getAttribute('data-focus')).toBe(ORG);

    await page.locator('[data-testid="filter-panel"] summary').click();
    await page.check('[data-testid="filter-region-VR01"]');
    await expect.poll(() => attr(page, 'data-visible-nodes')).toBeLessThan(allNodes);
    await expect(page.locator('[data-testid="filter-chips"] .chip').count()).resolves.toBe(1);
    await page.locator('[data-testid="filter-panel"] summary').click();

    const [svgDl] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-svg"]'),
    ]);
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { g: Array<{ '@_class': string; text?: unknown }> };
    };
    const labels = doc.svg.g.find((g) => g['@_class'] === 'labels');
    const texts = JSON.stringify(labels?.text ?? []);
    console.log(
      `[explorer] SVG: ${svg.length} bytes, ${(svg.match(/<circle/g) ?? []).length} circles, ${(svg.match(/<text/g) ?? []).length} texts`,
    );
    expect(texts).toContain(ORG_NAME);
    expect(svg).toContain('stroke-dasharray');

    await page.fill('.kv-export input[type="number"]', '1200');
    const [pngDl] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-png"]'),
    ]);
    const png = readFileSync((await pngDl.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let sum = 0;
      let sq = 0;
      let nonWhite = 0;
      for (let i = 0; i < d.length; i += 4) {
        const v = (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
        sum += v;
        sq += v * v;
        if (v < 240) nonWhite++;
      }
      const n = d.length / 4;
      return { width: c.width, variance: sq / n - (sum / n) ** 2, nonWhite };
    }, png.toString('base64'));
    console.log(
      `[explorer] PNG ${stats.width}px wide, ${png.length} bytes, ${stats.nonWhite} non-white pixels, variance ${stats.variance.toFixed(1)}`,
    );
    expect(stats.width).toBe(1200);
    expect(stats.nonWhite).toBeGreaterThan(500);
    expect(stats.variance).toBeGreaterThan(1);

    await page.waitForTimeout(400); // camera state is written to the URL after 250 ms
    const shared = page.url();
    expect(shared).toContain(`focus=${ORG}`);
    const again = await ctx.newPage();
    await openReady(again, shared);
    await expect.poll(() => graph(again).getAttribute('data-focus')).toBe(ORG);
    expect(await again.isChecked('[data-testid="toggle-missing"]')).toBe(true);
    await expect(again.locator('[data-testid="filter-chips"] .chip').count()).resolves.toBe(1);
    expect(await attr(again, 'data-visible-nodes')).toBe(await attr(page, 'data-visible-nodes'));

    expect(await seriousAxeViolations(page)).toEqual([]);
    await again.close();
    await page.close();
  }, 420_000);

  it('answers hover and click on a node (grid hit test, no GPU picking)', async () => {
    const page = await ctx.newPage();
    await openReady(page, `/verkenner?focus=${ORG}`);
    // The camera flies to the focused node: it ends up in the middle of the canvas.
    await page.waitForTimeout(1_000);
    const box = (await graph(page).boundingBox())!;
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(mid.x - 40, mid.y - 40);
    const t = Date.now();
    await page.mouse.move(mid.x, mid.y);
    await expect.poll(() => graph(page).getAttribute('data-hover'), { timeout: 5_000 }).toBe(ORG);
    console.log(`[explorer] pointer on a node → hovered in ${Date.now() - t} ms (demo data)`);
    // Close the details (no focus, the camera stays): a click on the node in the middle focuses it.
    await page.locator('[data-testid="detail-panel"] button').first().click();
    await expect.poll(() => graph(page).getAttribute('data-focus')).toBe('');
    await page.waitForTimeout(500); // the canvas may have grown into the panel's room
    const after = (await graph(page).boundingBox())!;
    await page.mouse.click(after.x + after.width / 2, after.y + after.height / 2);
    await expect.poll(() => graph(page).getAttribute('data-focus')).toBe(ORG);
    await page.close();
  }, 240_000);

  it('gives a member of an uninvolved organisation neither a confidential koppelvlak in the page nor in its data, and revalidates the data with an ETag', async () => {
    const memberSession = await createTestSession('deelnemer', { personId: MEMBER_PERSON });
    const member = await viewerFromToken(memberSession.token);
    const foreign = await confidentialOutside(member.organisationIds);
    expect(foreign.length).toBeGreaterThan(0);
    const base = process.env.E2E_BASE_URL!;
    const get = (path: string, cookie: string, headers: Record<string, string> = {}) =>
      fetch(base + path, { headers: { cookie, ...headers } });

    const page = await (await get('/verkenner', memberSession.cookie)).text();
    const res = await get('/api/graph', memberSession.cookie);
    expect(res.status).toBe(200);
    const data = await res.text();
    expect(Number(res.headers.get('x-payload-bytes'))).toBe(Buffer.byteLength(data));
    for (const k of foreign) {
      expect(page).not.toContain(k.id);
      expect(data).not.toContain(k.id);
    }
    const forRegisseur = await get('/api/graph', session.cookie);
    const regisseurData = await forRegisseur.text();
    expect(foreign.some((k) => regisseurData.includes(k.id))).toBe(true);

    // Unchanged: 304 without a body. Another viewer's tag never matches this viewer's data.
    const tag = res.headers.get('etag')!;
    const again = await get('/api/graph', memberSession.cookie, { 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const crossed = await get('/api/graph', memberSession.cookie, {
      'if-none-match': forRegisseur.headers.get('etag')!,
    });
    expect(crossed.status).toBe(200);
  }, 120_000);

  it('runs ForceAtlas2 in its web worker under the real CSP and stops it', async () => {
    const strict = await contextWithSession(browser, session, { bypassCSP: false });
    const page = await strict.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openReady(page, '/verkenner?v=mensen');
    await page.click('[data-testid="layout-start"]');
    await expect
      .poll(
        async () =>
          Number(
            ((await page.textContent('[data-testid="layout-iterations"]')) ?? '').match(/\d+/)?.[0] ?? 0,
          ),
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    await page.click('[data-testid="layout-stop"]');
    await expect(page.locator('[data-testid="layout-start"]').count()).resolves.toBe(1);
    expect(errors.filter((e) => /Content Security Policy|worker/i.test(e))).toEqual([]);
    await strict.close();
  }, 240_000);
});
