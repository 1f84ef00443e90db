import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import { PUBLIC_VIEWER, type Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { loadReference } from '../../lib/seed/reference';
import { generateSynthetic } from '../../lib/seed/synthetic';
import {
  createRecommendation,
  getRecommendation,
  listAdoptedRecommendations,
  listBodies,
  listRecommendations,
  moveRecommendationStage,
  recommendationSteps,
  updateRecommendation,
} from '../../lib/dal/recommendations';
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from '../../lib/errors';
import { createTestSession } from '../helpers/session';

// Recommendations against the real test database, per role: a deelnemer proposes from a blocker of
// their own coalition, the project team promotes and submits it, records the body's answer and the
// model covenant; the regisseur may do the same; the stuurgroep reads without names; the public sees
// only adopted ones. Every write leaves an audit record in its transaction.
let team: Viewer;
let regisseur: Viewer;
let member: Viewer;
let stuurgroep: Viewer;
let own: { coalitionId: string; reviewId: string };
let other: { coalitionId: string; reviewId: string };
let documentId: string;

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const r = await getDriver().executeQuery(cypher, params, { database: databaseName() });
  return r.records.map((x) => x.toObject() as T);
}

beforeAll(async () => {
  team = await viewerFromToken((await createTestSession('projectteam')).token);
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
  stuurgroep = await viewerFromToken((await createTestSession('stuurgroep')).token);
  const [pick] = await rows<{ p: string; c: string; r: string }>(
    `MATCH (p:Person)-[:MEMBER_OF]->(c:Coalition)-[:HAS_REVIEW]->(r:ProgressReview)
     WHERE NOT (p)<-[:IS]-() RETURN p.id AS p, c.id AS c, r.id AS r ORDER BY p.id, r.id LIMIT 1`,
  );
  own = { coalitionId: pick!.c, reviewId: pick!.r };
  member = await viewerFromToken((await createTestSession('deelnemer', { personId: pick!.p })).token);
  const [o] = await rows<{ c: string; r: string }>(
    `MATCH (c:Coalition)-[:HAS_REVIEW]->(r:ProgressReview) WHERE NOT c.id IN $mine
     RETURN c.id AS c, r.id AS r ORDER BY r.id LIMIT 1`,
    { mine: member.coalitionIds },
  );
  other = { coalitionId: o!.c, reviewId: o!.r };
  const [d] = await rows<{ id: string }>(
    "MATCH (d:Document {type: 'modelconvenant'}) RETURN d.id AS id ORDER BY d.id LIMIT 1",
  );
  documentId = d!.id;
});
afterAll(async () => {
  await closeDriver();
});

const audits = (id: string) =>
  rows<{ action: string; role: string }>(
    'MATCH (a:AuditEvent {entityId: $id}) RETURN a.action AS action, a.actorRole AS role ORDER BY a.at',
    { id },
  );

const idea = (extra: Record<string, unknown> = {}) => ({
  title: 'Vaste liaison vitale partners in het ROT (fictief)',
  problem: 'Liaisons zijn onbekend bij uitval.',
  proposal: 'Een landelijk model voor liaisons.',
  reviewIds: [own.reviewId],
  ...extra,
});

