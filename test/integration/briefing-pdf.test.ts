import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSession } from '../helpers/session';

// A briefing generated for the demo data end to end: real Neo4j, real Chromium, real files.
// KOPPELVLAK_DATA_DIR is a temporary folder (set before any module reads the configuration).
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-briefing-'));
process.env.KOPPELVLAK_DATA_DIR = dataDir;

const { viewerFromToken } = await import('../../lib/auth/session');
const { runQuery } = await import('../../lib/db/run');
const { cancelBriefing, createBriefing, downloadBriefing, getBriefing, prepareBriefings } =
  await import('../../lib/dal/briefings');
const { seedDemoSnapshots, takeSnapshot, getSnapshot, previousSnapshot } =
  await import('../../lib/dal/snapshots');
const { closePdfBrowser, runningPdfBrowser } = await import('../../lib/pdf/render');
const { GET: getPdfRoute } = await import('../../app/api/snapshots/[id]/briefings/[briefingId]/pdf/route');
const { GET: getPrintRoute } = await import('../../app/print/briefing/[briefingId]/route');

// Formatted here on purpose, not with lib/pdf/format: the PDF must show what the engine computed.
const pct = (v: number | null) => (v === null ? 'n.v.t.' : `${Math.round(v * 100)}%`);
const idx = (v: number | null) =>
  v === null ? 'n.v.t.' : `${v > 0 ? '+' : v < 0 ? '-' : ''}${Math.abs(v).toFixed(2).replace('.', ',')}`;
const nlDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const verb = (prev: string, now: string, a: number, b: number) =>
  prev === now
    ? `bleef gelijk op ${now}`
    : b > a
      ? `steeg van ${prev} naar ${now}`
      : `daalde van ${prev} naar ${now}`;

let snapshotId = '';
let briefingId = '';
let pdfPath = '';
let text = '';
let generationMs = 0;
type Session = Awaited<ReturnType<typeof createTestSession>>;
const sessions = {} as Record<'regisseur' | 'stuurgroep' | 'deelnemer', Session>;

beforeAll(async () => {
  sessions.regisseur = await createTestSession('regisseur');
  sessions.stuurgroep = await createTestSession('stuurgroep');
  sessions.deelnemer = await createTestSession('deelnemer', { personId: 'p-vr-vr01-1' });
  const regisseur = await viewerFromToken(sessions.regisseur.token);
  await seedDemoSnapshots(['2026-07-01']);
  const snap = await takeSnapshot(regisseur, 'Briefing voor het Veiligheidsberaad (testnotitie).');
  snapshotId = snap.id;
  const t0 = Date.now();
  const { id, done } = await createBriefing(regisseur, snapshotId, { audience: 'veiligheidsberaad' });
  briefingId = id;
  expect(await done).toBe('klaar');
  generationMs = Date.now() - t0;
  const { jobProgress } = await import('../../lib/pdf/jobs');
  console.log(
    `[briefing] generated in ${generationMs} ms; steps began at (ms):`,
    JSON.stringify(jobProgress(id)?.timings),
    'phases (ms):',
    JSON.stringify(jobProgress(id)?.phases),
  );
  const stuurgroep = await viewerFromToken(sessions.stuurgroep.token);
  const { pdf } = await downloadBriefing(stuurgroep, briefingId);
  pdfPath = path.join(dataDir, 'download.pdf');
  writeFileSync(pdfPath, pdf);
  text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}, 240_000);

