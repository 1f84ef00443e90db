import { runQuery } from '../db/run';
import { getDriver, databaseName } from '../db/driver';
import { loadReference } from './reference';
import { defaultQuestions } from '../dal/survey';
import { generateSynthetic, SEED_AS_OF } from './synthetic';
import { generateSurveyDemo } from './synthetic/survey';
import { demoScenarios } from './synthetic/scenarios';

export { SEED_AS_OF };

export interface SeedOptions {
  scale?: number;
  /** Delete every node first (not users, sessions or audit unless `wipeAll`). */
  reset?: boolean;
  onProgress?: (step: string, done: number, total: number) => void;
}

const BATCH = 2_000;

async function inBatches<T>(
  rows: T[],
  step: string,
  write: (batch: T[]) => Promise<unknown>,
  onProgress?: SeedOptions['onProgress'],
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await write(rows.slice(i, i + BATCH));
    onProgress?.(step, Math.min(i + BATCH, rows.length), rows.length);
  }
}

/** Network data labels (users, sessions, audit and snapshots are kept by a reset). */
const NETWORK_LABELS = [
  'Region',
  'Sector',
  'VitalProcess',
  'Organisation',
  'Person',
  'Coalition',
  'ProgressReview',
  'Koppelvlak',
  'Agreement',
  'Contact',
  'Meeting',
  'Document',
  'GapState',
  'Layout',
  'SurveyAnswer',
  'SurveyInvitation',
  'SurveyTask',
  'SurveyRound',
  'OrganisationProposal',
];

export async function resetNetwork(): Promise<void> {
  // `CALL … IN TRANSACTIONS` needs an auto-commit transaction (session.run), not executeQuery.
  const session = getDriver().session({ database: databaseName() });
  try {
    for (const label of NETWORK_LABELS) {
      // Labels are fixed words from this list, never user input.
      await session.run(`MATCH (n:${label}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
    }
  } finally {
    await session.close();
  }
  await runQuery('bump-network-revision', { at: new Date().toISOString() });
}

/**
 * Writes the demo data: the real reference facts plus the seeded fictitious part. Idempotent:
 * every write is a MERGE on a stable id, so running it twice leaves the same counts.
 */
export async function seedDatabase(opts: SeedOptions = {}): Promise<{ counts: Record<string, number> }> {
  const scale = opts.scale ?? 1;
  const ref = loadReference();
  const syn = generateSynthetic(ref, scale);
  const now = new Date().toISOString();
  const p = opts.onProgress;
  if (opts.reset) await resetNetwork();

  await runQuery('upsert-regions', { rows: ref.regions });
  await runQuery('upsert-sectors', { rows: ref.sectors });
  await runQuery('upsert-processes', {
    rows: ref.processes,
    source: 'NCTV overzicht vitale processen (data/nl/vital_processes.csv)',
    date: '2023-01-01',
  });
  await runQuery('upsert-process-dependencies', { rows: ref.dependencies, date: '2025-11-01' });
  await inBatches(
    ref.organisations,
    'organisaties',
    (rows) => runQuery('upsert-organisations', { rows, now }),
    p,
  );
  await runQuery('upsert-documents', { rows: syn.documents, now });
  const src = 'fictieve demodata (koppelvlak seed)';
  await inBatches(
    syn.people,
    'personen',
    (rows) =>
      runQuery('upsert-people', { rows: rows.map((r) => ({ ...r, source: src, date: SEED_AS_OF })), now }),
    p,
  );
  await inBatches(
    syn.koppelvlakken,
    'koppelvlakken',
    (rows) => runQuery('upsert-koppelvlakken', { rows, now }),
    p,
  );
  await inBatches(
    syn.agreements,
    'afspraken',
    (rows) =>
      runQuery('upsert-agreements', {
        rows: rows.map((r) => ({ ...r, date: r.signedAt ?? SEED_AS_OF })),
        now,
      }),
    p,
  );
  await inBatches(
    syn.contacts,
    'contacten',
    (rows) => runQuery('upsert-contacts', { rows: rows.map((r) => ({ ...r, source: src })), now }),
    p,
  );
  await inBatches(
    syn.coalitions,
    'coalities',
    (rows) =>
      runQuery('upsert-coalitions', {
        rows: rows.map((r) => ({ ...r, source: src, date: r.startedAt })),
        now,
      }),
    p,
  );
  await inBatches(
    syn.reviews,
    'voortgangsgesprekken',
    (rows) => runQuery('upsert-reviews', { rows: rows.map((r) => ({ ...r, source: src })), now }),
    p,
  );
  await inBatches(
    syn.meetings,
    'bijeenkomsten',
    (rows) => runQuery('upsert-meetings', { rows: rows.map((r) => ({ ...r, source: src })), now }),
    p,
  );
  await runQuery('upsert-recommendations', { rows: syn.recommendations, now });
  p?.('aanbevelingen', syn.recommendations.length, syn.recommendations.length);
  const survey = generateSurveyDemo({
    people: syn.people,
    koppelvlakken: syn.koppelvlakken,
    contacts: syn.contacts,
    agreements: syn.agreements,
    organisationIds: ref.organisations.map((o) => o.id),
    questionsJson: JSON.stringify(defaultQuestions()),
  });
  await runQuery('upsert-survey-rounds', { rows: survey.rounds });
  const scenarios = demoScenarios(`${SEED_AS_OF}T09:00:00.000Z`);
  await runQuery('upsert-scenarios', { rows: scenarios });
  await inBatches(survey.tasks, 'enquête', (rows) => runQuery('upsert-survey-tasks', { rows }), p);
  // Running apps compare this counter to decide whether their cached analysis is still current.
  await runQuery('bump-network-revision', { at: now });

  return {
    counts: {
      regions: ref.regions.length,
      sectors: ref.sectors.length,
      processes: ref.processes.length,
      processDependencies: ref.dependencies.length,
      organisations: ref.organisations.length,
      people: syn.people.length,
      koppelvlakken: syn.koppelvlakken.length,
      agreements: syn.agreements.length,
      contacts: syn.contacts.length,
      coalitions: syn.coalitions.length,
      reviews: syn.reviews.length,
      meetings: syn.meetings.length,
      documents: syn.documents.length,
      recommendations: syn.recommendations.length,
      surveyTasks: survey.tasks.length,
      scenarios: scenarios.length,
      surveyAnswers: survey.tasks.reduce((n, t) => n + t.answers.length, 0),
    },
  };
}
