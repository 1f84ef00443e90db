import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfBrowser, htmlToPdf, runningPdfBrowser, warmPdfBrowser } from '../../lib/pdf/render';

// The shared Chromium of lib/pdf/render.ts in real Chromium: kept warm and reused, started again
// after it died, closed on teardown, and never reaching the network from the briefing HTML.

const tmp = mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-pdf-render-'));
const opts = { headerTemplate: '<span></span>', footerTemplate: '<span></span>' };
let hits = 0;
let server: Server;
let port = 0;

const textOf = (pdf: Buffer, name: string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};

beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await closePdfBrowser();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(tmp, { recursive: true, force: true });
});

describe('htmlToPdf with the shared browser', () => {
  it('starts one browser ahead of time and reuses it for the next PDFs', async () => {
    expect(await runningPdfBrowser()).toBeNull();
    warmPdfBrowser();
    const first = await htmlToPdf('<p>Eerste briefing</p>', opts);
    const browser = await runningPdfBrowser();
    expect(browser).not.toBeNull();
    const timings: Record<string, number> = {};
    const second = await htmlToPdf('<p>Tweede briefing</p>', opts, timings);
    expect(await runningPdfBrowser()).toBe(browser);
    expect(textOf(first, 'a.pdf')).toContain('Eerste briefing');
    expect(textOf(second, 'b.pdf')).toContain('Tweede briefing');
    expect(Object.keys(timings).sort()).toEqual(['browserMs', 'loadMs', 'pageMs', 'printMs']);
    // Each PDF its own context, closed afterwards: at most the prepared spare stays open.
    expect(browser!.contexts().length).toBeLessThanOrEqual(1);
  });

  it('starts a new browser when the shared one died', async () => {
    const before = await runningPdfBrowser();
    await before!.close();
    const pdf = await htmlToPdf('<p>Na een crash</p>', opts);
    expect(textOf(pdf, 'c.pdf')).toContain('Na een crash');
    const after = await runningPdfBrowser();
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
  });

  it('makes no request for anything the HTML refers to', async () => {
    const url = `http://127.0.0.1:${port}`;
    const pdf = await htmlToPdf(
      `<link rel="stylesheet" href="${url}/s.css"><p>Zonder netwerk</p><img src="${url}/i.png" alt="">` +
        `<svg xmlns="http://www.w3.org/2000/svg"><image href="${url}/s.svg" width="10" height="10"/></svg>`,
      opts,
    );
    expect(textOf(pdf, 'd.pdf')).toContain('Zonder netwerk');
    expect(hits).toBe(0);
  });

  it('leaves no browser behind after closePdfBrowser', async () => {
    const b = await runningPdfBrowser();
    await closePdfBrowser();
    expect(b!.isConnected()).toBe(false);
    expect(await runningPdfBrowser()).toBeNull();
  });
});
