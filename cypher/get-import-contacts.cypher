// get-import-contacts: the stored contacts with the given ids, with exactly the fields upsert-contacts writes (import comparison)
// params: $ids
// returns: id, orgAId, orgBId, date, kind, strength, personIds, note, source
UNWIND $ids AS cid
MATCH (c:Contact {id: cid})
CALL (c) {
  OPTIONAL MATCH (c)-[:BETWEEN {side: 'a'}]->(a:Organisation)
  RETURN collect(a.id) AS aIds
}
CALL (c) {
  OPTIONAL MATCH (c)-[:BETWEEN {side: 'b'}]->(b:Organisation)
  RETURN collect(b.id) AS bIds
}
CALL (c) {
  OPTIONAL MATCH (p:Person)-[:TOOK_PART]->(c)
  RETURN collect(p.id) AS personIds
}
RETURN c.id AS id, CASE WHEN size(aIds) = 1 THEN aIds[0] END AS orgAId,
       CASE WHEN size(bIds) = 1 THEN bIds[0] END AS orgBId, c.date AS date, c.kind AS kind,
       c.strength AS strength, personIds, c.note AS note, c.source AS source
