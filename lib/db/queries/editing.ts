// Queries of the editing feature; each key is the name of a file in cypher/.
export const editingQueries = {} as const;
