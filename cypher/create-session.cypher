// create-session: a new server-side session for a user (the cookie holds the token, Neo4j only its hash)
// params: $id, $userId, $tokenHash, $now, $expiresAt, $mfaPassed, $ip
// returns: sessionId
MATCH (u:User {id: $userId})
WHERE coalesce(u.disabled, false) = false
CREATE (s:Session {id: $id, tokenHash: $tokenHash, userId: $userId, createdAt: $now, expiresAt: $expiresAt,
                   mfaPassed: $mfaPassed, ip: $ip})-[:OF]->(u)
RETURN s.id AS sessionId
