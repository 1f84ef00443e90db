import { chromium, type Browser } from 'playwright-core';

// Prints HTML to PDF in Debian's Chromium. One browser per process, started on first use and
// reused (a cold start costs ~1 s); each PDF gets its own context, closed afterwards. The page is
// loaded with setContent and every network request is refused: the renderer reaches nothing.

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

const holder = globalThis as unknown as { __koppelvlakPdfBrowser?: Promise<Browser> };

async function browser(): Promise<Browser> {
  const existing = holder.__koppelvlakPdfBrowser;
  if (existing) {
    const b = await existing.catch(() => null);
    if (b && b.isConnected()) return b;
  }
  const started = chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  holder.__koppelvlakPdfBrowser = started;
  const b = await started.catch((e: unknown) => {
    holder.__koppelvlakPdfBrowser = undefined;
    throw new PdfRenderError(
      `Chromium kon niet starten / Chromium could not start: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  });
  b.on('disconnected', () => {
    if (holder.__koppelvlakPdfBrowser === started) holder.__koppelvlakPdfBrowser = undefined;
  });
  return b;
}

export interface PdfOptions {
  headerTemplate: string;
  footerTemplate: string;
  title?: string;
}

export async function htmlToPdf(html: string, opts: PdfOptions): Promise<Buffer> {
  const b = await browser();
  const context = await b.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: opts.headerTemplate,
      footerTemplate: opts.footerTemplate,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
    });
  } catch (e) {
    throw new PdfRenderError(
      `PDF maken mislukt / PDF rendering failed: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Closes the shared browser (tests, shutdown). */
export async function closePdfBrowser(): Promise<void> {
  const existing = holder.__koppelvlakPdfBrowser;
  holder.__koppelvlakPdfBrowser = undefined;
  if (existing) await (await existing.catch(() => null))?.close();
}

/** Starts the shared browser ahead of time (while the data loads); errors surface at htmlToPdf. */
export function warmPdfBrowser(): void {
  browser().catch(() => undefined);
}
