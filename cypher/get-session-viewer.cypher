// get-session-viewer: the live session with this token hash, its user, person, organisations and coalitions
// (nothing when the session is expired, revoked or the account disabled)
// params: $tokenHash, $now
// returns: sessionId, userId, role, name, personId, organisationIds, coalitionIds, mfaPassed, totpEnabled
MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
WHERE s.expiresAt > $now AND s.revokedAt IS NULL AND coalesce(u.disabled, false) = false
OPTIONAL MATCH (u)-[:IS]->(p:Person)
CALL (p) { OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organisation) RETURN collect(DISTINCT o.id) AS organisationIds }
CALL (p) { OPTIONAL MATCH (p)-[:MEMBER_OF]->(c:Coalition) RETURN collect(DISTINCT c.id) AS coalitionIds }
RETURN s.id AS sessionId, u.id AS userId, u.role AS role, coalesce(u.name, u.email) AS name, p.id AS personId,
       organisationIds, coalitionIds, coalesce(s.mfaPassed, false) AS mfaPassed,
       u.totpSecret IS NOT NULL AS totpEnabled
