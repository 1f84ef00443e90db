/**
 * Cascade scenarios in real Chromium against the production build: the regisseur builds "uitval
 * elektriciteit in VR17 voor 24 uur" in the form, sees the processes hit, the organisations and the
 * missing links, opens one gap, saves the scenario, sees it in the explorer, and requests a PDF
 * briefing with that scenario as its own section; the PDF downloads and contains it. The stuurgroep
 * gets figures without names. No serious or critical axe-core violations on /scenario.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { baseUrl, contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

const ELEC = 'landelijk-transport-distributie-en-productie-elektriciteit';
const QUERY = `proces=${ELEC}&regio=VR17&uren=24`;
const name = `Stroomuitval VR17 24 uur e2e ${Date.now()} (fictief)`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await getDriver()
    .executeQuery('MATCH (s:Scenario {name: $name}) DETACH DELETE s', { name }, { database: databaseName() })
    .catch(() => undefined);
  await closeDriver();
});

describe('/scenario', () => {
  it('the regisseur builds "uitval elektriciteit in VR17 voor 24 uur", opens a gap, saves it and sees it in the explorer', async () => {
    const ctx = await contextWithSession(browser, await createTestSession('regisseur'));
    const page = await ctx.newPage();
    await page.goto('/scenario');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const form = page.getByTestId('scenario-form');
    await form.locator(`input[name="proces"][value="${ELEC}"]`).check();
    await form.locator('input[name="regio"][value="VR17"]').check();
    await form.getByLabel('Duur in uren (1–720; leeg: onbeperkt)').fill('24');
    await form.getByRole('button', { name: 'Keteneffecten berekenen' }).click();
    await page.waitForURL((u) => u.search === `?${QUERY}`, { timeout: 60_000 });
    await page.getByTestId('scenario-steps').waitFor({ timeout: 60_000 });

    // The cascade: electricity fails, regional distribution, then telecom and 112 within two hours.
    const steps = await page.getByTestId('scenario-steps').innerText();
    expect(steps).toContain('Regionale distributie elektriciteit');
    expect(steps).toContain('Spraakdienst en SMS');
    expect(await page.getByTestId('scenario-later').innerText()).toContain('Drinkwatervoorziening');
    expect(await page.getByTestId('scenario-regions').innerText()).toContain('VR17 Rotterdam-Rijnmond');
    const orgs = await page.getByTestId('scenario-organisations').innerText();
    expect(orgs).toContain('TenneT');
    expect(orgs).toContain('Rotterdam-Rijnmond');
    // Missing links listed, and the figure agrees with the table.
    const missingRows = await page.locator('[data-testid="scenario-links"] tr[data-realised="0"]').count();
    expect(missingRows).toBeGreaterThan(0);
    expect(await page.getByTestId('figure-missing').locator('.figure').innerText()).toBe(String(missingRows));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // One gap opens on its own page.
    const gap = page.getByTestId('scenario-gap-link').first();
    const href = (await gap.getAttribute('href'))!;
    expect(href).toMatch(/^\/gaps\/.+/);
    await gap.click();
    await page.waitForURL((u) => u.pathname === href);
    await page.getByTestId('gap-facts').waitFor();
    await page.goBack();
    await page.getByTestId('scenario-save').waitFor();

    // Save it by name: it appears in the list, and its link reopens the same URL.
    const save = page.getByTestId('scenario-save');
    await save.getByLabel('Naam van het scenario').fill(name);
    await save.getByRole('button', { name: 'Opslaan' }).click();
    await save.getByText(`Opgeslagen als “${name}”.`).waitFor({ timeout: 30_000 });
    const row = page.getByTestId('saved-scenarios').locator('tr', { hasText: name });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByRole('link', { name }).getAttribute('href')).toBe(`/scenario?${QUERY}`);

    // The overview lists it with its figures (the missing links as on the scenario page).
    await page.goto(`${baseUrl()}/`);
    const onOverview = page.getByTestId('overview-scenarios').locator('tr', { hasText: name });
    await onOverview.waitFor({ timeout: 60_000 });
    expect(await onOverview.locator('td').nth(4).textContent()).toBe(String(missingRows));
    await page.goBack();

    // The explorer marks the scenario's organisations and dashes its missing links.
    await page.getByTestId('scenario-explorer').click();
    await page.waitForURL(/\/verkenner\?scenario=/);
    await page.getByTestId('explorer-scenario').locator('h2').waitFor({ timeout: 60_000 });
    const graph = page.getByTestId('explorer-graph');
    await page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="explorer-graph"]');
        return el?.getAttribute('data-ready') === '1' && Number(el.getAttribute('data-scenario-nodes')) > 0;
      },
      null,
      { timeout: 60_000 },
    );
    expect(Number(await graph.getAttribute('data-missing-edges'))).toBe(missingRows);
    await ctx.close();
  }, 240_000);

  it('shows a bad duration as the bilingual message on the page, not a crash', async () => {
    const ctx = await contextWithSession(browser, await createTestSession('regisseur'));
    const page = await ctx.newPage();
    const res = await page.goto(`/scenario?proces=${ELEC}&uren=9999`);
    expect(res?.status()).toBe(200);
    const alert = page.getByTestId('error-validation');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/tussen 1 en 720 uur[\s\S]*between 1 and 720 hours/);
    await ctx.close();
  });

  it('gives the stuurgroep figures and organisations, no names of people and no link lists', async () => {
    const ctx = await contextWithSession(browser, await createTestSession('stuurgroep'));
    const page = await ctx.newPage();
    await page.goto(`/scenario?${QUERY}`);
    await page.getByTestId('scenario-figures-only').waitFor();
    expect(await page.getByTestId('scenario-links').count()).toBe(0);
    expect(await page.getByTestId('scenario-people').count()).toBe(0);
    expect(await page.getByTestId('scenario-save').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('adds the saved scenario to a PDF briefing as its own section, and the PDF downloads', async () => {
    const ctx = await contextWithSession(browser, await createTestSession('regisseur'));
    const page = await ctx.newPage();
    const note = `Scenario e2e ${Date.now()}`;
    await page.goto('/snapshots');
    await page.getByLabel('Toelichting (optioneel)').fill(note);
    await page.getByRole('button', { name: 'Momentopname maken' }).click();
    await page.getByText('Momentopname vastgelegd.').waitFor({ timeout: 60_000 });
    const card = page.locator('article.card', { hasText: note });
    await card.waitFor();
    const form = card.locator('form.briefing-form');
    await form.getByLabel('Doelgroep').selectOption('veiligheidsberaad');
    await form.getByLabel(name).check();
    await form.getByRole('button', { name: 'PDF maken' }).click();
    const link = form.getByRole('link', { name: 'PDF downloaden' });
    await link.waitFor({ timeout: 120_000 });
    const res = await ctx.request.get(`${baseUrl()}${(await link.getAttribute('href'))!}`);
    expect(res.status()).toBe(200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kv-scenario-')), 'briefing.pdf');
    writeFileSync(file, await res.body());
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(`Scenario: ${name}`);
    expect(text).toContain('Cascade van de uitval');
    expect(text).toMatch(/Ontbrekende verbindingen \(\d+\)/);
    await ctx.close();
  }, 240_000);
});
