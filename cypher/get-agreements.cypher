// get-agreements: all agreements with parties, covered koppelvlakken and the model they follow
// params: (none)
// returns: id, title, partyIds, status, scope, signedAt, reviewAt, expiresAt, koppelvlakIds, modelDocumentId, source, version
MATCH (a:Agreement)
CALL (a) { OPTIONAL MATCH (o:Organisation)-[:PARTY_TO]->(a) RETURN collect(o.id) AS partyIds }
CALL (a) { OPTIONAL MATCH (a)-[:COVERS]->(k:Koppelvlak) RETURN collect(k.id) AS koppelvlakIds }
CALL (a) { OPTIONAL MATCH (a)-[:FOLLOWS]->(d:Document) RETURN d.id AS modelDocumentId LIMIT 1 }
RETURN a.id AS id, a.title AS title, partyIds, a.status AS status, coalesce(a.scope, '') AS scope,
       a.signedAt AS signedAt, a.reviewAt AS reviewAt, a.expiresAt AS expiresAt, koppelvlakIds, modelDocumentId,
       coalesce(a.source, '') AS source, coalesce(a.version, 1) AS version
ORDER BY title
