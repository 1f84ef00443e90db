// get-invitation: the account behind a valid invitation token (unused, not revoked, not expired)
// params: $tokenHash, $now
// returns: invitationId, userId, email, name, role
MATCH (i:Invitation {tokenHash: $tokenHash})-[:FOR]->(u:User)
WHERE i.usedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > $now AND coalesce(u.disabled, false) = false
RETURN i.id AS invitationId, u.id AS userId, u.email AS email, coalesce(u.name, u.email) AS name,
       u.role AS role
