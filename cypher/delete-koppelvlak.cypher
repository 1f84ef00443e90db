// delete-koppelvlak: deletes one Koppelvlak at $expectedVersion unless something would be orphaned by it (agreements covering it); returns the blocking relationship types instead
// params: $id, $expectedVersion
// returns: deleted, blockers
MATCH (n:Koppelvlak {id: $id})
WHERE coalesce(n.version, 1) = $expectedVersion
CALL (n) { OPTIONAL MATCH (n)-[r:COVERS]-() RETURN collect(DISTINCT type(r)) AS blockers }
CALL (n, blockers) { WITH n WHERE size(blockers) = 0 DETACH DELETE n }
RETURN size(blockers) = 0 AS deleted, blockers
