// revoke-user-sessions: ends every live session of one account at once
// params: $userId, $now
// returns: count
OPTIONAL MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE s.revokedAt IS NULL
SET s.revokedAt = $now
RETURN count(s) AS count
