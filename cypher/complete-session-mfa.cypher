// complete-session-mfa: marks the TOTP step of a session as passed, remembers the used time step
// (replays of the same code are refused) and stores the secret when the account enrols now
// params: $sessionId, $userId, $totpSecret, $step, $now
// returns: sessionId
MATCH (s:Session {id: $sessionId})-[:OF]->(u:User {id: $userId})
WHERE s.revokedAt IS NULL AND coalesce(u.disabled, false) = false
SET s.mfaPassed = true, s.mfaAt = $now, u.totpLastStep = $step, u.lastLoginAt = $now,
    u.totpSecret = coalesce(u.totpSecret, $totpSecret)
RETURN s.id AS sessionId
