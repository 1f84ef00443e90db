import type { NetworkData } from '../domain/network';
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
    organisations,
    people,
    coalitions,
    reviews,
    koppelvlakken,
    agreements,
    contacts,
    meetings,
  ] = await Promise.all([
    runQuery('get-regions', {}),
    runQuery('get-sectors', {}),
    runQuery('get-processes', {}),
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
  ]);
  return {
    asOf,
    regions,
    sectors,
    processes,
    organisations: organisations.map(stripVersion),
    people: people.map(stripVersion),
    coalitions: coalitions.map(stripVersion),
    reviews: reviews.map(stripVersion),
    koppelvlakken: koppelvlakken.map(stripVersion),
    agreements: agreements.map(stripVersion),
    contacts: contacts.map(stripVersion),
    meetings: meetings.map(stripVersion),
  };
}
