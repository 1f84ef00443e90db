/**
 * bench-explorer: opens /verkenner in Debian's Chromium and prints figures (no assertions):
 * time to interactive (performance mark `explorer:interactive`), payload size, search latency
 * (typing → suggestions painted), focus latency (pick → detail panel painted), hover latency
 * (pointer over a node → next frame) and frame times while panning, plus frame times while
 * ForceAtlas2 runs in its worker (the UI must keep painting).
 *
 * It starts nothing itself: point it at a running app.
 *   E2E_BASE_URL=http://127.0.0.1:3000 \
 *   BENCH_SESSION_TOKEN=<value of the kv_session cookie of a signed-in regisseur> \
 *   npx tsx scripts/bench-explorer.ts [--view organisaties|mensen|coalities] [--query groningen]
 *     [--params 'gaps=1&color=sector'] [--screenshot file.png] [--cold]
 * --params adds explorer URL state (gaps=1 switches the missing-links overlay on); --screenshot
 * saves the picture right after the page became interactive (before search/focus); --cold only
 * changes the wording (the first request after a server start). The load average is printed too.
 * Instead of BENCH_SESSION_TOKEN you may set NEO4J_URI/NEO4J_PASSWORD of the app's database: the
 * script then creates a throwaway regisseur session (test/helpers/session.ts).
 * For scale-20, seed the app's database with the scale-20 data first; the script is the same.
 */
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function token(): Promise<{ name: string; value: string }> {
  if (process.env.BENCH_SESSION_TOKEN) return { name: 'kv_session', value: process.env.BENCH_SESSION_TOKEN };
  if (!process.env.NEO4J_URI)
    throw new Error('set BENCH_SESSION_TOKEN, or NEO4J_URI (+ NEO4J_PASSWORD) to create a session');
  const { createTestSession } = await import('../test/helpers/session');
  const { closeDriver } = await import('../lib/db/driver');
  const s = await createTestSession('regisseur');
  await closeDriver();
  return { name: s.cookieName, value: s.token };
}