describe('recommendations through lib/dal', () => {
  it('lets a deelnemer propose from a blocker of their own coalition, linked to the review', async () => {
    const { id } = await createRecommendation(member, idea(), '10.0.0.1');
    const d = await getRecommendation(member, id);
    expect(d.recommendation).toMatchObject({ stage: 'idee', version: 1 });
    expect(d.recommendation.coalitions.map((c) => c.id)).toEqual([own.coalitionId]);
    expect(d.recommendation.reviews).toHaveLength(1);
    // Linked, not copied: the review's own text comes through the link.
    const [review] = await rows<{ b: string }>('MATCH (r:ProgressReview {id: $id}) RETURN r.blockers AS b', {
      id: own.reviewId,
    });
    expect(d.recommendation.reviews[0]!.blockers).toBe(review!.b);
    const [stored] = await rows<{ keys: string[] }>(
      'MATCH (r:Recommendation {id: $id}) RETURN keys(r) AS keys',
      {
        id,
      },
    );
    expect(stored!.keys).not.toContain('blockers');
    expect(d.next).toEqual([]);
    expect(d.mayEdit).toBe(true);
    expect(await audits(id)).toEqual([{ action: 'recommendation.create', role: 'deelnemer' }]);
  });

  it('refuses a deelnemer a review of another coalition, and the stuurgroep and public any proposal', async () => {
    await expect(createRecommendation(member, idea({ reviewIds: [other.reviewId] }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(createRecommendation(stuurgroep, idea())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createRecommendation(PUBLIC_VIEWER, idea())).rejects.toBeInstanceOf(UnauthenticatedError);
    const bad = await createRecommendation(member, idea({ title: '' })).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).text.en).toMatch(/title is required/);
  });

  it('takes a proposal through the stages as the project team, with dated history and audit', async () => {
    const { id } = await createRecommendation(member, idea());
    await expect(
      moveRecommendationStage(member, { id, to: 'aanbeveling', expectedVersion: 1, date: '2026-11-01' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const skip = await moveRecommendationStage(team, {
      id,
      to: 'voorgelegd',
      expectedVersion: 1,
      date: '2026-11-01',
      bodyIds: ['veiligheidsberaad'],
    }).catch((e: unknown) => e);
    expect(skip).toBeInstanceOf(ValidationError);
    expect((skip as ValidationError).text.nl).toMatch(
      /het volgende stadium is ‘aanbeveling van het netwerk’/,
    );

    let v = (
      await moveRecommendationStage(team, { id, to: 'aanbeveling', expectedVersion: 1, date: '2026-11-01' })
    ).version;
    v = (
      await moveRecommendationStage(team, {
        id,
        to: 'voorgelegd',
        expectedVersion: v,
        date: '2026-11-05',
        bodyIds: ['veiligheidsberaad'],
      })
    ).version;
    const unknown = await moveRecommendationStage(team, {
      id,
      to: 'overgenomen',
      expectedVersion: v,
      date: '2026-11-20',
      bodyIds: ['nctv'],
      answer: 'Akkoord',
    }).catch((e: unknown) => e);
    expect((unknown as ValidationError).text.en).toMatch(/not submitted to/);
    v = (
      await moveRecommendationStage(team, {
        id,
        to: 'overgenomen',
        expectedVersion: v,
        date: '2026-11-20',
        bodyIds: ['veiligheidsberaad'],
        answer: 'Het Veiligheidsberaad neemt de aanbeveling over.',
      })
    ).version;
    await moveRecommendationStage(regisseur, {
      id,
      to: 'landelijke-afspraak',
      expectedVersion: v,
      date: '2026-11-25',
      documentId,
    });
    const d = await getRecommendation(team, id);
    expect(d.recommendation.stage).toBe('landelijke-afspraak');
    expect(d.recommendation.submissions).toEqual([
      expect.objectContaining({
        bodyId: 'veiligheidsberaad',
        date: '2026-11-05',
        answerStage: 'overgenomen',
        answeredAt: '2026-11-20',
      }),
    ]);
    expect(d.recommendation.document?.id).toBe(documentId);
    expect(d.steps.map((s) => s.toStage)).toEqual([
      'idee',
      'aanbeveling',
      'voorgelegd',
      'overgenomen',
      'landelijke-afspraak',
    ]);
    expect(d.steps[2]).toMatchObject({
      date: '2026-11-05',
      bodies: [{ id: 'veiligheidsberaad', name: 'Veiligheidsberaad' }],
    });
    expect(d.steps[3]!.actorName).toBe(team.name);
    expect(d.next).toEqual(['wet-regelgeving']);
    expect((await audits(id)).map((a) => `${a.action}:${a.role}`)).toEqual([
      'recommendation.create:deelnemer',
      'recommendation.stage:projectteam',
      'recommendation.stage:projectteam',
      'recommendation.stage:projectteam',
      'recommendation.stage:regisseur',
    ]);

    // The public sees it, without names; the stuurgroep reads it without names too.
    const pub = (await listAdoptedRecommendations(PUBLIC_VIEWER)).find((r) => r.id === id);
    expect(pub).toMatchObject({ bodies: ['Veiligheidsberaad'], adoptedAt: '2026-11-20' });
    expect(JSON.stringify(pub)).not.toContain(member.name);
    const s = await getRecommendation(stuurgroep, id);
    expect(s.recommendation.proposedBy).toBeNull();
    expect(s.steps.every((x) => x.actorName === null)).toBe(true);
    expect(s.recommendation.reviews[0]!.blockers).toBeNull();
    expect(s.next).toEqual([]);
  });

  it('refuses a stale edit or stage change, and a deelnemer editing an idea that moved on', async () => {
    const { id } = await createRecommendation(member, idea());
    await updateRecommendation(member, { ...idea({ title: 'Eerste (fictief)' }), id, expectedVersion: 1 });
    const old = await updateRecommendation(team, {
      ...idea({ title: 'Verouderd' }),
      id,
      expectedVersion: 1,
    }).catch((e: unknown) => e);
    expect(old).toBeInstanceOf(ConflictError);
    expect((await getRecommendation(team, id)).recommendation.title).toBe('Eerste (fictief)');
    await expect(
      moveRecommendationStage(team, { id, to: 'aanbeveling', expectedVersion: 1, date: '2026-11-01' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await moveRecommendationStage(team, { id, to: 'aanbeveling', expectedVersion: 2, date: '2026-11-01' });
    await expect(
      updateRecommendation(member, { ...idea({ title: 'Nog eens' }), id, expectedVersion: 3 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await updateRecommendation(team, { ...idea({ title: 'Door het team' }), id, expectedVersion: 3 });
    expect((await audits(id)).map((a) => a.action)).toEqual([
      'recommendation.create',
      'recommendation.update',
      'recommendation.stage',
      'recommendation.update',
    ]);
  });

  it('lists and filters for readers, lists the bodies, and refuses the public the member list', async () => {
    const all = await listRecommendations(stuurgroep);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((r) => r.owner === null && r.proposedBy === null)).toBe(true);
    const submitted = await listRecommendations(team, { bodyId: 'veiligheidsberaad' });
    expect(submitted.every((r) => r.submissions.some((s) => s.bodyId === 'veiligheidsberaad'))).toBe(true);
    expect((await listRecommendations(team, { q: 'LIAISON' })).length).toBeGreaterThan(0);
    expect((await listRecommendations(team, { stage: 'wet-regelgeving', q: 'liaison' })).length).toBe(0);
    const bodies = await listBodies(member);
    expect(bodies.map((b) => b.id)).toEqual(
      expect.arrayContaining(['veiligheidsberaad', 'nctv', 'iccb', 'tno']),
    );
    await expect(listRecommendations(PUBLIC_VIEWER)).rejects.toBeInstanceOf(UnauthenticatedError);
    const steps = await recommendationSteps(team);
    expect(steps.length).toBeGreaterThan(all.length - 1);
  });

  it('holds the demo recommendations, written idempotently by the seed', async () => {
    const demo = generateSynthetic(loadReference(), 1).recommendations;
    const count = async () =>
      (
        await rows<{ n: number }>(
          "MATCH (r:Recommendation) WHERE r.id STARTS WITH 'ab-demo-' RETURN count(r) AS n",
        )
      )[0]!.n;
    const steps = async () =>
      (
        await rows<{ n: number }>(
          "MATCH (:Recommendation)-[:HAS_STEP]->(s) WHERE s.id STARTS WITH 'ab-demo-' RETURN count(s) AS n",
        )
      )[0]!.n;
    const before = [await count(), await steps()];
    await runQuery('upsert-recommendations', { rows: demo, now: new Date().toISOString() });
    expect([await count(), await steps()]).toEqual([
      demo.length,
      demo.reduce((n, r) => n + r.steps.length, 0),
    ]);
    expect(before[0]).toBe(demo.length);
    const d = await getRecommendation(team, 'ab-demo-liaisons');
    expect(d.recommendation).toMatchObject({
      stage: 'landelijke-afspraak',
      document: { id: 'doc-model-algemeen-2023' },
    });
    expect(d.recommendation.submissions.find((x) => x.bodyId === 'veiligheidsberaad')?.answerStage).toBe(
      'overgenomen',
    );
  });
});
