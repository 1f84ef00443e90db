// delete-organisation: deletes one Organisation at $expectedVersion unless something would be orphaned by it (people working there, koppelvlakken, contacts, agreements); returns the blocking relationship types instead
// params: $id, $expectedVersion
// returns: deleted, blockers
MATCH (n:Organisation {id: $id})
WHERE coalesce(n.version, 1) = $expectedVersion
CALL (n) { OPTIONAL MATCH (n)-[r:WORKS_AT|FROM|TO|BETWEEN|PARTY_TO]-() RETURN collect(DISTINCT type(r)) AS blockers }
CALL (n, blockers) { WITH n WHERE size(blockers) = 0 DETACH DELETE n }
RETURN size(blockers) = 0 AS deleted, blockers
