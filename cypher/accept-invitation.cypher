// accept-invitation: uses a valid invitation once: sets the account's password hash
// params: $tokenHash, $passwordHash, $now
// returns: userId, role
MATCH (i:Invitation {tokenHash: $tokenHash})-[:FOR]->(u:User)
WHERE i.usedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > $now AND coalesce(u.disabled, false) = false
SET i.usedAt = $now, u.passwordHash = $passwordHash, u.updatedAt = $now
RETURN u.id AS userId, u.role AS role
