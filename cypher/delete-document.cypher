// delete-document: deletes one Document at $expectedVersion unless something would be orphaned by it (agreements following it as model); returns the blocking relationship types instead
// params: $id, $expectedVersion
// returns: deleted, blockers
MATCH (n:Document {id: $id})
WHERE coalesce(n.version, 1) = $expectedVersion
CALL (n) { OPTIONAL MATCH (n)-[r:FOLLOWS]-() RETURN collect(DISTINCT type(r)) AS blockers }
CALL (n, blockers) { WITH n WHERE size(blockers) = 0 DETACH DELETE n }
RETURN size(blockers) = 0 AS deleted, blockers
