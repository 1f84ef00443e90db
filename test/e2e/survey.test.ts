// In real Chromium against the production build: the regisseur opens a survey round for a test
// coalition; a deelnemer fills the form over two visits (the draft is kept) and submits; the
// regisseur sees the response rate move, closes the round, and the overview and the organisation
// page show the new trust figures (two more respondents answer through lib/dal, so the threshold
// of three respondents is met).
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { getSurveyForm, listMySurveyTasks, submitSurvey } from '../../lib/dal/survey';
import { contextWithSession, launchBrowser, seriousAxeViolations } from '../helpers/browser';
import { createTestSession } from '../helpers/session';

const run = randomUUID().slice(0, 8);
const coalitionId = `coal-enq-e2e-${run}`;
const title = `E2E-enquête ${run} (fictief)`;
const P = { a: `p-enq-e2e-a-${run}`, b: `p-enq-e2e-b-${run}`, c: `p-enq-e2e-c-${run}` };
let browser: Browser;
let orgs: { a: string; b: string; c: string; bName: string };
let roundId = '';

async function openWith(page: Page, url: string, selector: string) {
  for (let i = 0; i < 3; i++) {
    await page.goto(url);
    const ok = await page
      .locator(selector)
      .first()
      .waitFor({ timeout: 60_000 })
      .then(() => true)
      .catch(() => false);
    if (ok) return;
  }
  throw new Error(`${selector} not shown on ${url}`);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const res = await getDriver().executeQuery(
    `MATCH (o:Organisation) WHERE o.chain IN ['algemeen', 'functioneel'] RETURN o.id AS id, o.name AS name ORDER BY o.id`,
    {},
    { database: databaseName() },
  );
  const all = res.records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string }));
  // Three organisations with distinctive names (B must be found by typing part of its name).
  const [a, b, c] = [
    all[0]!,
    all.find((o) => o.name.length > 12 && o.id !== all[0]!.id)!,
    all[all.length - 1]!,
  ];
  orgs = { a: a.id, b: b.id, c: c.id, bName: b.name };
  const now = new Date().toISOString();
  await runQuery('upsert-people', {
    rows: (['a', 'b', 'c'] as const).map((k) => ({
      id: P[k],
      name: `E2E Enquêtepersoon ${k.toUpperCase()} (fictief)`,
      role: 'adviseur',
      level: 'tactisch' as const,
      organisationId: k === 'a' ? orgs.a : k === 'b' ? orgs.b : orgs.c,
      email: `enq-e2e-${k}-${run}@test.invalid`,
      source: 'test',
      date: now.slice(0, 10),
    })),
    now,
  });
  await runQuery('upsert-coalitions', {
    rows: [
      {
        id: coalitionId,
        name: `E2E Enquêtecoalitie ${run} (fictief)`,
        theme: 'test',
        form: 'werkgroep' as const,
        startedAt: '2026-01-01',
        active: true,
        memberIds: Object.values(P),
        organisationIds: [],
        source: 'test',
        date: now.slice(0, 10),
      },
    ],
    now,
  });
  await runQuery('bump-network-revision', { at: now });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await getDriver().executeQuery(
    `MATCH (r:SurveyRound {id: $roundId})
     OPTIONAL MATCH (r)-[:HAS_TASK]->(t:SurveyTask)
     OPTIONAL MATCH (x)-[:OF_TASK|FOR]->(t)
     DETACH DELETE x, t, r
     WITH count(*) AS _
     MATCH (n) WHERE (n:Person AND n.id IN $people) OR (n:Coalition AND n.id = $coalitionId)
     DETACH DELETE n`,
    { roundId, people: Object.values(P), coalitionId },
    { database: databaseName() },
  );
  await runQuery('bump-network-revision', { at: new Date().toISOString() });
  await closeDriver();
});

