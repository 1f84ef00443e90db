// clear-user-password: forgets the password (and optionally the TOTP secret) for a reset
// params: $userId, $resetTotp, $now
// returns: userId
MATCH (u:User {id: $userId})
SET u.passwordHash = null, u.updatedAt = $now,
    u.totpSecret = CASE WHEN $resetTotp THEN null ELSE u.totpSecret END,
    u.totpLastStep = CASE WHEN $resetTotp THEN null ELSE u.totpLastStep END
RETURN u.id AS userId
