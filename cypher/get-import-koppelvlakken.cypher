// get-import-koppelvlakken: the stored koppelvlakken with the given ids, with exactly the fields upsert-koppelvlakken writes (import comparison)
// params: $ids
// returns: id, fromId, toId, processId, direction, criticality, confidential, description, source, date
UNWIND $ids AS kid
MATCH (k:Koppelvlak {id: kid})
CALL (k) {
  OPTIONAL MATCH (k)-[:FROM]->(a:Organisation)
  RETURN collect(a.id) AS fromIds
}
CALL (k) {
  OPTIONAL MATCH (k)-[:TO]->(b:Organisation)
  RETURN collect(b.id) AS toIds
}
CALL (k) {
  OPTIONAL MATCH (k)-[:OVER]->(p:VitalProcess)
  RETURN collect(p.id) AS processIds
}
RETURN k.id AS id, CASE WHEN size(fromIds) = 1 THEN fromIds[0] END AS fromId,
       CASE WHEN size(toIds) = 1 THEN toIds[0] END AS toId,
       CASE WHEN size(processIds) = 1 THEN processIds[0] END AS processId, k.direction AS direction,
       k.criticality AS criticality, k.confidential AS confidential, k.description AS description,
       k.source AS source, k.date AS date