describe('network survey in the browser', () => {
  it('regisseur opens a round, a deelnemer answers over two visits, the round closes and the figures move', async () => {
    // 1. The regisseur opens a round for the coalition.
    const reg = await createTestSession('regisseur');
    const regCtx = await contextWithSession(browser, reg);
    const regPage = await regCtx.newPage();
    await openWith(regPage, '/enquetes', '[data-testid="open-round"]');
    await regPage.getByLabel('Titel').fill(title);
    await regPage.getByLabel('de leden van een coalitie').check();
    await regPage.getByLabel('Coalitie, regio of keten').selectOption(coalitionId);
    await regPage.getByRole('button', { name: 'Ronde openen' }).click();
    await regPage.getByText('De ronde is geopend: 3 personen gevraagd.').waitFor({ timeout: 60_000 });
    const row = await getDriver().executeQuery(
      'MATCH (r:SurveyRound {title: $title}) RETURN r.id AS id',
      { title },
      { database: databaseName() },
    );
    roundId = row.records[0]!.get('id') as string;
    expect(roundId).toMatch(/^enq-/);

    // 2. Deelnemer A, first visit: chooses B by typing part of its name, starts step 2, leaves.
    const sa = await createTestSession('deelnemer', { personId: P.a });
    const ctxA = await contextWithSession(browser, sa);
    let page = await ctxA.newPage();
    await openWith(page, '/enquetes', '[data-testid="my-survey-tasks"]');
    await page.getByRole('link', { name: title }).click();
    await page.locator('[data-testid="survey-search"]').waitFor({ timeout: 60_000 });
    const part = orgs.bName.slice(0, 9);
    await page.locator('[data-testid="survey-search"]').pressSequentially(part, { delay: 20 });
    await page.getByRole('button', { name: `Kiezen: ${orgs.bName}` }).click();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByText('Stap 2 van 3').waitFor();
    const orgBox = page.locator(`[data-testid="survey-org-${orgs.b}"]`);
    await orgBox
      .getByRole('group', { name: /Hoe vaak werkte/ })
      .getByLabel('maandelijks')
      .check();
    await page.getByText(/Concept opgeslagen om/).waitFor({ timeout: 20_000 }); // saved 1.5 s after the change
    // The notice may be the step change's save: wait until the stored draft holds the monthly answer.
    for (let i = 0; i < 60; i++) {
      const draft = await getDriver().executeQuery(
        'MATCH (:SurveyRound {id: $roundId})-[:HAS_TASK]->(t:SurveyTask {personId: $personId}) RETURN t.draftJson AS d',
        { roundId, personId: P.a },
        { database: databaseName() },
      );
      if (String(draft.records[0]?.get('d') ?? '').includes('maandelijks')) break;
      await page.waitForTimeout(500);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();

    // Second visit: the draft is there (step 2, B chosen, monthly checked).
    page = await ctxA.newPage();
    await openWith(page, `/enquetes/${encodeURIComponent(roundId)}`, '[data-testid="survey-step"]');
    await expect(page.locator('[data-testid="survey-step"]').textContent()).resolves.toContain(
      'Stap 2 van 3',
    );
    const box = page.locator(`[data-testid="survey-org-${orgs.b}"]`);
    await expect(
      box
        .getByRole('group', { name: /Hoe vaak werkte/ })
        .getByLabel('maandelijks')
        .isChecked(),
    ).resolves.toBe(true);
    await box.getByLabel('overleg').check();
    await box
      .getByRole('group', { name: /getekende samenwerkingsafspraak/ })
      .getByLabel('ja')
      .check();
    for (const q of [
      /Openheid/,
      /Betrouwbaarheid/,
      /Gedeelde missie/,
      /Macht en invloed/,
      /Middelen/,
      /Betrokkenheid/,
    ])
      await box.getByRole('group', { name: q }).getByLabel('4 – in hoge mate').check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByText('Stap 3 van 3').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('[data-testid="survey-submit"]').click();
    await page.getByText(/uw antwoorden zijn ingediend/).waitFor({ timeout: 30_000 });

    // 3. The regisseur sees 1 of 3; two more answer (through lib/dal) and it moves to 3 of 3.
    await openWith(
      regPage,
      `/enquetes/${encodeURIComponent(roundId)}/volgen`,
      '[data-testid="round-response"]',
    );
    await expect(regPage.locator('[data-testid="round-response"]').textContent()).resolves.toContain(
      '1 van 3',
    );
    for (const [who, rating] of [
      ['b', 3],
      ['c', 2],
    ] as const) {
      const viewer = await viewerFromToken(
        (await createTestSession('deelnemer', { personId: P[who] })).token,
      );
      const task = (await listMySurveyTasks(viewer)).find((t) => t.roundId === roundId)!;
      const form = await getSurveyForm({ viewer }, task.id);
      const about = who === 'b' ? orgs.a : orgs.b;
      await submitSurvey({ viewer }, task.id, form.task.version, {
        answers: [
          {
            orgId: about,
            frequency: 'maandelijks',
            kinds: ['overleg'],
            agreement: 'ja',
            openness: rating,
            reliability: rating,
            mission: rating,
            influence: rating,
            resources: rating,
            involvement: rating,
          },
        ],
      });
    }
    await regPage.reload();
    await regPage.locator('[data-testid="round-response"]').waitFor();
    await expect(regPage.locator('[data-testid="round-response"]').textContent()).resolves.toContain(
      '3 van 3',
    );
    expect(await seriousAxeViolations(regPage)).toEqual([]);

    // 4. The regisseur closes the round.
    await regPage.getByLabel(/Ik begrijp dat daarna/).check();
    await regPage.getByRole('button', { name: 'Ronde sluiten' }).click();
    await regPage.getByText('gesloten', { exact: true }).first().waitFor({ timeout: 30_000 });
    // What the round changed is computed for the closed round (streamed in after a progress line).
    await regPage.locator('[data-testid="round-effect"]').waitFor({ timeout: 60_000 });
    await expect(regPage.locator('[data-testid="round-effect"]').textContent()).resolves.toContain(
      'Zonder deze ronde',
    );
    expect(await seriousAxeViolations(regPage)).toEqual([]);

    // 5. The overview shows the round as a point in the survey trend: response 100 %, network trust
    // from 3 respondents: composites A→B 4, B→A 3, C→B 2 → mean 3,00 (median 3,00).
    await openWith(regPage, '/', '[data-testid="overview-survey"]');
    const cell = regPage.locator(`[data-testid="survey-trust-${roundId}"]`);
    await cell.waitFor({ timeout: 60_000 });
    await expect(cell.textContent()).resolves.toContain('3,00 van 4');
    // …and on the coverage trend: the round is a marked point at its closing day.
    await expect(regPage.locator('[data-testid="trend-table"]').textContent()).resolves.toContain(
      'enquêteronde gesloten',
    );
    // The organisation page of B: rated by two respondents (A and C) → withheld.
    await openWith(regPage, `/organisatie/${encodeURIComponent(orgs.b)}`, '[data-testid="org-survey"]');
    const orgText = await regPage.locator('[data-testid="org-survey"]').textContent();
    expect(orgText).toContain('te weinig antwoorden');
    await regCtx.close();
    await ctxA.close();
  }, 600_000);
});
