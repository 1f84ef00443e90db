// Queries of the snapshots feature; each key is the name of a file in cypher/.
export const snapshotsQueries = {} as const;
