// get-koppelvlakken: dependencies the viewer may see: confidential ones only with $seeConfidential
// or when one of $viewerOrgIds is involved (need-to-know, enforced here and in lib/dal)
// params: $seeConfidential, $viewerOrgIds
// returns: id, fromId, toId, processId, direction, criticality, confidential, description, source, date, version
MATCH (k:Koppelvlak)-[:FROM]->(a:Organisation), (k)-[:TO]->(b:Organisation), (k)-[:OVER]->(p:VitalProcess)
WHERE coalesce(k.confidential, false) = false OR $seeConfidential OR a.id IN $viewerOrgIds OR b.id IN $viewerOrgIds
RETURN k.id AS id, a.id AS fromId, b.id AS toId, p.id AS processId, k.direction AS direction,
       k.criticality AS criticality, coalesce(k.confidential, false) AS confidential,
       coalesce(k.description, '') AS description, coalesce(k.source, '') AS source, k.date AS date,
       coalesce(k.version, 1) AS version
ORDER BY id
