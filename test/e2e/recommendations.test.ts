/**
 * Recommendations in real Chromium against the production build: a deelnemer proposes one from a
 * blocker on their coalition's page; the project team promotes it, records it as submitted to the
 * Veiligheidsberaad and adopted, and links a model convenant; the signed-out page lists it without
 * names; a new snapshot's PDF briefing shows it under "Aanbevelingen en hun stand".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { baseUrl, contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

let browser: Browser;
const title = `Liaisons vitale partners e2e ${Date.now()} (fictief)`;
let pick: { person: string; personName: string; coalition: string; review: string };
let url = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const r = await getDriver().executeQuery(
    `MATCH (p:Person)-[:MEMBER_OF]->(c:Coalition)-[:HAS_REVIEW]->(v:ProgressReview)
     WHERE NOT (p)<-[:IS]-() AND v.blockers <> ''
     RETURN p.id AS person, p.name AS personName, c.id AS coalition, v.id AS review ORDER BY p.id, v.id LIMIT 1`,
    {},
    { database: databaseName() },
  );
  pick = r.records[0]!.toObject() as typeof pick;
});
afterAll(async () => {
  await browser?.close();
  await closeDriver();
});

async function moveTo(
  page: Page,
  stage: string,
  fill: (form: ReturnType<Page['getByTestId']>) => Promise<void>,
) {
  const form = page.getByTestId('stage-form');
  await form.getByLabel('Naar stadium').selectOption({ label: stage });
  await fill(form);
  await form.getByRole('button', { name: 'Stadium vastleggen' }).click();
  await page
    .getByTestId('recommendation-stage')
    .getByText(stage, { exact: true })
    .waitFor({ timeout: 30_000 });
}

describe('from blocker to national agreement', () => {
  it('a deelnemer proposes a recommendation from a blocker of their coalition', async () => {
    const session = await createTestSession('deelnemer', { personId: pick.person });
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await page.goto(`/coalities/${encodeURIComponent(pick.coalition)}`);
    await page.getByTestId(`propose-from-${pick.review}`).click();
    await page.waitForURL(/\/aanbevelingen\/nieuw\?review=/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.getByTestId(`review-option-${pick.review}`).locator('input').isChecked()).toBe(true);
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Welk probleem lost het op?').fill('De liaison bij de vitale partner is onbekend.');
    await page.getByLabel('Het voorstel').fill('Een landelijk model voor liaisons.');
    await page.getByRole('button', { name: 'Aanbeveling voorstellen' }).click();
    await page.waitForURL(/\/aanbevelingen\/ab-[0-9a-f]{8}$/, { timeout: 30_000 });
    url = new URL(page.url()).pathname;
    await page.getByTestId('recommendation-stage').getByText('idee', { exact: true }).waitFor();
    expect(await page.getByTestId('recommendation-reviews').innerText()).not.toContain('alleen zichtbaar');
    expect(await page.getByTestId('stage-form').count()).toBe(0);
    await ctx.close();
  });

  it('the project team promotes it, submits it to the Veiligheidsberaad, records the adoption and the model convenant', async () => {
    const ctx = await contextWithSession(browser, await createTestSession('projectteam'));
    const page = await ctx.newPage();
    await page.goto(url);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await moveTo(page, 'aanbeveling van het netwerk', async () => undefined);
    await moveTo(page, 'voorgelegd', async (form) => {
      await form.getByLabel('Datum (van voorleggen, antwoord of afspraak)').fill('2026-11-05');
      await form.getByLabel('Veiligheidsberaad', { exact: true }).check();
    });
    await moveTo(page, 'overgenomen', async (form) => {
      await form.getByLabel('Datum (van voorleggen, antwoord of afspraak)').fill('2026-11-20');
      await form.getByLabel('Veiligheidsberaad', { exact: true }).check();
      await form
        .getByLabel('Antwoord van het gremium')
        .fill('Het Veiligheidsberaad neemt de aanbeveling over.');
    });
    await moveTo(page, 'landelijke afspraak', async (form) => {
      await form
        .getByLabel('Of een document uit de kennisbank (bv. een modelconvenant)')
        .selectOption({ label: 'Modelconvenant vitale partners algemeen (fictief) (modelconvenant)' });
    });
    const submissions = await page.getByTestId('recommendation-submissions').innerText();
    expect(submissions).toContain('Veiligheidsberaad');
    expect(submissions).toContain('overgenomen op 20 nov 2026');
    expect(await page.getByTestId('recommendation-result').innerText()).toContain(
      'Modelconvenant vitale partners algemeen (fictief)',
    );
    const history = await page.getByTestId('recommendation-history').locator('li').allInnerTexts();
    expect(history).toHaveLength(5);
    expect(history[2]).toContain('voorgelegd');
    expect(history[2]).toContain('Veiligheidsberaad');
    // A skip is refused with the next stage named.
    const res = await ctx.request.post(`${baseUrl()}/api${url}/stadium`, {
      data: { to: 'idee', expectedVersion: 5, date: '2026-11-30' },
      headers: { origin: baseUrl() },
    });
    expect(res.status()).toBe(400);
    expect(((await res.json()) as { error: { nl: string } }).error.nl).toContain(
      'het volgende stadium is ‘wet- of regelgeving’',
    );
    await ctx.close();
  });

  it('the public page lists it without names', async () => {
    const ctx = await contextWithSession(browser, null);
    const page = await ctx.newPage();
    await page.goto('/aanbevelingen');
    const list = page.getByTestId('adopted-recommendations');
    await list.getByText(title).waitFor();
    const text = await list.innerText();
    expect(text).toContain('Overgenomen door Veiligheidsberaad op 20 nov 2026');
    expect(text).toContain('Vastgelegd in: Modelconvenant vitale partners algemeen (fictief)');
    expect(text).not.toContain(pick.personName);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('a new snapshot’s PDF briefing shows it under “Aanbevelingen en hun stand”', async () => {
    const ctx = await contextWithSession(browser, await createTestSession('regisseur'));
    const page = await ctx.newPage();
    const note = `Aanbevelingen e2e ${Date.now()}`;
    await page.goto('/snapshots');
    await page.getByLabel('Toelichting (optioneel)').fill(note);
    await page.getByRole('button', { name: 'Momentopname maken' }).click();
    await page.getByText('Momentopname vastgelegd.').waitFor({ timeout: 60_000 });
    const card = page.locator('article.card', { hasText: note });
    await card.waitFor();
    const form = card.locator('form.briefing-form');
    await form.getByLabel('Doelgroep').selectOption('veiligheidsberaad');
    await form.getByRole('button', { name: 'PDF maken' }).click();
    const link = form.getByRole('link', { name: 'PDF downloaden' });
    await link.waitFor({ timeout: 120_000 });
    const res = await ctx.request.get(`${baseUrl()}${(await link.getAttribute('href'))!}`);
    expect(res.status()).toBe(200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kv-rec-')), 'briefing.pdf');
    writeFileSync(file, await res.body());
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Aanbevelingen en hun stand');
    expect(text).toContain(`${title}: overgenomen → landelijke afspraak`);
    expect(text).toContain(`${title}: voorgelegd → overgenomen (aan Veiligheidsberaad)`);
    await ctx.close();
  });
});
