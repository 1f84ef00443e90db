// upsert-process-dependency-versioned: creates ($expectedVersion 0) or updates one DEPENDS_ON when its version matches
// params: $fromId, $toId, $kind, $hours, $basis, $source, $date, $expectedVersion
// returns: fromId, toId, version (no row: a process is unknown or the version is stale)
MATCH (a:VitalProcess {id: $fromId}), (b:VitalProcess {id: $toId})
OPTIONAL MATCH (a)-[old:DEPENDS_ON]->(b)
WITH a, b, old, coalesce(old.version, 0) AS current
WHERE (old IS NULL AND $expectedVersion = 0) OR (old IS NOT NULL AND coalesce(old.version, 1) = $expectedVersion)
MERGE (a)-[d:DEPENDS_ON]->(b)
SET d.kind = $kind, d.hours = $hours, d.basis = $basis, d.source = $source, d.date = $date,
    d.version = current + 1
RETURN a.id AS fromId, b.id AS toId, d.version AS version
