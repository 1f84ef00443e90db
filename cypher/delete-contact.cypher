// delete-contact: deletes one Contact at $expectedVersion (nothing is orphaned by it: its relationships go with it)
// params: $id, $expectedVersion
// returns: deleted, blockers
MATCH (n:Contact {id: $id})
WHERE coalesce(n.version, 1) = $expectedVersion
DETACH DELETE n
RETURN true AS deleted, [] AS blockers
