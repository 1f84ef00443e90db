// Queries of the gaps feature; each key is the name of a file in cypher/.
export const gapsQueries = {} as const;
