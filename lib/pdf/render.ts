import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Prints HTML to PDF in Debian's Chromium. One browser per process, started on first use (or
// ahead of time by warmPdfBrowser) and reused: a cold start costs 0.5–1 s. Each PDF gets its own
// fresh context (JavaScript off, offline, every request refused: the renderer reaches nothing),
// closed afterwards; the next one is prepared right away in the background (a "spare"), because
// a new context + page costs 0.3–1 s on a busy machine. After IDLE_MS without a PDF the browser
// is closed; playwright also kills it when the process exits. Tests and scripts call
// closePdfBrowser() in their teardown.

export class PdfRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfRenderError';
  }
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-sync',
  '--disable-component-update',
];

/** Closes the browser after this long without a PDF (it holds ~150 MB). */
export const IDLE_MS = 10 * 60_000;

interface Fresh {
  context: BrowserContext;
  page: Page;
  browser: Browser;
}

const holder = globalThis as unknown as {
  __koppelvlakPdfBrowser?: Promise<Browser>;
  __koppelvlakPdfSpare?: Promise<Fresh | null>;
  __koppelvlakPdfIdle?: ReturnType<typeof setTimeout>;
};

function armIdleTimer(): void {
  if (holder.__koppelvlakPdfIdle) clearTimeout(holder.__koppelvlakPdfIdle);
  holder.__koppelvlakPdfIdle = setTimeout(() => void closePdfBrowser().catch(() => undefined), IDLE_MS);
  holder.__koppelvlakPdfIdle.unref();
}

async function browser(): Promise<Browser> {
  const existing = holder.__koppelvlakPdfBrowser;
  if (existing) {
    const b = await existing.catch(() => null);
    if (b && b.isConnected()) return b;
    // Died (crash, killed): drop it and start another.
    if (holder.__koppelvlakPdfBrowser === existing) holder.__koppelvlakPdfBrowser = undefined;
  }
  // A concurrent caller may have started one while we awaited.
  if (holder.__koppelvlakPdfBrowser && holder.__koppelvlakPdfBrowser !== existing)
    return holder.__koppelvlakPdfBrowser;
  const started = chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  holder.__koppelvlakPdfBrowser = started;
  const b = await started.catch((e: unknown) => {
    if (holder.__koppelvlakPdfBrowser === started) holder.__koppelvlakPdfBrowser = undefined;
    throw new PdfRenderError(
      `Chromium kon niet starten / Chromium could not start: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  });
  b.on('disconnected', () => {
    if (holder.__koppelvlakPdfBrowser === started) {
      holder.__koppelvlakPdfBrowser = undefined;
      holder.__koppelvlakPdfSpare = undefined;
    }
  });
  armIdleTimer();
  return b;
}

async function freshPage(b: Browser): Promise<Fresh> {
  const context = await b.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route('**/*', (route) => route.abort());
    return { context, page: await context.newPage(), browser: b };
  } catch (e) {
    await context.close().catch(() => undefined);
    throw e;
  }
}

/** Prepares the next context + page in the background (at most one waits). */
function prepareSpare(b: Browser): void {
  if (holder.__koppelvlakPdfSpare || !b.isConnected()) return;
  holder.__koppelvlakPdfSpare = freshPage(b).catch(() => null);
}

/** The spare when it is usable (same, living browser; never used), else a new one. */
async function takePage(b: Browser): Promise<Fresh> {
  const pending = holder.__koppelvlakPdfSpare;
  holder.__koppelvlakPdfSpare = undefined;
  const spare = pending ? await pending : null;
  if (spare && spare.browser === b && b.isConnected() && !spare.page.isClosed()) return spare;
  if (spare) await spare.context.close().catch(() => undefined);
  return freshPage(b);
}

export interface PdfOptions {
  headerTemplate: string;
  footerTemplate: string;
  title?: string;
}

/** Milliseconds spent in each phase of one htmlToPdf call (filled in as it goes). */
export type RenderTimings = {
  /** Waiting for the shared browser: ~0 when warm, a cold start otherwise. */
  browserMs?: number;
  /** A fresh context + page: ~0 when the spare was ready. */
  pageMs?: number;
  /** setContent until the load event (layout of the HTML, SVG parsing). */
  loadMs?: number;
  /** page.pdf(): pagination and PDF writing. */
  printMs?: number;
};

export async function htmlToPdf(
  html: string,
  opts: PdfOptions,
  timings: RenderTimings = {},
): Promise<Buffer> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const d = Math.round(now - t);
    t = now;
    return d;
  };
  const b = await browser();
  timings.browserMs = lap();
  armIdleTimer();
  let fresh: Fresh | null = null;
  try {
    fresh = await takePage(b);
    timings.pageMs = lap();
    const { page } = fresh;
    await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    timings.loadMs = lap();
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: opts.headerTemplate,
      footerTemplate: opts.footerTemplate,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
    });
    timings.printMs = lap();
    return pdf;
  } catch (e) {
    throw new PdfRenderError(
      `PDF maken mislukt / PDF rendering failed: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  } finally {
    // Every PDF its own context: nothing of one briefing is left for the next.
    await fresh?.context.close().catch(() => undefined);
    prepareSpare(b);
  }
}

/** Closes the shared browser (tests, scripts, idle timeout). */
export async function closePdfBrowser(): Promise<void> {
  const existing = holder.__koppelvlakPdfBrowser;
  holder.__koppelvlakPdfBrowser = undefined;
  holder.__koppelvlakPdfSpare = undefined;
  if (holder.__koppelvlakPdfIdle) clearTimeout(holder.__koppelvlakPdfIdle);
  holder.__koppelvlakPdfIdle = undefined;
  if (existing) await (await existing.catch(() => null))?.close();
}

/** The shared browser if one is running (tests: reuse, relaunch, teardown). */
export async function runningPdfBrowser(): Promise<Browser | null> {
  const b = await holder.__koppelvlakPdfBrowser?.catch(() => null);
  return b && b.isConnected() ? b : null;
}

/**
 * Starts the shared browser and prepares a page ahead of time (when a briefing is requested,
 * or the snapshots page is opened by someone who can make one); errors surface at htmlToPdf.
 */
export function warmPdfBrowser(): void {
  browser().then(prepareSpare, () => undefined);
}
