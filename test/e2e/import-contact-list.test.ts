// In real Chromium: the regisseur uploads a contact list exported from Excel, corrects one column
// of the mapping step, runs the dry run, reads the row-level messages (a near match to confirm),
// confirms, imports, and finds the new contact person on the organisation's page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

let browser: Browser;
const stamp = Date.now();
const contact = `E2E Contact ${stamp} (fictief)`;
const emails = [`e2e.${stamp}@vitens.invalid`, `e2e2.${stamp}@evides.invalid`];

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await getDriver().executeQuery(
    'MATCH (p:Person) WHERE p.email IN $emails DETACH DELETE p',
    { emails },
    { database: databaseName() },
  );
  await closeDriver();
});

// As Excel writes it: BOM, `;`, CRLF; "Wie" is a header the importer cannot guess.
const csv = Buffer.from(
  '\uFEFF' +
    [
      "Organisatie;Keten;Veiligheidsregio('s);Wie;E-mail;Functie",
      `Vitens N.V.;Functioneel;VR06;${contact};${emails[0]};Adviseur crisisbeheersing (fictief)`,
      `Evides;Functioneel;VR17;E2E Tweede ${stamp} (fictief);${emails[1]};Adviseur (fictief)`,
    ].join('\r\n') +
    '\r\n',
);

describe('contact list import in the browser', () => {
  it('maps, dry-runs, confirms a near match, imports and shows the contact on the organisation page', async () => {
    const session = await createTestSession('regisseur');
    const ctx = await contextWithSession(browser, session);
    const page = await ctx.newPage();
    await page.goto('/import');
    await page.setInputFiles('#import-file', {
      name: 'contactlijst-export.csv',
      mimeType: 'text/csv',
      buffer: csv,
    });
    const mapping = page.getByTestId('import-mapping');
    await mapping.waitFor({ timeout: 60_000 });
    expect(await page.locator('#map-kind-0').inputValue()).toBe('contactlijst');
    // "Wie" was not recognised: skipped until the user maps it to the contact person.
    expect(await page.getByTestId('map-col-3').inputValue()).toBe('');
    expect(await mapping.textContent()).not.toContain(contact);
    await page.getByLabel('Veld voor kolom Wie').selectOption('person');
    await page
      .getByTestId('mapping-source')
      .filter({ hasText: 'Uw eigen keuze' })
      .waitFor({ timeout: 60_000 });
    await mapping.getByText(contact).waitFor({ timeout: 60_000 });
    expect(await mapping.textContent()).toContain('VR06');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Proefimport' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor({ timeout: 60_000 });
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Evides');
    expect(text).toContain('lijkt op de bestaande organisatie "Evides Waterbedrijf"');
    expect(text).not.toMatch(/Invalid|expected/);
    expect(await page.getByTestId('import-apply').count()).toBe(0);

    await page.getByLabel('Dezelfde organisatie als "Evides Waterbedrijf"').check();
    await page.getByRole('button', { name: 'Proefimport' }).click();
    await page.getByText('Geen problemen gevonden').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('count-personen-create').textContent()).toBe('2');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-report-apply').waitFor({ timeout: 60_000 });

    const r = await getDriver().executeQuery(
      'MATCH (p:Person)-[:WORKS_AT]->(o:Organisation) WHERE p.email IN $emails RETURN p.name AS name, o.id AS org ORDER BY name',
      { emails },
      { database: databaseName() },
    );
    expect(r.records.map((x) => [x.get('name'), x.get('org')])).toEqual([
      [contact, 'op-vitens'],
      [`E2E Tweede ${stamp} (fictief)`, 'op-evides-waterbedrijf'],
    ]);
    await page.goto('/organisatie/op-vitens');
    await page.getByText(contact).first().waitFor({ timeout: 60_000 });
    await ctx.close();
  });
});
