// update-document-versioned: optimistic-concurrency guard for editing one Document: bumps its version only when it still has $expectedVersion (no row = stale form or gone); the change itself is written by the upsert query in the same transaction
// params: $id, $expectedVersion, $now
// returns: version
MATCH (n:Document {id: $id})
WHERE coalesce(n.version, 1) = $expectedVersion
SET n.version = coalesce(n.version, 1) + 1, n.updatedAt = $now
RETURN n.version AS version
