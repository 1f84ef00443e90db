/**
 * The network survey against the real Neo4j: a hand-built round over a test coalition of five
 * people (every survey query runs), the scores computed by hand, reciprocity, the threshold of 3,
 * roles per dal function, drafts with their version, a closed round refusing answers, the
 * invitation link, erasure, and the effect of a closed round on the gap engine.
 */
import { loadReference } from '../../lib/seed/reference';
import { generateSynthetic } from '../../lib/seed/synthetic';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeGaps } from '../../lib/analysis/gaps';
import { expectedLinks } from '../../lib/analysis/expected';
import { viewerFromToken } from '../../lib/auth/session';
import { PUBLIC_VIEWER, type Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { erasePerson } from '../../lib/dal/erasure';
import { getNetworkForViewer } from '../../lib/dal/network';
import {
  closeSurveyRound,
  createSurveyInvitation,
  getSurveyForm,
  getSurveyTasks,
  listMySurveyTasks,
  decideOrganisationProposal,
  listOrganisationProposals,
  listSurveyRounds,
  openSurveyRound,
  proposeOrganisation,
  reminderCsv,
  saveSurveyDraft,
  submitSurvey,
  taskIdForToken,
} from '../../lib/dal/survey';
import {
  getExplorerSurveyScores,
  getOrganisationSurveyScores,
  getRoundEffect,
  getRoundResults,
  getSurveyTrend,
} from '../../lib/dal/survey-results';
import { createTestSession } from '../helpers/session';

const run = randomUUID().slice(0, 8);
const coalitionId = `coal-enq-test-${run}`;
const viewerFor = async (role: Parameters<typeof createTestSession>[0], personId?: string) =>
  viewerFromToken((await createTestSession(role, { personId: personId ?? null })).token);

// Five fictitious people, each at another organisation: A and B have an expected link with a signed,
// current agreement but no recent contact (a 'geen-recent-contact' gap); C, D, E are elsewhere.
const P = {
  a: `p-enq-a-${run}`,
  b: `p-enq-b-${run}`,
  c: `p-enq-c-${run}`,
  d: `p-enq-d-${run}`,
  e: `p-enq-e-${run}`,
};
let orgA = '';
let orgB = '';
let orgNameA = '';
let orgs: Record<keyof typeof P, string>;
let regisseur: Viewer;
let team: Viewer;
let respondents: Record<keyof typeof P, Viewer>;
let roundId = '';
const roundIds: string[] = [];

const answer = (
  orgId: string,
  frequency: string,
  trust: (number | string)[],
  value: (number | string)[],
) => ({
  orgId,
  frequency,
  kinds: ['overleg'],
  agreement: 'ja',
  openness: trust[0],
  reliability: trust[1],
  mission: trust[2],
  influence: value[0],
  resources: value[1],
  involvement: value[2],
});

async function taskOf(who: keyof typeof P) {
  const mine = await listMySurveyTasks(respondents[who]);
  const t = mine.find((x) => x.roundId === roundId);
  if (!t) throw new Error(`no task for ${who}`);
  return (await getSurveyForm({ viewer: respondents[who] }, t.id)).task;
}

beforeAll(async () => {
  const admin = await viewerFor('regisseur');
  const network = await getNetworkForViewer(admin);
  const gap = computeGaps(network).find((g) => {
    if (g.type !== 'geen-recent-contact' || g.organisationIds.length !== 2) return false;
    const link = expectedLinks(network).find(
      (l) => l.orgAId === g.organisationIds[0] && l.orgBId === g.organisationIds[1],
    );
    return link?.realisedBy.agreement === true && link.realisedBy.contact === false;
  });
  if (!gap) throw new Error('seed has no expected link with an agreement but without recent contact');
  [orgA, orgB] = gap.organisationIds as [string, string];
  orgNameA = network.organisations.find((o) => o.id === orgA)!.name;
  const others = network.organisations
    .filter((o) => o.id !== orgA && o.id !== orgB)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  // C and D in the algemene keten, E in the functionele keten (for the chain-pair figures).
  const alg = others.filter((o) => o.chain === 'algemeen');
  const fun = others.filter((o) => o.chain === 'functioneel');
  orgs = { a: orgA, b: orgB, c: alg[0]!.id, d: alg[1]!.id, e: fun[0]!.id };
  const now = new Date().toISOString();
  await runQuery('upsert-people', {
    rows: (Object.keys(P) as (keyof typeof P)[]).map((k) => ({
      id: P[k],
      name: `Enquête Testpersoon ${k.toUpperCase()} (fictief)`,
      role: 'adviseur',
      level: 'tactisch' as const,
      organisationId: orgs[k],
      email: `enq-${k}-${run}@test.invalid`,
      source: 'test',
      date: now.slice(0, 10),
    })),
    now,
  });
  await runQuery('upsert-coalitions', {
    rows: [
      {
        id: coalitionId,
        name: `Enquêtetest ${run} (fictief)`,
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
  regisseur = await viewerFor('regisseur');
  team = await viewerFor('projectteam');
  respondents = {
    a: await viewerFor('deelnemer', P.a),
    b: await viewerFor('deelnemer', P.b),
    c: await viewerFor('deelnemer', P.c),
    d: await viewerFor('deelnemer', P.d),
    e: await viewerFor('deelnemer', P.e),
  };
});

afterAll(async () => {
  // Leave the shared seeded database as it was: this suite's rounds, people and coalition go.
  await getDriver().executeQuery(
    `MATCH (r:SurveyRound) WHERE r.id IN $roundIds
     OPTIONAL MATCH (r)-[:HAS_TASK]->(t:SurveyTask)
     OPTIONAL MATCH (x)-[:OF_TASK|FOR]->(t)
     DETACH DELETE x, t, r
     WITH count(*) AS _
     MATCH (n) WHERE (n:Person AND n.id IN $people) OR (n:Coalition AND n.id = $coalitionId)
        OR (n:OrganisationProposal AND n.roundId IN $roundIds)
     DETACH DELETE n`,
    { roundIds, people: Object.values(P), coalitionId },
    { database: databaseName() },
  );
  await runQuery('bump-network-revision', { at: new Date().toISOString() });
  await closeDriver();
});

const today = new Date().toISOString().slice(0, 10);
const roundInput = (title: string) => ({
  title,
  periodFrom: '2025-12-01',
  periodTo: '2026-11-30',
  opensAt: today,
  closesAt: '2099-12-31',
  audience: { kind: 'coalitie', ref: coalitionId },
});

describe('opening a round', () => {
  it('asks the five members of the coalition, one task each, and stores the questions', async () => {
    const r = await openSurveyRound(regisseur, roundInput(`Enquêtetest ${run}`), '10.0.0.1');
    roundId = r.id;
    roundIds.push(r.id);
    expect(r.asked).toBe(5);
    const round = (await listSurveyRounds(team)).find((x) => x.id === roundId)!;
    expect(round).toMatchObject({ status: 'open', asked: 5, answered: 0, audienceKind: 'coalitie' });
    expect(round.questions.map((q) => q.key)).toEqual([
      'frequency',
      'kinds',
      'agreement',
      'openness',
      'reliability',
      'mission',
      'influence',
      'resources',
      'involvement',
    ]);
    expect(round.questions.find((q) => q.key === 'mission')!.dimension).toBe('trust');
  });
  it('refuses a deelnemer and the project team (survey:manage is the regisseur’s), and bad input with a message', async () => {
    await expect(openSurveyRound(respondents.a, roundInput('x'))).rejects.toMatchObject({ status: 403 });
    await expect(openSurveyRound(team, roundInput('x'))).rejects.toMatchObject({ status: 403 });
    await expect(openSurveyRound(PUBLIC_VIEWER, roundInput('x'))).rejects.toMatchObject({ status: 401 });
    await expect(
      openSurveyRound(regisseur, { ...roundInput('x'), closesAt: '2000-01-01' }),
    ).rejects.toMatchObject({
      status: 400,
      text: { nl: expect.stringContaining('sluitingsdatum') },
    });
    await expect(
      openSurveyRound(regisseur, { ...roundInput('x'), audience: { kind: 'keten', ref: 'privaat' } }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });
  it('lets a deelnemer not read the results or the task list', async () => {
    await expect(listSurveyRounds(respondents.a)).rejects.toMatchObject({ status: 403 });
    await expect(getSurveyTasks(team, roundId)).rejects.toMatchObject({ status: 403 });
    await expect(getRoundResults(respondents.a, roundId)).rejects.toMatchObject({ status: 403 });
  });
});

describe('answering', () => {
  it('keeps a draft over two visits; a stale version is refused', async () => {
    const t = await taskOf('a');
    expect(t.status).toBe('open');
    const saved = await saveSurveyDraft({ viewer: respondents.a }, t.id, t.version, {
      step: 2,
      orgIds: [orgB],
    });
    expect(saved.status).toBe('concept');
    const again = await taskOf('a');
    const form = await getSurveyForm({ viewer: respondents.a }, again.id);
    expect(form.draft).toMatchObject({ step: 2, orgIds: [orgB] });
    expect(form.organisations.some((o) => o.id === orgA)).toBe(false); // not the own organisation
    await expect(
      saveSurveyDraft({ viewer: respondents.a }, t.id, t.version, { step: 3 }),
    ).rejects.toMatchObject({
      status: 409,
    });
  });
  it('lets a respondent answer only their own task', async () => {
    const tb = await taskOf('b');
    await expect(getSurveyForm({ viewer: respondents.a }, tb.id)).rejects.toMatchObject({ status: 403 });
    await expect(
      saveSurveyDraft({ viewer: respondents.a }, tb.id, tb.version, { step: 1 }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      submitSurvey({ viewer: respondents.a }, tb.id, tb.version, { answers: [] }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(getSurveyForm({ viewer: await viewerFor('stuurgroep') }, tb.id)).rejects.toMatchObject({
      status: 403,
    });
  });
  it('lists in step 3 the uncovered koppelvlak partners, never a confidential one', async () => {
    const all = await runQuery('get-koppelvlakken', { seeConfidential: true, viewerOrgIds: [] });
    const t = await taskOf('a');
    const form = await getSurveyForm({ viewer: respondents.a }, t.id);
    const secretPartners = all
      .filter((k) => k.confidential && (k.fromId === orgA || k.toId === orgA))
      .map((k) => (k.fromId === orgA ? k.toId : k.fromId));
    const openPartners = new Set(
      all
        .filter((k) => !k.confidential && (k.fromId === orgA || k.toId === orgA))
        .map((k) => (k.fromId === orgA ? k.toId : k.fromId)),
    );
    for (const u of form.uncovered) {
      expect(openPartners.has(u.orgId)).toBe(true);
      expect(u.orgId).not.toBe(orgB); // named in the draft
    }
    for (const s of secretPartners.filter((x) => !openPartners.has(x)))
      expect(form.uncovered.map((u) => u.orgId)).not.toContain(s);
    // The network has confidential koppelvlakken at all (otherwise this test proves nothing).
    expect(all.some((k) => k.confidential)).toBe(true);
  });
  it('refuses an organisation outside the network, as one transaction (nothing stored)', async () => {
    const t = await taskOf('c');
    await expect(
      submitSurvey({ viewer: respondents.c }, t.id, t.version, {
        answers: [
          answer(orgA, 'maandelijks', [3, 3, 3], [3, 3, 3]),
          answer('org-bestaat-niet', 'jaarlijks', [1, 1, 1], [1, 1, 1]),
        ],
      }),
    ).rejects.toMatchObject({ status: 400, text: { en: expect.stringContaining('not in the network') } });
    expect((await taskOf('c')).status).toBe('open');
    expect((await runQuery('get-survey-answers', { roundIds: [roundId] })).length).toBe(0);
  });
  it('refuses a rating of 5 with a Dutch/English message', async () => {
    const t = await taskOf('c');
    await expect(
      submitSurvey({ viewer: respondents.c }, t.id, t.version, {
        answers: [answer(orgA, 'maandelijks', [5, 3, 3], [3, 3, 3])],
      }),
    ).rejects.toMatchObject({ status: 400, text: { nl: expect.stringContaining('verwacht 1–4') } });
  });

  // The hand-built answers. Trust composites about A: from B (4+4+4)/3 = 4, from C (3+3+2)/3 = 8/3,
  // from D (2+2+ weet niet)/2 = 2 → three respondents: mean (4 + 8/3 + 2)/3 = 26/9 ≈ 2.8889,
  // median 8/3. Value about A: B 3,3,3 → 3; C 2,2,2 → 2; D all "weet niet" → not counted: two
  // respondents → withheld. About B: only A and E → withheld ("te weinig antwoorden").
  it('takes the hand-built answers; a second submission updates and never duplicates', async () => {
    const submit = async (who: keyof typeof P, answers: ReturnType<typeof answer>[]) => {
      const t = await taskOf(who);
      return submitSurvey({ viewer: respondents[who] }, t.id, t.version, { answers });
    };
    await submit('a', [answer(orgB, 'maandelijks', [4, 3, 3], [2, 2, 2])]);
    await submit('b', [
      answer(orgA, 'wekelijks', [4, 4, 4], [3, 3, 3]),
      answer(orgs.e, 'jaarlijks', [2, 2, 2], [2, 2, 2]),
    ]);
    await submit('c', [answer(orgA, 'per-kwartaal', [3, 3, 2], [2, 2, 2])]);
    await submit('d', [
      answer(orgA, 'jaarlijks', [2, 2, 'weet-niet'], ['weet-niet', 'weet-niet', 'weet-niet']),
    ]);
    // E first names A by mistake, then corrects to B: the second submission replaces the first.
    await submit('e', [answer(orgA, 'wekelijks', [1, 1, 1], [1, 1, 1])]);
    const second = await submit('e', [answer(orgB, 'jaarlijks', [1, 2, 3], [1, 1, 1])]);
    expect(second.answers).toBe(1);
    const stored = await runQuery('get-survey-answers', { roundIds: [roundId] });
    expect(stored).toHaveLength(6);
    expect(stored.filter((a) => a.respondentId === P.e).map((a) => a.orgId)).toEqual([orgB]);
  });
  it('shows the regisseur who answered (all five), not what', async () => {
    const tasks = await getSurveyTasks(regisseur, roundId);
    expect(tasks.map((t) => t.status)).toEqual([
      'ingediend',
      'ingediend',
      'ingediend',
      'ingediend',
      'ingediend',
    ]);
    expect(Object.keys(tasks[0]!).sort()).toEqual(
      [
        'email',
        'id',
        'orgId',
        'orgName',
        'personId',
        'personName',
        'status',
        'submittedAt',
        'updatedAt',
      ].sort(),
    );
    const { rows, csv } = await reminderCsv(regisseur, roundId, 'nl');
    expect(rows).toBe(0);
    expect(csv.split('\r\n')[0]).toBe('Persoon,E-mail,Organisatie,Status');
  });
});

describe('results of the hand-built round', () => {
  it('computes trust about A by hand: mean 26/9, median 8/3; value withheld (2 respondents)', async () => {
    const res = await getRoundResults(team, roundId);
    const a = res.organisations.find((o) => o.orgId === orgA)!;
    if (a.trust.withheld) throw new Error('trust about A should be shown');
    expect(a.trust.respondents).toBe(3);
    expect(a.trust.mean).toBeCloseTo(26 / 9, 10);
    expect(a.trust.median).toBeCloseTo(8 / 3, 10);
    expect(a.trust.min).toBe(2);
    expect(a.trust.max).toBe(4);
    // indicator ratings about A: 2 → 3 (C mission, D openness, D reliability), 3 → 2 (C), 4 → 3 (B)
    expect(a.trust.counts).toEqual([0, 3, 2, 3]);
    expect(a.trust.dontKnow).toBe(1);
    expect(a.value).toEqual({ withheld: true, respondents: 2 });
    const b = res.organisations.find((o) => o.orgId === orgB)!;
    expect(b.trust).toEqual({ withheld: true, respondents: 2 });
  });
  it('counts reported ties and reciprocity: A–B confirmed, B–E confirmed, A–C and A–D not', async () => {
    const res = await getRoundResults(team, roundId);
    // ties: A–B (both), A–C (C only), A–D (D only), B–E (B: jaarlijks, E: jaarlijks) → 4 ties, 2 confirmed
    expect(res.ties).toEqual({ total: 4, confirmed: 2 });
    expect(res.reciprocity.find((r) => r.key === '*')).toMatchObject({ ties: 4, confirmed: 2, rate: 0.5 });
    expect(res.responseRates.find((r) => r.dimension === 'totaal')).toMatchObject({
      asked: 5,
      answered: 5,
      rate: 1,
    });
  });
  it('withholds the network figures of nobody: whole-network trust from 6 answers by 5 respondents', async () => {
    const res = await getRoundResults(team, roundId);
    // composites: A→B 10/3, B→A 4, B→E 2, C→A 8/3, D→A 2, E→B 2 → sum 16 → mean 16/6 = 8/3
    expect(res.network.trust).toMatchObject({ withheld: false, respondents: 5, ratings: 6 });
    if (!res.network.trust.withheld) expect(res.network.trust.mean).toBeCloseTo(8 / 3, 10);
  });
});

describe('closing the round', () => {
  it('closes a gap when both sides report at least monthly contact and an agreement exists', async () => {
    const before = computeGaps(await getNetworkForViewer(regisseur));
    const isGap = (g: (typeof before)[number]) =>
      g.type === 'geen-recent-contact' &&
      g.organisationIds.includes(orgA) &&
      g.organisationIds.includes(orgB);
    expect(before.some(isGap)).toBe(true);
    const round = (await listSurveyRounds(regisseur)).find((r) => r.id === roundId)!;
    await expect(closeSurveyRound(team, roundId, round.version)).rejects.toMatchObject({ status: 403 });
    await expect(closeSurveyRound(regisseur, roundId, round.version + 5)).rejects.toMatchObject({
      status: 409,
    });
    // An open round has no effect yet; a deelnemer may not ask for one.
    expect(await getRoundEffect(team, roundId)).toBeNull();
    await expect(getRoundEffect(respondents.a, roundId)).rejects.toMatchObject({ status: 403 });
    const closed = await closeSurveyRound(regisseur, roundId, round.version, '10.0.0.2');
    expect(closed).toMatchObject({ asked: 5, answered: 5 });
    const network = await getNetworkForViewer(regisseur);
    expect(computeGaps(network).some(isGap)).toBe(false);
    // The evidence is kept apart: a survey contact (id enq:…), and the reported ties with provenance.
    const evidence = network.contacts.filter((c) => c.id.startsWith('enq:') && c.id.includes(roundId));
    expect(evidence.map((c) => [c.orgAId, c.orgBId].sort())).toEqual([[orgA, orgB].sort()]);
    const tie = network.reportedTies!.find(
      (t) => t.orgAId === [orgA, orgB].sort()[0] && t.orgBId === [orgA, orgB].sort()[1],
    )!;
    expect(tie).toMatchObject({ confirmed: true, frequency: 'maandelijks', roundId });
    // B–E is confirmed but yearly: no contact evidence
    expect(evidence.some((c) => c.orgAId === orgs.e || c.orgBId === orgs.e)).toBe(false);
    // What the round changed: without its one evidence contact the A–B gap is there, with it gone.
    const gapId = before.find(isGap)!.id;
    const effect = (await getRoundEffect(team, roundId))!;
    expect(effect.evidence).toBe(1);
    expect(effect.closedGapIds).toContain(gapId);
    expect(effect.closedGaps.find((g) => g.id === gapId)?.type).toBe('geen-recent-contact');
    expect(effect.without.gaps - effect.with.gaps).toBe(
      effect.closedGapIds.length - effect.openedGapIds.length,
    );
    expect(effect.with.coverageAll).toBeGreaterThanOrEqual(effect.without.coverageAll!);
  });
  it('refuses answers once closed, with a clear message', async () => {
    const t = await taskOf('a');
    await expect(
      saveSurveyDraft({ viewer: respondents.a }, t.id, t.version, { step: 1 }),
    ).rejects.toMatchObject({
      status: 409,
      text: { nl: expect.stringContaining('gesloten') },
    });
    await expect(
      submitSurvey({ viewer: respondents.a }, t.id, t.version, { answers: [] }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(closeSurveyRound(regisseur, roundId, 99)).rejects.toMatchObject({ status: 409 });
  });
  it('shows the round as a point in the trend and the organisation scores (aggregates only)', async () => {
    const trend = await getSurveyTrend(PUBLIC_VIEWER);
    const point = trend.find((p) => p.roundId === roundId)!;
    expect(point).toMatchObject({ responseRate: 1, reciprocity: 0.5 });
    const org = await getOrganisationSurveyScores(respondents.c, orgA);
    expect(org?.roundId).toBe(roundId);
    expect(org?.trust.withheld).toBe(false);
    const bScores = await getOrganisationSurveyScores(respondents.c, orgB);
    expect(bScores?.trust).toEqual({ withheld: true, respondents: 2 });
    const explorer = await getExplorerSurveyScores(respondents.c);
    expect(explorer[orgA]!.trust).toBeCloseTo(26 / 9, 10);
    expect(explorer[orgB]).toEqual({ trust: null, value: null });
    await expect(getOrganisationSurveyScores(PUBLIC_VIEWER, orgA)).rejects.toMatchObject({ status: 401 });
  });
});

describe('invitation link, proposals and erasure', () => {
  let second = '';
  it('a link answers one task until it is submitted; only the hash is stored', async () => {
    const r = await openSurveyRound(regisseur, roundInput(`Enquêtetest link ${run}`));
    second = r.id;
    roundIds.push(r.id);
    const task = (await getSurveyTasks(regisseur, second)).find((t) => t.personId === P.d)!;
    await expect(createSurveyInvitation(team, task.id)).rejects.toMatchObject({ status: 403 });
    const { token } = await createSurveyInvitation(regisseur, task.id);
    const stored = await getDriver().executeQuery(
      'MATCH (i:SurveyInvitation {taskId: $id}) RETURN i.tokenHash AS h, keys(i) AS k',
      { id: task.id },
      { database: databaseName() },
    );
    expect(stored.records[0]!.get('h')).not.toBe(token);
    expect(JSON.stringify(stored.records.map((x) => x.toObject()))).not.toContain(token);
    expect(await taskIdForToken(token)).toBe(task.id);
    const access = { viewer: PUBLIC_VIEWER, token };
    const form = await getSurveyForm(access, task.id);
    // Another task with this token: refused.
    const other = (await getSurveyTasks(regisseur, second)).find((t) => t.personId === P.e)!;
    await expect(getSurveyForm(access, other.id)).rejects.toMatchObject({ status: 403 });
    await proposeOrganisation(access, task.id, {
      name: `Testorganisatie ${run} (fictief)`,
      note: 'niet in de lijst',
    });
    // A second proposal spelled like an existing organisation (other case, a legal form added).
    await proposeOrganisation(access, task.id, { name: `${orgNameA.toUpperCase()} B.V.`, note: '' });
    const { proposals, options } = await listOrganisationProposals(team);
    const mine = proposals.find((p) => p.name === `Testorganisatie ${run} (fictief)`)!;
    expect(mine).toMatchObject({ status: 'nieuw', organisationId: null });
    expect(Object.keys(mine)).not.toContain('proposedBy');
    expect(options.some((o) => o.id === orgA)).toBe(true);
    const alike = proposals.find((p) => p.name === `${orgNameA.toUpperCase()} B.V.`)!;
    expect(alike.matches[0]).toEqual({ id: orgA, name: orgNameA });
    await expect(listOrganisationProposals(respondents.a)).rejects.toMatchObject({ status: 403 });
    // Settling: the team only, a reason when declining, an organisation that exists, once.
    await expect(
      decideOrganisationProposal(respondents.a, mine.id, { status: 'afgewezen', reason: 'x' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      decideOrganisationProposal(team, mine.id, { status: 'afgewezen', reason: '' }),
    ).rejects.toMatchObject({ status: 400, text: { nl: expect.stringContaining('reden') } });
    await expect(
      decideOrganisationProposal(team, alike.id, { status: 'toegevoegd', organisationId: `org-none-${run}` }),
    ).rejects.toMatchObject({ status: 400, text: { en: expect.stringContaining('does not exist') } });
    await expect(decideOrganisationProposal(team, mine.id, { status: 'misschien' })).rejects.toMatchObject({
      status: 400,
    });
    await decideOrganisationProposal(
      team,
      mine.id,
      { status: 'afgewezen', reason: 'buiten de doelgroep' },
      '10.0.0.7',
    );
    expect(
      await decideOrganisationProposal(team, alike.id, { status: 'toegevoegd', organisationId: orgA }),
    ).toMatchObject({ status: 'toegevoegd', organisationId: orgA });
    await expect(
      decideOrganisationProposal(team, mine.id, { status: 'afgewezen', reason: 'nogmaals' }),
    ).rejects.toMatchObject({ status: 409 });
    const settled = (await listOrganisationProposals(team)).proposals;
    expect(settled.find((p) => p.id === mine.id)).toMatchObject({
      status: 'afgewezen',
      reason: 'buiten de doelgroep',
      matches: [],
    });
    const audit = await getDriver().executeQuery(
      `MATCH (a:AuditEvent {entityId: $id, action: 'survey.proposal.decide'}) RETURN a.ip AS ip`,
      { id: mine.id },
      { database: databaseName() },
    );
    expect(audit.records.map((r) => r.get('ip'))).toEqual(['10.0.0.7']);
    await submitSurvey(access, task.id, form.task.version, {
      answers: [answer(orgA, 'jaarlijks', [2, 2, 2], [2, 2, 2])],
    });
    expect(await taskIdForToken(token)).toBeNull();
    await expect(getSurveyForm(access, task.id)).rejects.toMatchObject({ status: 403 });
  });
  it('erasing a person removes their tasks and answers', async () => {
    await erasePerson(regisseur, P.d);
    const left = await getDriver().executeQuery(
      'MATCH (n) WHERE (n:SurveyTask OR n:SurveyAnswer) AND (n.personId = $p OR n.respondentId = $p) RETURN count(n) AS n',
      { p: P.d },
      { database: databaseName() },
    );
    expect(Number(left.records[0]!.get('n'))).toBe(0);
    expect((await runQuery('get-survey-answers', { roundIds: [second] })).length).toBe(0);
  });
});

describe('demo survey data (seed)', () => {
  it('has a closed round with answers and an open round with drafts; writing the same rows twice changes no count', async () => {
    const { generateSurveyDemo, DEMO_CLOSED_ROUND, DEMO_OPEN_ROUND } =
      await import('../../lib/seed/synthetic/survey');
    const { defaultQuestions } = await import('../../lib/dal/survey');
    const count = async () =>
      Number(
        (
          await getDriver().executeQuery(
            'MATCH (n) WHERE n:SurveyRound OR n:SurveyTask OR n:SurveyAnswer RETURN count(n) AS n',
            {},
            { database: databaseName() },
          )
        ).records[0]!.get('n'),
      );
    const rounds = await listSurveyRounds(team);
    const closed = rounds.find((r) => r.id === DEMO_CLOSED_ROUND)!;
    const open = rounds.find((r) => r.id === DEMO_OPEN_ROUND)!;
    expect(closed.status).toBe('gesloten');
    expect(closed.answered).toBeGreaterThan(100);
    expect(open.status).toBe('open');
    expect(open.drafts).toBeGreaterThan(10);
    const results = await getRoundResults(team, DEMO_CLOSED_ROUND);
    expect(results.ties.confirmed).toBeGreaterThan(0);
    expect(results.network.trust.withheld).toBe(false);
    // Write the demo's closed round again (as the seed does): idempotent.
    // From the seed's own inputs (other suites change the stored network, which would change the draws).
    const ref = loadReference();
    const syn = generateSynthetic(ref, 1);
    const demo = generateSurveyDemo({
      people: syn.people,
      koppelvlakken: syn.koppelvlakken,
      contacts: syn.contacts,
      agreements: syn.agreements,
      organisationIds: ref.organisations.map((o) => o.id),
      questionsJson: JSON.stringify(defaultQuestions()),
    });
    const before = await count();
    await runQuery('upsert-survey-rounds', { rows: demo.rounds.filter((r) => r.id === DEMO_CLOSED_ROUND) });
    const rows = demo.tasks
      .filter((t) => t.roundId === DEMO_CLOSED_ROUND && t.status === 'ingediend')
      .slice(0, 50);
    const written = await runQuery('upsert-survey-tasks', { rows });
    expect(written[0]!.count).toBe(rows.length);
    expect(await count()).toBe(before);
  });
});
