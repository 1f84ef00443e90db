import { contactsFromTies, reportedTies } from '../analysis/survey';
import type { NetworkData } from '../domain/network';
import type { ReportedTie } from '../domain/survey';
import { runQuery } from './run';

export interface NetworkScope {
  /** May confidential koppelvlakken be seen regardless of involvement (regisseur, projectteam)? */
  seeConfidential: boolean;
  /** Organisations the viewer works at: their confidential koppelvlakken are visible to them. */
  viewerOrgIds: string[];
}

const stripVersion = <T extends { version: number }>({ version: _v, ...rest }: T) => rest;

/**
 * Loads everything the analysis needs in one round of parallel reads. Call it through lib/dal,
 * which decides the scope from the viewer's role; never hand it straight to a client.
 */
export async function loadNetwork(scope: NetworkScope, asOf: string): Promise<NetworkData> {
  const [
    regions,
    sectors,
    processes,
    processDependencies,
    organisations,
    people,
    coalitions,
    reviews,
    koppelvlakken,
    agreements,
    contacts,
    meetings,
    recommendations,
    blockerMerges,
  ] = await Promise.all([
    runQuery('get-regions', {}),
    runQuery('get-sectors', {}),
    runQuery('get-processes', {}),
    runQuery('get-process-dependencies', {}),
    runQuery('get-organisations', {}),
    runQuery('get-people', {}),
    runQuery('get-coalitions', {}),
    runQuery('get-reviews', {}),
    runQuery('get-koppelvlakken', {
      seeConfidential: scope.seeConfidential,
      viewerOrgIds: scope.viewerOrgIds,
    }),
    runQuery('get-agreements', {}),
    runQuery('get-contacts', {}),
    runQuery('get-meetings', {}),
    runQuery('get-recommendations', {}),
    runQuery('get-blocker-merges', {}),
  ]);
  const survey = await loadSurveyEvidence();
  return {
    asOf,
    regions,
    sectors,
    processes,
    processDependencies: processDependencies.map(stripVersion),
    organisations: organisations.map(stripVersion),
    people: people.map(stripVersion),
    coalitions: coalitions.map(stripVersion),
    reviews: reviews.map(stripVersion),
    koppelvlakken: koppelvlakken.map(stripVersion),
    agreements: agreements.map(stripVersion),
    contacts: [...contacts.map(stripVersion), ...survey.contacts],
    meetings: meetings.map(stripVersion),
    recommendations: recommendations.map((r) => ({ id: r.id, stage: r.stage, reviewIds: r.reviewIds })),
    blockerMerges: blockerMerges.map((m) => ({ a: m.a, b: m.b })),
    reportedTies: survey.latestTies,
  };
}

/**
 * What closed survey rounds add: per round, its confirmed ties of at least monthly as contacts
 * dated the closing day (so a closed round moves density, coverage and gaps from that day on), and
 * the ties of the latest closed round for the explorer. Open rounds never count.
 */
async function loadSurveyEvidence(): Promise<{
  contacts: NetworkData['contacts'];
  latestTies: ReportedTie[];
}> {
  const closed = (await runQuery('get-survey-rounds', {}))
    .filter((r) => r.status === 'gesloten' && r.closedAt !== null)
    .sort((a, b) => (a.closedAt! < b.closedAt! ? -1 : 1));
  if (closed.length === 0) return { contacts: [], latestTies: [] };
  const answers = await runQuery('get-survey-answers', { roundIds: closed.map((r) => r.id) });
  const contacts: NetworkData['contacts'] = [];
  let latestTies: ReportedTie[] = [];
  for (const r of closed) {
    const ties = reportedTies(answers.filter((a) => a.roundId === r.id));
    contacts.push(...contactsFromTies(ties, r.closedAt!.slice(0, 10)));
    latestTies = ties;
  }
  return { contacts, latestTies };
}
