// Queries of the explorer feature; each key is the name of a file in cypher/.
export const explorerQueries = {} as const;