afterAll(async () => {
  await closePdfBrowser();
  // KEEP_BRIEFING_PDF=1 keeps the PDFs and page images for a look by eye.
  if (process.env.KEEP_BRIEFING_PDF) console.log(`[briefing] files kept in ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
});

describe('briefing PDF for the demo data', () => {
  it('records the briefing as ready with its pages and time', async () => {
    const b = await getBriefing(await viewerFromToken(sessions.regisseur.token), briefingId);
    expect(b.status).toBe('klaar');
    expect(b.pages).toBeGreaterThanOrEqual(8);
    expect(b.ms).toBeGreaterThan(0);
    expect(readdirSync(path.join(dataDir, 'briefings')).sort()).toEqual([
      `${briefingId}.json`,
      `${briefingId}.pdf`,
    ]);
  });

  it('shows the headline figures exactly as the analysis engine computed them', async () => {
    const regisseur = await viewerFromToken(sessions.regisseur.token);
    const snap = await getSnapshot(regisseur, snapshotId);
    const prev = await previousSnapshot(regisseur, snap.asOf);
    const h = snap.headline!;
    const p = prev!.headline!;
    expect(text).toContain(
      `De dekking van categorie-A koppelvlakken ${verb(pct(p.coverage.A), pct(h.coverage.A), p.coverage.A!, h.coverage.A!)}.`,
    );
    expect(text).toContain(
      `De dekking van alle verwachte koppelvlakken ${verb(pct(p.coverage.all), pct(h.coverage.all), p.coverage.all!, h.coverage.all!)}.`,
    );
    expect(text).toContain(
      `De dichtheid tussen algemene en functionele keten ${verb(pct(p.crossChainDensity), pct(h.crossChainDensity), p.crossChainDensity!, h.crossChainDensity!)}.`,
    );
    expect(text).toContain(
      `De E-I-index van de algemene keten ${verb(idx(p.eiAlgemeen), idx(h.eiAlgemeen), p.eiAlgemeen!, h.eiAlgemeen!)}.`,
    );
    expect(text).toContain(
      `Het aantal open hiaten met hoge prioriteit ${verb(String(p.openGapsByPriority.hoog), String(h.openGapsByPriority.hoog), p.openGapsByPriority.hoog, h.openGapsByPriority.hoog)}.`,
    );
    expect(text).toContain(
      `Het aantal actieve coalities ${verb(String(p.activeCoalitions), String(h.activeCoalitions), p.activeCoalitions, h.activeCoalitions)}.`,
    );
    expect(text).toContain(`Vergeleken met de vorige momentopname van ${nlDate(prev!.asOf)}:`);
  });

  it('carries the date, page numbers and the audience', async () => {
    const regisseur = await viewerFromToken(sessions.regisseur.token);
    const snap = await getSnapshot(regisseur, snapshotId);
    expect(text).toContain(`Momentopname van ${nlDate(snap.asOf)}`);
    expect(text).toContain('Voor: Veiligheidsberaad');
    expect(text).toMatch(/Pagina 1 van \d+/);
    expect(text).toContain('CBS / Kadaster (PDOK), CC BY 4.0');
  });

  it('has every section, in order, each on its own page', async () => {
    const { briefing } = await import('../../lib/i18n/messages/briefing');
    const t = briefing.nl;
    const titles = [
      t.docTitle,
      t.summaryTitle,
      t.matrixTitle,
      t.mapTitle,
      t.networkTitle,
      t.gapsTitle,
      t.coalitionsTitle,
      t.appendixTitle,
    ];
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' '));
    // The first page a title starts on (the running header repeats the document title: skip it).
    const starts = titles.map((title, i) =>
      pages.findIndex((p) => (i === 0 ? p.includes(title) : p.includes(` ${title} `))),
    );
    expect(starts[0]).toBe(0);
    for (let i = 1; i < starts.length; i++) expect(starts[i], titles[i]).toBeGreaterThan(starts[i - 1]!);
  });

  it('names no person: not one of the seeded people, nor the regisseur', async () => {
    const people = await runQuery('get-people', {});
    expect(people.length).toBeGreaterThan(100);
    const found = people.filter((p) => text.includes(p.name)).map((p) => p.name);
    expect(found).toEqual([]);
    expect(text).not.toContain('Test regisseur');
    expect(text).toContain('Dit document bevat geen namen van personen.');
  });

  it('renders every page to a non-blank image', () => {
    const out = path.join(dataDir, 'page');
    execFileSync('pdftoppm', ['-r', '30', '-gray', pdfPath, out]);
    const pages = readdirSync(dataDir).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const f of pages) {
      // Binary PGM: header "P5\n<w> <h>\n255\n", then one byte per pixel.
      const buf = readFileSync(path.join(dataDir, f));
      const header = buf
        .subarray(0, 40)
        .toString('latin1')
        .match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
      expect(header, f).not.toBeNull();
      const px = buf.subarray(header![0].length);
      let sum = 0;
      let sq = 0;
      for (const v of px) {
        sum += v;
        sq += v * v;
      }
      const mean = sum / px.length;
      const variance = sq / px.length - mean * mean;
      expect(variance, `${f} is blank`).toBeGreaterThan(50);
    }
  });

  it('lets a stuurgroep account download it and refuses a member (403) and the public (401)', async () => {
    const url = `http://localhost/api/snapshots/${snapshotId}/briefings/${briefingId}/pdf`;
    const ctx = { params: Promise.resolve({ id: snapshotId, briefingId }) };
    const ok = await getPdfRoute(new Request(url, { headers: { cookie: sessions.stuurgroep.cookie } }), ctx);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await ok.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const member = await getPdfRoute(
      new Request(url, { headers: { cookie: sessions.deelnemer.cookie } }),
      ctx,
    );
    expect(member.status).toBe(403);
    const anonymous = await getPdfRoute(new Request(url), ctx);
    expect(anonymous.status).toBe(401);
  });

  it('guards the print page the same way', async () => {
    const url = `http://localhost/print/briefing/${briefingId}`;
    const ctx = { params: Promise.resolve({ briefingId }) };
    const ok = await getPrintRoute(
      new Request(url, { headers: { cookie: sessions.stuurgroep.cookie } }),
      ctx,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('<svg');
    expect(
      (await getPrintRoute(new Request(url, { headers: { cookie: sessions.deelnemer.cookie } }), ctx)).status,
    ).toBe(403);
    expect((await getPrintRoute(new Request(url), ctx)).status).toBe(401);
  });

  it('lets only the regisseur make a briefing', async () => {
    const stuurgroep = await viewerFromToken(sessions.stuurgroep.token);
    await expect(createBriefing(stuurgroep, snapshotId, { audience: 'nctv' })).rejects.toMatchObject({
      status: 403,
    });
    const regisseur = await viewerFromToken(sessions.regisseur.token);
    await expect(createBriefing(regisseur, snapshotId, { audience: 'onbekend' })).rejects.toMatchObject({
      status: 400,
    });
  });
  it('cancels a briefing being made: nothing stored, failed with the cancel message; only its owner', async () => {
    const regisseur = await viewerFromToken(sessions.regisseur.token);
    const other = await viewerFromToken((await createTestSession('regisseur')).token);
    const before = readdirSync(dataDir, { recursive: true }).length;
    const { id, done } = await createBriefing(regisseur, snapshotId, { audience: 'nctv' });
    // Someone else's briefing cannot be cancelled (it is not theirs to follow).
    await expect(cancelBriefing(other, id)).rejects.toMatchObject({ status: 404 });
    await expect(cancelBriefing(regisseur, id, '10.0.0.9')).resolves.toMatchObject({ cancelRequested: true });
    expect(await done).toBe('mislukt');
    const b = await getBriefing(regisseur, id);
    expect(b).toMatchObject({ status: 'mislukt', file: null });
    expect(b.error).toMatch(/geannuleerd|cancelled/i);
    expect(readdirSync(dataDir, { recursive: true }).length).toBe(before);
    await expect(downloadBriefing(regisseur, id)).rejects.toMatchObject({ status: 409 });
    // Once it has ended there is nothing to cancel.
    await expect(cancelBriefing(regisseur, id)).rejects.toMatchObject({ status: 409 });
    await expect(cancelBriefing(await viewerFromToken(sessions.stuurgroep.token), id)).rejects.toMatchObject({
      status: 403,
    });
  });

  it('makes an English briefing with names only on request, marked confidential', async () => {
    const regisseur = await viewerFromToken(sessions.regisseur.token);
    const { id, done } = await createBriefing(regisseur, snapshotId, {
      audience: 'nctv',
      locale: 'en',
      includeNames: true,
    });
    expect(await done).toBe('klaar');
    const { pdf } = await downloadBriefing(regisseur, id);
    const file = path.join(dataDir, 'en.pdf');
    writeFileSync(file, pdf);
    const en = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(en).toContain('For: National Coordinator for Security and Counterterrorism (NCTV)');
    expect(en).toContain('CONFIDENTIAL');
    expect(en).toContain('Recorded by Test regisseur (fictief)');
    expect(en).toMatch(/Coverage of category A interfaces (rose|fell|stayed)/);
    expect(en).toMatch(/Page 1 of \d+/);
  });

  it('warms Chromium for the next briefing when a regisseur opens the snapshots page, not for others', async () => {
    await closePdfBrowser();
    await prepareBriefings(await viewerFromToken(sessions.deelnemer.token));
    await prepareBriefings(await viewerFromToken(sessions.stuurgroep.token));
    expect(await runningPdfBrowser()).toBeNull();
    await prepareBriefings(await viewerFromToken(sessions.regisseur.token));
    for (let i = 0; i < 100 && !(await runningPdfBrowser()); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await runningPdfBrowser()).not.toBeNull();
  });
});