/** Frame intervals measured in the page while `during` runs. */
async function frames(page: Page, during: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    const w = window;
    w.__kvFrames = [];
    w.__kvRun = true;
    let last = performance.now();
    const tick = (t) => {
      w.__kvFrames.push(t - last);
      last = t;
      if (w.__kvRun) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await during();
  return page.evaluate(() => {
    const w = window as unknown as { __kvFrames: number[]; __kvRun: boolean };
    w.__kvRun = false;
    return w.__kvFrames.slice(1);
  });
}

/** Waits until three animation frames in a row take < 50 ms (the page is idle again); returns the wait. */
async function settle(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    let last = t0;
    let quiet = 0;
    const tick = (t) => {
      quiet = t - last < 50 ? quiet + 1 : 0;
      last = t;
      if (quiet >= 3 || t - t0 > 120000) resolve(t - t0);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

async function main() {
  const base = process.env.E2E_BASE_URL;
  if (!base) throw new Error('E2E_BASE_URL is not set (the script starts nothing itself)');
  const view = arg('view', 'organisaties');
  const query = arg('query', 'groningen');
  const cookie = await token();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    const ctx = await browser.newContext({ baseURL: base, viewport: { width: 1400, height: 900 } });
    await ctx.addCookies([
      { ...cookie, domain: new URL(base).hostname, path: '/', httpOnly: true, sameSite: 'Lax' },
    ]);
    const page = await ctx.newPage();
    let pageBytes = 0;
    let payload = { bytes: 0, gzip: 0 };
    page.on('response', async (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/verkenner') pageBytes += (await r.body().catch(() => Buffer.alloc(0))).length;
      if (url.pathname === '/api/graph' && r.status() === 200) {
        const body = await r.body().catch(() => Buffer.alloc(0));
        payload = { bytes: body.length, gzip: gzipSync(body).length };
      }
    });
    const extra = arg('params', '');
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
    await page.goto(`/verkenner?v=${view}${extra ? `&${extra}` : ''}`, { timeout: 300_000 });
    await page.waitForSelector('[data-testid="explorer-graph"][data-ready="1"]', { timeout: 120_000 });
    const tti = await page.evaluate(
      () => performance.getEntriesByName('explorer:interactive')[0]?.startTime ?? NaN,
    );
    const nodes = await page.getAttribute('[data-testid="explorer-graph"]', 'data-visible-nodes');
    const edges = await page.getAttribute('[data-testid="explorer-graph"]', 'data-visible-edges');
    console.log(
      `view ${view}: ${nodes} nodes, ${edges} edges; page ${(pageBytes / 1024).toFixed(0)} KiB, payload (GET /api/graph) ${(payload.bytes / 1024).toFixed(0)} KiB, ${(payload.gzip / 1024).toFixed(0)} KiB gzipped`,
    );
    console.log(`time to interactive${process.argv.includes('--cold') ? ' (cold server)' : ''}: ${ms(tti)}`);
    const missing = await page.getAttribute('[data-testid="explorer-graph"]', 'data-missing-edges');
    if (extra.includes('gaps=1')) console.log(`dashed missing links drawn: ${missing}`);
    const shot = arg('screenshot', '');
    if (shot) {
      await page.waitForTimeout(500);
      await page.locator('[data-testid="explorer-graph"]').screenshot({ path: shot });
      console.log(`screenshot: ${shot}`);
    }

    // Typing at once competes with the first full frames (GPU-bound without a GPU): report both.
    const busy = await page.evaluate(async () => {
      const t0 = performance.now();
      await new Promise(requestAnimationFrame);
      return performance.now() - t0;
    });
    console.log(
      `first frame after interactive: ${ms(busy)}; until frames are short: ${ms(await settle(page))}`,
    );
    const search = await page.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="explorer-search"]')!;
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const t0 = performance.now();
      set.call(input, q);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise(requestAnimationFrame);
      while (!document.querySelector('[role="option"]')) await new Promise(requestAnimationFrame);
      return performance.now() - t0;
    }, query);
    console.log(`search "${query}" → suggestions painted: ${ms(search)}`);
    const t0 = Date.now();
    await page.locator('[role="option"]').first().click();
    await page.waitForSelector('[data-testid="detail-panel"]');
    console.log(`pick → focus + detail panel: ${ms(Date.now() - t0)} (includes the click round trip)`);

    const box = (await page.locator('[data-testid="explorer-graph"]').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // Hover: the pointer onto the focused node (the camera flew it to the middle) until the canvas
    // reports it hovered (data-hover), from a spot beside it each time.
    const focused = await page.getAttribute('[data-testid="explorer-graph"]', 'data-focus');
    console.log(`camera flight to the focus, until frames are short again: ${ms(await settle(page))}`);
    const hoverOnce = async (): Promise<number> => {
      await page.mouse.move(box.x + 3, box.y + 3);
      await page.waitForFunction(
        (k) => document.querySelector('[data-testid="explorer-graph"]')?.getAttribute('data-hover') !== k,
        focused,
      );
      const t = performance.now();
      await page.mouse.move(cx, cy);
      await page.waitForFunction(
        (k) => document.querySelector('[data-testid="explorer-graph"]')?.getAttribute('data-hover') === k,
        focused,
        { timeout: 30_000, polling: 'raf' },
      );
      return performance.now() - t;
    };
    const hover: number[] = [];
    for (let i = 0; i < 10; i++) hover.push(await hoverOnce());
    console.log(`pointer onto a node → hovered: p50 ${ms(pct(hover, 50))}, p95 ${ms(pct(hover, 95))}`);
    const pan = await frames(page, async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; i < 60; i++) await page.mouse.move(cx + i * 4, cy + Math.sin(i / 6) * 40);
      await page.mouse.up();
    });
    console.log(
      `panning: ${pan.length} frames, p50 ${ms(pct(pan, 50))}, p95 ${ms(pct(pan, 95))}, max ${ms(Math.max(...pan))}`,
    );
    // Back to the focus, then a full redraw (colour by sector) and at once the pointer onto the
    // node: sigma's GPU picking would wait for that frame, the grid hit test does not.
    await page.locator('[data-testid="detail-panel"] button').first().click();
    await page.fill('[data-testid="explorer-search"]', query);
    await page.locator('[role="option"]').first().click();
    await settle(page);
    await page.selectOption('[data-testid="color-by"]', 'sector');
    console.log(`first hover during the full redraw after a colour change: ${ms(await hoverOnce())}`);
    console.log(`…and that redraw, until frames are short again: ${ms(await settle(page))}`);

    const layout = await frames(page, async () => {
      await page.click('[data-testid="layout-start"]');
      await page.waitForTimeout(3000);
      await page.click('[data-testid="layout-stop"]');
    });
    const its = await page.textContent('[data-testid="layout-iterations"]');
    console.log(
      `ForceAtlas2 (worker) 3 s: ${its?.trim()}; frames p50 ${ms(pct(layout, 50))}, p95 ${ms(pct(layout, 95))}, max ${ms(Math.max(...layout))}`,
    );
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
