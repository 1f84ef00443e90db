// delete-process-dependency: removes one DEPENDS_ON when its version matches
// params: $fromId, $toId, $expectedVersion
// returns: fromId, toId (no row: absent or stale)
MATCH (a:VitalProcess {id: $fromId})-[d:DEPENDS_ON]->(b:VitalProcess {id: $toId})
WHERE coalesce(d.version, 1) = $expectedVersion
DELETE d
RETURN a.id AS fromId, b.id AS toId
