// upsert-agreements: create or update agreements (covenants) with their parties, the koppelvlakken they cover and the model they follow
// params: $rows (list of {id, title, partyIds, status, scope, signedAt, reviewAt, expiresAt, koppelvlakIds, modelDocumentId, source, date}), $now
// returns: count
UNWIND $rows AS row
MERGE (a:Agreement {id: row.id})
ON CREATE SET a.version = 1, a.createdAt = $now
SET a.title = row.title, a.status = row.status, a.scope = row.scope, a.signedAt = row.signedAt,
    a.reviewAt = row.reviewAt, a.expiresAt = row.expiresAt, a.source = row.source, a.updatedAt = $now
WITH a, row
CALL (a) { MATCH (a)<-[old:PARTY_TO]-() DELETE old }
CALL (a) { MATCH (a)-[old:COVERS|FOLLOWS]->() DELETE old }
CALL (a, row) {
  UNWIND row.partyIds AS oid
  MATCH (o:Organisation {id: oid})
  MERGE (o)-[x:PARTY_TO]->(a) SET x.source = row.source, x.date = row.date
}
CALL (a, row) {
  UNWIND row.koppelvlakIds AS kid
  MATCH (k:Koppelvlak {id: kid})
  MERGE (a)-[x:COVERS]->(k) SET x.source = row.source, x.date = row.date
}
CALL (a, row) {
  MATCH (d:Document {id: row.modelDocumentId})
  MERGE (a)-[x:FOLLOWS]->(d) SET x.source = row.source, x.date = row.date
}
RETURN count(a) AS count
